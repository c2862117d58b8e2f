// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Themes on the canvas, driven as a facilitator would: grouping gathers the notes in the frame,
// dragging a note into a frame joins it and out of it leaves, and a right-click or the Menu key on
// a selection offers what can be done to all of it.

#include "board_fixture.h"

#include "board/boardactions.h"
#include "board/boarditems.h"
#include "planning/boardlayout.h"

#include <QHelpEvent>
#include <QMenu>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

using namespace cg;

namespace {

bool overlap(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList out;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        out << action->text();
        if (action->menu())
            out += menuTexts(action->menu());
    }
    return out;
}

QAction *findAction(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu())
            if (QAction *inner = findAction(action->menu(), text))
                return inner;
    }
    return nullptr;
}

/// What the next context menu offered, what was selected while it was open, and (optionally)
/// the entry chosen from it.
struct MenuWatch
{
    QStringList texts;
    QList<QUuid> selectedWhileOpen;
    QString shortcutOfDelete;
    bool opened = false;

    void next(test::BoardFixture &f, const QString &choose = {})
    {
        QTimer::singleShot(0, [this, &f, choose] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            opened = true;
            texts = menuTexts(menu);
            selectedWhileOpen = f.view->selectedNotes();
            for (QAction *action : menu->actions())
                if (action->text().startsWith(QStringLiteral("Delete")))
                    shortcutOfDelete = action->shortcut().toString();
            QAction *chosen = choose.isEmpty() ? nullptr : findAction(menu, choose);
            menu->close();
            if (chosen)
                chosen->trigger();
        });
    }
};

} // namespace

TEST_CASE("grouping on the canvas gathers the notes in the frame and leaves the others out", "[board][theme]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("Buses are late"), 100, 100);
    const QUuid between = f.addNote(QStringLiteral("Free parking"), 300, 100);
    const QUuid b = f.addNote(QStringLiteral("No step-free access"), 500, 100);
    const QUuid below = f.addNote(QStringLiteral("Lift broken"), 100, 420);
    f.view->selectNotes({ a, b, below });
    REQUIRE(f.canvas()->actions()->groupSelection(QStringLiteral("Getting there")));

    const QUuid themeId = f.note(a).themeId;
    REQUIRE(f.scene()->themeItem(themeId));
    // What is drawn: the frame around exactly its notes, its name clear of every note.
    const QRectF frame = f.scene()->themeItem(themeId)->frameRect();
    const QRectF band(frame.topLeft(), QSizeF(frame.width(), f.scene()->themeItem(themeId)->bandHeight()));
    for (const QUuid &id : { a, b, below }) {
        CHECK(frame.contains(f.scene()->noteItem(id)->sceneBoundingRect().adjusted(6, 6, -6, -6)));
        CHECK_FALSE(overlap(f.scene()->noteItem(id)->sceneBoundingRect().adjusted(6, 6, -6, -6), band));
    }
    CHECK_FALSE(overlap(f.scene()->noteItem(between)->sceneBoundingRect().adjusted(6, 6, -6, -6), frame));
    CHECK(f.note(between).x == 300);
    // The notes stay selected after moving into the frame, so they can be worked on at once.
    CHECK(f.view->selectedNotes().size() == 3);
    // One undo takes the theme away and puts the notes back where they were.
    f.session->undoStack()->undo();
    CHECK(f.session->data().themes.empty());
    CHECK(f.note(b).x == 500);
    CHECK(f.note(below).y == 420);
    CHECK(f.scene()->themeItems().isEmpty());
}

