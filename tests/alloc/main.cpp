// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failingmalloc.h"

#include "catchrunner.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before anything starts SQLite: its allocator can only be replaced while it is shut down.
    if (!cg::test::failingMalloc::install()) {
        std::fprintf(stderr, "SQLite's allocator could not be replaced\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    return cg::test::runCatch(argc, argv);
}
