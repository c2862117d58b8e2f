// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchrunner.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Before the application object exists: the tests (and their discovery at build time) must run
    // without a display. An explicit QT_QPA_PLATFORM (e.g. xcb under Xvfb) still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return cg::test::runCatch(argc, argv);
}
