// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups/groupcard.h"
#include "groups/groupsview.h"
#include "models/groupsmodel.h"
#include "appactions.h"
#include "commands/edits.h"
#include "listpage.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "models/sessiontablemodel.h"
#include "overviewpage.h"
#include "people/peopleview.h"
#include "people/peopletablemodel.h"
#include "preferences.h"
#include "presenterwindow.h"
#include "recentfiles.h"
#include "session/session.h"
#include "sharepage.h"
#include "startpage.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "damage.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace cg;

namespace {

/// A small workshop on disk: three people (one with consent to take part), a group, a board with
/// a note, and one open and one finished action. The Session is closed again so that the main
/// window can open the file (an open file is locked).
QString writeWorkshop(const test::TempDir &dir, const QString &name = QStringLiteral("workshop.cgw"))
{
    auto session = test::newSession(dir, name);
    for (const QString &who : { QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cai") }) {
        Participant person;
        person.displayName = who;
        REQUIRE(session->perform(edits::addParticipant(session->data(), person)).ok());
    }
    ConsentEvent consent;
    consent.participantId = session->data().participants.rows().at(0).id;
    consent.scope = ConsentScope::TakePart;
    consent.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    REQUIRE(session->record(edits::recordConsent(session->data(), consent)).ok());
    Group group;
    group.name = QStringLiteral("Group A");
    REQUIRE(session->perform(edits::addGroup(session->data(), group)).ok());
    Board board;
    board.title = QStringLiteral("Getting there");
    REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
    Note note;
    note.boardId = session->data().boards.rows().back().id;
    note.text = QStringLiteral("The bus only comes twice an hour");
    REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
    Action open;
    open.text = QStringLiteral("Ask the council about the bus");
    REQUIRE(session->perform(edits::addAction(session->data(), open)).ok());
    Action done;
    done.text = QStringLiteral("Book the hall");
    done.status = ActionStatus::Done;
    REQUIRE(session->perform(edits::addAction(session->data(), done)).ok());
    return session->filePath();
}

struct Shell
{
    explicit Shell(const test::TempDir &dir)
        : settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , window(std::make_unique<MainWindow>(&settings))
    {
        window->setDemoFolder(dir.path(QStringLiteral("demos")));
    }
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("the window starts on the start page with nothing open", "[shell]")
{
    test::TempDir dir;
    Shell shell(dir);
    CHECK(shell.window->session() == nullptr);
    CHECK(shell.window->workspace() == nullptr);
    CHECK(shell.window->startPage()->isVisibleTo(shell.window.get()));
    CHECK_FALSE(shell.window->actions()->saveCopy->isEnabled());
    CHECK_FALSE(shell.window->actions()->undo->isEnabled());
    CHECK(shell.window->saveStateText() == QStringLiteral("No workshop open"));
}

TEST_CASE("opening a workshop shows its counts and what needs attention in the overview", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    Workspace *workspace = shell.window->workspace();
    REQUIRE(workspace != nullptr);
    CHECK(workspace->currentPage() == Navigator::Page::Overview);
    OverviewPage *overview = workspace->overview();
    CHECK(overview->countText(QStringLiteral("people")) == QStringLiteral("3"));
    CHECK(overview->countText(QStringLiteral("groups")) == QStringLiteral("1"));
    CHECK(overview->countText(QStringLiteral("notes")) == QStringLiteral("1"));
    CHECK(overview->countText(QStringLiteral("openActions")) == QStringLiteral("1"));
    const QString attention = overview->attentionLines().join(QLatin1Char('\n'));
    CHECK(attention.contains(QStringLiteral("No consent to take part recorded (2 people)")));
    CHECK(attention.contains(QStringLiteral("Bob, Cai")));
    CHECK(attention.contains(QStringLiteral("Ask the council about the bus")));
    CHECK_FALSE(attention.contains(QStringLiteral("Book the hall")));
    CHECK(shell.window->saveStateText().startsWith(QStringLiteral("All changes saved")));
    CHECK(shell.window->saveStateText().contains(QStringLiteral("workshop.cgw")));
    CHECK(shell.window->windowTitle().startsWith(QStringLiteral("Test workshop")));

    // The overview follows changes made while it is on screen.
    Participant dee;
    dee.displayName = QStringLiteral("Dee");
    REQUIRE(
        shell.window->session()->perform(edits::addParticipant(shell.window->session()->data(), dee)).ok());
    CHECK(overview->countText(QStringLiteral("people")) == QStringLiteral("4"));

    // Every navigator page lists what is in the file.
    CHECK(workspace->peopleView()->model()->rowCount() == 4);
    CHECK(workspace->groupsView()->groupsModel()->rowCount() == 1);
    CHECK(workspace->groupsView()->cards().size() == 1);
    CHECK(workspace->listPage(Navigator::Page::Actions)->model()->rowCount() == 2);
    CHECK(workspace->navigator()->boardIds().size() == int(shell.window->session()->data().boards.size()));
    CHECK(workspace->sharePage()->summary().contains(QStringLiteral("1 of 4 people")));
}

TEST_CASE("the undo and redo actions name the command they would undo", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    Session *session = shell.window->session();
    QAction *undo = shell.window->actions()->undo;
    QAction *redo = shell.window->actions()->redo;
    CHECK_FALSE(undo->isEnabled()); // a freshly opened file has no history

    Group group;
    group.name = QStringLiteral("Group B");
    REQUIRE(session->perform(edits::addGroup(session->data(), group)).ok());
    const QString edit = session->undoStack()->undoText();
    REQUIRE_FALSE(edit.isEmpty());
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(edit));
    CHECK_FALSE(redo->isEnabled());

    undo->trigger();
    CHECK(session->data().groups.size() == 1);
    CHECK(redo->isEnabled());
    CHECK(redo->text().contains(edit));
    CHECK_FALSE(undo->isEnabled());
    redo->trigger();
    CHECK(session->data().groups.size() == 2);

    // Closing the workshop leaves nothing to undo.
    shell.window->closeWorkshop();
    CHECK_FALSE(undo->isEnabled());
    CHECK(shell.window->session() == nullptr);
}

TEST_CASE("a read-only workshop file opens with a banner saying why", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    REQUIRE(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    REQUIRE(shell.window->session()->isReadOnly());
    MessageBanner *banner = shell.window->readOnlyBanner();
    CHECK(banner->isVisibleTo(shell.window.get()));
    CHECK(banner->message().contains(QStringLiteral("read-only")));
    CHECK(banner->message().contains(shell.window->session()->readOnlyReason()));
    CHECK(shell.window->saveStateText().startsWith(QStringLiteral("Read-only")));
    CHECK(shell.window->errorBanner()->message().isEmpty());
    shell.window->closeWorkshop();
    CHECK_FALSE(banner->isVisibleTo(shell.window.get()));
}

TEST_CASE("a file that is not a workshop is refused with a message and nothing changes", "[shell]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shopping.cgw"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("milk, eggs, bread\n");
    }
    const QByteArray before = test::readAll(path);
    Shell shell(dir);
    QSignalSpy errors(shell.window.get(), &MainWindow::errorShown);
    CHECK_FALSE(shell.window->openFile(path));
    REQUIRE(errors.count() == 1);
    const QString message = shell.window->errorBanner()->message();
    CHECK_FALSE(message.isEmpty());
    CHECK(message == errors.first().first().toString());
    CHECK(message.contains(QStringLiteral("shopping.cgw")));
    CHECK(shell.window->workspace() == nullptr);
    CHECK(shell.window->startPage()->isVisibleTo(shell.window.get()));
    CHECK(test::readAll(path) == before);

    // A missing file is refused too, and the banner can be dismissed.
    CHECK_FALSE(shell.window->openFile(dir.path(QStringLiteral("nowhere.cgw"))));
    CHECK(errors.count() == 2);
    shell.window->errorBanner()->dismiss();
    CHECK(shell.window->errorBanner()->message().isEmpty());
}

TEST_CASE("recent workshops are remembered in the settings and listed on the start page", "[shell]")
{
    test::TempDir dir;
    const QString first = writeWorkshop(dir, QStringLiteral("first.cgw"));
    const QString second = writeWorkshop(dir, QStringLiteral("second.cgw"));
    {
        Shell shell(dir);
        REQUIRE(shell.window->openFile(first));
        REQUIRE(shell.window->openFile(second));
        CHECK(shell.window->session()->filePath().endsWith(QStringLiteral("second.cgw")));
        shell.window->closeWorkshop();
    }
    Shell again(dir);
    RecentFiles recent(&again.settings);
    REQUIRE(recent.files().size() == 2);
    CHECK(recent.files().at(0).endsWith(QStringLiteral("second.cgw")));
    CHECK(recent.files().at(1).endsWith(QStringLiteral("first.cgw")));
    QListWidget *list = again.window->startPage()->recentList();
    REQUIRE(list->count() == 2);
    // Listed by workshop title, with the file's path.
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Test workshop\n")));
    CHECK(list->item(0)->text().contains(QStringLiteral("second.cgw")));
    CHECK(again.window->actions()->openRecent->isEnabled());

    // Choosing a recent workshop opens it.
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(again.window->session() != nullptr);
    CHECK(again.window->session()->filePath().endsWith(QStringLiteral("first.cgw")));
}

TEST_CASE("a new workshop is created where asked, and a copy can be saved", "[shell]")
{
    test::TempDir dir;
    Shell shell(dir);
    Workshop workshop;
    workshop.title = QStringLiteral("Getting to appointments");
    workshop.date = QDate(2026, 12, 3);
    workshop.venue = QStringLiteral("St Mark's hall");
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("appointments")), workshop));
    CHECK(shell.window->session()->filePath().endsWith(QStringLiteral("appointments.cgw")));
    CHECK(shell.window->session()->workshop().venue == QStringLiteral("St Mark's hall"));

    const QString copy = dir.path(QStringLiteral("copy.cgw"));
    REQUIRE(shell.window->saveCopyTo(copy));
    auto reopened = Session::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->workshop().title == QStringLiteral("Getting to appointments"));

    // Creating over an existing file is refused with a message, and the open workshop stays.
    QSignalSpy errors(shell.window.get(), &MainWindow::errorShown);
    CHECK_FALSE(shell.window->createWorkshop(copy, workshop));
    CHECK(errors.count() == 1);
    CHECK(shell.window->session()->filePath().endsWith(QStringLiteral("appointments.cgw")));
}

