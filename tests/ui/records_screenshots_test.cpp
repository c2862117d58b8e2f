// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures for the docs that need a menu open, which the app's own --screenshot cannot show. Not
// part of the normal suite: run under a real X server, e.g.
//   QT_QPA_PLATFORM=xcb CG_SCREENSHOT_DIR=docs/screenshots xvfb-run -a -s "-screen 0 1600x1000x24"
//   build/tests/ui/cg_ui_tests "[screenshots]"
#include "actions/actionsview.h"
#include "backupsdialog.h"
#include "commands/edits.h"
#include "session/session.h"
#include "storage/backups.h"
#include "boards/boardspage.h"
#include "listpage.h"
#include "models/sessiontablemodel.h"
#include "photos/photospage.h"
#include "sensemaking/sensemakingpage.h"
#include "look.h"
#include "mainwindow.h"
#include "navigator.h"
#include "presenterwindow.h"
#include "testsupport.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QTest>
#include <QTableView>
#include <QTimer>
#include <QTreeWidgetItem>

using namespace cg;

namespace {

/// The demo workshop in a main window filling the screen, and the folder the pictures go to.
struct DemoScreen
{
    DemoScreen()
        : out(qEnvironmentVariable("CG_SCREENSHOT_DIR"))
        , settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , window((look::apply(*qApp), &settings)) // the app's look before the window is made
    {
        REQUIRE_FALSE(out.isEmpty());
        window.setDemoFolder(dir.path(QStringLiteral("demos")));
        window.setGeometry(window.screen()->availableGeometry());
        window.show();
        REQUIRE(window.openDemo());
    }
    QString out;
    test::TempDir dir;
    QSettings settings;
    MainWindow window;
};

} // namespace

TEST_CASE("screenshot: the Boards page with a board's context menu", "[.][screenshots]")
{
    DemoScreen screen;
    const QString &out = screen.out;
    MainWindow &window = screen.window;
    Workspace *workspace = window.workspace();
    workspace->showPage(Navigator::Page::Boards);
    Navigator *navigator = workspace->navigator();
    const QUuid second = navigator->boardIds().at(1);
    workspace->boardsPage()->selectBoard(second);
    QTest::qWait(800);
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < navigator->topLevelItemCount(); ++i)
        for (int j = 0; j < navigator->topLevelItem(i)->childCount(); ++j)
            if (navigator->topLevelItem(i)->child(j)->data(0, Qt::UserRole + 2).toUuid() == second)
                item = navigator->topLevelItem(i)->child(j);
    REQUIRE(item);
    bool saved = false;
    QTimer::singleShot(900, &window, [&] {
        saved = window.screen()->grabWindow(0).save(QDir(out).filePath(QStringLiteral("boards.png")));
        if (QWidget *menu = QApplication::activePopupWidget())
            menu->close();
    });
    Q_EMIT navigator->customContextMenuRequested(navigator->visualItemRect(item).center());
    CHECK(saved);
}

TEST_CASE("screenshot: actions, photos and sense-making", "[.][screenshots]")
{
    DemoScreen screen;
    const QString &out = screen.out;
    MainWindow &window = screen.window;
    Workspace *workspace = window.workspace();
    auto shoot = [&](const QString &name) {
        QTest::qWait(900);
        CHECK(window.screen()->grabWindow(0).save(QDir(out).filePath(name)));
    };
    // The action drafted from notes on two tables, with its theme.
    workspace->showPage(Navigator::Page::Actions);
    ActionsView *actions = workspace->actionsView();
    for (int row = 0; row < actions->list()->model()->rowCount(); ++row)
        if (actions->list()->model()->index(row, 0).data().toString().startsWith(QStringLiteral("Draft a discharge")))
            actions->select(actions->list()->model()->idAt(row));
    shoot(QStringLiteral("actions.png"));
    workspace->showPage(Navigator::Page::Photos);
    shoot(QStringLiteral("photos.png"));
    workspace->showPage(Navigator::Page::SenseMaking);
    SenseMakingPage *sense = workspace->senseMakingPage();
    sense->themesView()->setCurrentIndex(sense->themesView()->model()->index(1, 0));
    sense->searchEdit()->setText(QStringLiteral("call"));
    shoot(QStringLiteral("sense-making.png"));
}

TEST_CASE("screenshot: File → Restore from Backup…", "[.][screenshots]")
{
    DemoScreen screen;
    const QString &out = screen.out;
    MainWindow &window = screen.window;
    Session *session = window.session();
    for (int i = 0; i < 3; ++i) {
        Board board;
        board.title = QStringLiteral("Extra board %1").arg(i + 1);
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        QTest::qWait(1100); // a second apart, as backups taken on different openings would be
        REQUIRE(session->takeBackup(backups::defaultKeep).ok());
    }
    BackupsDialog dialog(session->workshop().title, backups::list(session->filePath()), &window);
    dialog.show();
    QTest::qWait(600);
    CHECK(dialog.grab().save(QDir(out).filePath(QStringLiteral("restore-backup.png"))));
}
