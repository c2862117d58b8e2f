// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchrunner.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A QGuiApplication (QtGui, which core links) rather than a QCoreApplication: the PDF writer
    // lays out text with Qt's fonts, which need one. Offscreen, so no display is needed; an
    // explicit QT_QPA_PLATFORM still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return cg::test::runCatch(argc, argv);
}