TEST_CASE("the demo opens as a fresh copy in the demo folder", "[shell]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->openDemo());
    const QString first = shell.window->session()->filePath();
    CHECK(first.startsWith(dir.path(QStringLiteral("demos"))));
    CHECK_FALSE(shell.window->session()->isReadOnly());
    CHECK(shell.window->session()->data().participants.size() >= 20);
    CHECK(shell.window->session()->data().boards.size() >= 5);
    REQUIRE(shell.window->openDemo());
    CHECK(shell.window->session()->filePath() != first);
    CHECK(QFileInfo::exists(first));
}

TEST_CASE("the presenter view follows the board on screen and closes with the workshop", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    Workspace *workspace = shell.window->workspace();
    const QUuid board = workspace->navigator()->boardIds().last();
    workspace->showBoard(board);
    CHECK(workspace->currentBoard() == board);
    CHECK(shell.window->actions()->zoomIn->isEnabled());
    CHECK(shell.window->actions()->find->isEnabled());

    shell.window->actions()->presenter->setChecked(true);
    PresenterWindow *presenter = shell.window->presenter();
    REQUIRE(presenter != nullptr);
    CHECK(presenter->isWindow());
    CHECK(presenter->showing() == PresenterWindow::Showing::Board);
    CHECK(presenter->shownId() == board);
    CHECK_FALSE(presenter->grab().isNull());

    workspace->showPage(Navigator::Page::Agenda);
    CHECK_FALSE(shell.window->actions()->zoomIn->isEnabled());
    shell.window->closeWorkshop();
    CHECK(shell.window->presenter() == nullptr);
    CHECK_FALSE(shell.window->actions()->presenter->isChecked());
}

