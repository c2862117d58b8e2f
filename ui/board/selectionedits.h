// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QPointF>

#include <functional>

namespace cg::selectionedits {

// What the canvas does to several notes at once, built from core's edit builders and combined
// into ONE edit, so that one gesture is one undo step. Pure functions of the data: they never
// touch the Session; the canvas performs what they return.

/// Applies \a change to each note (text, colour, flags…) as one edit.
Result<Edit> editNotes(
    const WorkshopData &data, const QList<QUuid> &noteIds, const std::function<void(Note &)> &change);
/// One anonymous dot on each note, or on the theme when \a noteIds is empty.
Result<Edit> addVotes(const WorkshopData &data, const QList<QUuid> &noteIds, const QUuid &themeId = {});
/// Takes one dot cast in the app off each target (the most recent vote row; paper tallies are
/// changed with setPaperVotes). \a votesOn gives the ids of the votes on a note or theme. Empty
/// when there was nothing to take away.
Result<Edit> removeLatestVotes(const WorkshopData &data, const QList<QUuid> &targets,
    const std::function<QList<QUuid>(const QUuid &)> &votesOn);
/// The paper tallies of several notes as one edit.
Result<Edit> setPaperVotes(const WorkshopData &data, const QHash<QUuid, int> &counts);

/// Reading order on a board (cg::readingOrder, planning/boardlayout.h).
bool readingOrder(const Note &a, const Note &b);
/// The note whose centre is nearest to \a from in the direction \a dx, \a dy (one of them ±1, the
/// other 0), preferring notes in line over ones off to the side; null when there is none.
const Note *nearestInDirection(const std::vector<const Note *> &notes, const Note &from, int dx, int dy);

} // namespace cg::selectionedits
