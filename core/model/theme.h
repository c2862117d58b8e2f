// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

#include <QRectF>

namespace cg {

/// A named cluster of notes: a labelled frame on a board, or (board null) a cross-board theme
/// for sense-making.
struct Theme : Record
{
    QUuid boardId;
    QString name;
    NoteColour colour = NoteColour::Blue;
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    QRectF rect() const { return {x, y, width, height}; }
    bool operator==(const Theme &) const = default;
};

} // namespace cg
