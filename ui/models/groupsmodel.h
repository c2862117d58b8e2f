// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sessiontablemodel.h"

namespace cg {

/// Breakout groups: name, table, table facilitator, what the table offers and members.
class GroupsModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Location, Facilitator, Access, Members, ColumnCount };

    explicit GroupsModel(Session *session, QObject *parent = nullptr);

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;
};

} // namespace cg
