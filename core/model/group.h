// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

#include <QList>

namespace cg {

/// A breakout group: who sits at which table, with which table facilitator.
struct Group : Record
{
    QString name;
    QString location; // table or room
    QUuid facilitatorId; // a participant, or null
    QList<QUuid> memberIds;
    int position = 0;

    bool operator==(const Group &) const = default;
};

} // namespace cg
