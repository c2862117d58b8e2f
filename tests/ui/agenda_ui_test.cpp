// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Planning and running the day in the real window: a workshop from a template with a note on its
// first board, the workshop's details from the overview, the agenda reordered by keyboard and by
// drag, and starting a breakout (boards for each group, the canvas on the first, the presenter
// with the prompt and the countdown).
#include "agenda/agendaitemeditor.h"
#include "agenda/agendaview.h"
#include "agenda/newfromtemplatedialog.h"
#include "agenda/planhandler.h"
#include "appactions.h"
#include "board/boardview.h"
#include "board/capturebar.h"
#include "commands/edits.h"
#include "mainwindow.h"
#include "models/agendamodel.h"
#include "modeltesterfailures.h"
#include "overviewpage.h"
#include "planning/agenda.h"
#include "presenterwindow.h"
#include "look.h"
#include "run/countdownpanel.h"
#include "run/runactions.h"
#include "run/runbar.h"
#include "run/runcontroller.h"
#include "session/session.h"
#include "startpage.h"
#include "testsupport.h"
#include "workshopdetailsdialog.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <functional>
#include <memory>

using namespace cg;

namespace {

/// A workshop with three agenda items (a plenary, a breakout, a close), two groups and one
/// board not tied to an item; closed again so that the window can open it.
QString writeAgendaWorkshop(const test::TempDir &dir)
{
    auto session = test::newSession(dir, QStringLiteral("agenda.cgw"));
    Workshop w = session->workshop();
    w.title = QStringLiteral("Getting home from hospital");
    w.startTime = QTime(10, 0);
    w.endTime = QTime(11, 30);
    REQUIRE(session->perform(edits::editWorkshop(session->data(), w)).ok());
    auto item = [&](const QString &title, AgendaKind kind, int minutes, const QString &prompt) {
        AgendaItem a;
        a.title = title;
        a.kind = kind;
        a.plannedMinutes = minutes;
        a.prompt = prompt;
        REQUIRE(session->perform(edits::addAgendaItem(session->data(), a)).ok());
    };
    item(QStringLiteral("Welcome"), AgendaKind::Plenary, 20, QStringLiteral("What brought you here?"));
    item(QStringLiteral("Leaving hospital"), AgendaKind::Breakout, 40,
        QStringLiteral("What helped you get home?"));
    item(QStringLiteral("Close"), AgendaKind::Feedback, 10, QString());
    for (const QString &name : { QStringLiteral("Table 1"), QStringLiteral("Table 2") }) {
        Group g;
        g.name = name;
        REQUIRE(session->perform(edits::addGroup(session->data(), g)).ok());
    }
    Board parking;
    parking.title = QStringLiteral("Parking lot");
    parking.kind = BoardKind::ParkingLot;
    REQUIRE(session->perform(edits::addBoard(session->data(), parking)).ok());
    return session->filePath();
}

struct Shell
{
    explicit Shell(const test::TempDir &dir)
        : settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
    {
        settings.setValue(QStringLiteral("dialogs/lastFolder"), dir.root());
        window = std::make_unique<MainWindow>(&settings);
        window->plan()->setTemplateFolder(dir.path(QStringLiteral("templates")));
        window->resize(1600, 1000);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    Workspace *workspace() const { return window->workspace(); }
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

/// Runs \a answer on the next modal dialog once it is open (the code that opens it blocks).
void whenDialogOpens(std::function<void(QWidget *)> answer)
{
    auto tries = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    // The stored function holds itself (to schedule the next try); it lets go once it is done,
    // or the cycle would leak it (found by LeakSanitizer). Each timer runs a copy, so clearing
    // the stored one never destroys the function that is running.
    *poll = [answer, tries, poll] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            *poll = nullptr;
            answer(modal);
            return;
        }
        if (++*tries < 200)
            QTimer::singleShot(10, *poll);
        else
            *poll = nullptr;
    };
    QTimer::singleShot(0, *poll);
}

QStringList titles(const AgendaModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, AgendaModel::Title).data().toString();
    return out;
}

void sendDrop(QTableView *table, QMimeData *mime, QPoint at)
{
    QWidget *viewport = table->viewport();
    QDragEnterEvent enter(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
}

} // namespace

