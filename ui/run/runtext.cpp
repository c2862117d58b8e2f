// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runtext.h"

#include "i18n/localeformat.h"

#include <QCoreApplication>

namespace cg::runtext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::runtext", text);
}

QString clock(const QDateTime &time)
{
    return i18n::clock(time);
}

} // namespace

QString minutes(qint64 count)
{
    return count == 1 ? tr("1 minute") : tr("%1 minutes").arg(count);
}

QString lateness(const RunStatus &status)
{
    const int late = status.lateMinutes();
    if (late == 0)
        return tr("On time");
    if (late > 0)
        return tr("Running %1 late").arg(minutes(late));
    return tr("%1 ahead").arg(minutes(-late));
}

QString warning(const RunStatus &status)
{
    if (status.phase == RunStatus::Phase::Paused)
        return tr("Paused");
    switch (status.warning) {
    case RunStatus::Warning::None:
        return {};
    case RunStatus::Warning::TwoMinutes:
        return tr("Under 2 minutes left");
    case RunStatus::Warning::TimeUp: {
        const qint64 over = (-status.remainingSeconds) / 60;
        return over < 1 ? tr("Time is up") : tr("Time is up: %1 over").arg(minutes(over));
    }
    }
    return {};
}

QString ending(const RunStatus &status)
{
    if (status.phase == RunStatus::Phase::Finished)
        return tr("Finished at %1 (planned %2)").arg(clock(status.expectedEnd), clock(status.plannedEnd));
    QString text
        = tr("Expected to end at %1 (planned %2)").arg(clock(status.expectedEnd), clock(status.plannedEnd));
    if (status.endsAfterVenue())
        text += QLatin1Char(' ')
            + tr("— %1 after the venue must be left (%2)")
                  .arg(minutes((status.venueEnd.secsTo(status.expectedEnd) + 59) / 60),
                      clock(status.venueEnd));
    return text;
}

} // namespace cg::runtext
