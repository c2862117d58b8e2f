// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

#include <QList>

namespace cg {

/// A breakout group: who sits at which table, with which table facilitator, and what the table
/// offers (step-free access, a hearing loop, a quiet space) so that allocation can seat people
/// who need them there. `lockedIds` are members the facilitator fixed to this table: a new
/// allocation leaves them where they are and arranges everyone else around them.
struct Group : Record
{
    QString name;
    QString location; // table or room
    QUuid facilitatorId; // a participant, or null
    QList<QUuid> memberIds;
    int position = 0;
    bool stepFree = false;
    bool hearingLoop = false;
    bool quietSpace = false;
    QList<QUuid> lockedIds; // a subset of memberIds, in member order

    bool operator==(const Group &) const = default;
};

} // namespace cg
