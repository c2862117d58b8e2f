// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

#include <QDate>
#include <QStringList>
#include <QTime>

namespace cg {

/// The workshop itself: one per file. Money is held in minor units (pence, cents) to stay exact.
struct Workshop : Record
{
    QString title;
    QDate date;
    QTime startTime{10, 0};
    QTime endTime; // when the venue must be left; invalid when not set
    QString venue;
    QString purpose;
    QStringList facilitators;
    QString infoSheetVersion;
    QString currency{QStringLiteral("GBP")};
    int defaultRateMinor = 2500; // per hour
    QDate retentionDate;

    bool operator==(const Workshop &) const = default;
};

} // namespace cg
