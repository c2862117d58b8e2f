// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cg::platform {

/// Whether standard input and output are both a terminal someone can answer questions on (the
/// command line's `merge --accept ask`). In its own header so that adding it rebuilt nothing.
bool isInteractiveTerminal();

} // namespace cg::platform
