// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

#include <QList>

namespace cg {

/// A person taking part. Contact details and access needs are personal data: they never reach a
/// public output (consent rule 5).
struct Participant : Record
{
    QString displayName;
    QString pseudonym; // "Participant N" unless the person chose another
    Role role = Role::Other;
    QString organisation;
    QString email;
    QString phone;
    QList<AccessNeed> accessNeeds; // sorted, no duplicates
    QString accessNotes;
    Attendance attendance = Attendance::Invited;
    QString notes;

    bool operator==(const Participant &) const = default;
};

} // namespace cg
