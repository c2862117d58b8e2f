// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

#include <QDate>
#include <QList>

namespace cg {

/// Something someone will do after the workshop: what, who, by when.
struct Action : Record
{
    QString text;
    QUuid ownerId; // a participant, or null when ownerName names someone else
    QString ownerName;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    QUuid themeId;
    QList<QUuid> noteIds;

    bool operator==(const Action &) const = default;
};

} // namespace cg
