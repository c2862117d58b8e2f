// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failingmalloc.h"

#include <sqlite3.h>

namespace cg::test::failingMalloc {

namespace {

sqlite3_mem_methods g_real{};
sqlite3_mem_methods g_wrapped{};
bool g_armed = false;
bool g_persistent = false;
bool g_fired = false;
int g_n = 0;
int g_count = 0;

bool failNow()
{
    if (!g_armed)
        return false;
    ++g_count;
    if (g_count == g_n || (g_persistent && g_count > g_n)) {
        g_fired = true;
        return true;
    }
    return false;
}

void *wrappedMalloc(int size)
{
    return failNow() ? nullptr : g_real.xMalloc(size);
}

void *wrappedRealloc(void *p, int size)
{
    return failNow() ? nullptr : g_real.xRealloc(p, size);
}

} // namespace

bool install()
{
    if (sqlite3_shutdown() != SQLITE_OK)
        return false;
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_real) != SQLITE_OK)
        return false;
    g_wrapped = g_real;
    g_wrapped.xMalloc = wrappedMalloc;
    g_wrapped.xRealloc = wrappedRealloc;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &g_wrapped) != SQLITE_OK)
        return false;
    return sqlite3_initialize() == SQLITE_OK;
}

void arm(int n, bool persistent)
{
    g_n = n;
    g_count = 0;
    g_persistent = persistent;
    g_fired = false;
    g_armed = true;
}

void disarm()
{
    g_armed = false;
}

bool fired()
{
    return g_fired;
}

} // namespace cg::test::failingMalloc
