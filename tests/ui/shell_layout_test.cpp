// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on small screens and in large type, and where the keyboard goes: the minimum size on
// every page, the text size going up and back down, focus on navigation, and the keys of the
// quick-capture bar in the menus.
#include "appactions.h"
#include "board/boardcanvas.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/capturebar.h"
#include "board/papervotesdialog.h"
#include "commands/edits.h"
#include "listpage.h"
#include "models/boardsmodel.h"
#include "mainwindow.h"
#include "navigator.h"
#include "newworkshopdialog.h"
#include "people/checkinview.h"
#include "people/participanteditor.h"
#include "people/peopleview.h"
#include "presenterwindow.h"
#include "session/session.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <numeric>

using namespace cg;

namespace {

struct DemoWindow
{
    explicit DemoWindow(const test::TempDir &dir, int textSize = 11)
        : settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
    {
        settings.setValue(QStringLiteral("preferences/interfaceTextSize"), textSize);
        window = std::make_unique<MainWindow>(&settings);
        window->setDemoFolder(dir.path(QStringLiteral("demos")));
        window->resize(1200, 760);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openDemo());
        QApplication::processEvents();
    }
    Workspace *workspace() const { return window->workspace(); }

    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

/// Every page of the workspace, the board and check-in's consent questions included.
std::vector<std::pair<QString, std::function<void(Workspace *)>>> everyPage()
{
    std::vector<std::pair<QString, std::function<void(Workspace *)>>> pages;
    const QMetaEnum all = QMetaEnum::fromType<Navigator::Page>();
    for (int i = 0; i < all.keyCount(); ++i) {
        const auto page = Navigator::Page(all.value(i));
        if (page == Navigator::Page::Board)
            pages.emplace_back(QStringLiteral("Board"),
                [](Workspace *w) { w->showBoard(w->navigator()->boardIds().value(0)); });
        else
            pages.emplace_back(QString::fromLatin1(all.key(i)), [page](Workspace *w) { w->showPage(page); });
    }
    pages.emplace_back(QStringLiteral("CheckIn consent questions"), [](Workspace *w) {
        w->showPage(Navigator::Page::CheckIn);
        CheckInView *checkIn = w->checkInView();
        checkIn->searchField()->setText(QStringLiteral("Callum"));
        REQUIRE(checkIn->arrive().ok());
    });
    return pages;
}

bool fits(QSize size, QSize screen)
{
    return size.width() <= screen.width() && size.height() <= screen.height();
}

} // namespace

TEST_CASE("the window fits 1366×768 at 100 % and 1600×1000 at 200 % on every page", "[shell][layout]")
{
    // At 200 % (QT_SCALE_FACTOR=2) a 1600×1000 screen is 800×500 in the layout's own pixels; with
    // QT_FONT_DPI=192, or 22 pt chosen in Preferences, the text is twice as large in 1600×1000
    // (checked here against the smaller laptop, 1366×768).
    const QSize atDouble(800, 500);
    const QSize laptop(1366, 768);
    for (int textSize : { 11, 22 }) {
        test::TempDir dir;
        DemoWindow w(dir, textSize);
        for (const auto &[name, show] : everyPage()) {
            show(w.workspace());
            QApplication::processEvents();
            const QSize minimum = w.window->minimumSizeHint().expandedTo(w.window->minimumSize());
            INFO("text size " << textSize << " pt, page " << name.toStdString() << ": minimum "
                              << minimum.width() << "×" << minimum.height());
            CHECK(fits(minimum, textSize == 11 ? atDouble : laptop));
            CHECK(fits(minimum, laptop));
        }
    }
}

