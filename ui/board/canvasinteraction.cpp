// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/canvasinteraction.h"

#include "board/boardactions.h"
#include "board/boardcanvas.h"
#include "board/boarditems.h"
#include "board/boardscene.h"
#include "board/inlineeditor.h"
#include "board/selectionedits.h"
#include "commands/edits.h"
#include "planning/boardlayout.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <memory>

namespace cg {

namespace {

constexpr double nudgeStep = 10;
constexpr double zoomStep = 1.25;

} // namespace

CanvasInteraction::CanvasInteraction(BoardCanvas *canvas)
    : m_canvas(canvas)
{
}

// ---- mouse ----

bool CanvasInteraction::mousePress(QMouseEvent *event)
{
    BoardCanvas *c = m_canvas;
    const QPoint pos = event->position().toPoint();
    if (InlineEditor *editor = c->editor()) {
        if (c->items(pos).contains(editor))
            return false;
        c->finishEditing(true);
    }
    if (m_spacePan)
        return false;
    if (event->button() == Qt::RightButton) {
        // The menu that follows acts on the selection: a right-click on a selected note keeps all of
        // it; on another note it selects just that one (as a left click would).
        if (NoteItem *note = c->noteAt(pos)) {
            if (!note->isSelected()) {
                c->boardScene()->clearSelection();
                note->setSelected(true);
            }
            c->setCurrentNote(note->id());
        } else if (ThemeItem *theme = c->themeAt(pos)) {
            if (!theme->isSelected()) {
                c->boardScene()->clearSelection();
                theme->setSelected(true);
            }
        } else {
            c->boardScene()->clearSelection();
        }
        event->accept();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (NoteItem *note = c->noteAt(pos)) {
        if (toggle) {
            note->setSelected(!note->isSelected());
            event->accept();
            return true;
        }
        if (!note->isSelected()) {
            c->boardScene()->clearSelection();
            note->setSelected(true);
        }
        c->setCurrentNote(note->id());
        m_drag = Drag {};
        m_drag.active = true;
        m_drag.pressViewPos = pos;
        m_drag.pressScenePos = c->mapToScene(pos);
        const auto selected = c->selectedNoteItems();
        for (NoteItem *item : selected)
            m_drag.notes.emplace_back(item->id(), item->pos());
        event->accept();
        return true;
    }
    if (ThemeItem *theme = c->themeAt(pos)) {
        c->boardScene()->clearSelection();
        theme->setSelected(true);
        m_drag = Drag {};
        m_drag.active = true;
        m_drag.pressViewPos = pos;
        m_drag.pressScenePos = c->mapToScene(pos);
        m_drag.themeId = theme->id();
        m_drag.themeStart = theme->pos();
        for (NoteItem *item : c->boardScene()->noteItems())
            if (item->note().themeId == theme->id())
                m_drag.notes.emplace_back(item->id(), item->pos());
        event->accept();
        return true;
    }
    return false; // empty board: rubber-band selection
}

bool CanvasInteraction::mouseMove(QMouseEvent *event)
{
    if (!m_drag.active)
        return false;
    BoardCanvas *c = m_canvas;
    const QPoint pos = event->position().toPoint();
    if (!m_drag.moved && (pos - m_drag.pressViewPos).manhattanLength() < QApplication::startDragDistance())
        return true;
    if (!m_drag.moved && m_drag.themeId.isNull()) {
        // What is carried goes over everything else on the board while it moves.
        for (const auto &[id, start] : m_drag.notes)
            if (NoteItem *item = c->boardScene()->noteItem(id))
                item->setZValue(20);
    }
    m_drag.moved = true;
    // Only the picture moves while dragging; the data changes once, on release.
    const QPointF delta = c->mapToScene(pos) - m_drag.pressScenePos;
    for (const auto &[id, start] : m_drag.notes)
        if (NoteItem *item = c->boardScene()->noteItem(id))
            item->setPos(start + delta);
    if (ThemeItem *theme = c->boardScene()->themeItem(m_drag.themeId))
        theme->setPos(m_drag.themeStart + delta);
    showDropTargets(m_drag.themeId.isNull());
    event->accept();
    return true;
}

void CanvasInteraction::showDropTargets(bool show)
{
    BoardScene *scene = m_canvas->boardScene();
    std::vector<QUuid> targets;
    if (show) {
        // The frame each dragged note's centre is over is where it would go (as BoardLayout decides).
        for (const auto &[id, start] : m_drag.notes) {
            const NoteItem *item = scene->noteItem(id);
            if (!item)
                continue;
            const QPointF centre = item->pos() + QPointF(item->size().width() / 2, item->size().height() / 2);
            if (ThemeItem *frame = m_canvas->frameAt(centre))
                if (std::find(targets.begin(), targets.end(), frame->id()) == targets.end())
                    targets.push_back(frame->id());
        }
    }
    for (const QUuid &id : m_dropTargets)
        if (std::find(targets.begin(), targets.end(), id) == targets.end())
            if (ThemeItem *item = scene->themeItem(id))
                item->setDropTarget(false);
    for (const QUuid &id : targets)
        if (ThemeItem *item = scene->themeItem(id))
            item->setDropTarget(true);
    m_dropTargets = std::move(targets);
}

void CanvasInteraction::putBack(const std::vector<std::pair<QUuid, QPointF>> &notes, const QUuid &themeId)
{
    BoardScene *scene = m_canvas->boardScene();
    const WorkshopData &data = m_canvas->session()->data();
    for (const auto &[id, start] : notes) {
        NoteItem *item = scene->noteItem(id);
        if (!item)
            continue;
        item->setZValue(10);
        if (const Note *n = data.notes.find(id); n && !item->isPlaced())
            item->setPos(n->x, n->y);
    }
    if (ThemeItem *theme = scene->themeItem(themeId))
        if (const Theme *t = data.themes.find(themeId))
            theme->setPos(t->x, t->y);
}

bool CanvasInteraction::mouseRelease(QMouseEvent *event)
{
    if (!m_drag.active)
        return false;
    BoardCanvas *c = m_canvas;
    Drag drag = std::move(m_drag);
    m_drag = Drag {};
    showDropTargets(false);
    event->accept();
    if (!drag.moved)
        return true;
    const QPointF delta = c->mapToScene(event->position().toPoint()) - drag.pressScenePos;
    const QPointF rounded(std::round(delta.x()), std::round(delta.y()));
    if (!drag.themeId.isNull()) {
        c->actions()->moveTheme(drag.themeId, rounded);
    } else {
        std::vector<std::pair<QUuid, QPointF>> positions;
        for (const auto &[id, start] : drag.notes)
            positions.emplace_back(id, start + rounded);
        c->perform(edits::dropNotes(c->session()->data(), positions));
    }
    // Refused, or laid out somewhere else than where it was let go: the picture follows the data.
    putBack(drag.notes, drag.themeId);
    return true;
}

void CanvasInteraction::cancelDrag()
{
    if (!m_drag.active)
        return;
    const Drag drag = std::move(m_drag);
    m_drag = Drag {};
    showDropTargets(false);
    putBack(drag.notes, drag.themeId);
}

bool CanvasInteraction::mouseDoubleClick(QMouseEvent *event)
{
    BoardCanvas *c = m_canvas;
    if (event->button() != Qt::LeftButton)
        return false;
    const QPoint pos = event->position().toPoint();
    if (c->editor() && c->items(pos).contains(c->editor()))
        return false;
    cancelDrag();
    if (NoteItem *note = c->noteAt(pos))
        c->editNote(note->id());
    else if (ThemeItem *theme = c->themeAt(pos))
        c->actions()->askRenameTheme(theme->id());
    else
        c->startNewNote(c->mapToScene(pos));
    event->accept();
    return true;
}

bool CanvasInteraction::wheel(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return false;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        m_canvas->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        m_canvas->setZoom(m_canvas->zoom() * std::pow(zoomStep, steps));
    }
    event->accept();
    return true;
}

// ---- the context menu ----

bool CanvasInteraction::contextMenu(QContextMenuEvent *event)
{
    if (m_canvas->editor())
        return false;
    QPoint pos = event->pos();
    if (event->reason() != QContextMenuEvent::Mouse) {
        // From the keyboard: at the note the keys are on, or the middle of the view.
        pos = m_canvas->viewport()->rect().center();
        if (NoteItem *item = m_canvas->boardScene()->noteItem(m_canvas->currentNote());
            item && item->isSelected())
            pos = m_canvas->mapFromScene(item->sceneBoundingRect().center());
    }
    openMenu(pos);
    event->accept();
    return true;
}

void CanvasInteraction::openMenu(QPoint viewPos)
{
    std::unique_ptr<QMenu> menu(m_canvas->actions()->makeMenu(m_canvas, m_canvas->mapToScene(viewPos)));
    menu->exec(m_canvas->viewport()->mapToGlobal(viewPos));
}

bool CanvasInteraction::toolTip(QHelpEvent *event)
{
    const BoardActions *a = m_canvas->actions();
    const QString key = [](const QAction *action) { return BoardActions::keyText(action); }(a->addVote);
    QString text;
    if (m_canvas->noteAt(event->pos())) {
        text = BoardCanvas::tr("Double-click or %1: edit · drag: move, into or out of a theme\n"
                               "Alt+1…6: colour · %2: quote · %3: sensitive · %4: vote\n"
                               "%5: group the selected notes · %6: delete · Menu key: everything else")
                   .arg(BoardActions::keyText(a->editText), BoardActions::keyText(a->quote),
                       BoardActions::keyText(a->sensitive), key, BoardActions::keyText(a->groupAsTheme),
                       BoardActions::keyText(a->deleteSelection));
    } else if (m_canvas->themeAt(event->pos())) {
        text = BoardCanvas::tr("Drag the name to move the theme with its notes · double-click or %1: rename\n"
                               "%2: vote · %3: ungroup · Menu key: everything else")
                   .arg(BoardActions::keyText(a->renameTheme), key, BoardActions::keyText(a->ungroupTheme));
    } else {
        text = BoardCanvas::tr("Double-click: new note here · drag: select · Space+drag: move around\n"
                               "Ctrl+wheel or %1 %2: zoom · %3: fit · arrows: go from note to note")
                   .arg(BoardActions::keyText(a->zoomIn), BoardActions::keyText(a->zoomOut),
                       BoardActions::keyText(a->zoomToFit));
    }
    QToolTip::showText(event->globalPos(), text, m_canvas->viewport());
    return true;
}

// ---- keyboard ----

bool CanvasInteraction::keyPress(QKeyEvent *event)
{
    BoardCanvas *c = m_canvas;
    BoardActions *a = c->actions();
    if (c->editor())
        return false; // the editor has the keys
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    auto done = [event] {
        event->accept();
        return true;
    };
    if (key == Qt::Key_Space && !event->isAutoRepeat() && !m_drag.active) {
        m_spacePan = true;
        c->setDragMode(QGraphicsView::ScrollHandDrag);
        return done();
    }
    if (key == Qt::Key_Space)
        return done();
    if (key == Qt::Key_Menu || (key == Qt::Key_F10 && mods == Qt::ShiftModifier)) {
        const QPoint middle = c->viewport()->rect().center();
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, middle, c->viewport()->mapToGlobal(middle));
        contextMenu(&menu);
        return done();
    }
    const bool arrow
        = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && mods == Qt::ControlModifier) {
        const QPointF offset = key == Qt::Key_Left ? QPointF(-nudgeStep, 0)
            : key == Qt::Key_Right                 ? QPointF(nudgeStep, 0)
            : key == Qt::Key_Up                    ? QPointF(0, -nudgeStep)
                                                   : QPointF(0, nudgeStep);
        a->nudgeSelection(offset);
        return done();
    }
    if (arrow && mods == Qt::NoModifier) {
        moveSelectionFocus(key);
        return done();
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F2) && mods == Qt::NoModifier) {
        const auto notes = c->selectedNotes();
        if (notes.size() == 1
            || (!c->currentNote().isNull() && notes.isEmpty() && c->selectedTheme().isNull()))
            c->editNote(notes.size() == 1 ? notes.first() : c->currentNote());
        else if (!c->selectedTheme().isNull() && notes.isEmpty())
            a->askRenameTheme(c->selectedTheme());
        return done();
    }
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        a->deleteSelected();
        return done();
    }
    if (key == Qt::Key_Escape) {
        c->boardScene()->clearSelection();
        return done();
    }
    if (mods == Qt::AltModifier && key >= Qt::Key_1 && key <= Qt::Key_6) {
        a->setColour(enumValues<NoteColour>()[std::size_t(key - Qt::Key_1)]);
        return done();
    }
    if (mods == Qt::AltModifier && key == Qt::Key_Q) {
        a->toggleQuote();
        return done();
    }
    if (mods == Qt::AltModifier && key == Qt::Key_S) {
        a->toggleSensitive();
        return done();
    }
    if (mods == Qt::AltModifier && key == Qt::Key_D) {
        a->addVoteToSelection();
        return done();
    }
    if (mods == (Qt::AltModifier | Qt::ShiftModifier) && key == Qt::Key_D) {
        a->removeVoteFromSelection();
        return done();
    }
    if (mods == Qt::ControlModifier && key == Qt::Key_G) {
        a->askGroupAsTheme();
        return done();
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_G) {
        if (!c->selectedTheme().isNull())
            a->ungroup(c->selectedTheme());
        return done();
    }
    if ((key == Qt::Key_Plus || key == Qt::Key_Equal) && (mods & ~Qt::ShiftModifier) == Qt::NoModifier) {
        c->zoomIn();
        return done();
    }
    if (key == Qt::Key_Minus && mods == Qt::NoModifier) {
        c->zoomOut();
        return done();
    }
    return false;
}

