// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sessiontablemodel.h"
#include "planning/runclock.h"

namespace cg {

/// The timed agenda in running order. Start times come from core (agenda::plan); during the run
/// the "Now" column says what happened, what is under way and when the rest is expected, from
/// the RunStatus the view hands in (setRunStatus). Rows can be dragged to a new place: a drop
/// moves the item through the Session (edits::moveAgendaItem), so it can be undone.
class AgendaModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Column { Start, Title, Kind, Minutes, Boards, Now, ColumnCount };
    static constexpr const char *mimeType = "application/x-commonground-agenda-item";

    explicit AgendaModel(Session *session, QObject *parent = nullptr);

    /// What the run says now; only the cells that change are reported.
    void setRunStatus(const RunStatus &status);
    const RunStatus &runStatus() const { return m_run; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

Q_SIGNALS:
    /// A drop could not be made (the Session refused it).
    void moveFailed(const QString &message);

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;
    void invalidateCaches() override { m_timingValid = false; }

private:
    const agenda::Timing &timing() const;
    QString nowText(const QUuid &id) const;

    RunStatus m_run;
    mutable agenda::Timing m_timing;
    mutable bool m_timingValid = false;
};

} // namespace cg
