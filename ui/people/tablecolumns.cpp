// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/tablecolumns.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace cg {

void fitColumnsToContents(QTableView *view, int maxWidth)
{
    if (!view->model())
        return;
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (!view->isColumnHidden(c) && header->sectionSize(c) > maxWidth)
            header->resizeSection(c, maxWidth);
    }
}

} // namespace cg
