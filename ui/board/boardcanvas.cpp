// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardcanvas.h"

#include "board/boardaccessible.h"
#include "board/boardactions.h"
#include "board/boarditems.h"
#include "board/boardscene.h"
#include "board/canvasinteraction.h"
#include "board/inlineeditor.h"
#include "board/notepalette.h"
#include "commands/edits.h"
#include "look.h"
#include "planning/boardlayout.h"
#include "session/session.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cg {

namespace {

constexpr double minZoom = 0.005; // a 5,000-note board still fits
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.25;

} // namespace

BoardCanvas::BoardCanvas(Session *session, QWidget *parent)
    : QGraphicsView(parent)
    , m_session(session)
    , m_scene(new BoardScene(session, Audience::Team, false, this))
    , m_actions(new BoardActions(this))
    , m_interaction(std::make_unique<CanvasInteraction>(this))
{
    setScene(m_scene);
    // Before anything asks for the canvas's accessible interface (setAccessibleName does), so that
    // screen readers get the list of notes (board/boardaccessible.h).
    BoardAccessibility::install(this);
    setAccessibleName(tr("Board"));
    setAccessibleDescription(tr("Sticky notes. Arrow keys move between notes, Enter edits, Delete deletes, "
                                "Ctrl+arrows nudge, the Menu key or Shift+F10 shows what can be done."));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    // Notes are small and scattered: repaint the bounding rect of what changed, not everything.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    m_textScale = std::clamp(logicalDpiY() / 96.0, 0.5, 4.0);
    connect(m_scene, &BoardScene::contentChanged, this, [this] {
        // Keep what is on screen reachable while the board grows or shrinks around it.
        growSceneRect(mapToScene(viewport()->rect()).boundingRect().intersected(sceneRect()));
        viewport()->update();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto notes = selectedNoteItems();
        if (notes.size() == 1)
            m_current = notes.first()->id();
        m_actions->update();
    });
    connect(m_actions, &BoardActions::statusMessage, this, &BoardCanvas::statusMessage);
    m_scene->setHighContrast(look::isHighContrast(palette()));
}

void BoardCanvas::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // the High contrast preference (look.h)
        m_scene->setHighContrast(look::isHighContrast(palette()));
        resetCachedContent();
    }
}

BoardCanvas::~BoardCanvas()
{
    // The editor belongs to the scene; stop listening before both go. The scene itself is deleted
    // by ~QWidget, after this object is no longer a BoardCanvas: its items' removal must not reach
    // our slots then (found by UndefinedBehaviorSanitizer).
    if (m_editor)
        m_editor->disconnect(this);
    m_scene->disconnect(this);
}

void BoardCanvas::setBoard(const QUuid &boardId)
{
    if (m_editor)
        finishEditing(false);
    m_interaction->cancelDrag();
    m_current = QUuid();
    m_scene->setBoard(boardId);
    setSceneRect(m_scene->boardRect());
    resetZoom();
    centerOn(m_scene->boardRect().topLeft() + QPointF(width() / 2.0, height() / 2.0));
    m_actions->update();
}

QUuid BoardCanvas::board() const
{
    return m_scene->board();
}

bool BoardCanvas::perform(Result<Edit> edit)
{
    auto done = m_session->perform(std::move(edit));
    if (!done)
        Q_EMIT statusMessage(done.message());
    return done.ok();
}

// ---- selection ----

QList<NoteItem *> BoardCanvas::selectedNoteItems() const
{
    QList<NoteItem *> out;
    const auto items = m_scene->selectedItems();
    for (QGraphicsItem *item : items)
        if (item->type() == NoteItem::Type)
            out << static_cast<NoteItem *>(item);
    std::sort(
        out.begin(), out.end(), [](NoteItem *a, NoteItem *b) { return readingOrder(a->note(), b->note()); });
    return out;
}

QList<QUuid> BoardCanvas::selectedNotes() const
{
    QList<QUuid> ids;
    const auto items = selectedNoteItems();
    for (NoteItem *item : items)
        ids << item->id();
    return ids;
}