TEST_CASE("a workshop from a template, and a note on its first board, all in the app", "[agenda][ui][shell]")
{
    test::TempDir dir;
    Shell shell(dir);
    QPushButton *fromTemplate = shell.window->startPage()->fromTemplateButton();
    REQUIRE(fromTemplate->isVisible());

    QString chosen;
    whenDialogOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<NewFromTemplateDialog *>(modal);
        REQUIRE(dialog);
        // The first template is chosen, titled, and has somewhere to go: Enter alone will do.
        REQUIRE(dialog->templateList()->currentRow() == 0);
        chosen = dialog->titleEdit()->text();
        CHECK(dialog->pathEdit()->text().endsWith(QStringLiteral("Co-production workshop.cgw")));
        CHECK(dialog->templateList()->count() == 5);
        QTest::keyClick(dialog->templateList(), Qt::Key_Return);
    });
    QTest::mouseClick(fromTemplate, Qt::LeftButton);

    Session *session = shell.window->session();
    REQUIRE(session);
    CHECK(chosen == QStringLiteral("Co-production workshop"));
    CHECK(session->filePath() == dir.path(QStringLiteral("Co-production workshop.cgw")));
    CHECK(session->data().agendaItems.size() == 9);
    CHECK(session->data().groups.size() == 4);
    REQUIRE_FALSE(session->data().boards.empty());

    // The first board in the navigator, then a note through the capture bar.
    shell.window->activateWindow(); // the dialog had the keyboard
    REQUIRE(QTest::qWaitForWindowActive(shell.window.get()));
    Workspace *workspace = shell.workspace();
    const QList<QUuid> boards = workspace->navigator()->boardIds();
    REQUIRE_FALSE(boards.isEmpty());
    workspace->showBoard(boards.first());
    CHECK(session->data().boards.find(boards.first())->title == QStringLiteral("Hopes for today"));
    workspace->boardView()->focusCapture();
    QWidget *typing = QApplication::focusWidget();
    REQUIRE(typing == workspace->boardView()->captureBar()->textEdit());
    QTest::keyClicks(typing, QStringLiteral("To be listened to"));
    QTest::keyClick(typing, Qt::Key_Return);
    REQUIRE(session->data().notes.size() == 1);
    CHECK(session->data().notes.rows().front().text == QStringLiteral("To be listened to"));
    CHECK(session->data().notes.rows().front().boardId == boards.first());
}

TEST_CASE("the workshop's details are edited from the overview, and undone", "[agenda][ui][details]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->openFile(writeAgendaWorkshop(dir)));
    OverviewPage *overview = shell.workspace()->overview();
    REQUIRE(overview->detailsButton()->isVisible());
    Session *session = shell.window->session();
    const Workshop before = session->workshop();

    whenDialogOpens([](QWidget *modal) {
        auto *dialog = qobject_cast<WorkshopDetailsDialog *>(modal);
        REQUIRE(dialog);
        CHECK(dialog->titleEdit()->text() == QStringLiteral("Getting home from hospital"));
        CHECK(dialog->hasEndTime()->isChecked());
        dialog->titleEdit()->selectAll();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Home from hospital: what helps?"));
        dialog->venueEdit()->setText(QStringLiteral("St Mark's hall"));
        dialog->endEdit()->setTime(QTime(12, 15));
        dialog->rateEdit()->setValue(27.5);
        // An empty title is refused in the dialog, which stays open.
        const QString typed = dialog->titleEdit()->text();
        dialog->titleEdit()->clear();
        dialog->accept();
        CHECK(dialog->problem() == QStringLiteral("A workshop needs a title."));
        CHECK(dialog->isVisible());
        dialog->titleEdit()->setText(typed);
        dialog->accept();
    });
    QTest::mouseClick(overview->detailsButton(), Qt::LeftButton);

    CHECK(session->workshop().title == QStringLiteral("Home from hospital: what helps?"));
    CHECK(session->workshop().venue == QStringLiteral("St Mark's hall"));
    CHECK(session->workshop().endTime == QTime(12, 15));
    CHECK(session->workshop().defaultRateMinor == 2750);
    CHECK(shell.window->windowTitle().startsWith(QStringLiteral("Home from hospital: what helps?")));
    CHECK(shell.window->actions()->undo->text().contains(QStringLiteral("Edit workshop details")));

    shell.window->actions()->undo->trigger();
    CHECK(session->workshop() == before);
    shell.window->actions()->redo->trigger();
    CHECK(session->workshop().venue == QStringLiteral("St Mark's hall"));

    // The Edit menu's Workshop Details opens the same dialog; Cancel changes nothing.
    const Workshop saved = session->workshop();
    whenDialogOpens([](QWidget *modal) {
        REQUIRE(qobject_cast<WorkshopDetailsDialog *>(modal));
        qobject_cast<QDialog *>(modal)->reject();
    });
    shell.window->actions()->workshopDetails->trigger();
    CHECK(session->workshop() == saved);
}

