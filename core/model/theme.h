// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

#include <QList>
#include <QRectF>

namespace cg {

/// A named cluster of notes. Either a labelled frame on one board (boardId set; its notes point
/// at it through Note::themeId), or a cross-board theme for sense-making (boardId null), which
/// gathers notes from any board in `noteIds`, in the facilitator's order. A note has one board
/// theme but may be in several cross-board themes, so cross-board membership is a list kept
/// with the theme (the theme_note table), not a field of the note.
struct Theme : Record
{
    QUuid boardId;
    QString name;
    NoteColour colour = NoteColour::Blue;
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    QList<QUuid> noteIds; // cross-board themes only; empty for a board's theme

    bool isCrossBoard() const { return boardId.isNull(); }
    QRectF rect() const { return {x, y, width, height}; }
    bool operator==(const Theme &) const = default;
};

} // namespace cg
