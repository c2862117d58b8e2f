// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/placement.h"

#include <QRectF>
#include <QSet>

#include <cmath>

namespace cg::placement {

QPointF nextFreePosition(const WorkshopData &data, const QUuid &boardId, QSizeF size)
{
    const double cellW = std::max(size.width(), noteWidth) + gap;
    const double cellH = std::max(size.height(), noteHeight) + gap;
    // Mark every grid cell that something on the board touches, then take the first free one.
    QSet<qint64> taken;
    auto mark = [&](const QRectF &r) {
        const int c0 = std::max(0, int(std::floor((r.left() - margin) / cellW)));
        const int c1 = int(std::floor((r.right() - margin + gap - 0.01) / cellW));
        const int r0 = std::max(0, int(std::floor((r.top() - margin) / cellH)));
        const int r1 = int(std::floor((r.bottom() - margin + gap - 0.01) / cellH));
        for (int row = r0; row <= r1; ++row)
            for (int col = c0; col <= std::min(c1, columns - 1); ++col)
                taken.insert(qint64(row) * columns + col);
    };
    qint64 rowsUsed = 0;
    for (const Note &n : data.notes) {
        if (n.boardId != boardId)
            continue;
        mark(n.rect());
        rowsUsed = std::max<qint64>(rowsUsed, qint64((n.y + n.height - margin) / cellH) + 1);
    }
    for (const Theme &t : data.themes) {
        if (t.boardId != boardId)
            continue;
        mark(t.rect());
        rowsUsed = std::max<qint64>(rowsUsed, qint64((t.y + t.height - margin) / cellH) + 1);
    }
    for (qint64 cell = 0; cell <= (rowsUsed + 1) * columns; ++cell) {
        if (!taken.contains(cell)) {
            const qint64 row = cell / columns;
            const qint64 col = cell % columns;
            return {margin + double(col) * cellW, margin + double(row) * cellH};
        }
    }
    return {margin, margin + double(rowsUsed + 1) * cellH};
}

} // namespace cg::placement