TEST_CASE(
    "the agenda is planned by keyboard and reordered by drag, with start times re-flowed", "[agenda][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->openFile(writeAgendaWorkshop(dir)));
    Workspace *workspace = shell.workspace();
    workspace->showPage(Navigator::Page::Agenda);
    AgendaView *view = workspace->agendaView();
    QTableView *table = view->table();
    auto *model = qobject_cast<AgendaModel *>(table->model());
    REQUIRE(model);
    test::TesterFailures failures;
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    Session *session = shell.window->session();
    CHECK(view->summaryText().contains(QStringLiteral("Starts 10:00, ends 11:10 (1 h 10 min in all)")));
    CHECK(view->warningText().isEmpty());

    // Keyboard: Ctrl+Down moves the chosen item later, and the choice stays on it.
    table->setFocus();
    table->setCurrentIndex(model->index(0, AgendaModel::Title));
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    CHECK(titles(model)
        == QStringList {
            QStringLiteral("Leaving hospital"), QStringLiteral("Welcome"), QStringLiteral("Close") });
    CHECK(view->currentItem() == model->idAt(1));
    CHECK(model->index(1, AgendaModel::Start).data().toString() == QStringLiteral("10:40"));
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    CHECK(titles(model)
        == QStringList {
            QStringLiteral("Welcome"), QStringLiteral("Leaving hospital"), QStringLiteral("Close") });
    shell.window->actions()->undo->trigger();
    CHECK(titles(model).first() == QStringLiteral("Leaving hospital"));
    shell.window->actions()->undo->trigger();
    CHECK(titles(model).first() == QStringLiteral("Welcome"));

    // Insert adds after the chosen item and puts the keyboard in its title.
    table->setFocus();
    table->setCurrentIndex(model->index(0, AgendaModel::Title));
    QTest::keyClick(table, Qt::Key_Insert);
    REQUIRE(model->rowCount() == 4);
    CHECK(titles(model).at(1) == QStringLiteral("New item"));
    AgendaItemEditor *editor = view->editor();
    REQUIRE(QApplication::focusWidget() == editor->titleEdit());
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("Icebreaker"));
    QTest::keyClick(editor->titleEdit(), Qt::Key_Tab);
    CHECK(titles(model).at(1) == QStringLiteral("Icebreaker"));
    editor->minutesBox()->setValue(45);
    CHECK(model->index(2, AgendaModel::Start).data().toString() == QStringLiteral("11:05"));
    // Now the day runs past the venue's end time: a warning in words.
    CHECK(view->warningText().contains(QStringLiteral("after the venue must be left (11:30)")));
    editor->promptEdit()->setFocus();
    QTest::keyClicks(editor->promptEdit(), QStringLiteral("One thing you'd change?"));
    table->setFocus(); // leaving the field saves it
    CHECK(session->data().agendaItems.find(model->idAt(1))->prompt
        == QStringLiteral("One thing you'd change?"));

    // Delete removes it (undo brings it back).
    table->setCurrentIndex(model->index(1, AgendaModel::Title));
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(model->rowCount() == 3);
    CHECK(view->warningText().isEmpty());
    shell.window->actions()->undo->trigger();
    CHECK(titles(model).at(1) == QStringLiteral("Icebreaker"));
    // Typing into one item is one step to undo: title, minutes and prompt together.
    shell.window->actions()->undo->trigger();
    CHECK(titles(model).at(1) == QStringLiteral("New item"));
    shell.window->actions()->undo->trigger(); // the new item itself
    CHECK(model->rowCount() == 3);

    // Drag: the last row dropped on the top edge of the first goes first.
    QMimeData *mime = model->mimeData({ model->index(2, AgendaModel::Title) });
    REQUIRE(mime);
    const QRect first = table->visualRect(model->index(0, AgendaModel::Title));
    sendDrop(table, mime, QPoint(first.center().x(), first.top() + 1));
    delete mime;
    CHECK(titles(model)
        == QStringList {
            QStringLiteral("Close"), QStringLiteral("Welcome"), QStringLiteral("Leaving hospital") });
    CHECK(model->index(1, AgendaModel::Start).data().toString() == QStringLiteral("10:10"));
    // ...and the first dropped below the last goes last.
    mime = model->mimeData({ model->index(0, AgendaModel::Title) });
    const QRect last = table->visualRect(model->index(2, AgendaModel::Title));
    sendDrop(table, mime, QPoint(last.center().x(), last.bottom() - 1));
    delete mime;
    CHECK(titles(model)
        == QStringList {
            QStringLiteral("Welcome"), QStringLiteral("Leaving hospital"), QStringLiteral("Close") });
    shell.window->actions()->undo->trigger();
    CHECK(titles(model).first() == QStringLiteral("Close"));
    CHECK(failures.failures().isEmpty());
}

