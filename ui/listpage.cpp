// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include "models/sessiontablemodel.h"

#include <QEvent>

#include <algorithm>
#include <numeric>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cg {

ListPage::ListPage(
    const QString &title, const QString &description, SessionTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_description(description)
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_remeasure(new QTimer(this))
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
    m_table->horizontalHeader()->setStretchLastSection(false); // fitColumns() shares the width out
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
    // Edits change what the columns need: measure again once the edit has been shown.
    m_remeasure->setSingleShot(true);
    m_remeasure->setInterval(0);
    connect(m_remeasure, &QTimer::timeout, this, [this] {
        measureColumns();
        fitColumns();
    });
    const auto later = [this] { m_remeasure->start(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    measureColumns();
    fitColumns();
}

void ListPage::measureColumns()
{
    m_contentWidths.clear();
    QHeaderView *header = m_table->horizontalHeader();
    const int padding = m_table->fontMetrics().averageCharWidth() * 2;
    const QAbstractItemView *view = m_table; // sizeHintForColumn() is public there
    // Measured on one line: wrapped, the text would measure as wide as the column already is, and
    // the widths would stick after a larger text size.
    const bool wrap = m_table->wordWrap();
    m_table->setWordWrap(false);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_contentWidths << std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c)) + padding;
    m_table->setWordWrap(wrap);
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // The table's own viewport knows the width there really is (after scroll bars and layout).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // A new text size (Preferences) changes every width: measure again, both ways.
    if (watched == m_table
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
            || event->type() == QEvent::Polish || event->type() == QEvent::Show))
        m_remeasure->start();
    return QWidget::eventFilter(watched, event);
}

void ListPage::fitColumns()
{
    const int columns = int(m_contentWidths.size());
    if (columns == 0)
        return;
    const int available = m_table->viewport()->width();
    QList<int> widths = m_contentWidths;
    const int wanted = std::accumulate(widths.begin(), widths.end(), 0);
    if (wanted <= available) {
        // Room for everything: the widest column (a title or a prompt) takes what is over.
        const auto widest = std::max_element(widths.begin(), widths.end());
        *widest += available - wanted;
    } else {
        // Not enough: columns wider than a short word give way in proportion to how much wider they
        // are, down to that width; their text wraps.
        const int floor = m_table->fontMetrics().averageCharWidth() * 12;
        int giving = 0;
        for (int w : std::as_const(widths))
            giving += std::max(0, w - floor);
        const int excess = std::min(wanted - available, giving);
        if (giving > 0) {
            int taken = 0;
            for (int c = 0; c < columns; ++c) {
                const int room = std::max(0, widths.at(c) - floor);
                const int cut = int(qint64(excess) * room / giving);
                widths[c] -= cut;
                taken += cut;
            }
            // Rounding: the last column that could give takes the rest.
            for (int c = columns - 1; c >= 0 && taken < excess; --c) {
                const int more = std::min(excess - taken, std::max(0, widths.at(c) - floor));
                widths[c] -= more;
                taken += more;
            }
        }
    }
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, widths.at(c));
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
