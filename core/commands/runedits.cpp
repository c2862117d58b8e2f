// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Running the day: each step of the run is an ordinary edit of the agenda items, so it is in the
// file the moment it happens (a restarted app carries on) and can be undone like anything else.
#include "commands/edits.h"

#include "planning/agenda.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>

namespace cg::edits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::edits", text, nullptr, n);
}

/// Run times are kept to the millisecond in UTC, as the file stores them, so that what is in
/// memory equals what a reopened file holds.
QDateTime stored(const QDateTime &time)
{
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

/// Whole seconds from \a from to \a to, never negative (a clock set back must not make a pause
/// give time back).
int secondsBetween(const QDateTime &from, const QDateTime &to)
{
    const qint64 ms = from.msecsTo(to);
    return ms <= 0 ? 0 : int(std::min<qint64>((ms + 500) / 1000, 7 * 24 * 3600));
}

/// Collects the updated items of one step, so that an item touched twice (skipped, then the next
/// one started) becomes one row change.
class Step
{
public:
    explicit Step(const WorkshopData &data)
        : m_data(data)
    {
    }

    AgendaItem &item(const QUuid &id)
    {
        for (AgendaItem &a : m_items)
            if (a.id == id)
                return a;
        m_items.push_back(*m_data.agendaItems.find(id));
        return m_items.back();
    }

    /// Ends a pause of \a item, counting its time.
    void endPause(AgendaItem &item, const QDateTime &now)
    {
        if (!item.pausedAt.isValid())
            return;
        item.pausedSeconds = std::min(item.pausedSeconds + secondsBetween(item.pausedAt, now), 7 * 24 * 3600);
        item.pausedAt = QDateTime();
    }

    void begin(const QUuid &id, const QDateTime &now)
    {
        AgendaItem &a = item(id);
        a.actualStart = now;
        a.actualEnd = QDateTime();
        a.pausedSeconds = 0;
        a.pausedAt = QDateTime();
        a.skipped = false;
        m_started = id;
    }

    Edit finish(const QString &text)
    {
        Edit edit { text, CommandId::None, {}, {} };
        for (const AgendaItem &after : m_items) {
            const AgendaItem *before = m_data.agendaItems.find(after.id);
            if (!(after == *before))
                edit.changes.push_back(RowChange::updated(*before, after));
        }
        // Starting a breakout: a board for each group, in the same step (undo takes them away).
        if (const AgendaItem *started = m_data.agendaItems.find(m_started);
            started && started->kind == AgendaKind::Breakout) {
            if (auto boards = addGroupBoards(m_data, m_started); boards)
                for (RowChange &change : boards->changes)
                    edit.changes.push_back(std::move(change));
        }
        return edit;
    }

private:
    const WorkshopData &m_data;
    std::deque<AgendaItem> m_items; // a deque: references handed out stay valid as it grows
    QUuid m_started;
};

/// The first item not yet run, after \a from in running order (from the start when null).
const AgendaItem *firstUpcoming(const WorkshopData &data, const QUuid &from = {})
{
    bool passed = from.isNull();
    for (const AgendaItem *item : agenda::inOrder(data)) {
        if (!passed) {
            passed = item->id == from;
            continue;
        }
        if (agenda::runState(*item) == agenda::RunState::Upcoming)
            return item;
    }
    return nullptr;
}

Error nothingToStart(const WorkshopData &data)
{
    if (data.agendaItems.empty())
        return fail(tr("The agenda has no items yet. Add the first one, then start."));
    return fail(tr("Every item on the agenda has been run or skipped. To run the day again, clear the run "
                   "times first."));
}

Result<const AgendaItem *> current(const WorkshopData &data)
{
    const AgendaItem *item = agenda::currentItem(data);
    if (!item)
        return fail(tr("No agenda item is under way."));
    return item;
}

} // namespace

Result<Edit> startRun(const WorkshopData &data, const QDateTime &time)
{
    if (const AgendaItem *running = agenda::currentItem(data))
        return fail(tr("“%1” is already under way.").arg(running->title));
    const AgendaItem *first = firstUpcoming(data);
    if (!first)
        return nothingToStart(data);
    Step step(data);
    step.begin(first->id, stored(time));
    return step.finish(tr("Start “%1”").arg(first->title));
}

Result<Edit> pauseRun(const WorkshopData &data, const QDateTime &time)
{
    auto item = current(data);
    if (!item)
        return item.error();
    if ((*item)->pausedAt.isValid())
        return fail(tr("“%1” is already paused.").arg((*item)->title));
    Step step(data);
    step.item((*item)->id).pausedAt = stored(time);
    return step.finish(tr("Pause “%1”").arg((*item)->title));
}

Result<Edit> resumeRun(const WorkshopData &data, const QDateTime &time)
{
    auto item = current(data);
    if (!item)
        return item.error();
    if (!(*item)->pausedAt.isValid())
        return fail(tr("“%1” is not paused.").arg((*item)->title));
    Step step(data);
    step.endPause(step.item((*item)->id), stored(time));
    return step.finish(tr("Carry on with “%1”").arg((*item)->title));
}

