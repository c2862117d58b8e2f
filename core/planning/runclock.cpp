// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/runclock.h"

#include "commands/edits.h"

#include <algorithm>
#include <cstdlib>

namespace cg {

namespace {

QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc();
}

/// Minutes after midnight of \a day as a local date and time (past midnight: the next day).
QDateTime onDay(const QDate &day, int minuteOfDay)
{
    const int days = minuteOfDay >= 0 ? minuteOfDay / (24 * 60) : -1 - (-minuteOfDay - 1) / (24 * 60);
    const int minute = minuteOfDay - days * 24 * 60;
    return QDateTime(day.addDays(days), QTime(minute / 60, minute % 60), Qt::LocalTime);
}

/// The day the plan is laid on: the day the run began (the workshop's start time nearest the
/// first actual start, so a run begun just after midnight, or the evening before, still lines
/// up), else the workshop's date, else today.
QDate anchorDay(const WorkshopData &data, const agenda::Timing &timing, const QDateTime &now)
{
    QDateTime first;
    for (const AgendaItem &item : data.agendaItems)
        if (item.actualStart.isValid() && (!first.isValid() || item.actualStart < first))
            first = item.actualStart;
    if (!first.isValid())
        return data.workshop.date.isValid() ? data.workshop.date : now.toLocalTime().date();
    const QDate around = first.toLocalTime().date();
    QDate best = around;
    qint64 bestGap = -1;
    for (int offset = -1; offset <= 1; ++offset) {
        const QDate day = around.addDays(offset);
        const qint64 gap = std::llabs(onDay(day, timing.start).secsTo(first));
        if (bestGap < 0 || gap < bestGap) {
            best = day;
            bestGap = gap;
        }
    }
    return best;
}

qint64 allowedSecondsOf(const AgendaItem &item)
{
    return qint64(std::clamp(item.plannedMinutes, 0, agenda::maxItemMinutes) + std::max(item.extraMinutes, 0))
        * 60;
}

/// Milliseconds the item under way has run, pauses left out.
qint64 elapsedMsOf(const AgendaItem &item, const QDateTime &now)
{
    qint64 ms = item.actualStart.msecsTo(now) - qint64(item.pausedSeconds) * 1000;
    if (item.pausedAt.isValid())
        ms -= std::max<qint64>(0, item.pausedAt.msecsTo(now));
    return std::max<qint64>(0, ms);
}

/// Rounds towards positive infinity: 14 min 59.5 s left reads "15:00" until the second has gone.
qint64 ceilSeconds(qint64 ms)
{
    return ms >= 0 ? (ms + 999) / 1000 : -((-ms) / 1000);
}

} // namespace

int RunStatus::lateMinutes() const
{
    return int(lateSeconds >= 0 ? (lateSeconds + 30) / 60 : -((-lateSeconds + 30) / 60));
}

const RunSlot *RunStatus::slot(const QUuid &itemId) const
{
    for (const RunSlot &s : slots)
        if (s.itemId == itemId)
            return &s;
    return nullptr;
}

RunClock::RunClock(TimeSource now)
    : m_now(now ? std::move(now) : TimeSource(systemNow))
{
}

QDateTime RunClock::now() const
{
    return m_now();
}

void RunClock::setTimeSource(TimeSource now)
{
    m_now = now ? std::move(now) : TimeSource(systemNow);
}

