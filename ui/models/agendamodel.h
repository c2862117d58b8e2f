// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sessiontablemodel.h"

namespace cg {

/// The timed agenda in running order, with start times derived from the workshop's start time.
class AgendaModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Column { Start, Title, Kind, Minutes, Prompt, ColumnCount };

    explicit AgendaModel(Session *session, QObject *parent = nullptr);

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;
};

} // namespace cg