TEST_CASE("starting a breakout makes a board for each group and opens the first", "[agenda][ui][run]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->openFile(writeAgendaWorkshop(dir)));
    Workspace *workspace = shell.workspace();
    workspace->showPage(Navigator::Page::Agenda);
    Session *session = shell.window->session();
    // The plan is laid on the day the run begins: a fixed ten o'clock keeps the lateness exact.
    QDateTime now(QDate::currentDate(), QTime(10, 0), Qt::LocalTime);
    workspace->runController()->setTimeSource([&] { return now; });
    RunActions *run = shell.window->runActions();
    RunBar *bar = shell.window->runBar();
    CHECK_FALSE(bar->isVisible());
    CHECK(run->startOrPause->isEnabled());
    CHECK_FALSE(run->skip->isEnabled());
    CHECK_FALSE(run->extend->isEnabled());

    shell.window->actions()->presenter->setChecked(true);
    PresenterWindow *presenter = shell.window->presenter();
    REQUIRE(presenter);

    run->startOrPause->trigger();
    CHECK(bar->isVisible());
    CHECK(bar->itemText() == QStringLiteral("Now: Welcome"));
    CHECK(bar->timeText() == QStringLiteral("20:00"));
    CHECK(bar->latenessText() == QStringLiteral("On time"));
    CHECK(bar->endingText().startsWith(QStringLiteral("Expected to end at 11:10 (planned 11:10)")));
    CHECK(run->startOrPause->text() == QStringLiteral("&Pause"));
    auto *countdown = presenter->findChild<CountdownPanel *>();
    REQUIRE(countdown);
    CHECK(countdown->isVisible());
    CHECK(countdown->text().startsWith(QStringLiteral("Welcome · 20:00")));
    CHECK(workspace->agendaView()->table()->isColumnHidden(AgendaModel::Now) == false);

    const std::size_t boardsBefore = session->data().boards.size();
    run->next->trigger();
    const QUuid breakout = agenda::currentItem(session->data())->id;
    CHECK(session->data().agendaItems.find(breakout)->title == QStringLiteral("Leaving hospital"));
    CHECK(session->data().boards.size() == boardsBefore + 2);
    const QList<QUuid> boards = workspace->runController()->boardsOf(breakout);
    REQUIRE(boards.size() == 2);
    CHECK(session->data().boards.find(boards.first())->title == QStringLiteral("Table 1 — Leaving hospital"));
    // The canvas is on the first table's board; the room sees the prompt and the time.
    CHECK(workspace->currentBoard() == boards.first());
    CHECK(presenter->showing() == PresenterWindow::Showing::AgendaItem);
    CHECK(presenter->shownId() == breakout);
    CHECK(countdown->isVisible());
    CHECK_FALSE(countdown->isStrip());
    CHECK(countdown->geometry() == presenter->rect());

    // Showing a board on the presenter puts the countdown above it as a strip.
    presenter->showBoard(boards.last());
    CHECK(countdown->isStrip());
    CHECK(countdown->geometry().top() == 0);

    // Undo takes the step back, boards and all.
    shell.window->actions()->undo->trigger();
    CHECK(session->data().boards.size() == boardsBefore);
    CHECK(agenda::currentItem(session->data())->title == QStringLiteral("Welcome"));

    // Pause, then carry on: the bar says so, and the countdown too.
    run->startOrPause->trigger();
    CHECK(run->startOrPause->text() == QStringLiteral("&Carry On"));
    CHECK(bar->itemText() == QStringLiteral("Now: Welcome — Paused"));
    CHECK(countdown->text().endsWith(QStringLiteral("Paused")));
    run->startOrPause->trigger();
    CHECK(run->startOrPause->text() == QStringLiteral("&Pause"));
    run->extend->trigger();
    CHECK(session->data().agendaItems.find(agenda::currentItem(session->data())->id)->extraMinutes == 5);
    CHECK(bar->latenessText() == QStringLiteral("Running 5 minutes late"));

    // Closing the workshop leaves the run in the file; the bar goes.
    const QString path = session->filePath();
    shell.window->closeWorkshop();
    CHECK_FALSE(bar->isVisible());
    CHECK_FALSE(run->startOrPause->isEnabled());
    REQUIRE(shell.window->openFile(path));
    CHECK(bar->isVisible());
    CHECK(bar->itemText().startsWith(
        QStringLiteral("Now: Welcome"))); // (by the real clock, it may be over time)
}

