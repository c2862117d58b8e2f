// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"

#include "models/boardsmodel.h"

#include <QHeaderView>

namespace cg {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
constexpr int BoardRole = Qt::UserRole + 2;
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
    setUniformRowHeights(true);
    setColumnCount(1);
    setMinimumWidth(260);
    setTextElideMode(Qt::ElideMiddle); // "Table 1: Leav…the ward" keeps the table number and the end
    const QList<std::pair<Page, QString>> pages {
        { Page::Overview, tr("Overview") },
        { Page::Agenda, tr("Agenda") },
        { Page::People, tr("People") },
        { Page::Groups, tr("Groups") },
        { Page::Boards, tr("Boards") },
        { Page::Actions, tr("Actions") },
        { Page::Feedback, tr("Feedback") },
        { Page::Share, tr("Share back") },
    };
    for (const auto &[page, label] : pages) {
        auto *item = new QTreeWidgetItem(this, { label });
        item->setData(0, PageRole, QVariant::fromValue(page));
        if (page == Page::Boards)
            m_boardsItem = item;
    }
    connect(this, &QTreeWidget::currentItemChanged, this, &Navigator::onCurrentChanged);
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
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, PageRole).value<Page>() == page) {
            setCurrentItem(topLevelItem(i));
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

QList<QUuid> Navigator::boardIds() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_boardsItem->childCount(); ++i)
        ids << m_boardsItem->child(i)->data(0, BoardRole).toUuid();
    return ids;
}

} // namespace cg
