// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardcanvas.h"

#include "board/boarditems.h"
#include "board/boardscene.h"
#include "board/inlineeditor.h"
#include "board/notepalette.h"
#include "board/papervotesdialog.h"
#include "board/selectionedits.h"
#include "commands/edits.h"
#include "session/session.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cg {

namespace {

constexpr double minZoom = 0.005; // a 5,000-note board still fits
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.25;
constexpr double nudgeStep = 10;

using selectionedits::readingOrder;

} // namespace

BoardCanvas::BoardCanvas(Session *session, QWidget *parent)
    : QGraphicsView(parent)
    , m_session(session)
    , m_scene(new BoardScene(session, Audience::Team, false, this))
{
    setScene(m_scene);
    setAccessibleName(tr("Board"));
    setAccessibleDescription(tr("Sticky notes. Arrow keys move between notes, Enter edits, Delete deletes, "
                                "Ctrl+arrows nudge."));
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
    connect(m_scene, &BoardScene::contentChanged, this, [this] {
        // Keep what is on screen reachable while the board grows or shrinks around it.
        growSceneRect(mapToScene(viewport()->rect()).boundingRect().intersected(sceneRect()));
        viewport()->update();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto notes = selectedNoteItems();
        if (notes.size() == 1)
            m_current = notes.first()->id();
    });
}

BoardCanvas::~BoardCanvas()
{
    // The editor belongs to the scene; stop listening before both go.
    if (m_editor)
        m_editor->disconnect(this);
}

