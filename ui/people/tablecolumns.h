// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace cg {

/// Sizes every visible column to its contents (header included), but no wider than \a maxWidth,
/// so that one long organisation name does not push the rest of the table off screen. Call it
/// once the view is shown: before that, the style sheet's type size is not applied yet and the
/// columns come out too narrow.
void fitColumnsToContents(QTableView *view, int maxWidth);

} // namespace cg
