// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The navigator's boards: their context menu, keys and reordering by drag. Every change goes
// through BoardCommands (and so through the Session); the list itself follows the model.
#include "navigator.h"

#include "boards/boardcommands.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QShortcut>
#include <QTimer>

#include <functional>

namespace cg {

namespace {
constexpr int BoardRole = Qt::UserRole + 2; // as in navigator.cpp
} // namespace

void Navigator::setBoardCommands(BoardCommands *commands)
{
    m_commands = commands;
    if (!commands)
        return;
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &Navigator::showBoardMenu);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);

    auto key = [this](QKeySequence keys, std::function<void(BoardCommands *, const QUuid &)> action) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, action] {
            const QUuid board = currentBoardItem();
            if (m_commands && !board.isNull())
                action(m_commands, board);
        });
    };
    key(QKeySequence::Delete, [](BoardCommands *c, const QUuid &b) { c->deleteBoard(b); });
    key(QKeySequence(Qt::Key_F2), [](BoardCommands *c, const QUuid &b) { c->editBoard(b); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [](BoardCommands *c, const QUuid &b) { c->moveBoard(b, -1); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [](BoardCommands *c, const QUuid &b) { c->moveBoard(b, +1); });
}

QUuid Navigator::currentBoardItem() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && item->parent() == m_boardsItem ? item->data(0, BoardRole).toUuid() : QUuid();
}

void Navigator::showBoardMenu(const QPoint &viewportPos)
{
    if (!m_commands)
        return;
    QTreeWidgetItem *item = itemAt(viewportPos);
    QPoint at = viewportPos;
    if (!item) { // the menu key: the current item
        item = currentItem();
        if (item)
            at = visualItemRect(item).center();
    }
    if (!item || (item != m_boardsItem && item->parent() != m_boardsItem))
        return;
    // The menu is about the board under the mouse; choosing it (and so leaving the page on
    // screen) is what "Open" is for.
    QMenu menu(this);
    m_commands->fillMenu(&menu, item->parent() == m_boardsItem ? item->data(0, BoardRole).toUuid() : QUuid());
    menu.exec(viewport()->mapToGlobal(at));
}

int Navigator::boardDropIndex(const QUuid &dragged, const QPoint &viewportPos) const
{
    const QList<QUuid> order = boardIds();
    const int from = int(order.indexOf(dragged));
    if (from < 0)
        return -1;
    const QTreeWidgetItem *target = itemAt(viewportPos);
    int insertAt = -1; // a place between boards, 0..n
    if (target == m_boardsItem) {
        insertAt = 0;
    } else if (target && target->parent() == m_boardsItem) {
        const QRect rect = visualItemRect(target);
        insertAt = m_boardsItem->indexOfChild(const_cast<QTreeWidgetItem *>(target))
            + (viewportPos.y() >= rect.center().y() ? 1 : 0);
    } else {
        return -1;
    }
    // As an index in the order without the dragged board.
    return insertAt > from ? insertAt - 1 : insertAt;
}

QString Navigator::boardMimeType()
{
    return QStringLiteral("application/x-commonground-board-id");
}

QStringList Navigator::mimeTypes() const
{
    return { boardMimeType() };
}

QMimeData *Navigator::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.size() != 1 || items.front()->parent() != m_boardsItem)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(boardMimeType(), items.front()->data(0, BoardRole).toUuid().toByteArray(QUuid::WithoutBraces));
    return mime;
}

namespace {
QUuid draggedBoard(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(Navigator::boardMimeType()))
        return {};
    return QUuid::fromString(QString::fromLatin1(mime->data(Navigator::boardMimeType())));
}
} // namespace

void Navigator::startDrag(Qt::DropActions supportedActions)
{
    if (currentBoardItem().isNull() || !m_commands)
        return;
    // Copy, not move: the list is rebuilt from the model, never changed by the drag itself.
    QTreeWidget::startDrag(supportedActions | Qt::CopyAction);
}

void Navigator::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_commands && !draggedBoard(event->mimeData()).isNull()) {
        QTreeWidget::dragEnterEvent(event);
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void Navigator::dragMoveEvent(QDragMoveEvent *event)
{
    const QUuid dragged = draggedBoard(event->mimeData());
    if (!m_commands || dragged.isNull()) {
        event->ignore();
        return;
    }
    QTreeWidget::dragMoveEvent(event); // the drop indicator
    if (boardDropIndex(dragged, event->position().toPoint()) >= 0) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void Navigator::dropEvent(QDropEvent *event)
{
    const QUuid dragged = draggedBoard(event->mimeData());
    const int index = m_commands && !dragged.isNull() ? boardDropIndex(dragged, event->position().toPoint()) : -1;
    if (index < 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    // After the drag has finished with the items the move is about to rebuild.
    QTimer::singleShot(0, this, [this, dragged, index] {
        if (m_commands && m_commands->moveBoardTo(dragged, index))
            showBoard(dragged);
    });
}

} // namespace cg