void BoardCanvas::selectNotes(const QList<QUuid> &ids)
{
    m_scene->clearSelection();
    for (const QUuid &id : ids)
        if (NoteItem *item = m_scene->noteItem(id))
            item->setSelected(true);
    if (!ids.isEmpty()) {
        m_current = ids.last();
        reveal(m_current);
    }
}

QUuid BoardCanvas::selectedTheme() const
{
    const auto items = m_scene->selectedItems();
    for (QGraphicsItem *item : items)
        if (item->type() == ThemeItem::Type)
            return static_cast<ThemeItem *>(item)->id();
    return {};
}

void BoardCanvas::selectTheme(const QUuid &themeId)
{
    m_scene->clearSelection();
    if (ThemeItem *item = m_scene->themeItem(themeId)) {
        item->setSelected(true);
        ensureVisible(item->frameRect(), 40, 40);
    }
}

void BoardCanvas::reveal(const QUuid &noteId)
{
    if (NoteItem *item = m_scene->noteItem(noteId))
        ensureVisible(item, 40, 40);
}

NoteItem *BoardCanvas::noteAt(const QPoint &viewPos) const
{
    const auto hits = items(viewPos);
    for (QGraphicsItem *item : hits)
        if (item->type() == NoteItem::Type)
            return static_cast<NoteItem *>(item);
    return nullptr;
}

ThemeItem *BoardCanvas::themeAt(const QPoint &viewPos) const
{
    const auto hits = items(viewPos);
    for (QGraphicsItem *item : hits) {
        if (item->type() == NoteItem::Type)
            return nullptr; // a note on top of the label wins
        if (item->type() == ThemeItem::Type)
            return static_cast<ThemeItem *>(item);
    }
    return nullptr;
}

ThemeItem *BoardCanvas::frameAt(const QPointF &scenePos) const
{
    for (ThemeItem *item : m_scene->themeItems())
        if (item->frameRect().contains(scenePos))
            return item;
    return nullptr;
}

// ---- zoom ----

double BoardCanvas::zoom() const
{
    return transform().m11() / m_textScale;
}

void BoardCanvas::setZoom(double zoomLevel)
{
    const double z = std::clamp(zoomLevel, minZoom, maxZoom) * m_textScale;
    setTransform(QTransform::fromScale(z, z));
}

void BoardCanvas::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void BoardCanvas::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

void BoardCanvas::resetZoom()
{
    setZoom(1.0);
}

void BoardCanvas::zoomToFit()
{
    QRectF content = m_scene->itemsBoundingRect();
    if (content.isEmpty())
        content = m_scene->boardRect();
    content.adjust(-30, -30, 30, 30);
    const QSizeF view = viewport()->size();
    const double z = std::min(view.width() / content.width(), view.height() / content.height()) / m_textScale;
    // A handful of notes is not blown up to poster size.
    setZoom(std::min(z, 1.5));
    // The view may only scroll within its scene rect: widen it so the board can sit centred.
    const double zz = transform().m11();
    const QSizeF visible(view.width() / zz, view.height() / zz);
    growSceneRect(QRectF(content.center() - QPointF(visible.width() / 2, visible.height() / 2), visible));
    centerOn(content.center());
}

void BoardCanvas::growSceneRect(const QRectF &mustShow)
{
    setSceneRect(m_scene->boardRect().united(mustShow));
}

// ---- find ----

int BoardCanvas::find(const QString &text)
{
    const int count = m_scene->setFindText(text);
    if (count > 0) {
        const Note *first = nullptr;
        for (NoteItem *item : m_scene->noteItems())
            if (item->isHighlighted() && (!first || readingOrder(item->note(), *first)))
                first = &item->note();
        if (first)
            reveal(first->id);
    }
    return count;
}

// ---- editing in place ----

void BoardCanvas::editNote(const QUuid &noteId)
{
    NoteItem *item = m_scene->noteItem(noteId);
    if (!item)
        return;
    if (m_editor)
        finishEditing(true);
    const Note &note = item->note();
    m_editor = new InlineEditor(note.id, note.rect(), note.colour, note.text, m_scene->style().text);
    m_scene->addItem(m_editor);
    connect(m_editor, &InlineEditor::finished, this, &BoardCanvas::finishEditing);
    ensureVisible(m_editor, 20, 20);
    m_editor->setFocus(Qt::OtherFocusReason);
    setFocus(Qt::OtherFocusReason);
}

