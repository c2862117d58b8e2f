// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "planning/agenda.h"
#include "result.h"

#include <QDateTime>

#include <functional>
#include <vector>

namespace cg {

/// One agenda item in the day as it is going: when it was planned, and when it happened (done),
/// is expected to end (under way) or is expected to happen (still to come, re-flowed from now).
struct RunSlot
{
    QUuid itemId;
    agenda::RunState state = agenda::RunState::Upcoming;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    /// Actual start (done, under way) or expected start (to come). Invalid for an item still to
    /// come that sits before the one under way (moved up during the run): nobody knows when.
    QDateTime start;
    QDateTime end;
};

/// Where the run of the day stands at one moment.
struct RunStatus
{
    enum class Phase {
        NotStarted, ///< nothing run yet
        Running, ///< an item is under way
        Paused, ///< an item is under way and its clock is stopped
        BetweenItems, ///< items have been run and some are still to come, none under way
        Finished, ///< every item has been run or skipped
    };
    /// The calm signals of the countdown: under two minutes left, and time up.
    enum class Warning { None, TwoMinutes, TimeUp };

    Phase phase = Phase::NotStarted;
    QUuid currentId;
    int currentIndex = -1; ///< in running order
    QUuid nextId; ///< the item that "Next" would start
    qint64 elapsedSeconds = 0; ///< of the item under way, pauses left out
    qint64 allowedSeconds = 0; ///< planned plus extra minutes
    qint64 remainingSeconds = 0; ///< allowed less elapsed; negative once over time
    Warning warning = Warning::None;
    /// How far the day is behind its plan, in seconds (negative: ahead): the expected end of
    /// the item under way against its planned end.
    qint64 lateSeconds = 0;
    std::vector<RunSlot> slots; ///< every item, in running order
    QDateTime plannedEnd; ///< of the day
    QDateTime expectedEnd; ///< of the day, as it is going
    QDateTime venueEnd; ///< when the venue must be left; invalid when not set

    bool isUnderWay() const { return phase == Phase::Running || phase == Phase::Paused; }
    /// Lateness in whole minutes, rounded to the nearest.
    int lateMinutes() const;
    /// Whether the day is now expected to end after the venue's end time.
    bool endsAfterVenue() const { return venueEnd.isValid() && expectedEnd > venueEnd; }
    const RunSlot *slot(const QUuid &itemId) const;
};

/// The run clock: works out where the day stands (status()) from the agenda items and the time
/// now, and builds the edits for each step of the run (start, pause, next, back, extend, skip).
///
/// Everything about the run is in the file (see AgendaItem), so the clock itself holds nothing
/// but its time source: an app restarted in the middle of an item, or a different machine, finds
/// the same run with the same time left. Times are real instants (QDateTime), never times of day,
/// so an evening item that runs past midnight is just longer. The plan is anchored on the day the
/// run began (the workshop's date need not be today: a rehearsal runs the same way). The time
/// source is injectable so that tests can move time by hand.
class RunClock
{
public:
    using TimeSource = std::function<QDateTime()>;

    /// \a now defaults to the system clock.
    explicit RunClock(TimeSource now = {});

    QDateTime now() const;
    void setTimeSource(TimeSource now);

    RunStatus status(const WorkshopData &data) const;

    Result<Edit> start(const WorkshopData &data) const;
    Result<Edit> pause(const WorkshopData &data) const;
    Result<Edit> resume(const WorkshopData &data) const;
    /// The one key for the run: start when nothing is under way, else pause or carry on.
    Result<Edit> startOrPause(const WorkshopData &data) const;
    Result<Edit> next(const WorkshopData &data) const;
    Result<Edit> back(const WorkshopData &data) const;
    Result<Edit> extend(const WorkshopData &data, int minutes = 5) const;
    /// Skips the item under way (the next one starts).
    Result<Edit> skip(const WorkshopData &data) const;
    Result<Edit> reset(const WorkshopData &data) const;

    /// A countdown as the room reads it: "12:34", "1:02:03", and "-1:05" once over time.
    static QString countdownText(qint64 seconds);

private:
    TimeSource m_now;
};

} // namespace cg
