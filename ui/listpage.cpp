// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include "models/sessiontablemodel.h"

#include <QEvent>

#include <algorithm>

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
    for (int c = 0; c < model->columnCount(); ++c)
        m_contentWidths << m_table->columnWidth(c) + 24;
    m_table->viewport()->installEventFilter(this);
    fitColumns();
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // The table's own viewport knows the width there really is (after scroll bars and layout).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ListPage::fitColumns()
{
    const int columns = int(m_contentWidths.size());
    if (columns == 0)
        return;
    const int available = m_table->viewport()->width();
    int used = 0;
    for (int c = 0; c < columns - 1; ++c) {
        const int width = qBound(70, m_contentWidths.at(c), std::max(120, available / 3));
        m_table->setColumnWidth(c, width);
        used += width;
    }
    m_table->setColumnWidth(columns - 1, std::max(160, available - used));
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
