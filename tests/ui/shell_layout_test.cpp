// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "workspace.h"
#include "navigator.h"
#include "presenterwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QMetaEnum>
#include <QSettings>
#include <QStyle>
#include <QTest>
#include <QDebug>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>

using namespace cg;

static void dumpTree(QWidget *w, int depth, int maxDepth)
{
    if (depth > maxDepth || !w->isVisibleTo(w->window()))
        return;
    const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
    if (m.width() > 500 || m.height() > 400)
        qDebug().noquote() << QString(depth * 2, QLatin1Char(' ')) << w->metaObject()->className() << w->objectName()
                           << w->accessibleName() << "min" << m << "set" << w->minimumSize();
    for (QObject *c : w->children())
        if (auto *cw = qobject_cast<QWidget *>(c); cw && !cw->isWindow())
            dumpTree(cw, depth + 1, maxDepth);
}

TEST_CASE("diag sizes", "[diag]")
{
    qDebug() << QApplication::style()->name() << QApplication::font();
    test::TempDir dir;
    QSettings settings(dir.path(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("preferences/interfaceTextSize"), qEnvironmentVariableIntValue("PTS") ? qEnvironmentVariableIntValue("PTS") : 11);
    MainWindow window(&settings);
    window.setDemoFolder(dir.path(QStringLiteral("demos")));
    window.show();
    REQUIRE(window.openDemo());
    const QMetaEnum pages = QMetaEnum::fromType<Navigator::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        auto page = Navigator::Page(pages.value(i));
        if (page == Navigator::Page::Board)
            window.workspace()->showBoard(window.workspace()->navigator()->boardIds().first());
        else
            window.workspace()->showPage(page);
        QApplication::processEvents();
        qDebug() << pages.key(i) << "window min" << window.minimumSizeHint() << "central" << window.centralWidget()->minimumSizeHint()
                 << "menubar" << window.menuBar()->minimumSizeHint() << "status" << window.statusBar()->minimumSizeHint();
        dumpTree(window.centralWidget(), 0, 12);
    }
    auto *stack = window.workspace()->findChild<QStackedWidget *>();
    for (QStackedWidget *st : window.workspace()->findChildren<QStackedWidget *>())
        if (st->parentWidget() && qobject_cast<QSplitter *>(st->parentWidget()))
            for (int i = 0; i < st->count(); ++i)
                qDebug() << "page" << i << st->widget(i)->metaObject()->className() << st->widget(i)->minimumSizeHint() << st->widget(i)->minimumSize();
    (void)stack;
}