RunStatus RunClock::status(const WorkshopData &data) const
{
    using agenda::RunState;
    const QDateTime now = this->now();
    const std::vector<const AgendaItem *> items = agenda::inOrder(data);
    const agenda::Timing timing = agenda::plan(data);
    const QDate day = anchorDay(data, timing, now);

    RunStatus status;
    status.plannedEnd = onDay(day, timing.end);
    if (timing.venueEnd)
        status.venueEnd = onDay(day, *timing.venueEnd);

    bool anyDone = false;
    bool anyUpcoming = false;
    QDateTime lastEnd;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const AgendaItem &item = *items[i];
        RunSlot slot;
        slot.itemId = item.id;
        slot.state = agenda::runState(item);
        slot.plannedStart = onDay(day, timing.slots[i].start);
        slot.plannedEnd = onDay(day, timing.slots[i].end());
        if (slot.state == RunState::Current && status.currentIndex < 0)
            status.currentIndex = int(i);
        else if (slot.state == RunState::Current)
            slot.state = RunState::Done; // a second "under way" item (a hand-edited file): treat as run
        anyDone = anyDone || slot.state == RunState::Done;
        anyUpcoming = anyUpcoming || slot.state == RunState::Upcoming;
        if (slot.state == RunState::Done) {
            slot.start = item.actualStart;
            slot.end = item.actualEnd.isValid() ? item.actualEnd : item.actualStart;
            if (!lastEnd.isValid() || slot.end > lastEnd)
                lastEnd = slot.end;
        }
        status.slots.push_back(slot);
    }

    if (status.currentIndex >= 0) {
        const AgendaItem &item = *items[std::size_t(status.currentIndex)];
        status.currentId = item.id;
        status.phase = item.pausedAt.isValid() ? RunStatus::Phase::Paused : RunStatus::Phase::Running;
        const qint64 elapsedMs = elapsedMsOf(item, now);
        status.allowedSeconds = allowedSecondsOf(item);
        const qint64 remainingMs = status.allowedSeconds * 1000 - elapsedMs;
        status.elapsedSeconds = elapsedMs / 1000;
        status.remainingSeconds = ceilSeconds(remainingMs);
        status.warning = remainingMs <= 0 ? RunStatus::Warning::TimeUp
            : remainingMs < 120 * 1000    ? RunStatus::Warning::TwoMinutes
                                          : RunStatus::Warning::None;
    } else if (anyDone) {
        status.phase = anyUpcoming ? RunStatus::Phase::BetweenItems : RunStatus::Phase::Finished;
    }

    // Re-flow: from where the day has got to, each item still to come follows the one before.
    QDateTime cursor;
    switch (status.phase) {
    case RunStatus::Phase::NotStarted:
        cursor = status.slots.empty() ? QDateTime() : status.slots.front().plannedStart;
        break;
    case RunStatus::Phase::BetweenItems:
        cursor = lastEnd.isValid() && lastEnd > now ? lastEnd : now;
        break;
    default:
        break;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        RunSlot &slot = status.slots[i];
        const AgendaItem &item = *items[i];
        const bool beforeCurrent = status.currentIndex >= 0 && int(i) < status.currentIndex;
        switch (slot.state) {
        case RunState::Done:
            // Never backwards: a run item moved below the one under way ended before now.
            if (!cursor.isValid() || slot.end > cursor)
                cursor = slot.end;
            break;
        case RunState::Current:
            slot.start = item.actualStart;
            slot.end = now.addMSecs(std::max<qint64>(0, status.remainingSeconds) * 1000);
            cursor = slot.end;
            break;
        case RunState::Skipped:
            slot.start = slot.end = cursor.isValid() ? cursor : slot.plannedStart;
            break;
        case RunState::Upcoming:
            if (beforeCurrent || !cursor.isValid())
                break; // moved above the item under way: it has no place in the day yet
            slot.start = cursor;
            slot.end = cursor.addSecs(allowedSecondsOf(item));
            cursor = slot.end;
            break;
        }
    }

    for (const RunSlot &slot : status.slots)
        if (slot.state != RunState::Skipped && slot.end.isValid()
            && (!status.expectedEnd.isValid() || slot.end > status.expectedEnd))
            status.expectedEnd = slot.end;
    if (!status.expectedEnd.isValid())
        status.expectedEnd = status.plannedEnd;

    switch (status.phase) {
    case RunStatus::Phase::Running:
    case RunStatus::Phase::Paused: {
        const RunSlot &current = status.slots[std::size_t(status.currentIndex)];
        status.lateSeconds = current.plannedEnd.secsTo(current.end);
        break;
    }
    case RunStatus::Phase::BetweenItems:
        for (const RunSlot &slot : status.slots) {
            if (slot.state == RunState::Upcoming && slot.start.isValid()) {
                status.lateSeconds = slot.plannedStart.secsTo(slot.start);
                break;
            }
        }
        break;
    case RunStatus::Phase::Finished:
        status.lateSeconds = status.plannedEnd.secsTo(status.expectedEnd);
        break;
    case RunStatus::Phase::NotStarted:
        break;
    }

    // What "Next" (or "Start") would begin.
    bool passed = status.currentIndex < 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!passed) {
            passed = int(i) == status.currentIndex;
            continue;
        }
        if (status.slots[i].state == RunState::Upcoming) {
            status.nextId = items[i]->id;
            break;
        }
    }
    return status;
}

Result<Edit> RunClock::start(const WorkshopData &data) const
{
    return edits::startRun(data, now());
}

Result<Edit> RunClock::pause(const WorkshopData &data) const
{
    return edits::pauseRun(data, now());
}

Result<Edit> RunClock::resume(const WorkshopData &data) const
{
    return edits::resumeRun(data, now());
}

Result<Edit> RunClock::startOrPause(const WorkshopData &data) const
{
    const AgendaItem *item = agenda::currentItem(data);
    if (!item)
        return start(data);
    return item->pausedAt.isValid() ? resume(data) : pause(data);
}

Result<Edit> RunClock::next(const WorkshopData &data) const
{
    return edits::nextAgendaItem(data, now());
}

Result<Edit> RunClock::back(const WorkshopData &data) const
{
    return edits::previousAgendaItem(data, now());
}

Result<Edit> RunClock::extend(const WorkshopData &data, int minutes) const
{
    return edits::extendAgendaItem(data, minutes);
}

Result<Edit> RunClock::skip(const WorkshopData &data) const
{
    return edits::skipAgendaItem(data, QUuid(), now());
}

Result<Edit> RunClock::reset(const WorkshopData &data) const
{
    return edits::resetRun(data);
}

QString RunClock::countdownText(qint64 seconds)
{
    const bool over = seconds < 0;
    const qint64 s = over ? -seconds : seconds;
    const qint64 hours = s / 3600;
    const qint64 minutes = (s % 3600) / 60;
    const qint64 rest = s % 60;
    QString text = hours > 0 ? QStringLiteral("%1:%2:%3")
                                   .arg(hours)
                                   .arg(minutes, 2, 10, QLatin1Char('0'))
                                   .arg(rest, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
    // A real minus sign: a hyphen is easy to miss from the back of a hall.
    return over ? QChar(0x2212) + text : text;
}

} // namespace cg
