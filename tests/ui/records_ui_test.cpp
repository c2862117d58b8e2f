// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop made in the app alone: boards made, reordered and deleted from the navigator,
// actions and feedback typed up, an action made from a note, photos added, and a theme across
// boards. Driven by keyboard where a facilitator would use it.
#include "actions/actioneditor.h"
#include "actions/actionsview.h"
#include "actions/personfield.h"
#include "appactions.h"
#include "board/boardcanvas.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/capturebar.h"
#include "boards/boardcommands.h"
#include "boards/boardeditordialog.h"
#include "boards/boardspage.h"
#include "commands/edits.h"
#include "feedback/feedbackeditor.h"
#include "feedback/feedbackview.h"
#include "listpage.h"
#include "mainwindow.h"
#include "models/actionsmodel.h"
#include "models/boardsmodel.h"
#include "models/feedbackmodel.h"
#include "navigator.h"
#include "photos/photodetails.h"
#include "photos/photosmodel.h"
#include "photos/photospage.h"
#include "photos/thumbnailcache.h"
#include "presenterwindow.h"
#include "sensemaking/notemime.h"
#include "sensemaking/sensemakingmodels.h"
#include "sensemaking/sensemakingpage.h"
#include "session/session.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

#include <functional>
#include <memory>

#include "modeltesterfailures.h"

using namespace cg;

