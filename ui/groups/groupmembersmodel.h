// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/allocation.h"

#include <QAbstractListModel>
#include <QHash>
#include <QUuid>

namespace cg {

class Session;

/// The people at one breakout table, or (with a null group) the people who arrived and sit at no
/// table. Each row shows the name and role, whether the person is locked to the table, and any
/// rule their seat breaks. People can be dragged between these lists: a drop moves the person
/// with one undoable edit (edits::moveToGroup), so every list follows from the Session.
class GroupMembersModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int LockedRole = Qt::UserRole + 2;
    static constexpr int ProblemRole = Qt::UserRole + 3; // what their seat breaks, in words, or empty
    static constexpr const char *mimeType = "application/x-commonground-participants";

    GroupMembersModel(Session *session, const QUuid &groupId, QObject *parent = nullptr);

    QUuid groupId() const { return m_group; }
    QUuid idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }
    /// The rules not met, by person (set by the view after each change, shared by all lists).
    void setProblems(const QHash<QUuid, QStringList> &problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    /// Brings the rows in line with the data (a reset when they differ, else a repaint).
    void refresh();

Q_SIGNALS:
    /// A drop could not be applied; \a message is for the facilitator.
    void moveFailed(const QString &message);

private:
    QList<QUuid> currentIds() const;

    Session *m_session;
    QUuid m_group;
    QList<QUuid> m_ids;
    QHash<QUuid, QStringList> m_problems;
};

} // namespace cg
