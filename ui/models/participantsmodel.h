// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sessiontablemodel.h"

namespace cg {

/// The people of the workshop, by name, with role, attendance and their current consent to take
/// part and to be named. For the facilitator's own screen: it shows real names.
class ParticipantsModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Pseudonym, RoleColumn, AttendanceColumn, TakePart, Named, Access, ColumnCount };

    explicit ParticipantsModel(Session *session, QObject *parent = nullptr);

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;
};

} // namespace cg