TEST_CASE("a note dragged into a frame joins the theme and is laid out in it; dragged out, it leaves",
    "[board][theme][mouse]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("A"), 100, 200);
    const QUuid c = f.addNote(QStringLiteral("C"), 300, 200);
    const QUuid loose = f.addNote(QStringLiteral("B"), 100, 520);
    f.view->selectNotes({ a, c });
    REQUIRE(f.canvas()->actions()->groupSelection(QStringLiteral("Letters")));
    const QUuid theme = f.note(a).themeId;
    const Theme frameBefore = *f.session->data().themes.find(theme);
    const int steps = f.session->undoStack()->count();

    // Drag B by its middle onto the gap between A and C.
    const QPointF grip = f.note(loose).rect().center();
    const QPointF target(f.note(a).rect().right() + 10, f.note(a).rect().center().y());
    bool lit = false;
    f.mouse(QEvent::MouseButtonPress, f.viewPos(grip), Qt::LeftButton);
    for (int step = 1; step <= 4; ++step) {
        const QPointF at = grip + (target - grip) * step / 4.0;
        f.mouse(QEvent::MouseMove, f.viewPos(at), Qt::LeftButton, Qt::NoButton);
        lit = lit || f.scene()->themeItem(theme)->isDropTarget();
    }
    CHECK(lit); // the frame shows where the note will go before it is let go
    f.mouse(QEvent::MouseButtonRelease, f.viewPos(target), Qt::NoButton);
    CHECK_FALSE(f.scene()->themeItem(theme)->isDropTarget());

    CHECK(f.note(loose).themeId == theme);
    const Theme *frame = f.session->data().themes.find(theme);
    REQUIRE(frame);
    CHECK(frame->rect().contains(f.note(loose).rect()));
    CHECK_FALSE(overlap(f.note(loose).rect(), f.note(a).rect()));
    CHECK_FALSE(overlap(f.note(loose).rect(), f.note(c).rect()));
    // Where the data says it is, is where it is drawn.
    CHECK(f.scene()->noteItem(loose)->pos() == QPointF(f.note(loose).x, f.note(loose).y));
    CHECK(f.session->undoStack()->count() == steps + 1);
    CHECK(f.session->undoStack()->undoText() == QStringLiteral("Add note to “Letters”"));

    // Out again, past the frame's right edge: it leaves, and the frame closes up.
    const QPointF outside(frame->x + frame->width + 150, frame->y + 60);
    f.drag(f.viewPos(f.note(loose).rect().center()), f.viewPos(outside));
    CHECK(f.note(loose).themeId.isNull());
    CHECK_FALSE(overlap(f.note(loose).rect(), f.session->data().themes.find(theme)->rect()));
    CHECK(f.session->data().themes.find(theme)->height == Approx(frameBefore.height));

    // Undo both: in, then where it started.
    f.session->undoStack()->undo();
    CHECK(f.note(loose).themeId == theme);
    f.session->undoStack()->undo();
    CHECK(f.note(loose).themeId.isNull());
    CHECK(f.note(loose).x == 100);
    CHECK(f.note(loose).y == 520);
    CHECK(f.scene()->noteItem(loose)->pos() == QPointF(100, 520));
    CHECK(*f.session->data().themes.find(theme) == frameBefore);
}

TEST_CASE("a right-click on a selected note keeps the selection and the menu acts on all of it",
    "[board][menu][mouse]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("One"), 100, 100);
    const QUuid b = f.addNote(QStringLiteral("Two"), 300, 100);
    const QUuid c = f.addNote(QStringLiteral("Three"), 500, 100);
    const QUuid d = f.addNote(QStringLiteral("Not selected"), 100, 400);
    f.view->selectNotes({ a, b, c });
    QWidget *viewport = f.canvas()->viewport();
    const QPoint on = f.viewPos(f.note(b).rect().center());

    MenuWatch watch;
    watch.next(f, QStringLiteral("Delete 3 notes"));
    f.mouse(QEvent::MouseButtonPress, on, Qt::RightButton, Qt::RightButton);
    QContextMenuEvent event(QContextMenuEvent::Mouse, on, viewport->mapToGlobal(on));
    QApplication::sendEvent(viewport, &event);
    f.mouse(QEvent::MouseButtonRelease, on, Qt::NoButton, Qt::RightButton);

    REQUIRE(watch.opened);
    CHECK(watch.selectedWhileOpen == QList<QUuid>({ a, b, c }));
    CHECK(watch.texts.contains(QStringLiteral("Group 3 notes as a theme…")));
    CHECK(watch.texts.contains(QStringLiteral("Add a vote to each of 3 notes")));
    CHECK(watch.texts.contains(QStringLiteral("Delete 3 notes")));
    CHECK(watch.shortcutOfDelete == QKeySequence(QKeySequence::Delete).toString());
    // Chosen from the menu, it deleted all three and nothing else.
    CHECK(f.notesOnBoard() == 1);
    CHECK(f.session->data().notes.contains(d));

    SECTION("a right-click on a note outside the selection selects just that note")
    {
        f.session->undoStack()->undo();
        f.view->selectNotes({ a, b });
        const QPoint onD = f.viewPos(f.note(d).rect().center());
        MenuWatch other;
        other.next(f);
        f.mouse(QEvent::MouseButtonPress, onD, Qt::RightButton, Qt::RightButton);
        QContextMenuEvent second(QContextMenuEvent::Mouse, onD, viewport->mapToGlobal(onD));
        QApplication::sendEvent(viewport, &second);
        REQUIRE(other.opened);
        CHECK(other.selectedWhileOpen == QList<QUuid>({ d }));
        CHECK(other.texts.contains(QStringLiteral("Delete note")));
    }
}