TEST_CASE("going to 22 pt and back to 11 pt leaves the layout as it was", "[shell][layout]")
{
    test::TempDir dir;
    DemoWindow w(dir);
    Workspace *workspace = w.workspace();
    struct Measures
    {
        QSize windowMinimum;
        int checkInRow = 0;
        int captureMinimum = 0;
        QList<int> boardColumns;
        bool operator==(const Measures &) const = default;
    };
    auto measure = [&] {
        Measures m;
        workspace->showPage(Navigator::Page::Boards);
        QApplication::processEvents();
        QApplication::processEvents();
        QTableView *boards = workspace->listPage(Navigator::Page::Boards)->table();
        for (int c = 0; c < boards->model()->columnCount(); ++c)
            m.boardColumns << boards->columnWidth(c);
        workspace->showPage(Navigator::Page::CheckIn);
        QApplication::processEvents();
        m.checkInRow = workspace->checkInView()->list()->verticalHeader()->defaultSectionSize();
        workspace->showBoard(workspace->navigator()->boardIds().value(0));
        QApplication::processEvents();
        m.captureMinimum = workspace->boardView()->captureBar()->textEdit()->minimumWidth();
        m.windowMinimum = w.window->minimumSizeHint();
        return m;
    };
    const Measures before = measure();
    Preferences large = w.window->preferences();
    large.interfaceTextSize = 22;
    w.window->setPreferences(large);
    const Measures big = measure();
    CHECK(big.checkInRow > before.checkInRow); // the door's large type follows the preference
    CHECK(big.captureMinimum > before.captureMinimum);
    CHECK(big.boardColumns != before.boardColumns);
    Preferences normal = large;
    normal.interfaceTextSize = 11;
    w.window->setPreferences(normal);
    // The larger type may have made the window grow to fit; at the same window size as before,
    // everything is as it was.
    w.window->resize(1200, 760);
    QApplication::processEvents();
    const Measures after = measure();
    CHECK(after.windowMinimum == before.windowMinimum);
    CHECK(after.checkInRow == before.checkInRow);
    CHECK(after.captureMinimum == before.captureMinimum);
    // The board list: the number columns are as wide as before (what they hold), and the columns
    // fill the table exactly, with nothing behind a horizontal scroll bar. (The text columns
    // share out whatever width the navigator leaves, which depends on the window's history.)
    REQUIRE(after.boardColumns.size() == before.boardColumns.size());
    for (int c : { BoardsModel::Notes, BoardsModel::Themes, BoardsModel::Votes })
        CHECK(after.boardColumns.at(c) == before.boardColumns.at(c));
    QTableView *boards = workspace->listPage(Navigator::Page::Boards)->table();
    workspace->showPage(Navigator::Page::Boards);
    QApplication::processEvents();
    CHECK(std::accumulate(after.boardColumns.begin(), after.boardColumns.end(), 0) == boards->viewport()->width());
    CHECK_FALSE(boards->horizontalScrollBar()->isVisible());
}

TEST_CASE("choosing Check-in or a board in the navigator puts the keyboard in its box", "[shell][keyboard]")
{
    test::TempDir dir;
    DemoWindow w(dir);
    Workspace *workspace = w.workspace();
    Navigator *navigator = workspace->navigator();
    QApplication::setActiveWindow(w.window.get());
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    navigator->setFocus();

    // Passing places with the arrow keys shows them and leaves the keyboard in the navigator.
    QTest::keyClick(navigator, Qt::Key_Down);
    QTest::keyClick(navigator, Qt::Key_Down);
    QTest::keyClick(navigator, Qt::Key_Down);
    REQUIRE(workspace->currentPage() == Navigator::Page::CheckIn);
    CHECK(navigator->hasFocus());
    // Enter chooses it: the first letter typed lands in the search box.
    QTest::keyClick(navigator, Qt::Key_Return);
    CHECK(QApplication::focusWidget() == workspace->checkInView()->searchField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("a"));
    CHECK(workspace->checkInView()->searchField()->text() == QStringLiteral("a"));

    // A click on a board: the keyboard is in the note box.
    navigator->setFocus();
    QTreeWidgetItem *boardsItem = navigator->findItems(QStringLiteral("Boards"), Qt::MatchExactly).value(0);
    REQUIRE(boardsItem);
    QTreeWidgetItem *board = boardsItem->child(0);
    REQUIRE(board);
    const QRect where = navigator->visualItemRect(board);
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, where.center());
    REQUIRE(workspace->currentPage() == Navigator::Page::Board);
    CHECK(QApplication::focusWidget() == workspace->boardView()->captureBar()->textEdit());
}

