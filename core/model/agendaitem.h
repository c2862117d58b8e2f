// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

namespace cg {

/// One item of the timed agenda. Start times are derived from the order and durations.
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

    bool operator==(const AgendaItem &) const = default;
};

} // namespace cg
