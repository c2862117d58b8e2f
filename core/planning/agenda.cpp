// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/agenda.h"

#include "i18n/localeformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg::agenda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::agenda", text);
}

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

const Slot *Timing::find(const QUuid &itemId) const
{
    for (const Slot &slot : slots)
        if (slot.itemId == itemId)
            return &slot;
    return nullptr;
}

std::vector<const AgendaItem *> inOrder(const WorkshopData &data)
{
    std::vector<const AgendaItem *> items;
    items.reserve(data.agendaItems.size());
    for (const AgendaItem &item : data.agendaItems)
        items.push_back(&item);
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem *a, const AgendaItem *b) {
        return a->position != b->position ? a->position < b->position : a->created < b->created;
    });
    return items;
}

QTime dayStart(const Workshop &workshop)
{
    return workshop.startTime.isValid() ? workshop.startTime : QTime(10, 0);
}

Timing plan(const WorkshopData &data)
{
    Timing timing;
    timing.start = minuteOf(dayStart(data.workshop));
    int at = timing.start;
    for (const AgendaItem *item : inOrder(data)) {
        const int minutes = std::clamp(item->plannedMinutes, 0, maxItemMinutes);
        timing.slots.push_back({ item->id, at, minutes });
        at += minutes;
    }
    timing.end = at;
    if (data.workshop.endTime.isValid()) {
        int venueEnd = minuteOf(data.workshop.endTime);
        if (venueEnd <= timing.start)
            venueEnd += 24 * 60;
        timing.venueEnd = venueEnd;
    }
    return timing;
}

RunState runState(const AgendaItem &item)
{
    if (item.skipped)
        return RunState::Skipped;
    if (!item.actualStart.isValid())
        return RunState::Upcoming;
    return item.actualEnd.isValid() ? RunState::Done : RunState::Current;
}

const AgendaItem *currentItem(const WorkshopData &data)
{
    for (const AgendaItem *item : inOrder(data))
        if (runState(*item) == RunState::Current)
            return item;
    return nullptr;
}

QString clockText(int minuteOfDay)
{
    const int day = minuteOfDay >= 0 ? minuteOfDay / (24 * 60) : -1;
    const int minute = ((minuteOfDay % (24 * 60)) + 24 * 60) % (24 * 60);
    const QString time = i18n::clock(QTime(minute / 60, minute % 60));
    if (day == 0)
        return time;
    if (day == 1)
        return tr("%1 (next day)").arg(time);
    if (day < 0)
        return tr("%1 (day before)").arg(time);
    return tr("%1 (%2 days later)").arg(time).arg(day);
}

QString durationText(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return tr("%1 min").arg(rest);
    if (rest == 0)
        return tr("%1 h").arg(hours);
    return tr("%1 h %2 min").arg(hours).arg(rest);
}

} // namespace cg::agenda
