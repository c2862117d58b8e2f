// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace cg::placement {

/// Grid used to place new notes in reading order: left to right, then top to bottom.
inline constexpr double margin = 40;
inline constexpr double gap = 20;
inline constexpr int columns = 6;
inline constexpr double noteWidth = 180;
inline constexpr double noteHeight = 120;

/// The first cell of the reading-order grid on \a boardId where a note of \a size overlaps no
/// note and no theme frame. Linear in the number of notes on the board.
QPointF nextFreePosition(
    const WorkshopData &data, const QUuid &boardId, QSizeF size = { noteWidth, noteHeight });

/// The top-left corner nearest to \a wanted where a rectangle of \a size keeps at least
/// \a clearance from every rectangle in \a obstacles: \a wanted itself when it is free, otherwise
/// a point \a wanted plus whole steps of a coarse grid (so nearby free space is found, never a
/// half-covered spot). Never left of or above min(\a wanted, 0). About linear in the obstacles
/// and in the area they cover.
QPointF freeSpot(QSizeF size, QPointF wanted, const std::vector<QRectF> &obstacles, double clearance = gap);

} // namespace cg::placement