void BoardCanvas::setBoard(const QUuid &boardId)
{
    if (m_editor)
        finishEditing(false);
    cancelDrag();
    m_current = QUuid();
    m_scene->setBoard(boardId);
    setSceneRect(m_scene->boardRect());
    resetZoom();
    centerOn(m_scene->boardRect().topLeft() + QPointF(width() / 2.0, height() / 2.0));
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

void BoardCanvas::reveal(const QUuid &noteId)
{
    if (NoteItem *item = m_scene->noteItem(noteId))
        ensureVisible(item, 40, 40);
}

// ---- zoom ----

double BoardCanvas::zoom() const
{
    return transform().m11();
}

void BoardCanvas::setZoom(double zoomLevel)
{
    const double z = std::clamp(zoomLevel, minZoom, maxZoom);
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
    const double z = std::min(view.width() / content.width(), view.height() / content.height());
    // A handful of notes is not blown up to poster size.
    setZoom(std::min(z, 1.5));
    // The view may only scroll within its scene rect: widen it so the board can sit centred.
    const double zz = zoom();
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
        // A note added inside a theme's frame belongs to that theme.
        for (ThemeItem *theme : m_scene->themeItems())
            if (theme->theme().rect().contains(rect.center()))
                note.themeId = theme->id();
        if (perform(edits::addNote(data, note))) {
            selectNotes({ note.id });
            Q_EMIT statusMessage(tr("Note added"));
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

// ---- changes to the selection ----

bool BoardCanvas::deleteSelection()
{
    const QList<QUuid> notes = selectedNotes();
    if (!notes.isEmpty())
        return perform(edits::removeNotes(m_session->data(), notes));
    const QUuid theme = selectedTheme();
    if (!theme.isNull())
        return perform(edits::removeTheme(m_session->data(), theme));
    return false;
}

bool BoardCanvas::nudgeSelection(QPointF offset)
{
    const QList<QUuid> notes = selectedNotes();
    if (notes.isEmpty()) {
        const QUuid theme = selectedTheme();
        return !theme.isNull() && moveTheme(theme, offset);
    }
    const bool ok = perform(edits::nudgeNotes(m_session->data(), notes, offset));
    if (ok && !m_current.isNull())
        reveal(m_current);
    return ok;
}

bool BoardCanvas::editSelectedNotes(const std::function<void(Note &)> &change)
{
    const QList<QUuid> ids = selectedNotes();
    return !ids.isEmpty() && perform(selectionedits::editNotes(m_session->data(), ids, change));
}

bool BoardCanvas::setSelectionColour(NoteColour colour)
{
    return editSelectedNotes([colour](Note &n) { n.colour = colour; });
}

bool BoardCanvas::toggleSelectionVerbatim()
{
    const auto items = selectedNoteItems();
    const bool on = std::any_of(items.begin(), items.end(), [](NoteItem *i) { return !i->note().verbatim; });
    return editSelectedNotes([on](Note &n) { n.verbatim = on; });
}

bool BoardCanvas::toggleSelectionSensitive()
{
    const auto items = selectedNoteItems();
    const bool on = std::any_of(items.begin(), items.end(), [](NoteItem *i) { return !i->note().sensitive; });
    return editSelectedNotes([on](Note &n) { n.sensitive = on; });
}

bool BoardCanvas::groupSelectionAsTheme(const QString &name)
{
    return perform(edits::groupAsTheme(m_session->data(), selectedNotes(), name));
}

bool BoardCanvas::addVoteToSelection()
{
    const QList<QUuid> notes = selectedNotes();
    if (notes.isEmpty() && selectedTheme().isNull())
        return false;
    return perform(selectionedits::addVotes(m_session->data(), notes, selectedTheme()));
}

bool BoardCanvas::removeVoteFromSelection()
{
    QList<QUuid> targets = selectedNotes();
    if (targets.isEmpty() && !selectedTheme().isNull())
        targets << selectedTheme();
    auto edit = selectionedits::removeLatestVotes(
        m_session->data(), targets, [this](const QUuid &target) { return m_scene->votesOn(target); });
    if (edit && edit->isEmpty()) {
        Q_EMIT statusMessage(
            tr("There is no vote to take away here (paper votes are changed with “Votes on paper…”)."));
        return false;
    }
    return perform(std::move(edit));
}

bool BoardCanvas::applyPaperVotes(const QHash<QUuid, int> &counts)
{
    return perform(selectionedits::setPaperVotes(m_session->data(), counts));
}

bool BoardCanvas::moveTheme(const QUuid &themeId, QPointF offset)
{
    return perform(edits::moveTheme(m_session->data(), themeId, offset));
}

void BoardCanvas::moveSelectionFocus(Qt::Key key)
{
    const auto &items = m_scene->noteItems();
    if (items.isEmpty())
        return;
    std::vector<const Note *> notes;
    notes.reserve(std::size_t(items.size()));
    for (NoteItem *item : items)
        notes.push_back(&item->note());
    NoteItem *from = m_scene->noteItem(m_current);
    if (!from || !from->isSelected()) {
        const auto selected = selectedNoteItems();
        from = selected.isEmpty() ? nullptr : selected.first();
    }
    if (!from) {
        // Nothing selected yet: start at the first note in reading order.
        selectNotes({ (*std::min_element(notes.begin(), notes.end(), [](const Note *a, const Note *b) {
            return readingOrder(*a, *b);
        }))->id });
        return;
    }
    const int dx = key == Qt::Key_Right ? 1 : key == Qt::Key_Left ? -1 : 0;
    const int dy = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : 0;
    if (dx == 0 && dy == 0)
        return;
    if (const Note *next = selectionedits::nearestInDirection(notes, from->note(), dx, dy))
        selectNotes({ next->id });
}

// ---- dialogs ----

void BoardCanvas::askGroupAsTheme()
{
    if (selectedNotes().isEmpty()) {
        Q_EMIT statusMessage(tr("Select the notes that belong together first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Group as theme"), tr("Name of the theme:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        groupSelectionAsTheme(name);
}

void BoardCanvas::askPaperVotes()
{
    QList<QUuid> notes = selectedNotes();
    if (notes.isEmpty()) {
        // No selection: every note on the board, in reading order, like the paper sheet.
        QList<NoteItem *> all = m_scene->noteItems().values();
        std::sort(all.begin(), all.end(),
            [](NoteItem *a, NoteItem *b) { return readingOrder(a->note(), b->note()); });
        for (NoteItem *item : std::as_const(all))
            notes << item->id();
    }
    if (notes.isEmpty())
        return;
    PaperVotesDialog dialog(m_session->data(), notes, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPaperVotes(dialog.counts());
}

void BoardCanvas::askRenameTheme(const QUuid &themeId)
{
    const Theme *theme = m_session->data().themes.find(themeId);
    if (!theme)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename theme"), tr("Name of the theme:"), QLineEdit::Normal, theme->name, &ok);
    if (!ok)
        return;
    Theme after = *theme;
    after.name = name.trimmed();
    perform(edits::editTheme(m_session->data(), after));
}

// ---- mouse ----

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

void BoardCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_editor) {
        const auto hits = items(pos);
        if (hits.contains(m_editor)) {
            QGraphicsView::mousePressEvent(event);
            return;
        }
        finishEditing(true);
    }
    if (m_spacePan || event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (NoteItem *note = noteAt(pos)) {
        if (toggle) {
            note->setSelected(!note->isSelected());
            event->accept();
            return;
        }
        if (!note->isSelected()) {
            m_scene->clearSelection();
            note->setSelected(true);
        }
        m_current = note->id();
        m_drag = Drag {};
        m_drag.active = true;
        m_drag.pressViewPos = pos;
        m_drag.pressScenePos = mapToScene(pos);
        const auto selected = selectedNoteItems();
        for (NoteItem *item : selected)
            m_drag.notes.emplace_back(item->id(), item->pos());
        event->accept();
        return;
    }
    if (ThemeItem *theme = themeAt(pos)) {
        m_scene->clearSelection();
        theme->setSelected(true);
        m_drag = Drag {};
        m_drag.active = true;
        m_drag.pressViewPos = pos;
        m_drag.pressScenePos = mapToScene(pos);
        m_drag.themeId = theme->id();
        m_drag.themeStart = theme->pos();
        for (NoteItem *item : m_scene->noteItems())
            if (item->note().themeId == theme->id())
                m_drag.notes.emplace_back(item->id(), item->pos());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event); // empty board: rubber-band selection
}

void BoardCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drag.active) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_drag.moved && (pos - m_drag.pressViewPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.moved = true;
    // Only the picture moves while dragging; the data changes once, on release.
    const QPointF delta = mapToScene(pos) - m_drag.pressScenePos;
    for (const auto &[id, start] : m_drag.notes)
        if (NoteItem *item = m_scene->noteItem(id))
            item->setPos(start + delta);
    if (ThemeItem *theme = m_scene->themeItem(m_drag.themeId))
        theme->setPos(m_drag.themeStart + delta);
    event->accept();
}

void BoardCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drag.active) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    Drag drag = std::move(m_drag);
    m_drag = Drag {};
    event->accept();
    if (!drag.moved)
        return;
    const QPointF delta = mapToScene(event->position().toPoint()) - drag.pressScenePos;
    const QPointF rounded(std::round(delta.x()), std::round(delta.y()));
    bool ok = false;
    if (!drag.themeId.isNull()) {
        ok = moveTheme(drag.themeId, rounded);
    } else {
        std::vector<std::pair<QUuid, QPointF>> positions;
        for (const auto &[id, start] : drag.notes)
            positions.emplace_back(id, start + rounded);
        ok = perform(edits::moveNotes(m_session->data(), positions));
    }
    if (!ok) {
        // Refused: put the picture back where the data says things are.
        for (const auto &[id, start] : drag.notes)
            if (NoteItem *item = m_scene->noteItem(id))
                item->setPos(start);
        if (ThemeItem *theme = m_scene->themeItem(drag.themeId))
            theme->setPos(drag.themeStart);
    }
}

void BoardCanvas::cancelDrag()
{
    if (!m_drag.active)
        return;
    for (const auto &[id, start] : m_drag.notes)
        if (NoteItem *item = m_scene->noteItem(id))
            item->setPos(start);
    if (ThemeItem *theme = m_scene->themeItem(m_drag.themeId))
        theme->setPos(m_drag.themeStart);
    m_drag = Drag {};
}

void BoardCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (m_editor && items(pos).contains(m_editor)) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    cancelDrag();
    if (NoteItem *note = noteAt(pos)) {
        editNote(note->id());
    } else if (ThemeItem *theme = themeAt(pos)) {
        askRenameTheme(theme->id());
    } else {
        startNewNote(mapToScene(pos));
    }
    event->accept();
}

void BoardCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            setTransformationAnchor(AnchorUnderMouse);
            setZoom(zoom() * std::pow(zoomStep, steps));
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// ---- keyboard ----

void BoardCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsView::keyPressEvent(event); // the editor has the keys
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (key == Qt::Key_Space && !event->isAutoRepeat() && !m_drag.active) {
        m_spacePan = true;
        setDragMode(ScrollHandDrag);
        event->accept();
        return;
    }
    if (key == Qt::Key_Space) {
        event->accept();
        return;
    }
    const bool arrow
        = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && mods == Qt::ControlModifier) {
        const QPointF offset = key == Qt::Key_Left ? QPointF(-nudgeStep, 0)
            : key == Qt::Key_Right                 ? QPointF(nudgeStep, 0)
            : key == Qt::Key_Up                    ? QPointF(0, -nudgeStep)
                                                   : QPointF(0, nudgeStep);
        nudgeSelection(offset);
        event->accept();
        return;
    }
    if (arrow && mods == Qt::NoModifier) {
        moveSelectionFocus(Qt::Key(key));
        event->accept();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F2) && mods == Qt::NoModifier) {
        const auto notes = selectedNotes();
        if (notes.size() == 1 || !m_current.isNull())
            editNote(notes.size() == 1 ? notes.first() : m_current);
        event->accept();
        return;
    }
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        deleteSelection();
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape) {
        m_scene->clearSelection();
        event->accept();
        return;
    }
    if (mods == Qt::AltModifier && key >= Qt::Key_1 && key <= Qt::Key_6) {
        setSelectionColour(enumValues<NoteColour>()[std::size_t(key - Qt::Key_1)]);
        event->accept();
        return;
    }
    if (mods == Qt::AltModifier && key == Qt::Key_Q) {
        toggleSelectionVerbatim();
        event->accept();
        return;
    }
    if (mods == Qt::AltModifier && key == Qt::Key_S) {
        toggleSelectionSensitive();
        event->accept();
        return;
    }
    if (mods == Qt::AltModifier && key == Qt::Key_V) {
        addVoteToSelection();
        event->accept();
        return;
    }
    if ((key == Qt::Key_Plus || key == Qt::Key_Equal) && (mods & ~Qt::ShiftModifier) == Qt::NoModifier) {
        zoomIn();
        event->accept();
        return;
    }
    if (key == Qt::Key_Minus && mods == Qt::NoModifier) {
        zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void BoardCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spacePan) {
        endSpacePan();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void BoardCanvas::endSpacePan()
{
    m_spacePan = false;
    setDragMode(RubberBandDrag);
}

void BoardCanvas::focusOutEvent(QFocusEvent *event)
{
    if (m_spacePan)
        endSpacePan();
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
    font.setPixelSize(18);
    painter->setFont(font);
    painter->setPen(palette::mutedInk());
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
        tr("This board is empty.\nType a note in the box below and press Enter,\n"
           "or double-click anywhere on the board."));
    painter->restore();
}

} // namespace cg