Result<Edit> nextAgendaItem(const WorkshopData &data, const QDateTime &time)
{
    const QDateTime now = stored(time);
    const AgendaItem *running = agenda::currentItem(data);
    if (!running)
        return startRun(data, time);
    Step step(data);
    AgendaItem &ending = step.item(running->id);
    step.endPause(ending, now);
    ending.actualEnd = std::max(now, ending.actualStart);
    const AgendaItem *following = firstUpcoming(data, running->id);
    if (!following)
        return step.finish(tr("Finish “%1”").arg(running->title));
    step.begin(following->id, now);
    return step.finish(tr("Move on to “%1”").arg(following->title));
}

Result<Edit> previousAgendaItem(const WorkshopData &data, const QDateTime &time)
{
    const QDateTime now = stored(time);
    const AgendaItem *running = agenda::currentItem(data);
    // The item to go back to: the last one run before the one under way (or, once the day is
    // over, the last one run).
    const AgendaItem *previous = nullptr;
    for (const AgendaItem *item : agenda::inOrder(data)) {
        if (running && item->id == running->id)
            break;
        if (agenda::runState(*item) == agenda::RunState::Done)
            previous = item;
    }
    if (!previous)
        return fail(running
                ? tr("“%1” is the first item run; there is nothing to go back to.").arg(running->title)
                : tr("No agenda item has been run yet."));
    Step step(data);
    if (running) {
        AgendaItem &undone = step.item(running->id);
        undone.actualStart = QDateTime();
        undone.actualEnd = QDateTime();
        undone.pausedSeconds = 0;
        undone.pausedAt = QDateTime();
    }
    // The time between its end and now counts as a pause: it carries on with the time it had left.
    AgendaItem &resumed = step.item(previous->id);
    resumed.pausedAt = resumed.actualEnd;
    resumed.actualEnd = QDateTime();
    step.endPause(resumed, now);
    return step.finish(tr("Back to “%1”").arg(previous->title));
}

Result<Edit> extendAgendaItem(const WorkshopData &data, int minutes)
{
    auto item = current(data);
    if (!item)
        return item.error();
    if (minutes < 1 || minutes > 120)
        return fail(tr("Add from 1 to 120 minutes at a time."));
    if ((*item)->plannedMinutes + (*item)->extraMinutes + minutes > agenda::maxItemMinutes)
        return fail(tr("An agenda item cannot last more than a whole day."));
    Step step(data);
    step.item((*item)->id).extraMinutes += minutes;
    return step.finish(tr("Give “%1” %n more minutes", minutes).arg((*item)->title));
}

Result<Edit> skipAgendaItem(const WorkshopData &data, const QUuid &itemId, const QDateTime &time)
{
    const AgendaItem *running = agenda::currentItem(data);
    const AgendaItem *item = itemId.isNull() ? running : data.agendaItems.find(itemId);
    if (!item)
        return fail(itemId.isNull() ? tr("No agenda item is under way.")
                                    : tr("That agenda item is no longer in the workshop."));
    Step step(data);
    switch (agenda::runState(*item)) {
    case agenda::RunState::Done:
        return fail(tr("“%1” has already happened, so it cannot be skipped.").arg(item->title));
    case agenda::RunState::Skipped:
        step.item(item->id).skipped = false;
        return step.finish(tr("Put “%1” back on the agenda").arg(item->title));
    case agenda::RunState::Upcoming:
        step.item(item->id).skipped = true;
        return step.finish(tr("Skip “%1”").arg(item->title));
    case agenda::RunState::Current:
        break;
    }
    // The item under way: it did not happen after all, and the next one starts now.
    AgendaItem &skipped = step.item(item->id);
    skipped.skipped = true;
    skipped.actualStart = QDateTime();
    skipped.actualEnd = QDateTime();
    skipped.pausedSeconds = 0;
    skipped.pausedAt = QDateTime();
    if (const AgendaItem *following = firstUpcoming(data, item->id))
        step.begin(following->id, stored(time));
    return step.finish(tr("Skip “%1”").arg(item->title));
}

Result<Edit> resetRun(const WorkshopData &data)
{
    Step step(data);
    for (const AgendaItem &a : data.agendaItems) {
        if (!a.actualStart.isValid() && !a.actualEnd.isValid() && a.extraMinutes == 0 && a.pausedSeconds == 0
            && !a.pausedAt.isValid() && !a.skipped)
            continue;
        AgendaItem &cleared = step.item(a.id);
        cleared.actualStart = QDateTime();
        cleared.actualEnd = QDateTime();
        cleared.extraMinutes = 0;
        cleared.pausedSeconds = 0;
        cleared.pausedAt = QDateTime();
        cleared.skipped = false;
    }
    return step.finish(tr("Clear the run times"));
}

} // namespace cg::edits
