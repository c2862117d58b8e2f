// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QUuid>

namespace cg {

class Session;

namespace share {

/// Releases a sensitive note for public outputs, or holds it back again (consent rule 6): one
/// undoable edit (edits::releaseNote) and its audit event. Used by the Share view's list of held
/// back notes and by the canvas's note menu.
Result<void> setReleased(Session &session, const QUuid &noteId, bool released, const QString &actor = {});

} // namespace share
} // namespace cg