void BoardCanvas::startNewNote(const QPointF &scenePos)
{
    if (m_scene->board().isNull())
        return;
    if (m_editor)
        finishEditing(true);
    const QRectF rect(scenePos - QPointF(90, 60), QSizeF(180, 120));
    m_editor = new InlineEditor(QUuid(), rect, NoteColour::Yellow, QString(), m_scene->style().text);
    m_scene->addItem(m_editor);
    connect(m_editor, &InlineEditor::finished, this, &BoardCanvas::finishEditing);
    m_editor->setFocus(Qt::OtherFocusReason);
    setFocus(Qt::OtherFocusReason);
}

void BoardCanvas::finishEditing(bool keep)
{
    InlineEditor *editor = m_editor;
    if (!editor)
        return;
    m_editor = nullptr;
    editor->disconnect(this);
    editor->finish(keep); // no-op when it finished itself
    const QString text = editor->toPlainText().trimmed();
    const QUuid noteId = editor->noteId();
    const QRectF rect = editor->noteRect();
    const NoteColour colour = editor->colour();
    m_scene->removeItem(editor);
    editor->deleteLater();
    setFocus(Qt::OtherFocusReason);
    if (!keep || text.isEmpty())
        return;
    const WorkshopData &data = m_session->data();
    if (noteId.isNull()) {
        Note note;
        note.id = newId();
        note.boardId = m_scene->board();
        note.text = text;
        note.colour = colour;
        note.x = rect.x();
        note.y = rect.y();
        // Written inside a theme's frame, it joins the theme and takes a place in its rows.
        if (perform(edits::addNoteAt(data, note))) {
            selectNotes({ note.id });
            const Note *added = m_session->data().notes.find(note.id);
            const Theme *theme = added ? m_session->data().themes.find(added->themeId) : nullptr;
            Q_EMIT statusMessage(theme ? tr("Note added to “%1”").arg(theme->name) : tr("Note added"));
        }
        return;
    }
    const Note *before = data.notes.find(noteId);
    if (!before || before->text == text)
        return;
    Note after = *before;
    after.text = text;
    perform(edits::editNote(data, after));
}

// ---- events go to the interaction ----

void BoardCanvas::mousePressEvent(QMouseEvent *event)
{
    if (!m_interaction->mousePress(event))
        QGraphicsView::mousePressEvent(event);
}

void BoardCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_interaction->mouseMove(event))
        QGraphicsView::mouseMoveEvent(event);
}

void BoardCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_interaction->mouseRelease(event))
        QGraphicsView::mouseReleaseEvent(event);
}

void BoardCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_interaction->mouseDoubleClick(event))
        QGraphicsView::mouseDoubleClickEvent(event);
}

void BoardCanvas::keyPressEvent(QKeyEvent *event)
{
    if (!m_interaction->keyPress(event))
        QGraphicsView::keyPressEvent(event);
}

void BoardCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_interaction->keyRelease(event))
        QGraphicsView::keyReleaseEvent(event);
}

void BoardCanvas::wheelEvent(QWheelEvent *event)
{
    if (!m_interaction->wheel(event))
        QGraphicsView::wheelEvent(event);
}

void BoardCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_interaction->contextMenu(event))
        QGraphicsView::contextMenuEvent(event);
}

bool BoardCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_interaction->toolTip(static_cast<QHelpEvent *>(event)))
        return true;
    return QGraphicsView::viewportEvent(event);
}

void BoardCanvas::focusOutEvent(QFocusEvent *event)
{
    m_interaction->focusOut();
    QGraphicsView::focusOutEvent(event);
}

void BoardCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_scene->board().isNull() || !m_scene->noteItems().isEmpty() || m_editor)
        return;
    // An empty board says how to begin, in plain words, in the middle of what is visible.
    painter->save();
    painter->resetTransform();
    QFont font = m_scene->style().text;
    font.setPixelSize(int(18 * m_textScale));
    painter->setFont(font);
    painter->setPen(palette::mutedInk());
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
        tr("This board is empty.\nType a note in the box below and press Enter,\n"
           "or double-click anywhere on the board."));
    painter->restore();
}

} // namespace cg
