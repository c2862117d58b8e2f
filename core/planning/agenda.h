// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace cg::agenda {

/// The agenda's timing as planned: each item starts when the one before it ends, the first at
/// the workshop's start time. Times are minutes after midnight of the workshop's day and may
/// pass 24 × 60 (an evening session that runs past midnight), so no arithmetic ever wraps. The
/// plan uses the planned minutes only: what happens on the day (extensions, skips, lateness) is
/// the run clock's business (planning/runclock.h).
struct Slot
{
    QUuid itemId;
    int start = 0; ///< minutes after midnight of the day
    int minutes = 0; ///< planned length
    int end() const { return start + minutes; }
};

struct Timing
{
    std::vector<Slot> slots; ///< in running order
    int start = 0; ///< the workshop's start time, minutes after midnight
    int end = 0; ///< when the last item ends
    /// When the venue must be left, when the workshop says; an end time at or before the start
    /// time is taken to be after midnight.
    std::optional<int> venueEnd;

    int totalMinutes() const { return end - start; }
    /// Minutes the agenda runs past the venue's end time (0 when it fits or there is none).
    int overrunMinutes() const { return venueEnd && end > *venueEnd ? end - *venueEnd : 0; }
    const Slot *find(const QUuid &itemId) const;
};

/// Longest an agenda item may be planned for, and the most items an agenda holds: bounds for
/// every edge where numbers come in (the editor, templates, the command line).
inline constexpr int maxItemMinutes = 24 * 60;
inline constexpr int maxItems = 500;

/// The agenda items in running order (position, then creation time).
std::vector<const AgendaItem *> inOrder(const WorkshopData &data);
/// The workshop's start time, or 10:00 when it has none (the default of a new workshop).
QTime dayStart(const Workshop &workshop);
/// Start and end of every item as planned.
Timing plan(const WorkshopData &data);

/// Where one item is in the run of the day (see AgendaItem for the fields behind it).
enum class RunState { Upcoming, Current, Done, Skipped };
RunState runState(const AgendaItem &item);
/// The item under way (started and not ended), or null. Should more than one be (a file edited
/// by hand), the first in running order counts.
const AgendaItem *currentItem(const WorkshopData &data);

/// "09:30"; times past midnight read "00:15 (next day)".
QString clockText(int minuteOfDay);
/// "45 min", "1 h", "2 h 50 min".
QString durationText(int minutes);

} // namespace cg::agenda
