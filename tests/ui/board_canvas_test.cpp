// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board_fixture.h"

#include "board/boardactions.h"
#include "board/boarditems.h"
#include "board/boardrenderer.h"
#include "board/notepalette.h"
#include "planning/projectionlayout.h"
#include "board/papervotesdialog.h"

#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QWheelEvent>

using namespace cg;

namespace {

int voteRows(const QStringList &rows)
{
    int n = 0;
    for (const QString &row : rows)
        n += row.startsWith(QStringLiteral("vote|")) || row.startsWith(QStringLiteral("votes|")) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("dragging a note stores its new position as one undo step", "[board][mouse]")
{
    test::BoardFixture f;
    const QUuid id = f.addNote(QStringLiteral("Clearer letters"), 100, 100);
    const QUuid other = f.addNote(QStringLiteral("Stays put"), 400, 100);
    const int steps = f.session->undoStack()->count();

    const QPoint from = f.viewPos(QPointF(190, 160));
    f.drag(from, from + QPoint(150, 80));

    CHECK(f.note(id).x == 250);
    CHECK(f.note(id).y == 180);
    CHECK(f.note(other).x == 400);
    CHECK(f.scene()->noteItem(id)->pos() == QPointF(250, 180));
    CHECK(f.session->undoStack()->count() == steps + 1);

    f.session->undoStack()->undo();
    CHECK(f.note(id).x == 100);
    CHECK(f.note(id).y == 100);
    CHECK(f.scene()->noteItem(id)->pos() == QPointF(100, 100));
}

TEST_CASE("rubber-band selection picks the notes inside it", "[board][mouse]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("One"), 100, 100);
    const QUuid b = f.addNote(QStringLiteral("Two"), 300, 100);
    f.addNote(QStringLiteral("Far away"), 800, 500);
    f.drag(f.viewPos(QPointF(60, 60)), f.viewPos(QPointF(520, 260)));
    const QList<QUuid> selected = f.view->selectedNotes();
    CHECK(selected == QList<QUuid> { a, b });
}

TEST_CASE("selected notes group as a theme that moves its notes with it", "[board][theme]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("Buses are late"), 100, 200);
    const QUuid b = f.addNote(QStringLiteral("No step-free access"), 300, 200);
    const QUuid loose = f.addNote(QStringLiteral("Free parking"), 700, 200);
    f.view->selectNotes({ a, b });
    REQUIRE(f.canvas()->actions()->groupSelection(QStringLiteral("Getting there")));

    REQUIRE(f.session->data().themes.size() == 1);
    const Theme theme = f.session->data().themes.rows().front();
    CHECK(theme.name == QStringLiteral("Getting there"));
    CHECK(theme.boardId == f.boardId);
    CHECK(f.note(a).themeId == theme.id);
    CHECK(f.note(b).themeId == theme.id);
    CHECK(f.note(loose).themeId.isNull());
    REQUIRE(f.scene()->themeItem(theme.id));
    CHECK(theme.rect().contains(f.note(a).rect()));

    // Drag the theme by its label: the frame and both its notes move, the loose note does not.
    const int steps = f.session->undoStack()->count();
    const QPoint label = f.viewPos(QPointF(theme.x + 30, theme.y + 20));
    f.drag(label, label + QPoint(40, 100));
    const Theme *moved = f.session->data().themes.find(theme.id);
    REQUIRE(moved);
    CHECK(moved->x == theme.x + 40);
    CHECK(moved->y == theme.y + 100);
    CHECK(f.note(a).x == 140);
    CHECK(f.note(a).y == 300);
    CHECK(f.note(b).x == 340);
    CHECK(f.note(loose).x == 700);
    CHECK(f.scene()->noteItem(b)->pos() == QPointF(340, 300));
    CHECK(f.session->undoStack()->count() == steps + 1);
}

TEST_CASE("votes added, taken away and entered from paper become vote rows", "[board][votes]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("Buses are late"), 100, 100);
    const QUuid b = f.addNote(QStringLiteral("Free parking"), 300, 100);
    f.view->selectNotes({ a });
    REQUIRE(f.canvas()->actions()->addVoteToSelection());
    REQUIRE(f.canvas()->actions()->addVoteToSelection());
    REQUIRE(f.canvas()->actions()->removeVoteFromSelection());
    CHECK(f.scene()->noteItem(a)->votes() == 1);

    // Votes cast on paper, entered through the dialog for both notes.
    PaperVotesDialog dialog(f.session->data(), { a, b });
    dialog.setCount(a, 4);
    dialog.setCount(b, 2);
    REQUIRE(f.canvas()->actions()->applyPaperVotes(dialog.counts()));
    CHECK(f.scene()->noteItem(a)->votes() == 5);
    CHECK(f.scene()->noteItem(b)->votes() == 2);
    CHECK(edits::voteCount(f.session->data(), a) == 5);
    CHECK(f.session->data().votes.size() == 3); // one in the app, two paper tallies
    CHECK(voteRows(test::dumpRows(*f.session)) == 3);

    // Changing a paper tally updates it in place, and undo restores the picture too.
    REQUIRE(f.canvas()->actions()->applyPaperVotes({ { a, 1 } }));
    CHECK(f.scene()->noteItem(a)->votes() == 2);
    f.session->undoStack()->undo();
    CHECK(f.scene()->noteItem(a)->votes() == 5);
}

TEST_CASE("find highlights the notes that contain the words", "[board][find]")
{
    test::BoardFixture f;
    f.addNote(QStringLiteral("Bus times are confusing"), 0, 0);
    f.addNote(QStringLiteral("buses late"), 200, 0);
    f.addNote(QStringLiteral("Parking is dear"), 400, 0);
    f.addNote(QStringLiteral("the BUS stop has no seat"), 0, 200);
    f.addNote(QStringLiteral("Walking is fine"), 200, 200);
    QSignalSpy results(f.view.get(), &BoardView::findResults);
    f.view->find(QStringLiteral("bus"));
    REQUIRE(results.size() == 1);
    CHECK(results.first().first().toInt() == 3);
    CHECK(f.scene()->highlightedCount() == 3);
    f.view->find(QStringLiteral("walking"));
    CHECK(results.last().first().toInt() == 1);
    f.view->find(QString());
    CHECK(results.last().first().toInt() == 0);
    CHECK(f.scene()->highlightedCount() == 0);
}

TEST_CASE("arrow keys move the selection to the nearest note in that direction", "[board][keyboard]")
{
    test::BoardFixture f;
    const QUuid topLeft = f.addNote(QStringLiteral("a"), 0, 0);
    const QUuid topMid = f.addNote(QStringLiteral("b"), 200, 0);
    const QUuid topRight = f.addNote(QStringLiteral("c"), 400, 10);
    const QUuid bottomLeft = f.addNote(QStringLiteral("d"), 0, 150);
    const QUuid bottomMid = f.addNote(QStringLiteral("e"), 200, 150);
    const QUuid bottomRight = f.addNote(QStringLiteral("f"), 400, 150);
    f.addNote(QStringLiteral("far off to the side"), 260, 700);
    f.canvas()->setFocus();
    auto press = [&](Qt::Key key) { QTest::keyClick(f.canvas(), key); };

    press(Qt::Key_Right); // nothing selected: starts at the first note in reading order
    CHECK(f.view->selectedNotes() == QList<QUuid> { topLeft });
    press(Qt::Key_Right);
    CHECK(f.view->selectedNotes() == QList<QUuid> { topMid });
    press(Qt::Key_Right);
    CHECK(f.view->selectedNotes() == QList<QUuid> { topRight });
    press(Qt::Key_Down);
    CHECK(f.view->selectedNotes() == QList<QUuid> { bottomRight });
    press(Qt::Key_Left);
    CHECK(f.view->selectedNotes() == QList<QUuid> { bottomMid });
    press(Qt::Key_Left);
    CHECK(f.view->selectedNotes() == QList<QUuid> { bottomLeft });
    press(Qt::Key_Up);
    CHECK(f.view->selectedNotes() == QList<QUuid> { topLeft });
    press(Qt::Key_Left); // nothing further left: the selection stays
    CHECK(f.view->selectedNotes() == QList<QUuid> { topLeft });
}

TEST_CASE("Enter edits a note in place, Escape leaves without changing it", "[board][keyboard]")
{
    test::BoardFixture f;
    const QUuid id = f.addNote(QStringLiteral("Buses late"), 100, 100);
    f.view->selectNotes({ id });
    f.canvas()->setFocus();
    QTest::keyClick(f.canvas(), Qt::Key_Return);
    REQUIRE(f.canvas()->editor());
    QTest::keyClicks(f.canvas(), QStringLiteral(" every morning"));
    QTest::keyClick(f.canvas(), Qt::Key_Return);
    CHECK(f.canvas()->editor() == nullptr);
    CHECK(f.note(id).text == QStringLiteral("Buses late every morning"));

    QTest::keyClick(f.canvas(), Qt::Key_Return);
    REQUIRE(f.canvas()->editor());
    QTest::keyClicks(f.canvas(), QStringLiteral(" and evening"));
    QTest::keyClick(f.canvas(), Qt::Key_Escape);
    CHECK(f.canvas()->editor() == nullptr);
    CHECK(f.note(id).text == QStringLiteral("Buses late every morning"));

    f.session->undoStack()->undo();
    CHECK(f.note(id).text == QStringLiteral("Buses late"));
}

TEST_CASE("Ctrl+arrows nudge as one undo step and Delete deletes", "[board][keyboard]")
{
    test::BoardFixture f;
    const QUuid id = f.addNote(QStringLiteral("Nudge me"), 100, 100);
    f.view->selectNotes({ id });
    f.canvas()->setFocus();
    const int steps = f.session->undoStack()->count();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(f.canvas(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(f.canvas(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(f.note(id).x == 130);
    CHECK(f.note(id).y == 110);
    CHECK(f.session->undoStack()->count() == steps + 1);
    CHECK(f.scene()->noteItem(id)->pos() == QPointF(130, 110));

    QTest::keyClick(f.canvas(), Qt::Key_Delete);
    CHECK(f.notesOnBoard() == 0);
    CHECK(f.scene()->noteItems().isEmpty());
    f.session->undoStack()->undo();
    CHECK(f.notesOnBoard() == 1);
    REQUIRE(f.scene()->noteItem(id));
}

TEST_CASE("double-clicking empty space adds a note there", "[board][mouse]")
{
    test::BoardFixture f;
    const QPoint spot = f.viewPos(QPointF(500, 300));
    f.mouse(QEvent::MouseButtonPress, spot, Qt::LeftButton);
    f.mouse(QEvent::MouseButtonRelease, spot, Qt::NoButton);
    f.mouse(QEvent::MouseButtonDblClick, spot, Qt::LeftButton);
    f.mouse(QEvent::MouseButtonRelease, spot, Qt::NoButton);
    REQUIRE(f.canvas()->editor());
    QTest::keyClicks(f.canvas(), QStringLiteral("A quiet room to wait in"));
    QTest::keyClick(f.canvas(), Qt::Key_Return);
    REQUIRE(f.notesOnBoard() == 1);
    const Note n = f.session->data().notes.rows().front();
    CHECK(n.text == QStringLiteral("A quiet room to wait in"));
    CHECK(n.rect().contains(QPointF(500, 300)));
    CHECK(f.view->selectedNotes() == QList<QUuid> { n.id });
}

TEST_CASE("the canvas follows undo and redo", "[board][undo]")
{
    test::BoardFixture f;
    std::vector<Note> notes;
    for (int i = 0; i < 5; ++i) {
        Note n;
        n.id = newId();
        n.boardId = f.boardId;
        n.text = QStringLiteral("Note %1").arg(i);
        n.x = 200.0 * i;
        notes.push_back(n);
    }
    REQUIRE(f.session->perform(edits::addNotes(f.session->data(), notes)).ok());
    CHECK(f.scene()->noteItems().size() == 5);
    f.view->selectNotes({ notes[0].id, notes[1].id });
    f.canvas()->setFocus();
    QTest::keyClick(f.canvas(), Qt::Key_Delete);
    CHECK(f.scene()->noteItems().size() == 3);
    QUndoStack *undo = f.session->undoStack();
    undo->undo();
    CHECK(f.scene()->noteItems().size() == 5);
    undo->undo();
    CHECK(f.scene()->noteItems().isEmpty());
    undo->redo();
    CHECK(f.scene()->noteItems().size() == 5);
    undo->redo();
    CHECK(f.scene()->noteItems().size() == 3);
    CHECK(int(f.scene()->noteItems().size()) == f.notesOnBoard());

    // A note edited elsewhere (another view, room mode) shows up the same way.
    Note changed = f.note(notes[3].id);
    changed.text = QStringLiteral("Changed elsewhere");
    changed.colour = NoteColour::Green;
    REQUIRE(f.session->perform(edits::editNote(f.session->data(), changed)).ok());
    CHECK(f.scene()->noteItem(notes[3].id)->note().text == QStringLiteral("Changed elsewhere"));
    CHECK(f.scene()->noteItem(notes[3].id)->note().colour == NoteColour::Green);
}

TEST_CASE("colour, quote and sensitive change the selected notes in one step", "[board][keyboard]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("One"), 0, 0);
    const QUuid b = f.addNote(QStringLiteral("Two"), 200, 0);
    f.view->selectNotes({ a, b });
    f.canvas()->setFocus();
    const int steps = f.session->undoStack()->count();
    QTest::keyClick(f.canvas(), Qt::Key_4, Qt::AltModifier);
    CHECK(f.note(a).colour == NoteColour::Green);
    CHECK(f.note(b).colour == NoteColour::Green);
    CHECK(f.session->undoStack()->count() == steps + 1);
    QTest::keyClick(f.canvas(), Qt::Key_Q, Qt::AltModifier);
    QTest::keyClick(f.canvas(), Qt::Key_S, Qt::AltModifier);
    CHECK(f.note(a).verbatim);
    CHECK(f.note(b).sensitive);
}

TEST_CASE("a board renders without widgets, notes in their palette colour", "[board][render]")
{
    test::BoardFixture f;
    const QUuid id = f.addNote(QStringLiteral("Rendered"), 100, 100, NoteColour::Blue);
    BoardRenderer renderer(f.session.get(), Audience::Public, true);
    renderer.setBoard(f.boardId);
    const QRectF source(0, 0, 400, 300);
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.render(&painter, QRectF(0, 0, 400, 300), source);
    }
    // Inside the note, away from text: the blue tint. Outside: the board.
    CHECK(image.pixelColor(100 + 180 - 3, 100 + 60) == palette::fill(NoteColour::Blue));
    CHECK(image.pixelColor(20, 20) == palette::boardBackground());
    // Edits reach the renderer too.
    Note after = f.note(id);
    after.colour = NoteColour::Orange;
    REQUIRE(f.session->perform(edits::editNote(f.session->data(), after)).ok());
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.render(&painter, QRectF(0, 0, 400, 300), source);
    }
    CHECK(image.pixelColor(100 + 180 - 3, 100 + 60) == palette::fill(NoteColour::Orange));
}

TEST_CASE("a board renders as it stands on the canvas or laid out for a projector, as pictures too",
    "[board][render]")
{
    test::BoardFixture f;
    std::vector<QUuid> ids;
    for (int i = 0; i < 8; ++i)
        ids.push_back(f.addNote(QStringLiteral("Note number %1 about getting there").arg(i), 40 + 900.0 * (i % 2),
            40 + 700.0 * (i / 2), i % 2 ? NoteColour::Blue : NoteColour::Green));
    BoardRenderer renderer(f.session.get(), Audience::Public, false);
    renderer.setBoard(f.boardId);
    CHECK(renderer.layout() == BoardRenderer::Layout::Canvas);
    CHECK(renderer.boardRect().contains(QRectF(40, 40, 1080, 2220))); // the notes where they stand
    CHECK(renderer.textSize() == 0);

    renderer.setLayout(BoardRenderer::Layout::Projection);
    const QImage picture = renderer.toImage(QSize(1280, 720));
    CHECK(renderer.layout() == BoardRenderer::Layout::Projection);
    CHECK(renderer.pageCount() == 1);
    CHECK(renderer.textSize() >= projection::readableTextSize(720 * 0.94));
    // Laid out afresh: close together, filling the picture, no longer 2,000 units tall.
    CHECK(renderer.boardRect().height() <= 720);
    CHECK(renderer.boardRect().width() > 640);
    int green = 0, blue = 0;
    for (int y = 0; y < picture.height(); y += 4)
        for (int x = 0; x < picture.width(); x += 4) {
            green += picture.pixelColor(x, y) == palette::fill(NoteColour::Green) ? 1 : 0;
            blue += picture.pixelColor(x, y) == palette::fill(NoteColour::Blue) ? 1 : 0;
        }
    CHECK(green > 1000); // a good share of the picture is notes, not empty board
    CHECK(blue > 1000);

    renderer.setLayout(BoardRenderer::Layout::Canvas);
    CHECK(renderer.boardRect().contains(QRectF(40, 40, 1080, 2220)));
    CHECK(renderer.scene()->noteItem(ids[3])->pos() == QPointF(940, 740));
}

namespace {

/// How many nearly black pixels (the notes' text) a render of \a source at \a scale has on an
/// image with \a devicePixelRatio.
int inkPixels(BoardScene *scene, const QRectF &source, double scale, double devicePixelRatio)
{
    const QSizeF logical = source.size() * scale;
    QImage image((logical * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), logical), source);
    }
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
    return ink;
}

} // namespace

TEST_CASE("text is drawn whenever it is legible: zoom, device pixel ratio and type size together",
    "[board][render]")
{
    test::BoardFixture f;
    f.addNote(QStringLiteral("Waiting times for a call back were too long"), 0, 0);
    const QRectF source(-10, -10, 200, 140);
    // At a third of full size (a big board fitted to the window), 14 px type is under 5 px on an
    // ordinary screen: a plain block. On a 200 % screen the same view has twice the pixels: text.
    CHECK(inkPixels(f.scene(), source, 0.3, 1.0) == 0);
    CHECK(inkPixels(f.scene(), source, 0.3, 2.0) > 40);
    // Not counted twice: at 15 % even a 200 % screen has too few pixels for the letters.
    CHECK(inkPixels(f.scene(), source, 0.15, 2.0) == 0);
    // Larger type is legible further out.
    CHECK_FALSE(NoteItem::textLegible(f.scene()->style(), 0.25, 1.0));
    CHECK(NoteItem::textLegible(BoardStyle::forText(28), 0.25, 1.0));
}

TEST_CASE("zoom with keys, Ctrl+wheel and fit; pan with space-drag", "[board][zoom]")
{
    test::BoardFixture f;
    f.addNote(QStringLiteral("Top left"), 0, 0);
    f.addNote(QStringLiteral("Far corner"), 3000, 2000);
    f.canvas()->setFocus();
    CHECK(f.canvas()->zoom() == Approx(1.0));
    QTest::keyClick(f.canvas(), Qt::Key_Plus);
    CHECK(f.canvas()->zoom() == Approx(1.25));
    QTest::keyClick(f.canvas(), Qt::Key_Minus);
    QTest::keyClick(f.canvas(), Qt::Key_Minus);
    CHECK(f.canvas()->zoom() == Approx(0.8));

    QWidget *viewport = f.canvas()->viewport();
    const QPointF at(300, 300);
    QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    CHECK(f.canvas()->zoom() == Approx(1.0));

    f.view->zoomToFit();
    CHECK(f.canvas()->zoom() < 0.5);
    const QRectF visible = f.canvas()->mapToScene(viewport->rect()).boundingRect();
    CHECK(visible.contains(QRectF(0, 0, 3180, 2120)));

    f.view->resetZoom();
    f.canvas()->centerOn(QPointF(1500, 1000));
    const int before = f.canvas()->horizontalScrollBar()->value();
    QTest::keyPress(f.canvas(), Qt::Key_Space);
    f.drag(QPoint(600, 400), QPoint(400, 400));
    QTest::keyRelease(f.canvas(), Qt::Key_Space);
    CHECK(f.canvas()->horizontalScrollBar()->value() == before + 200);
    CHECK(f.canvas()->dragMode() == QGraphicsView::RubberBandDrag);
    CHECK(f.notesOnBoard() == 2); // panning moved nothing
}

TEST_CASE("what the Session refuses comes back as a status message and changes nothing", "[board]")
{
    test::BoardFixture f;
    const QUuid id = f.addNote(QStringLiteral("Lonely note"), 0, 0);
    QSignalSpy messages(f.view.get(), &BoardView::statusMessage);
    f.view->selectNotes({ id });
    CHECK_FALSE(f.canvas()->actions()->groupSelection(QStringLiteral("   ")));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().first().toString() == QStringLiteral("A theme needs a name."));
    CHECK(f.session->data().themes.empty());
    CHECK_FALSE(f.canvas()->actions()->removeVoteFromSelection()); // no votes to take away
    CHECK(messages.size() == 2);
}