TEST_CASE("Find on the board ignores case and accents", "[shell][names]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir, QStringLiteral("find.cgw"));
        Board board;
        board.title = QStringLiteral("Getting there");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        const QUuid boardId = session->data().boards.rows().back().id;
        for (const char *text : { "The café on the ward was shut", "A CAFE near the stop would help", "Buses" }) {
            Note note;
            note.boardId = boardId;
            note.text = QString::fromUtf8(text);
            REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
        }
        path = session->filePath();
    }
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openFile(path));
    Workspace *workspace = window.workspace();
    workspace->showBoard(workspace->navigator()->boardIds().value(0));
    workspace->enterPage();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    auto *find = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(find);
    CHECK(find->accessibleName() == QStringLiteral("Find on this board"));
    QTest::keyClicks(find, QStringLiteral("cafe"));
    CHECK(workspace->boardView()->canvas()->boardScene()->highlightedCount() == 2);
    find->clear();
    find->insert(QStringLiteral("Café stop")); // (QTest cannot type an é) both words, in either note's spelling
    CHECK(workspace->boardView()->canvas()->boardScene()->highlightedCount() == 1);
}

TEST_CASE("every capture key is shown in the menus and none is a menu's key", "[shell][keyboard]")
{
    test::TempDir dir;
    DemoWindow w(dir);
    Workspace *workspace = w.workspace();
    workspace->showBoard(workspace->navigator()->boardIds().value(0));
    QApplication::processEvents();
    AppActions *actions = w.window->actions();

    QList<QKeySequence> menuKeys;
    for (QAction *menu : w.window->menuBar()->actions())
        menuKeys << QKeySequence::mnemonic(menu->text());
    CHECK(menuKeys.contains(QKeySequence(Qt::ALT | Qt::Key_V))); // the View menu keeps Alt+V

    QStringList inMenu;
    for (QAction *a : actions->captureMenu->actions())
        if (!a->isSeparator())
            inMenu << a->text();
    const QList<QAction *> commands = workspace->boardView()->captureBar()->commands();
    for (QAction *command : commands) {
        if (command->isSeparator())
            continue;
        INFO(command->text().toStdString());
        CHECK(inMenu.contains(command->text()));
        CHECK_FALSE(command->shortcut().isEmpty());
        CHECK_FALSE(menuKeys.contains(command->shortcut()));
    }
    CHECK(actions->addVote->shortcut() == QKeySequence(Qt::ALT | Qt::Key_D));
    CHECK_FALSE(menuKeys.contains(actions->addVote->shortcut()));
    CHECK(actions->addVote->toolTip().contains(actions->addVote->shortcut().toString(QKeySequence::NativeText)));

    // Alt+D adds a vote to the selected note.
    QApplication::setActiveWindow(w.window.get());
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    BoardCanvas *canvas = workspace->boardView()->canvas();
    Session *session = w.window->session();
    QUuid note;
    for (const Note &n : session->data().notes)
        if (n.boardId == workspace->currentBoard()) {
            note = n.id;
            break;
        }
    REQUIRE_FALSE(note.isNull());
    canvas->setFocus();
    canvas->selectNotes({ note });
    const int before = canvas->boardScene()->voteCount(note);
    QTest::keyClick(canvas, Qt::Key_D, Qt::AltModifier);
    CHECK(canvas->boardScene()->voteCount(note) == before + 1);
}

TEST_CASE("the toolbar's Undo keeps a fixed label and names the command in its tooltip", "[shell][layout]")
{
    test::TempDir dir;
    DemoWindow w(dir);
    Session *session = w.window->session();
    QToolBar *bar = w.window->actions()->toolBar;
    QWidget *undoButton = bar->widgetForAction(w.window->actions()->undoButton);
    REQUIRE(undoButton);
    const int width = undoButton->sizeHint().width();
    Group group;
    group.name = QStringLiteral("A group with a rather long name for the undo text");
    REQUIRE(session->perform(edits::addGroup(session->data(), group)).ok());
    CHECK(w.window->actions()->undoButton->text() == QStringLiteral("Undo"));
    CHECK(w.window->actions()->undoButton->isEnabled());
    CHECK(w.window->actions()->undoButton->toolTip().contains(session->undoStack()->undoText()));
    CHECK(undoButton->sizeHint().width() == width);
    CHECK(w.window->actions()->undo->text().contains(session->undoStack()->undoText())); // the menu says
    w.window->actions()->undoButton->trigger();
    CHECK(session->data().groups.size() == 4); // the demo's four tables
}

