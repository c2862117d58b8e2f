// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cg::test {

// Runs Catch2's session on the command line. Catch2's implementation (CATCH_CONFIG_RUNNER, the
// costliest file of each suite to compile) is built once, in catchrunner.cpp, and shared by every
// suite; each suite's main.cpp only sets up what it needs first (a QApplication, an allocator).
int runCatch(int argc, char *argv[]);

} // namespace cg::test
