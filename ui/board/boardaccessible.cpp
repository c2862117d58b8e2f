// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardaccessible.h"

#include "board/boardcanvas.h"
#include "board/boarditems.h"
#include "board/boardscene.h"
#include "board/notepalette.h"
#include <QWindow>

#include <algorithm>

namespace cg {

namespace {

/// One note as assistive technology sees it. It holds only the canvas and the note's id, so
/// what it says is always what the board shows now; once the note is gone it is invalid (and the
/// tracker deletes it).
class NoteAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    NoteAccessible(BoardCanvas *canvas, const QUuid &id)
        : m_canvas(canvas)
        , m_id(id)
    {
    }

    NoteItem *item() const { return m_canvas ? m_canvas->boardScene()->noteItem(m_id) : nullptr; }
    QUuid noteId() const { return m_id; }

    bool isValid() const override { return item() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_canvas ? QAccessible::queryAccessibleInterface(m_canvas.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        const NoteItem *note = item();
        if (!note)
            return {};
        switch (t) {
        case QAccessible::Name:
            return boardaccess::noteName(*note);
        case QAccessible::Description:
            return boardaccess::noteDescription(*m_canvas, *note);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        const NoteItem *note = item();
        if (!note)
            return {};
        const QRect r = viewRect(*note);
        return QRect(m_canvas->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        const NoteItem *note = item();
        if (!note) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.multiSelectable = true;
        s.selected = note->isSelected();
        s.focused = m_canvas->hasFocus() && m_canvas->currentNote() == m_id;
        if (!m_canvas->viewport()->rect().intersects(viewRect(*note)))
            s.offscreen = true;
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    QStringList actionNames() const override { return { setFocusAction(), toggleAction() }; }
    void doAction(const QString &action) override
    {
        if (!item())
            return;
        if (action == setFocusAction()) {
            m_canvas->selectNotes({ m_id });
            m_canvas->setCurrentNote(m_id);
            m_canvas->reveal(m_id);
            m_canvas->setFocus(Qt::OtherFocusReason);
        } else if (action == toggleAction()) {
            QList<QUuid> selected = m_canvas->selectedNotes();
            if (!selected.removeOne(m_id))
                selected << m_id;
            m_canvas->selectNotes(selected);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QRect viewRect(const NoteItem &note) const
    {
        return m_canvas->mapFromScene(note.sceneBoundingRect()).boundingRect();
    }

    QPointer<BoardCanvas> m_canvas;
    QUuid m_id;
};

QAccessibleInterface *canvasFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("cg::BoardCanvas") && object && object->isWidgetType())
        return new BoardCanvasAccessible(static_cast<BoardCanvas *>(object));
    return nullptr;
}

} // namespace

// ---- what is said ----

QString boardaccess::noteName(const NoteItem &item)
{
    const QString text = item.note().text.simplified();
    return text.isEmpty() ? BoardAccessibility::tr("Empty note") : text;
}

QString boardaccess::noteDescription(const BoardCanvas &canvas, const NoteItem &item)
{
    const Note &note = item.note();
    QStringList parts;
    const QString author = item.author().trimmed();
    parts << (author.isEmpty() ? BoardAccessibility::tr("no author") : BoardAccessibility::tr("by %1").arg(author));
    parts << BoardAccessibility::tr("%1 note").arg(palette::name(note.colour));
    if (!note.themeId.isNull()) {
        if (const ThemeItem *theme = canvas.boardScene()->themeItem(note.themeId))
            parts << BoardAccessibility::tr("theme %1").arg(theme->theme().name.simplified());
    }
    if (item.votes() > 0)
        parts << (item.votes() == 1 ? BoardAccessibility::tr("1 vote")
                                    : BoardAccessibility::tr("%1 votes").arg(item.votes()));
    if (note.verbatim)
        parts << BoardAccessibility::tr("quote, in their own words");
    if (note.sensitive)
        parts << BoardAccessibility::tr("sensitive");
    if (!item.consentMark().isEmpty())
        parts << item.consentMark();
    return parts.join(QStringLiteral(", "));
}

// ---- the tracker ----

void BoardAccessibility::install(BoardCanvas *canvas)
{
    static const bool installed = [] {
        QAccessible::installFactory(canvasFactory);
        return true;
    }();
    Q_UNUSED(installed);
    new BoardAccessibility(canvas);
}

BoardAccessibility *BoardAccessibility::of(const BoardCanvas *canvas)
{
    return canvas->findChild<BoardAccessibility *>(QString(), Qt::FindDirectChildrenOnly);
}

BoardAccessibility::BoardAccessibility(BoardCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{
    connect(canvas->boardScene(), &BoardScene::contentChanged, this, &BoardAccessibility::contentChanged);
    // Queued: the canvas settles which note is current after the selection changed.
    connect(canvas->boardScene(), &QGraphicsScene::selectionChanged, this, &BoardAccessibility::selectionChanged,
        Qt::QueuedConnection);
}

BoardAccessibility::~BoardAccessibility()
{
    for (const QAccessible::Id id : std::as_const(m_ids))
        QAccessible::deleteAccessibleInterface(id);
}

BoardCanvas *BoardAccessibility::canvas() const
{
    return m_canvas;
}

const QList<QUuid> &BoardAccessibility::notes() const
{
    if (!m_orderValid) {
        const auto &items = m_canvas->boardScene()->noteItems();
        QList<const NoteItem *> sorted;
        sorted.reserve(items.size());
        for (const NoteItem *item : items)
            if (item->isVisible())
                sorted << item;
        std::sort(sorted.begin(), sorted.end(), [](const NoteItem *a, const NoteItem *b) {
            const QPointF pa = a->scenePos();
            const QPointF pb = b->scenePos();
            if (pa.y() != pb.y())
                return pa.y() < pb.y();
            if (pa.x() != pb.x())
                return pa.x() < pb.x();
            return a->id().toString() < b->id().toString();
        });
        m_order.clear();
        for (const NoteItem *item : sorted)
            m_order << item->id();
        m_orderValid = true;
    }
    return m_order;
}

QAccessibleInterface *BoardAccessibility::noteInterface(const QUuid &noteId)
{
    if (!m_canvas->boardScene()->noteItem(noteId))
        return nullptr;
    if (const auto found = m_ids.constFind(noteId); found != m_ids.constEnd())
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*found))
            return iface;
    auto *iface = new NoteAccessible(m_canvas, noteId);
    m_ids.insert(noteId, QAccessible::registerAccessibleInterface(iface));
    m_spoken.insert(noteId, iface->text(QAccessible::Name) + QLatin1Char('\n') + iface->text(QAccessible::Description));
    return iface;
}

void BoardAccessibility::contentChanged()
{
    m_orderValid = false;
    for (auto it = m_ids.begin(); it != m_ids.end();) {
        QAccessibleInterface *iface = QAccessible::accessibleInterface(it.value());
        if (!iface || !iface->isValid()) {
            // The note is gone (deleted, or another board is shown).
            if (iface)
                announce(iface, QAccessible::ObjectDestroyed);
            QAccessible::deleteAccessibleInterface(it.value());
            m_spoken.remove(it.key());
            it = m_ids.erase(it);
            continue;
        }
        const QString spoken = iface->text(QAccessible::Name) + QLatin1Char('\n') + iface->text(QAccessible::Description);
        if (spoken != m_spoken.value(it.key())) {
            m_spoken.insert(it.key(), spoken);
            announce(iface, QAccessible::NameChanged);
            announce(iface, QAccessible::DescriptionChanged);
        }
        ++it;
    }
    // Notes may have been added, removed or moved in the reading order.
    announce(QAccessible::queryAccessibleInterface(m_canvas), QAccessible::ObjectReorder);
}

void BoardAccessibility::announce(QAccessibleInterface *iface, QAccessible::Event event)
{
    if (!iface)
        return;
    QAccessibleEvent update(iface, event);
    QAccessible::updateAccessibility(&update);
    Q_EMIT announced(event, iface->text(QAccessible::Name));
}

void BoardAccessibility::selectionChanged()
{
    QUuid current = m_canvas->currentNote();
    const QList<QUuid> selected = m_canvas->selectedNotes();
    if (!selected.contains(current))
        current = selected.value(0);
    if (current.isNull() || current == m_focused)
        return;
    m_focused = current;
    QAccessibleInterface *iface = noteInterface(current);
    if (!iface)
        return;
    announce(iface, QAccessible::Selection);
    if (m_canvas->hasFocus())
        announce(iface, QAccessible::Focus);
}

// ---- the canvas ----

BoardCanvasAccessible::BoardCanvasAccessible(BoardCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::List)
{
}

BoardCanvas *BoardCanvasAccessible::canvas() const
{
    return static_cast<BoardCanvas *>(widget());
}

int BoardCanvasAccessible::childCount() const
{
    const BoardAccessibility *tracker = BoardAccessibility::of(canvas());
    return tracker ? int(tracker->notes().size()) : 0;
}

QAccessibleInterface *BoardCanvasAccessible::child(int index) const
{
    BoardAccessibility *tracker = BoardAccessibility::of(canvas());
    if (!tracker || index < 0 || index >= tracker->notes().size())
        return nullptr;
    return tracker->noteInterface(tracker->notes().at(index));
}

int BoardCanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const BoardAccessibility *tracker = BoardAccessibility::of(canvas());
    const auto *note = dynamic_cast<const NoteAccessible *>(child);
    if (!tracker || !note)
        return -1;
    return int(tracker->notes().indexOf(note->noteId()));
}

QAccessibleInterface *BoardCanvasAccessible::childAt(int x, int y) const
{
    BoardAccessibility *tracker = BoardAccessibility::of(canvas());
    if (!tracker)
        return nullptr;
    const QPoint local = canvas()->viewport()->mapFromGlobal(QPoint(x, y));
    if (const NoteItem *note = canvas()->noteAt(local))
        return tracker->noteInterface(note->id());
    return nullptr;
}

QAccessibleInterface *BoardCanvasAccessible::focusChild() const
{
    BoardAccessibility *tracker = BoardAccessibility::of(canvas());
    if (!tracker || !canvas()->hasFocus() || canvas()->currentNote().isNull())
        return nullptr;
    return tracker->noteInterface(canvas()->currentNote());
}

QString BoardCanvasAccessible::text(QAccessible::Text t) const
{
    QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && text.isEmpty())
        text = BoardAccessibility::tr("Board");
    return text;
}

} // namespace cg
