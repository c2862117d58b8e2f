// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

namespace cg {

/// One item of the timed agenda. Start times are derived from the order and durations
/// (planning/agenda.h).
///
/// The run of the day is kept on the items themselves, so that a restarted app carries on where
/// it was (planning/runclock.h): the item under way is the one with an actual start and no actual
/// end; `extraMinutes` is time added while it runs; `pausedSeconds` is the time it spent paused in
/// pauses that have ended, and `pausedAt` when the current pause began; `skipped` marks an item
/// passed over (it takes no time in the re-flowed day).
struct AgendaItem : Record
{
    QString title;
    AgendaKind kind = AgendaKind::Plenary;
    int plannedMinutes = 15;
    int position = 0;
    QString prompt;
    QString instructions;
    QDateTime actualStart;
    QDateTime actualEnd;
    int extraMinutes = 0;
    int pausedSeconds = 0;
    QDateTime pausedAt;
    bool skipped = false;

    bool operator==(const AgendaItem &) const = default;
};

} // namespace cg
