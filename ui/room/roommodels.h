// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roomservice.h"

#include <QAbstractTableModel>

#include <vector>

namespace cg {

class Session;

/// Rows kept in step with a list the room service holds (waiting notes, devices) that only ever
/// grows at the end and loses rows anywhere: removals and appends become remove/insert calls, so
/// the row the facilitator is on stays the current one (a reset would lose it after every
/// approval). Not a Q_OBJECT: the models below are.
template<typename Row> class RoomRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
    }
    QUuid idAt(int row) const
    {
        const Row *r = rowAt(row);
        return r ? r->id : QUuid();
    }
    int rowOf(const QUuid &id) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return int(i);
        return -1;
    }

protected:
    void sync(std::vector<Row> fresh)
    {
        QSet<QUuid> keep;
        for (const Row &row : fresh)
            keep.insert(row.id);
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (keep.contains(m_rows[std::size_t(i)].id)) {
                --i;
                continue;
            }
            const int last = i;
            while (i >= 0 && !keep.contains(m_rows[std::size_t(i)].id))
                --i;
            beginRemoveRows({}, i + 1, last);
            m_rows.erase(m_rows.begin() + (i + 1), m_rows.begin() + (last + 1));
            endRemoveRows();
        }
        bool prefix = m_rows.size() <= fresh.size();
        for (std::size_t i = 0; prefix && i < m_rows.size(); ++i)
            prefix = m_rows[i].id == fresh[i].id;
        if (!prefix) { // not the order the service keeps: start afresh rather than guess
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            m_rows[i] = fresh[i];
        if (!m_rows.empty() && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        if (fresh.size() > m_rows.size()) {
            beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
            m_rows.insert(m_rows.end(), fresh.begin() + qsizetype(m_rows.size()), fresh.end());
            endInsertRows();
        }
    }

    std::vector<Row> m_rows;
};

/// The notes phones sent that wait for the facilitator, oldest first: the words, the board, the
/// device and when. Follows RoomService::pendingChanged; board titles follow the Session.
class PendingNotesModel : public RoomRowsModel<room::PendingNote>
{
    Q_OBJECT

public:
    enum Column { Text, Board, Device, Received, ColumnCount };

    PendingNotesModel(room::RoomService &service, Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// "Phone 3" for a device id (also for a device removed since).
    QString deviceLabel(const QUuid &deviceId) const;
    /// The board's title, with its group's name when the board belongs to a table.
    QString boardLabel(const QUuid &boardId) const;
    /// Who sent the note, for the facilitator: "Phone 3", or "Phone 3 · Amira" when the person said
    /// who they are (the name as ConsentPolicy gives it to the team).
    QString fromLabel(const room::PendingNote &note) const;

private:
    void refresh();

    room::RoomService &m_service;
    Session &m_session;
};

/// One row of the devices list: the service's device with the count of its notes still waiting.
struct RoomDeviceRow
{
    QUuid id;
    QString label;
    QDateTime joined;
    int notesSent = 0;
    int waiting = 0;
    /// Empty for a phone; else "note-taker for Table 1, asks your approval" and the like.
    QString role;
    bool asksNoteTaker = false;
};

/// The devices in the room now (removed ones leave the list), with what each has sent.
class RoomDevicesModel : public RoomRowsModel<RoomDeviceRow>
{
    Q_OBJECT

public:
    enum Column { Label, Joined, Sent, Waiting, ColumnCount };

    RoomDevicesModel(room::RoomService &service, Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    room::RoomService &m_service;
    Session &m_session;
};

} // namespace cg
