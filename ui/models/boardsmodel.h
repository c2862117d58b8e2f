// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sessiontablemodel.h"

#include <QHash>

namespace cg {

/// Boards in the facilitator's order (edits::boardOrder), with how much is on each.
class BoardsModel : public SessionTableModel
{
    Q_OBJECT

public:
    // The agenda item (long words) last, where the list gives it the room that is left.
    enum Column { Title, Kind, GroupColumn, Notes, Themes, Votes, AgendaItemColumn, ColumnCount };

    explicit BoardsModel(Session *session, QObject *parent = nullptr);

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;
    void invalidateCaches() override { m_counts.clear(); }

private:
    struct Counts
    {
        int notes = 0;
        int themes = 0;
        int dots = 0;
    };
    const Counts &countsFor(const QUuid &board) const;

    mutable QHash<QUuid, Counts> m_counts;
};

} // namespace cg