TEST_CASE("the navigator is usable by keyboard", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    Workspace *workspace = shell.window->workspace();
    Navigator *navigator = workspace->navigator();
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(workspace->currentPage() == Navigator::Page::Agenda);
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(workspace->currentPage() == Navigator::Page::People);
    CHECK_FALSE(navigator->accessibleName().isEmpty());
    CHECK(workspace->peopleView()->table()->accessibleName() == QStringLiteral("People"));
    // Check-in and payments are under People.
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(workspace->currentPage() == Navigator::Page::CheckIn);
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(workspace->currentPage() == Navigator::Page::Payments);
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(workspace->currentPage() == Navigator::Page::Groups);
}

TEST_CASE("a failed write shows in the banner and the status bar until a change is saved", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    Session *session = shell.window->session();
    // What the Session reports when SQLite cannot write (e.g. a full disk).
    Q_EMIT session->writeFailed(QStringLiteral("The disk is full."));
    CHECK(shell.window->errorBanner()->message().contains(QStringLiteral("The disk is full.")));
    CHECK(shell.window->errorBanner()->tone() == MessageBanner::Tone::Error);
    CHECK(shell.window->saveStateText().startsWith(QStringLiteral("The last change was not saved")));

    Group group;
    group.name = QStringLiteral("Group B");
    REQUIRE(session->perform(edits::addGroup(session->data(), group)).ok());
    CHECK(shell.window->saveStateText().startsWith(QStringLiteral("All changes saved")));
}