TEST_CASE("file dialogs open in the last folder used, never the demo's hidden one", "[shell]")
{
    test::TempDir dir;
    DemoWindow w(dir);
    const QString folder = w.window->dialogFolder();
    CHECK_FALSE(folder.startsWith(w.window->demoFolder()));
    CHECK_FALSE(folder.contains(QStringLiteral("/.")));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    CHECK((folder == documents || folder == QDir::homePath()));

    // A workshop of the facilitator's own: its folder is offered next time.
    auto session = test::newSession(dir, QStringLiteral("mine.cgw"));
    const QString path = session->filePath();
    session.reset();
    REQUIRE(w.window->openFile(path));
    CHECK(w.window->dialogFolder() == QFileInfo(path).absolutePath());
}

TEST_CASE("the new-workshop form: Tab leaves the date and the time for the next box", "[shell][keyboard]")
{
    NewWorkshopDialog dialog;
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.dateEdit()->setFocus();
    QTest::keyClick(dialog.dateEdit(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.startEdit());
    CHECK(dialog.startEdit()->displayFormat() == QStringLiteral("HH:mm"));
    QTest::keyClick(dialog.startEdit(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.venueEdit());
    QTest::keyClick(dialog.venueEdit(), Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == dialog.startEdit());
}

TEST_CASE("forms on a small screen: Save in view, paper-vote labels whole, history rows shown", "[shell][layout]")
{
    test::TempDir dir;
    DemoWindow w(dir);
    w.window->resize(1366, 768); // a small laptop
    Workspace *workspace = w.workspace();
    workspace->showPage(Navigator::Page::People);
    PeopleView *people = workspace->peopleView();
    people->newPerson();
    QApplication::processEvents();
    QPushButton *save = people->editor()->saveButton();
    CHECK(save->isVisible());
    CHECK_FALSE(save->visibleRegion().isEmpty()); // not scrolled out of sight below the form

    people->selectParticipant(w.window->session()->data().participants.rows().at(0).id);
    people->showConsent();
    QApplication::processEvents();
    auto *history = people->findChild<QTreeWidget *>(QStringLiteral("consentHistory"));
    REQUIRE(history);
    CHECK(history->height() >= 4 * history->fontMetrics().height());

    // Paper votes: every label as tall as its wrapped words.
    const Session *session = w.window->session();
    QList<QUuid> notes;
    for (const Note &n : session->data().notes)
        notes << n.id;
    PaperVotesDialog votes(session->data(), notes.mid(0, 6), w.window.get());
    votes.show();
    QApplication::processEvents();
    const auto labels = votes.findChildren<QLabel *>();
    int checked = 0;
    for (QLabel *label : labels) {
        if (!label->buddy())
            continue;
        INFO(label->text().toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
        ++checked;
    }
    CHECK(checked == 6);
}

TEST_CASE("at 200 % no page scrolls sideways: rows wrap and side panels go below", "[shell][layout]")
{
    // 1600×1000 at 200 % is 800×500 in the layout's own pixels, and 22 pt type on the 1366×768
    // laptop is much the same. A page may scroll down, but a facilitator should never have to
    // scroll sideways to find a button or the end of a line.
    for (const auto &[textSize, screen] : { std::pair{ 11, QSize(800, 500) }, std::pair{ 22, QSize(1366, 768) } }) {
        test::TempDir dir;
        DemoWindow w(dir, textSize);
        w.window->resize(screen);
        QApplication::processEvents();
        for (const auto &[name, show] : everyPage()) {
            show(w.workspace());
            QApplication::processEvents();
            QApplication::processEvents();
            QScrollArea *holder = nullptr;
            for (QScrollArea *area : w.workspace()->findChildren<QScrollArea *>())
                if (area->isVisible() && qobject_cast<QStackedWidget *>(area->parentWidget()))
                    holder = area;
            if (!holder)
                continue; // the overview and the board lay themselves out (checked above)
            INFO("text size " << textSize << " pt, page " << name.toStdString() << ": page needs "
                              << holder->widget()->minimumSizeHint().width() << " of "
                              << holder->viewport()->width());
            CHECK(holder->widget()->minimumSizeHint().width() <= holder->viewport()->width());
            CHECK_FALSE(holder->horizontalScrollBar()->isVisible());
        }
    }
}