namespace {

/// Runs \a answer on the first widget of type T that becomes the active modal or popup widget
/// (a dialog opened by exec(), a context menu), from inside its event loop.
template<class T>
void whenShown(std::function<void(T *)> answer, int timeoutMs = 5000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, elapsed, answer, timeoutMs] {
        QWidget *w = QApplication::activePopupWidget();
        if (!qobject_cast<T *>(w))
            w = QApplication::activeModalWidget();
        if (T *found = qobject_cast<T *>(w)) {
            timer->stop();
            timer->deleteLater();
            // As a facilitator's window would be: active, so its keys and shortcuts work.
            if (!qobject_cast<QMenu *>(found)) {
                QApplication::setActiveWindow(found->window());
                (void)QTest::qWaitForWindowActive(found->window(), 2000);
            }
            answer(found);
            return;
        }
        *elapsed += 10;
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

struct Shell
{
    explicit Shell(const test::TempDir &dir)
        : settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , window(std::make_unique<MainWindow>(&settings))
    {
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    Session *session() const { return window->session(); }
    Workspace *workspace() const { return window->workspace(); }
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

QUuid addBoard(Session *session, const QString &title)
{
    Board b;
    b.id = newId();
    b.title = title;
    REQUIRE(session->perform(edits::addBoard(session->data(), b)).ok());
    return b.id;
}

QUuid addNote(Session *session, const QUuid &board, const QString &text, const QUuid &author = {})
{
    Note n;
    n.id = newId();
    n.boardId = board;
    n.text = text;
    n.x = std::numeric_limits<double>::quiet_NaN();
    n.y = std::numeric_limits<double>::quiet_NaN();
    if (!author.isNull()) {
        n.authorKind = AuthorKind::Participant;
        n.authorId = author;
    }
    REQUIRE(session->perform(edits::addNote(session->data(), n)).ok());
    return n.id;
}

QUuid addPerson(Session *session, const QString &name)
{
    Participant p;
    p.id = newId();
    p.displayName = name;
    REQUIRE(session->perform(edits::addParticipant(session->data(), p)).ok());
    return p.id;
}

QString writePicture(const test::TempDir &dir, const QString &name, QSize size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(240, 220, 160));
    const QString path = dir.path(name);
    REQUIRE(image.save(path, format));
    return path;
}

} // namespace

TEST_CASE("from an empty workshop, a board is made in the app and a note captured on it", "[records][boards][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    Workshop w;
    w.title = QStringLiteral("Tomorrow's workshop");
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("new.cgw")), w));
    REQUIRE(shell.session()->data().boards.empty());
    QAction *newBoard = shell.window->actions()->newBoard;
    REQUIRE(newBoard->isEnabled());
    CHECK(newBoard->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    whenShown<BoardEditorDialog>([](BoardEditorDialog *dialog) {
        // The suggested title is selected: typing replaces it.
        CHECK(dialog->titleEdit()->hasFocus());
        CHECK(dialog->titleEdit()->text() == QStringLiteral("Board 1"));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Table 1: getting there"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("What would make the journey easier?"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    });
    QTest::keySequence(shell.window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    REQUIRE(shell.session()->data().boards.size() == 1);
    const Board board = shell.session()->data().boards.rows().front();
    CHECK(board.title == QStringLiteral("Table 1: getting there"));
    CHECK(board.prompt == QStringLiteral("What would make the journey easier?"));
    Workspace *workspace = shell.workspace();
    CHECK(workspace->currentPage() == Navigator::Page::Board);
    CHECK(workspace->currentBoard() == board.id);
    CHECK(workspace->navigator()->boardIds() == QList<QUuid>{board.id});

    // The keyboard is in the capture box: type the note and press Enter.
    QLineEdit *capture = workspace->boardView()->captureBar()->textEdit();
    QTRY_VERIFY(capture->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("The bus only comes twice an hour"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(shell.session()->data().notes.size() == 1);
    CHECK(shell.session()->data().notes.rows().front().boardId == board.id);
    CHECK(shell.session()->data().notes.rows().front().text == QStringLiteral("The bus only comes twice an hour"));

    // Settings from the navigator's context menu (F2): a new prompt.
    workspace->navigator()->setFocus();
    whenShown<BoardEditorDialog>([](BoardEditorDialog *dialog) {
        CHECK(dialog->windowTitle() == QStringLiteral("Board settings"));
        dialog->promptEdit()->setPlainText(QStringLiteral("What helps you get here?"));
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(BoardKind::Plenary)));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    });
    QTest::keyClick(workspace->navigator(), Qt::Key_F2);
    CHECK(shell.session()->data().boards.rows().front().prompt == QStringLiteral("What helps you get here?"));
    CHECK(shell.session()->data().boards.rows().front().kind == BoardKind::Plenary);
}

TEST_CASE("boards are reordered in the navigator by keyboard and by dragging", "[records][boards][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid a = addBoard(session, QStringLiteral("Table 1"));
    const QUuid b = addBoard(session, QStringLiteral("Table 2"));
    const QUuid c = addBoard(session, QStringLiteral("Parking lot"));
    Navigator *navigator = shell.workspace()->navigator();
    REQUIRE(navigator->boardIds() == QList<QUuid>{a, b, c});

    SECTION("Ctrl+Shift+Up and Down move the board under the keyboard")
    {
        shell.workspace()->showBoard(c);
        navigator->setFocus();
        QTest::keyClick(navigator, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(navigator->boardIds() == QList<QUuid>{a, c, b});
        CHECK(edits::boardOrder(session->data()) == QList<QUuid>{a, c, b});
        CHECK(navigator->currentBoardItem() == c); // the keyboard stays on the board it moved
        QTest::keyClick(navigator, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(navigator->boardIds() == QList<QUuid>{c, a, b});
        QTest::keyClick(navigator, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(navigator->boardIds() == QList<QUuid>{a, c, b});
        session->undoStack()->undo();
        CHECK(navigator->boardIds() == QList<QUuid>{c, a, b});
        // The Boards page lists them in the same order.
        BoardsModel *model = qobject_cast<BoardsModel *>(shell.workspace()->boardsPage()->list()->model());
        REQUIRE(model);
        CHECK(QList<QUuid>{model->idAt(0), model->idAt(1), model->idAt(2)} == QList<QUuid>{c, a, b});
    }
    SECTION("dragging a board below another")
    {
        auto drop = [&](const QUuid &dragged, const QUuid &onto, bool lowerHalf) {
            QTreeWidgetItem *target = nullptr;
            for (QTreeWidgetItemIterator it(navigator); *it; ++it)
                if ((*it)->data(0, Qt::UserRole + 2).toUuid() == onto)
                    target = *it;
            REQUIRE(target);
            const QRect rect = navigator->visualItemRect(target);
            const QPoint at(rect.center().x(), lowerHalf ? rect.bottom() - 2 : rect.top() + 2);
            QMimeData mime;
            mime.setData(Navigator::boardMimeType(), dragged.toByteArray(QUuid::WithoutBraces));
            QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(navigator->viewport(), &enter);
            CHECK(enter.isAccepted());
            QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(navigator->viewport(), &move);
            CHECK(move.isAccepted());
            QDropEvent dropped(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(navigator->viewport(), &dropped);
            CHECK(dropped.isAccepted());
        };
        const int steps = session->undoStack()->count();
        drop(a, c, true); // Table 1 below the parking lot
        QTRY_COMPARE(navigator->boardIds(), (QList<QUuid>{b, c, a}));
        drop(a, b, false); // and back above Table 2
        QTRY_COMPARE(navigator->boardIds(), (QList<QUuid>{a, b, c}));
        CHECK(session->undoStack()->count() == steps + 2);
        // Only boards move: a drop on another page is refused.
        CHECK(navigator->boardDropIndex(a, navigator->visualItemRect(navigator->topLevelItem(0)).center()) == -1);
    }
}

TEST_CASE("deleting a board asks first, naming what goes with it, and undo brings it all back", "[records][boards][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid keep = addBoard(session, QStringLiteral("Table 1"));
    const QUuid doomed = addBoard(session, QStringLiteral("Table 2"));
    QList<QUuid> notes;
    for (int i = 0; i < 14; ++i)
        notes << addNote(session, doomed, QStringLiteral("Idea %1").arg(i));
    REQUIRE(session->perform(edits::groupAsTheme(session->data(), {notes[0], notes[1]}, QStringLiteral("Buses"))).ok());
    REQUIRE(session->perform(edits::groupAsTheme(session->data(), {notes[2]}, QStringLiteral("Trains"))).ok());
    REQUIRE(session->perform(edits::setPaperVotes(session->data(), notes[3], 5)).ok());
    const QString question = BoardCommands::deleteQuestion(session->data(), doomed);
    CHECK(question == QStringLiteral("Delete “Table 2” and its 14 notes, 2 themes and 5 votes?"));
    CHECK(BoardCommands::deleteQuestion(session->data(), keep) == QStringLiteral("Delete “Table 1”? There is nothing on it yet."));

    Workspace *workspace = shell.workspace();
    workspace->showBoard(doomed);
    Navigator *navigator = workspace->navigator();
    navigator->setFocus();

    SECTION("Keep it: nothing changes")
    {
        whenShown<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
        QTest::keyClick(navigator, Qt::Key_Delete);
        CHECK(session->data().boards.contains(doomed));
        CHECK(session->data().notes.size() == 14);
    }
    SECTION("Delete, then undo")
    {
        QString asked;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            for (QAbstractButton *button : box->buttons())
                if (button->text().contains(QStringLiteral("Delete board")))
                    button->click();
        });
        QTest::keyClick(navigator, Qt::Key_Delete);
        CHECK(asked == question);
        CHECK_FALSE(session->data().boards.contains(doomed));
        CHECK(session->data().notes.empty());
        CHECK(session->data().themes.empty());
        CHECK(session->data().votes.empty());
        CHECK(navigator->boardIds() == QList<QUuid>{keep});
        QTRY_COMPARE(workspace->currentPage(), Navigator::Page::Boards);
        shell.window->actions()->undo->trigger();
        CHECK(session->data().boards.contains(doomed));
        CHECK(session->data().notes.size() == 14);
        CHECK(session->data().themes.size() == 2);
        CHECK(edits::voteCount(session->data(), notes[3]) == 5);
        CHECK(navigator->boardIds() == QList<QUuid>{keep, doomed});
    }
}

TEST_CASE("the Boards page makes, reorders and opens boards", "[records][boards][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid a = addBoard(session, QStringLiteral("Table 1"));
    const QUuid b = addBoard(session, QStringLiteral("Table 2"));
    Workspace *workspace = shell.workspace();
    workspace->showPage(Navigator::Page::Boards);
    BoardsPage *page = workspace->boardsPage();
    QTableView *table = page->list()->table();
    table->setFocus();
    page->selectBoard(b);
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(edits::boardOrder(session->data()) == QList<QUuid>{b, a});
    CHECK(page->currentBoard() == b);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(workspace->currentPage() == Navigator::Page::Board);
    CHECK(workspace->currentBoard() == b);
}

TEST_CASE("actions: added, edited and deleted in their view", "[records][actions][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid priya = addPerson(session, QStringLiteral("Priya Shah"));
    addPerson(session, QStringLiteral("Siân Williams"));
    Workspace *workspace = shell.workspace();
    shell.window->actions()->newAction->trigger();
    CHECK(workspace->currentPage() == Navigator::Page::Actions);
    ActionsView *view = workspace->actionsView();
    ActionEditor *editor = view->actionEditor();
    CHECK(editor->isNew());
    QTRY_VERIFY(editor->whatEdit()->hasFocus());
    QTest::keyClicks(editor->whatEdit(), QStringLiteral("Ask the council about the bus"));
    QTest::keyClick(editor->whatEdit(), Qt::Key_Tab);
    CHECK(editor->ownerEdit()->hasFocus());
    QTest::keyClicks(editor->ownerEdit(), QStringLiteral("priya"));
    QTest::keyClick(editor->whatEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(session->data().actions.size() == 1);
    Action added = session->data().actions.rows().front();
    CHECK(added.text == QStringLiteral("Ask the council about the bus"));
    CHECK(added.ownerId == priya); // "priya" through the one name resolver
    CHECK(view->list()->currentId() == added.id);
    CHECK_FALSE(editor->isNew());

    // A second one, owned by someone not in the workshop.
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    CHECK(editor->isNew());
    QTest::keyClicks(editor->whatEdit(), QStringLiteral("Book the hall for March"));
    editor->ownerEdit()->setText(QStringLiteral("Ward 4 admin team"));
    editor->hasDueDate()->setChecked(true);
    editor->dueEdit()->setDate(QDate(2026, 12, 1));
    REQUIRE(editor->save());
    REQUIRE(session->data().actions.size() == 2);
    const Action second = session->data().actions.rows().back();
    CHECK(second.ownerId.isNull());
    CHECK(second.ownerName == QStringLiteral("Ward 4 admin team"));
    CHECK(second.dueDate == QDate(2026, 12, 1));

    // Edit: mark the first done.
    view->select(added.id);
    editor->statusBox()->setCurrentIndex(editor->statusBox()->findData(int(ActionStatus::Done)));
    Q_EMIT editor->statusBox()->activated(editor->statusBox()->currentIndex());
    CHECK(editor->isModified());
    QTest::keyClick(editor->statusBox(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(session->data().actions.find(added.id)->status == ActionStatus::Done);

    // An ambiguous owner is refused, not guessed.
    addPerson(session, QStringLiteral("Priya Patel"));
    view->select(second.id);
    editor->ownerEdit()->setText(QStringLiteral("Priya"));
    Q_EMIT editor->ownerEdit()->textEdited(editor->ownerEdit()->text());
    CHECK_FALSE(editor->save());
    CHECK(editor->problem().contains(QStringLiteral("More than one")));
    editor->discard();

    // Delete from the list, then undo.
    view->select(second.id);
    view->list()->table()->setFocus();
    QTest::keyClick(view->list()->table(), Qt::Key_Delete);
    CHECK_FALSE(session->data().actions.contains(second.id));
    shell.window->actions()->undo->trigger();
    CHECK(session->data().actions.contains(second.id));
}

TEST_CASE("feedback answers: typed up, edited, deleted", "[records][feedback][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid sian = addPerson(session, QStringLiteral("Siân Williams"));
    shell.window->actions()->newFeedback->trigger();
    Workspace *workspace = shell.workspace();
    FeedbackView *view = workspace->feedbackView();
    FeedbackEditor *editor = view->feedbackEditor();
    REQUIRE(editor->isNew());
    editor->questionBox()->setEditText(QStringLiteral("What were the best aspects of today?"));
    editor->answerEdit()->setPlainText(QStringLiteral("Being listened to."));
    editor->fromEdit()->setText(QStringLiteral("sian"));
    REQUIRE(view->saveAndNext());
    REQUIRE(session->data().feedback.size() == 1);
    CHECK(session->data().feedback.rows().front().participantId == sian);
    // The next answer starts with the same question and nobody named.
    CHECK(editor->isNew());
    CHECK(editor->questionBox()->currentText() == QStringLiteral("What were the best aspects of today?"));
    CHECK(editor->fromEdit()->text().isEmpty());
    QTest::keyClicks(editor->answerEdit(), QStringLiteral("The small tables"));
    QTest::keyClick(editor->answerEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(session->data().feedback.size() == 2);
    const Feedback anonymous = session->data().feedback.rows().back();
    CHECK(anonymous.participantId.isNull());
    CHECK(anonymous.answer == QStringLiteral("The small tables"));

    // Someone not in the workshop: refused, nothing lost.
    view->select(anonymous.id);
    editor->fromEdit()->setText(QStringLiteral("Zed"));
    Q_EMIT editor->fromEdit()->textEdited(QStringLiteral("Zed"));
    CHECK_FALSE(editor->save());
    CHECK(editor->fromEdit()->text() == QStringLiteral("Zed"));
    editor->fromEdit()->clear();
    Q_EMIT editor->fromEdit()->textEdited(QString());
    editor->answerEdit()->setPlainText(QStringLiteral("The small tables, and the tea"));
    REQUIRE(editor->save());
    CHECK(session->data().feedback.find(anonymous.id)->answer == QStringLiteral("The small tables, and the tea"));

    view->select(anonymous.id);
    REQUIRE(view->deleteCurrent());
    CHECK(session->data().feedback.size() == 1);
    session->undoStack()->undo();
    CHECK(session->data().feedback.size() == 2);
}

TEST_CASE("an action is made from a note chosen on the board", "[records][actions][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid board = addBoard(session, QStringLiteral("Table 1"));
    const QUuid note = addNote(session, board, QStringLiteral("Letters should come a week before"));
    const QUuid other = addNote(session, board, QStringLiteral("Free parking"));
    REQUIRE(session->perform(edits::groupAsTheme(session->data(), {note}, QStringLiteral("Letters"))).ok());
    const QUuid theme = session->data().themes.rows().back().id;
    Workspace *workspace = shell.workspace();
    workspace->showBoard(board);
    BoardCanvas *canvas = workspace->boardView()->canvas();
    canvas->selectNotes({note});
    QTest::qWait(50);
    const Note &n = *session->data().notes.find(note);
    const QPoint at = canvas->mapFromScene(QPointF(n.x + n.width / 2, n.y + n.height / 2));

    whenShown<QMenu>([](QMenu *menu) {
        QAction *create = nullptr;
        for (QAction *action : menu->actions())
            if (action->text() == QStringLiteral("Create action from note…"))
                create = action;
        REQUIRE(create);
        whenShown<QDialog>([](QDialog *dialog) {
            auto *editor = dialog->findChild<ActionEditor *>();
            REQUIRE(editor);
            CHECK(editor->whatEdit()->toPlainText() == QStringLiteral("Letters should come a week before"));
            CHECK(editor->notesList()->count() == 1);
            editor->whatEdit()->setPlainText(QStringLiteral("Send appointment letters a week before"));
            QTest::keyClick(editor->whatEdit(), Qt::Key_Return, Qt::ControlModifier);
        });
        menu->setActiveAction(create);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, canvas->viewport()->mapToGlobal(at));
    QApplication::sendEvent(canvas->viewport(), &event);

    REQUIRE(session->data().actions.size() == 1);
    const Action action = session->data().actions.rows().front();
    CHECK(action.text == QStringLiteral("Send appointment letters a week before"));
    CHECK(action.noteIds == QList<QUuid>{note});
    CHECK(action.themeId == theme);
    CHECK_FALSE(action.noteIds.contains(other));
    CHECK(workspace->actionsView()->list()->model()->rowCount() == 1);
}

TEST_CASE("photos: added from a file, listed with a thumbnail, described, deleted", "[records][photos][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid board = addBoard(session, QStringLiteral("Table 3"));
    const QUuid ann = addPerson(session, QStringLiteral("Ann"));
    ConsentEvent takePart;
    takePart.participantId = ann;
    takePart.scope = ConsentScope::TakePart;
    takePart.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    REQUIRE(session->record(edits::recordConsent(session->data(), takePart)).ok());
    Workspace *workspace = shell.workspace();
    workspace->showPage(Navigator::Page::Photos);
    PhotosPage *page = workspace->photosPage();
    const QString png = writePicture(dir, QStringLiteral("flipchart.png"), QSize(3200, 2400), "PNG");
    QFile notPicture(dir.path(QStringLiteral("notes.txt")));
    REQUIRE(notPicture.open(QIODevice::WriteOnly));
    notPicture.write("Not a picture at all");
    notPicture.close();

    CHECK(page->addPhotoFiles({png, notPicture.fileName()}, board) == 1);
    CHECK(page->message().contains(QStringLiteral("not a picture")));
    REQUIRE(session->data().attachments.size() == 1);
    const Attachment photo = session->data().attachments.rows().front();
    CHECK(photo.boardId == board);
    CHECK(photo.width == 2400); // scaled down on the way in
    CHECK(photo.originalWidth == 3200);
    CHECK(page->model()->rowCount() == 1);
    CHECK(page->currentPhoto() == photo.id);
    QTRY_VERIFY(page->thumbnails()->isCached(photo.id)); // made when the grid painted it
    const int decodes = page->thumbnails()->decodeCount();
    page->view()->viewport()->repaint();
    CHECK(page->thumbnails()->decodeCount() == decodes); // and not again

    // Who is in it decides the share-back report: Ann takes part but did not agree to photos.
    PhotoDetails *details = page->details();
    details->captionEdit()->setText(QStringLiteral("Table 3's flipchart"));
    Q_EMIT details->captionEdit()->textEdited(details->captionEdit()->text());
    details->setShown(ann, true);
    CHECK(details->consentLine()->text().contains(QStringLiteral("Kept out of the share-back report")));
    REQUIRE(details->save());
    const Attachment described = *session->data().attachments.find(photo.id);
    CHECK(described.caption == QStringLiteral("Table 3's flipchart"));
    CHECK(described.peopleShown == QList<QUuid>{ann});
    CHECK(page->model()->index(0, PhotosModel::Public).data().toString() == QStringLiteral("Kept out"));
    ConsentEvent photos = takePart;
    photos.scope = ConsentScope::BePhotographed;
    REQUIRE(session->record(edits::recordConsent(session->data(), photos)).ok());
    CHECK(page->model()->index(0, PhotosModel::Public).data().toString() == QStringLiteral("May appear"));
    CHECK(details->consentLine()->text().contains(QStringLiteral("May appear")));

    // Delete by keyboard, undo brings the picture back.
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Delete);
    CHECK(session->data().attachments.empty());
    session->undoStack()->undo();
    REQUIRE(session->data().attachments.size() == 1);
    auto bytes = session->attachmentData(photo.id);
    REQUIRE(bytes.ok());
    CHECK(QImage::fromData(*bytes).width() == 2400);
}

TEST_CASE("a theme across boards gathers notes from two boards", "[records][sensemaking][ui]")
{
    test::TempDir dir;
    Shell shell(dir);
    REQUIRE(shell.window->createWorkshop(dir.path(QStringLiteral("w.cgw")), Workshop{}));
    Session *session = shell.session();
    const QUuid t1 = addBoard(session, QStringLiteral("Table 1"));
    const QUuid t2 = addBoard(session, QStringLiteral("Table 2"));
    const QUuid a = addNote(session, t1, QStringLiteral("The letter came after the appointment"));
    const QUuid b = addNote(session, t1, QStringLiteral("Buses twice an hour"));
    const QUuid c = addNote(session, t2, QStringLiteral("Letters only in English"));
    const QUuid d = addNote(session, t2, QStringLiteral("Nobody rang"));
    Workspace *workspace = shell.workspace();
    workspace->showPage(Navigator::Page::SenseMaking);
    SenseMakingPage *page = workspace->senseMakingPage();
    CHECK(page->allNotesModel()->rowCount() == 4);

    // By keyboard: find "letter", choose both results, make a theme of them.
    page->searchEdit()->setFocus();
    QTest::keyClicks(page->searchEdit(), QStringLiteral("letter"));
    CHECK(page->searchModel()->rowCount() == 2);
    QTest::keyClick(page->searchEdit(), Qt::Key_Down);
    CHECK(page->allNotesView()->hasFocus());
    QTest::keyClick(page->allNotesView(), Qt::Key_Down, Qt::ShiftModifier);
    CHECK(page->chosenNotes() == QList<QUuid>{a, c});
    const QUuid theme = page->newTheme(QStringLiteral("Letters"));
    REQUIRE_FALSE(theme.isNull());
    CHECK(session->data().themes.find(theme)->noteIds == QList<QUuid>{a, c});
    CHECK(page->currentTheme() == theme);
    CHECK(page->themeNotesModel()->rowCount() == 2);
    CHECK(page->themeNotesModel()->index(1, ThemeNotesModel::BoardColumn).data().toString() == QStringLiteral("Table 2"));

    // Enter adds the chosen notes to the theme.
    page->searchEdit()->clear();
    page->allNotesView()->setFocus();
    const int row = page->allNotesModel()->rowOf(d);
    page->allNotesView()->setCurrentIndex(page->searchModel()->mapFromSource(page->allNotesModel()->index(row, 0)));
    QTest::keyClick(page->allNotesView(), Qt::Key_Return);
    CHECK(session->data().themes.find(theme)->noteIds == QList<QUuid>{a, c, d});

    // Dragged onto the theme in the list.
    std::unique_ptr<QMimeData> mime(notemime::make({b}));
    const QRect rect = page->themesView()->visualRect(page->themesModel()->index(0, 0));
    QDragEnterEvent enter(rect.center(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page->themesView()->viewport(), &enter);
    QDragMoveEvent move(rect.center(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page->themesView()->viewport(), &move);
    QDropEvent drop(rect.center(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page->themesView()->viewport(), &drop);
    CHECK(session->data().themes.find(theme)->noteIds == QList<QUuid>{a, c, d, b});

    // Reorder and take out by keyboard.
    page->themeNotesView()->setFocus();
    page->themeNotesView()->setCurrentIndex(page->themeNotesModel()->index(3, 0));
    QTest::keyClick(page->themeNotesView(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(session->data().themes.find(theme)->noteIds == QList<QUuid>{a, c, b, d});
    QTest::keyClick(page->themeNotesView(), Qt::Key_Down); // to the last one, d
    QTest::keyClick(page->themeNotesView(), Qt::Key_Delete);
    CHECK(session->data().themes.find(theme)->noteIds == QList<QUuid>{a, c, b});
    CHECK(session->data().notes.contains(d)); // still on its board

    // Rename, delete, undo.
    REQUIRE(page->renameTheme(theme, QStringLiteral("Letters and buses")));
    CHECK(page->themesModel()->index(0, 0).data().toString() == QStringLiteral("Letters and buses"));
    page->themesView()->setFocus();
    QTest::keyClick(page->themesView(), Qt::Key_Delete);
    CHECK_FALSE(session->data().themes.contains(theme));
    CHECK(page->themeNotesModel()->rowCount() == 0);
    session->undoStack()->undo();
    REQUIRE(session->data().themes.contains(theme));
    CHECK(session->data().themes.find(theme)->noteIds == QList<QUuid>{a, c, b});
}

TEST_CASE("the records models keep exact rows through edits and undo", "[records][models]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    test::TesterFailures failures;
    ThumbnailCache thumbnails(session.get(), 64);
    BoardsModel boards(session.get());
    PhotosModel photos(session.get(), &thumbnails);
    CrossBoardThemesModel themes(session.get());
    AllNotesModel notes(session.get());
    ThemeNotesModel themeNotes(session.get());
    ActionsModel actions(session.get());
    FeedbackModel feedback(session.get());
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             &boards, &photos, &themes, &notes, &themeNotes, &actions, &feedback })
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning));

    const QUuid t1 = addBoard(session.get(), QStringLiteral("Table 1"));
    const QUuid t2 = addBoard(session.get(), QStringLiteral("Table 2"));
    const QUuid t3 = addBoard(session.get(), QStringLiteral("Table 3"));
    const QUuid a = addNote(session.get(), t1, QStringLiteral("One"));
    const QUuid b = addNote(session.get(), t2, QStringLiteral("Two"));
    const QUuid c = addNote(session.get(), t3, QStringLiteral("Three"));
    REQUIRE(session->perform(edits::moveBoard(session->data(), t3, 0)).ok());
    CHECK(boards.idAt(0) == t3);
    CHECK(notes.idAt(0) == c); // notes follow the boards' order
    REQUIRE(session->perform(edits::addCrossBoardTheme(session->data(), QStringLiteral("All"), {a, b})).ok());
    const QUuid theme = session->data().themes.rows().back().id;
    themeNotes.setTheme(theme);
    CHECK(themeNotes.rowCount() == 2);
    REQUIRE(session->perform(edits::addNotesToTheme(session->data(), theme, {c}, 0)).ok());
    CHECK(themeNotes.idAt(0) == c);
    REQUIRE(session->perform(edits::moveNoteInTheme(session->data(), theme, c, 2)).ok());
    CHECK(themeNotes.idAt(2) == c);
    Attachment p;
    p.fileName = QStringLiteral("x.png");
    p.mimeType = QStringLiteral("image/png");
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::white);
    QBuffer buffer(&p.data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    REQUIRE(session->perform(edits::addAttachment(session->data(), p)).ok());
    CHECK(photos.rowCount() == 1);
    Action act;
    act.text = QStringLiteral("Do it");
    REQUIRE(session->perform(edits::addAction(session->data(), act)).ok());
    Feedback f;
    f.question = QStringLiteral("Best?");
    f.answer = QStringLiteral("Tea");
    REQUIRE(session->perform(edits::addFeedback(session->data(), f)).ok());
    REQUIRE(session->perform(edits::removeBoard(session->data(), t1)).ok());
    CHECK(themeNotes.rowCount() == 2);
    CHECK(notes.rowCount() == 2);
    while (session->undoStack()->canUndo())
        session->undoStack()->undo();
    CHECK(boards.rowCount() == 0);
    CHECK(themeNotes.rowCount() == 0);
    while (session->undoStack()->canRedo())
        session->undoStack()->redo();
    CHECK(boards.rowCount() == 2);
    CHECK(photos.rowCount() == 1);
    CHECK(failures.failures() == QStringList());
}
