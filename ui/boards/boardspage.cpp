// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boards/boardspage.h"

#include "boards/boardcommands.h"
#include "flowlayout.h"
#include "listpage.h"
#include "models/boardsmodel.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace cg {

BoardsPage::BoardsPage(BoardsModel *model, BoardCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_list(new ListPage(tr("Boards"),
                          tr("Sticky-note boards in the order of the day. Enter opens one; "
                             "Ctrl+Shift+Up and Down move it."),
                          model, this))
    , m_new(new QPushButton(tr("&New board…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_settings(new QPushButton(tr("&Settings…"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    m_new->setToolTip(tr("Make a board (Ctrl+Shift+B)"));
    m_open->setToolTip(tr("Open the chosen board (Enter)"));
    m_settings->setToolTip(tr("Title, prompt, kind, group and agenda item (F2)"));
    m_up->setToolTip(tr("Earlier in the order (Ctrl+Shift+Up)"));
    m_down->setToolTip(tr("Later in the order (Ctrl+Shift+Down)"));
    m_delete->setToolTip(tr("Delete the board and what is on it (Delete); Undo brings it back"));
    auto *toolbar = new FlowLayout; // wraps rather than widen the page at 200 % or in large type
    toolbar->setHorizontalSpacing(8);
    toolbar->setVerticalSpacing(8);
    for (QPushButton *button : { m_new, m_open, m_settings, m_up, m_down, m_delete })
        toolbar->addWidget(button);
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_list->layout()))
        layout->insertLayout(2, toolbar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setFocusProxy(m_list);

    QTableView *table = m_list->table();
    auto key = [this, table](QKeySequence keys, auto slot) {
        auto *shortcut = new QShortcut(keys, table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence::Delete, [this] { m_commands->deleteBoard(currentBoard()); });
    key(QKeySequence(Qt::Key_F2), [this] { m_commands->editBoard(currentBoard()); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] {
        const QUuid id = currentBoard();
        if (m_commands->moveBoard(id, -1))
            selectBoard(id);
    });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] {
        const QUuid id = currentBoard();
        if (m_commands->moveBoard(id, +1))
            selectBoard(id);
    });
    connect(m_new, &QPushButton::clicked, m_commands, [this] { m_commands->newBoard(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentBoard().isNull())
            Q_EMIT openRequested(currentBoard());
    });
    connect(m_settings, &QPushButton::clicked, this, [this] { m_commands->editBoard(currentBoard()); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const QUuid id = currentBoard();
        if (m_commands->moveBoard(id, -1))
            selectBoard(id);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const QUuid id = currentBoard();
        if (m_commands->moveBoard(id, +1))
            selectBoard(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_commands->deleteBoard(currentBoard()); });
    connect(m_list, &ListPage::activated, this, &BoardsPage::openRequested);
    connect(m_list, &ListPage::currentChanged, this, &BoardsPage::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &BoardsPage::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardsPage::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardsPage::updateButtons);

    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (index.isValid())
            table->setCurrentIndex(index);
        QMenu menu(this);
        m_commands->fillMenu(&menu, index.isValid() ? currentBoard() : QUuid());
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
    updateButtons();
}

void BoardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (currentBoard().isNull() && m_list->model()->rowCount() > 0)
        selectBoard(m_list->model()->idAt(0));
}

QUuid BoardsPage::currentBoard() const
{
    return m_list->currentId();
}

void BoardsPage::selectBoard(const QUuid &boardId)
{
    const int row = m_list->model()->rowOf(boardId);
    if (row >= 0)
        m_list->table()->setCurrentIndex(m_list->model()->index(row, 0));
    updateButtons();
}

void BoardsPage::updateButtons()
{
    const QUuid id = currentBoard();
    const int row = m_list->model()->rowOf(id);
    const int rows = m_list->model()->rowCount();
    const bool chosen = row >= 0;
    m_open->setEnabled(chosen);
    m_settings->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row + 1 < rows);
}

} // namespace cg
