// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cg::test {

/// SQLite's allocator, wrapped so that the Nth allocation from arm() fails (and, persistent,
/// every one after it): SQLite's own out-of-memory testing. install() must run before SQLite
/// starts, once per process (see main.cpp).
namespace failingMalloc {

bool install();
void arm(int n, bool persistent);
void disarm();
bool fired();

} // namespace failingMalloc
} // namespace cg::test