TEST_CASE("the Menu key and Shift+F10 open the same menu for the selection", "[board][menu][keyboard]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("One"), 100, 100);
    const QUuid b = f.addNote(QStringLiteral("Two"), 300, 100);
    f.addNote(QStringLiteral("Three"), 500, 100);
    f.view->selectNotes({ a, b });
    f.canvas()->setFocus();

    MenuWatch byMenuKey;
    byMenuKey.next(f);
    QTest::keyClick(f.canvas(), Qt::Key_Menu);
    REQUIRE(byMenuKey.opened);
    CHECK(byMenuKey.selectedWhileOpen == QList<QUuid>({ a, b }));
    CHECK(byMenuKey.texts.contains(QStringLiteral("Group 2 notes as a theme…")));
    CHECK(byMenuKey.texts.contains(QStringLiteral("Delete 2 notes")));

    MenuWatch byShiftF10;
    byShiftF10.next(f, QStringLiteral("Quote (their own words)"));
    QTest::keyClick(f.canvas(), Qt::Key_F10, Qt::ShiftModifier);
    REQUIRE(byShiftF10.opened);
    CHECK(byShiftF10.texts == byMenuKey.texts);
    CHECK(f.note(a).verbatim);
    CHECK(f.note(b).verbatim);
}

TEST_CASE("the keyboard puts notes into a theme and takes them out", "[board][theme][keyboard]")
{
    test::BoardFixture f;
    const QUuid a = f.addNote(QStringLiteral("A"), 100, 200);
    const QUuid loose = f.addNote(QStringLiteral("B"), 100, 520);
    f.view->selectNotes({ a });
    REQUIRE(f.canvas()->actions()->groupSelection(QStringLiteral("Letters")));
    const QUuid theme = f.note(a).themeId;
    f.view->selectNotes({ loose });
    f.canvas()->setFocus();

    MenuWatch add;
    add.next(f, QStringLiteral("Letters"));
    QTest::keyClick(f.canvas(), Qt::Key_Menu);
    REQUIRE(add.opened);
    CHECK(add.texts.contains(QStringLiteral("Add to theme")));
    CHECK(f.note(loose).themeId == theme);
    CHECK(f.session->data().themes.find(theme)->rect().contains(f.note(loose).rect()));

    MenuWatch out;
    out.next(f, QStringLiteral("Take out of “Letters”"));
    QTest::keyClick(f.canvas(), Qt::Key_Menu);
    REQUIRE(out.opened);
    CHECK(f.note(loose).themeId.isNull());
    CHECK_FALSE(overlap(f.note(loose).rect(), f.session->data().themes.find(theme)->rect()));
}

TEST_CASE("the canvas's keys are in its tooltips and its menu", "[board][menu]")
{
    test::BoardFixture f;
    f.addNote(QStringLiteral("One"), 100, 100);
    BoardActions *actions = f.canvas()->actions();
    CHECK(actions->addVote->shortcut() == QKeySequence(Qt::ALT | Qt::Key_D));
    CHECK(actions->groupAsTheme->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_G));
    CHECK(actions->colours[3]->shortcut() == QKeySequence(Qt::ALT | Qt::Key_4));
    // Shown, never taken: a toolbar button with one of these must not steal the key from a text box.
    CHECK(actions->deleteSelection->shortcutContext() == Qt::WidgetShortcut);
    QHelpEvent help(QEvent::ToolTip, f.viewPos(QPointF(190, 160)),
        f.canvas()->viewport()->mapToGlobal(f.viewPos(QPointF(190, 160))));
    QApplication::sendEvent(f.canvas()->viewport(), &help);
    const QString tip = QToolTip::text();
    CHECK(tip.contains(QKeySequence(Qt::ALT | Qt::Key_D).toString(QKeySequence::NativeText)));
    CHECK(tip.contains(QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText)));
    QToolTip::hideText();
}