TEST_CASE("preferences and window geometry are kept in the settings", "[shell]")
{
    test::TempDir dir;
    {
        Shell shell(dir);
        Preferences preferences;
        preferences.facilitatorName = QStringLiteral("Sam Patel");
        preferences.presenterTextSize = 56;
        preferences.save(shell.settings);
        shell.window->resize(700, 500);
        shell.window->close();
        CHECK(shell.settings.contains(QStringLiteral("window/geometry")));
    }
    Shell again(dir);
    CHECK(again.window->preferences().facilitatorName == QStringLiteral("Sam Patel"));
    CHECK(again.window->preferences().presenterTextSize == 56);
    CHECK(again.window->size() == QSize(700, 500));
}

TEST_CASE("a window saved on a bigger screen opens no bigger than this one", "[shell][layout]")
{
    test::TempDir dir;
    {
        Shell shell(dir);
        shell.window->resize(2058, 1462);
        shell.window->close();
    }
    Shell again(dir);
    const QSize screen = again.window->screen()->availableGeometry().size();
    CHECK(again.window->width() <= screen.width());
    CHECK(again.window->height() <= screen.height());
}

TEST_CASE("F6 moves the keyboard between the navigator and the page", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    shell.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    REQUIRE(shell.window->openFile(path));
    Workspace *workspace = shell.window->workspace();
    Navigator *navigator = workspace->navigator();
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Down);
    QTest::keyClick(navigator, Qt::Key_Down);
    REQUIRE(workspace->currentPage() == Navigator::Page::People);
    QTest::keyClick(navigator, Qt::Key_F6);
    QTableView *people = workspace->peopleView()->table();
    CHECK(people->hasFocus());
    QTest::keyClick(people, Qt::Key_F6);
    CHECK(navigator->hasFocus());
}

TEST_CASE("a file only SQLite's structure check finds damaged opens, then turns read-only with the reason",
    "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    test::breakOnlyForQuickCheck(path);
    const QByteArray before = test::readAll(path);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    Session *session = shell.window->session();
    REQUIRE(session != nullptr);
    // The check waits for the window's first paint, so the workshop is on screen at once.
    CHECK_FALSE(session->isReadOnly());
    shell.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    QTRY_VERIFY(session->isReadOnly());
    CHECK(shell.window->errorBanner()->message().contains(QStringLiteral("damaged")));
    CHECK(shell.window->readOnlyBanner()->isVisible());
    CHECK(shell.window->readOnlyBanner()->message().contains(QStringLiteral("Save a Copy")));
    Board board;
    board.title = QStringLiteral("Another");
    CHECK_FALSE(session->perform(edits::addBoard(session->data(), board)).ok());
    shell.window.reset();
    CHECK(test::readAll(path) == before);
}

TEST_CASE("a sound file stays writable after the check that follows the first paint", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    shell.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    Session *session = shell.window->session();
    // Whether or not the check has run yet, it passes: a write goes through and nothing is refused.
    QTest::qWait(50);
    Board board;
    board.title = QStringLiteral("Another");
    CHECK(session->perform(edits::addBoard(session->data(), board)).ok());
    CHECK_FALSE(session->isReadOnly());
    CHECK(shell.window->errorBanner()->message().isEmpty());
}

