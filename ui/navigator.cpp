// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"

#include "models/boardsmodel.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QStyledItemDelegate>

#include <algorithm>
#include <QTreeWidgetItemIterator>

namespace cg {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
constexpr int BoardRole = Qt::UserRole + 2;

/// Measures wrapped rows at the width they are painted in. With the style sheet's item padding,
/// the style measures an item on one line whatever its width, so a long board name that wraps when
/// painted would lose its second line; here the height follows the wrapped text.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        int depth = 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        // The style sheet (look.cpp) pads items 7px by 8px; a little more for the text margins.
        constexpr int sidePadding = 2 * 8 + 6;
        constexpr int endPadding = 2 * 7;
        const int width = m_view->viewport()->width() - depth * m_view->indentation() - sidePadding;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QFontMetrics metrics(m_view->font());
        if (width <= 0 || metrics.horizontalAdvance(text) <= width)
            return base;
        const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
        return QSize(base.width(), std::max(base.height(), wrapped.height() + endPadding + 2));
    }

private:
    QTreeView *m_view;
};

} // namespace

Navigator::Navigator(BoardsModel *boards, QWidget *parent)
    : QTreeWidget(parent)
    , m_boards(boards)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Workshop sections"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(18);
    setColumnCount(1);
    // Its minimum width is in the style sheet (look.cpp), in em, so that it grows with the text.
    // Board names are long ("Table 4: Getting help when things go wrong"): they wrap onto a second
    // line rather than lose words a facilitator needs to tell tables apart.
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    // The one column is exactly as wide as the view, so row heights are measured at that width.
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setItemDelegate(new WrappingDelegate(this));
    const QList<std::pair<Page, QString>> pages {
        { Page::Overview, tr("Overview") },
        { Page::Agenda, tr("Agenda") },
        { Page::People, tr("People") },
        { Page::Groups, tr("Groups") },
        { Page::Boards, tr("Boards") },
        { Page::SenseMaking, tr("Sense-making") },
        { Page::Photos, tr("Photos") },
        { Page::Actions, tr("Actions") },
        { Page::Feedback, tr("Feedback") },
        { Page::Share, tr("Share back") },
    };
    for (const auto &[page, label] : pages) {
        auto *item = new QTreeWidgetItem(this, { label });
        item->setData(0, PageRole, QVariant::fromValue(page));
        // Only boards are dragged, and only among boards.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (page == Page::Boards)
            m_boardsItem = item;
        if (page == Page::People) {
            const QList<std::pair<Page, QString>> under {
                { Page::CheckIn, tr("Check-in") },
                { Page::Payments, tr("Payments") },
            };
            for (const auto &[child, childLabel] : under) {
                auto *sub = new QTreeWidgetItem(item, { childLabel });
                sub->setData(0, PageRole, QVariant::fromValue(child));
                sub->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            }
            item->setExpanded(true);
        }
    }
    connect(this, &QTreeWidget::currentItemChanged, this, &Navigator::onCurrentChanged);
    connect(this, &QTreeWidget::itemActivated, this, &Navigator::placeEntered);
    connect(this, &QTreeWidget::itemClicked, this, &Navigator::placeEntered);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(boards, signal, this, &Navigator::rebuildBoards);
    }
    connect(boards, &QAbstractItemModel::rowsMoved, this, &Navigator::rebuildBoards);
    connect(boards, &QAbstractItemModel::modelReset, this, &Navigator::rebuildBoards);
    connect(boards, &QAbstractItemModel::dataChanged, this, &Navigator::rebuildBoards);
    rebuildBoards();
    m_boardsItem->setExpanded(true);
    setCurrentItem(topLevelItem(0));
}

void Navigator::rebuildBoards()
{
    QStringList labels;
    for (int row = 0; row < m_boards->rowCount(); ++row) {
        const QString title = m_boards->index(row, BoardsModel::Title).data().toString();
        const QString group = m_boards->index(row, BoardsModel::GroupColumn).data().toString();
        labels << (group.isEmpty() || title.contains(group) ? title : tr("%1 · %2").arg(group, title));
    }
    // The model also reports changing note counts; only rebuild when the list itself changed.
    if (labels == m_boardLabels && m_boardsItem->childCount() == labels.size())
        return;
    m_boardLabels = labels;
    const QUuid current = currentItem() ? currentItem()->data(0, BoardRole).toUuid() : QUuid();
    const QSignalBlocker blocker(this);
    qDeleteAll(m_boardsItem->takeChildren());
    for (int row = 0; row < labels.size(); ++row) {
        const QUuid id = m_boards->idAt(row);
        auto *item = new QTreeWidgetItem(m_boardsItem, { labels.at(row) });
        item->setData(0, PageRole, QVariant::fromValue(Page::Board));
        item->setData(0, BoardRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setToolTip(0, m_boards->index(row, BoardsModel::AgendaItemColumn).data().toString());
        if (id == current)
            setCurrentItem(item);
    }
}

void Navigator::onCurrentChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const auto page = current->data(0, PageRole).value<Page>();
    if (page == Page::Board)
        Q_EMIT boardChosen(current->data(0, BoardRole).toUuid());
    else
        Q_EMIT pageChosen(page);
}

void Navigator::showPage(Page page)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, PageRole).value<Page>() == page) {
            setCurrentItem(*it);
            return;
        }
    }
}

void Navigator::showBoard(const QUuid &boardId)
{
    for (int i = 0; i < m_boardsItem->childCount(); ++i) {
        if (m_boardsItem->child(i)->data(0, BoardRole).toUuid() == boardId) {
            setCurrentItem(m_boardsItem->child(i));
            return;
        }
    }
}

void Navigator::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    // Wrapped rows change height with the width: lay them out again.
    scheduleDelayedItemsLayout();
}

QList<QUuid> Navigator::boardIds() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_boardsItem->childCount(); ++i)
        ids << m_boardsItem->child(i)->data(0, BoardRole).toUuid();
    return ids;
}

} // namespace cg
