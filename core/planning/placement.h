// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QPointF>
#include <QSizeF>

namespace cg::placement {

/// Grid used to place new notes in reading order: left to right, then top to bottom.
inline constexpr double margin = 40;
inline constexpr double gap = 20;
inline constexpr int columns = 6;
inline constexpr double noteWidth = 180;
inline constexpr double noteHeight = 120;

/// The first cell of the reading-order grid on \a boardId where a note of \a size overlaps no
/// note and no theme frame. Linear in the number of notes on the board.
QPointF nextFreePosition(const WorkshopData &data, const QUuid &boardId, QSizeF size = {noteWidth, noteHeight});

} // namespace cg::placement