TEST_CASE("opening straight onto a board makes no other page until it is wanted", "[shell]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    Workspace *workspace = shell.window->workspace();
    workspace->showBoard(workspace->navigator()->boardIds().front());
    shell.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    CHECK(workspace->findChildren<OverviewPage *>().isEmpty());
    CHECK(workspace->findChildren<SharePage *>().isEmpty());
    CHECK(workspace->findChildren<PeopleView *>().isEmpty());
    // Each page is made on its first showing, in its place, and then kept.
    workspace->showPage(Navigator::Page::Overview);
    REQUIRE(workspace->findChildren<OverviewPage *>().size() == 1);
    CHECK(workspace->overview()->isVisible());
    workspace->showPage(Navigator::Page::Share);
    REQUIRE(workspace->findChildren<SharePage *>().size() == 1);
    CHECK(workspace->sharePage()->isVisible());
    workspace->showPage(Navigator::Page::Overview);
    CHECK(workspace->findChildren<OverviewPage *>().size() == 1);
}

TEST_CASE("a workshop in a sync folder opens with a warning that says why", "[shell]")
{
    test::TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("Dropbox")));
    const QString made = writeWorkshop(dir);
    const QString path = dir.path(QStringLiteral("Dropbox/workshop.cgw"));
    REQUIRE(QFile::rename(made, path));
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    CHECK(shell.window->locationBanner()->message().contains(QStringLiteral("Dropbox")));
    CHECK(shell.window->errorBanner()->message().isEmpty());
    // Closing it takes the warning away with it; a workshop elsewhere has none.
    REQUIRE(shell.window->openFile(writeWorkshop(dir, QStringLiteral("local.cgw"))));
    CHECK(shell.window->locationBanner()->message().isEmpty());
}

TEST_CASE("a backup taken when a changed workshop is opened can be opened again as a copy", "[shell][backups]")
{
    test::TempDir dir;
    const QString path = writeWorkshop(dir);
    Shell shell(dir);
    REQUIRE(shell.window->openFile(path));
    shell.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    // Taken just after the first paint, with the structure check.
    QTRY_COMPARE(backups::list(path).size(), std::size_t(1));
    const QString backup = backups::list(path).front().path;
    CHECK(shell.window->actions()->restoreBackup->isEnabled());

    Session *session = shell.window->session();
    Board board;
    board.title = QStringLiteral("Added after the backup");
    REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());

    // Never over an existing file.
    CHECK_FALSE(shell.window->restoreBackup(backup, path));
    CHECK(shell.window->errorBanner()->message().contains(QStringLiteral("already exists")));
    CHECK(shell.window->session()->filePath() == path);

    const QString restored = dir.path(QStringLiteral("restored.cgw"));
    REQUIRE(shell.window->restoreBackup(backup, restored));
    CHECK(QFileInfo(shell.window->session()->filePath()) == QFileInfo(restored));
    const auto &boards = shell.window->session()->data().boards.rows();
    CHECK(std::none_of(boards.begin(), boards.end(),
        [](const Board &b) { return b.title == QStringLiteral("Added after the backup"); }));
    CHECK((QFileInfo(restored).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);
}

TEST_CASE("a backup that does not open is refused before anything is copied", "[shell][backups]")
{
    test::TempDir dir;
    Shell shell(dir);
    const QString broken = dir.path(QStringLiteral("broken.cgw"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a workshop");
    file.close();
    const QString target = dir.path(QStringLiteral("restored.cgw"));
    CHECK_FALSE(shell.window->restoreBackup(broken, target));
    CHECK(shell.window->errorBanner()->message().contains(QStringLiteral("cannot be used")));
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("how many backups to keep is a preference, kept within bounds", "[shell][backups]")
{
    test::TempDir dir;
    QSettings settings(dir.path(QStringLiteral("prefs.ini")), QSettings::IniFormat);
    CHECK(Preferences::load(settings).backupsToKeep == backups::defaultKeep);
    Preferences p;
    p.backupsToKeep = 9;
    p.save(settings);
    CHECK(Preferences::load(settings).backupsToKeep == 9);
    settings.setValue(QStringLiteral("preferences/backupsToKeep"), 100000);
    CHECK(Preferences::load(settings).backupsToKeep == backups::maxKeep);
    settings.setValue(QStringLiteral("preferences/backupsToKeep"), -3);
    CHECK(Preferences::load(settings).backupsToKeep == 0);
}