bool CanvasInteraction::keyRelease(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spacePan) {
        endSpacePan();
        event->accept();
        return true;
    }
    return false;
}

void CanvasInteraction::endSpacePan()
{
    m_spacePan = false;
    m_canvas->setDragMode(QGraphicsView::RubberBandDrag);
}

void CanvasInteraction::focusOut()
{
    if (m_spacePan)
        endSpacePan();
}

void CanvasInteraction::moveSelectionFocus(int key)
{
    BoardCanvas *c = m_canvas;
    const auto &items = c->boardScene()->noteItems();
    if (items.isEmpty())
        return;
    std::vector<const Note *> notes;
    notes.reserve(std::size_t(items.size()));
    for (NoteItem *item : items)
        notes.push_back(&item->note());
    NoteItem *from = c->boardScene()->noteItem(c->currentNote());
    if (!from || !from->isSelected()) {
        const auto selected = c->selectedNoteItems();
        from = selected.isEmpty() ? nullptr : selected.first();
    }
    if (!from) {
        // Nothing selected yet: start at the first note in reading order.
        c->selectNotes({ (*std::min_element(notes.begin(), notes.end(), [](const Note *a, const Note *b) {
            return readingOrder(*a, *b);
        }))->id });
        return;
    }
    const int dx = key == Qt::Key_Right ? 1 : key == Qt::Key_Left ? -1 : 0;
    const int dy = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : 0;
    if (dx == 0 && dy == 0)
        return;
    if (const Note *next = selectionedits::nearestInDirection(notes, from->note(), dx, dy))
        c->selectNotes({ next->id });
}

} // namespace cg