TEST_CASE("the countdown changes calmly, in colour and in words, under two minutes and at time up",
    "[agenda][ui][run]")
{
    test::TempDir dir;
    auto session = Session::open(writeAgendaWorkshop(dir));
    REQUIRE(session.ok());
    QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::LocalTime);
    RunController run(session->get(), [&] { return now; });
    QWidget presenter;
    presenter.resize(1280, 720);
    CountdownPanel panel(session->get(), &run, &presenter);
    panel.setGeometry(presenter.rect());
    presenter.show();
    CHECK_FALSE(panel.isVisible());

    run.startOrPause();
    CHECK(panel.isVisible());
    const QColor plenty = panel.background();
    CHECK(panel.text() == QStringLiteral("Welcome · 20:00"));
    CHECK_FALSE(panel.grab().isNull());

    now = QDateTime(QDate(2026, 11, 22), QTime(10, 18, 30), Qt::LocalTime);
    run.refresh();
    CHECK(panel.text() == QStringLiteral("Welcome · 1:30 · Under 2 minutes left"));
    const QColor twoMinutes = panel.background();
    CHECK(twoMinutes != plenty);

    now = QDateTime(QDate(2026, 11, 22), QTime(10, 20), Qt::LocalTime);
    run.refresh();
    CHECK(panel.text() == QStringLiteral("Welcome · 0:00 · Time is up"));
    const QColor timeUp = panel.background();
    CHECK(timeUp != twoMinutes);
    CHECK(timeUp != plenty);
    now = QDateTime(QDate(2026, 11, 22), QTime(10, 23, 30), Qt::LocalTime);
    run.refresh();
    CHECK(panel.text() == QStringLiteral("Welcome · 0:00 · Time is up: 3 minutes over"));
    CHECK_FALSE(panel.grab().isNull());

    // A strip above a board: title and time only.
    panel.setGeometry(0, 0, 1280, 160);
    CHECK(panel.isStrip());
    CHECK_FALSE(panel.grab().isNull());
    run.next();
    CHECK(panel.text() == QStringLiteral("Leaving hospital · 40:00"));
    CHECK(panel.background() == plenty);
}

TEST_CASE("in high contrast the countdown stays black on white and says time is short with its frame",
    "[agenda][ui][run][a11y]")
{
    test::TempDir dir;
    auto session = Session::open(writeAgendaWorkshop(dir));
    REQUIRE(session.ok());
    const QPalette before = QApplication::palette();
    QApplication::setPalette(look::highContrastPalette());
    QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::LocalTime);
    RunController run(session->get(), [&] { return now; });
    QWidget presenter;
    presenter.resize(1280, 720);
    CountdownPanel panel(session->get(), &run, &presenter);
    panel.setGeometry(presenter.rect());
    presenter.show();
    run.startOrPause();
    auto corner = [&] { return QColor(panel.grab().toImage().pixel(1, 1)); };
    CHECK(panel.background() == QColor(Qt::white));
    CHECK(panel.frameWidth() == 0);
    CHECK(corner() == QColor(Qt::white));

    now = QDateTime(QDate(2026, 11, 22), QTime(10, 18, 30), Qt::LocalTime);
    run.refresh();
    CHECK(panel.background() == QColor(Qt::white));
    const int twoMinutes = panel.frameWidth();
    CHECK(twoMinutes > 0);
    CHECK(corner() == QColor(Qt::black));

    now = QDateTime(QDate(2026, 11, 22), QTime(10, 20), Qt::LocalTime);
    run.refresh();
    CHECK(panel.text() == QStringLiteral("Welcome · 0:00 · Time is up"));
    CHECK(panel.background() == QColor(Qt::white));
    CHECK(panel.frameWidth() > twoMinutes);

    QApplication::setPalette(before);
    CHECK(panel.frameWidth() == 0);
    CHECK(panel.background() != QColor(Qt::white));
}
