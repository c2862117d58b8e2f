// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include "models/sessiontablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cg {

ListPage::ListPage(
    const QString &title, const QString &description, SessionTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_description(description)
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    m_count->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("hint"));

    m_table->setModel(model);
    m_table->setAccessibleName(title);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT activated(m_model->idAt(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentChanged(m_model->idAt(current.row())); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateCount);
    updateCount();
    m_table->resizeColumnsToContents();
    // A long first column (e.g. a prompt) must not push the rest off screen.
    for (int c = 0; c < model->columnCount(); ++c)
        m_table->setColumnWidth(c, qBound(90, m_table->columnWidth(c) + 24, 420));
}

QUuid ListPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QUuid();
}

void ListPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(rows == 0
            ? m_description + QLatin1Char(' ') + tr("Nothing here yet.")
            : m_description + QLatin1Char(' ') + tr("%n in this workshop.", nullptr, rows));
}

} // namespace cg
