// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/placement.h"

#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

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
            return { margin + double(col) * cellW, margin + double(row) * cellH };
        }
    }
    return { margin, margin + double(rowsUsed + 1) * cellH };
}

namespace {

bool clear(const QRectF &rect, const std::vector<QRectF> &obstacles, double clearance)
{
    const QRectF grown = rect.adjusted(-clearance, -clearance, clearance, clearance);
    // Touching at the clearance's edge is fine: only a real overlap counts.
    for (const QRectF &o : obstacles)
        if (grown.left() < o.right() && o.left() < grown.right() && grown.top() < o.bottom()
            && o.top() < grown.bottom())
            return false;
    return true;
}

} // namespace

QPointF freeSpot(QSizeF size, QPointF wanted, const std::vector<QRectF> &obstacles, double clearance)
{
    if (!std::isfinite(wanted.x()) || !std::isfinite(wanted.y()))
        wanted = QPointF(margin, margin);
    if (clear(QRectF(wanted, size), obstacles, clearance))
        return wanted;

    // Everything that could matter, with room for the rectangle on every side of it.
    QRectF bounds(wanted, size);
    for (const QRectF &o : obstacles)
        bounds |= o;
    const double reach = std::max(size.width(), size.height()) + 2 * clearance;
    bounds.adjust(-reach, -reach, reach, reach);
    const double minX = std::min(wanted.x(), 0.0);
    const double minY = std::min(wanted.y(), 0.0);

    // A grid whose points include `wanted`; coarser on huge boards, so it stays around a million
    // cells. A cell is taken when any obstacle (grown by the clearance) touches it.
    double cell = gap;
    while ((bounds.width() / cell) * (bounds.height() / cell) > 1.5e6)
        cell *= 2;
    const double left = wanted.x() - std::floor((wanted.x() - std::max(bounds.left(), minX)) / cell) * cell;
    const double top = wanted.y() - std::floor((wanted.y() - std::max(bounds.top(), minY)) / cell) * cell;
    const int cols = int(std::ceil((bounds.right() - left) / cell)) + 1;
    const int rows = int(std::ceil((bounds.bottom() - top) / cell)) + 1;
    // Summed-area table of taken cells: whether a rectangle of cells is free is then O(1).
    std::vector<int> taken(std::size_t(cols) * std::size_t(rows), 0);
    auto at = [cols](int c, int r) { return std::size_t(r) * std::size_t(cols) + std::size_t(c); };
    for (const QRectF &o : obstacles) {
        const QRectF g = o.adjusted(-clearance, -clearance, clearance, clearance);
        const int c0 = std::max(0, int(std::floor((g.left() - left) / cell)));
        const int c1 = std::min(cols - 1, int(std::ceil((g.right() - left) / cell)) - 1);
        const int r0 = std::max(0, int(std::floor((g.top() - top) / cell)));
        const int r1 = std::min(rows - 1, int(std::ceil((g.bottom() - top) / cell)) - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                taken[at(c, r)] = 1;
    }
    std::vector<int> sum(std::size_t(cols + 1) * std::size_t(rows + 1), 0);
    auto s = [cols](int c, int r) { return std::size_t(r) * std::size_t(cols + 1) + std::size_t(c); };
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            sum[s(c + 1, r + 1)] = taken[at(c, r)] + sum[s(c, r + 1)] + sum[s(c + 1, r)] - sum[s(c, r)];
    const int w = int(std::ceil(size.width() / cell - 1e-9));
    const int h = int(std::ceil(size.height() / cell - 1e-9));
    double bestDistance = std::numeric_limits<double>::max();
    QPointF best(std::max(bounds.right(), wanted.x()), wanted.y()); // past everything: always free
    for (int r = 0; r + h <= rows; ++r) {
        for (int c = 0; c + w <= cols; ++c) {
            const QPointF p(left + c * cell, top + r * cell);
            const double d = std::hypot(p.x() - wanted.x(), p.y() - wanted.y());
            if (d >= bestDistance)
                continue;
            if (sum[s(c + w, r + h)] - sum[s(c, r + h)] - sum[s(c + w, r)] + sum[s(c, r)] != 0)
                continue;
            bestDistance = d;
            best = p;
        }
    }
    return best;
}

} // namespace cg::placement
