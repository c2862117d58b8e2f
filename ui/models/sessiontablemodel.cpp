// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessiontablemodel.h"

#include "session/session.h"

namespace cg {

SessionTableModel::SessionTableModel(Session *session, Entity entity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_entity(entity)
{
    connect(session, &Session::changed, this, &SessionTableModel::onChanged);
    connect(session, &Session::editApplied, this, &SessionTableModel::onEditApplied);
}

const WorkshopData &SessionTableModel::workshopData() const
{
    return m_session->data();
}

const ConsentPolicy &SessionTableModel::policy() const
{
    if (!m_policy)
        m_policy = std::make_unique<ConsentPolicy>(m_session->data());
    return *m_policy;
}

void SessionTableModel::load()
{
    beginResetModel();
    m_ids = orderedIds();
    endResetModel();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QUuid SessionTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid();
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const QUuid id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    return cell(id, index.column(), role);
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList names = headers();
    return section >= 0 && section < names.size() ? QVariant(names.at(section)) : QVariant();
}

bool SessionTableModel::dependsOn(Entity) const
{
    return false;
}

void SessionTableModel::onChanged(const Change &change)
{
    // The policy points into the data's rows, so any change makes it stale.
    m_policy.reset();
    invalidateCaches();
    if (change.entity == m_entity) {
        // The first event of an edit already sees the whole edit in the data: sync() does all of
        // it once, and the edit's later events only note which rows were updated.
        if (!m_syncedThisEdit) {
            sync();
            m_syncedThisEdit = true;
        }
        if (change.kind == Change::Kind::Updated)
            m_updated.insert(change.id);
    } else if (dependsOn(change.entity)) {
        m_derivedDirty = true;
    }
}

void SessionTableModel::onEditApplied()
{
    m_syncedThisEdit = false;
    if (m_ids.isEmpty()) {
        m_updated.clear();
        m_derivedDirty = false;
        return;
    }
    const int last = columnCount() - 1;
    if (m_derivedDirty) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, last));
    } else {
        for (const QUuid &id : std::as_const(m_updated)) {
            const int row = rowOf(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, last));
        }
    }
    m_updated.clear();
    m_derivedDirty = false;
}

void SessionTableModel::sync()
{
    const QList<QUuid> target = orderedIds();
    const QSet<QUuid> wanted(target.begin(), target.end());

    // Removals first, so that what is left is a subset of the target...
    for (qsizetype i = m_ids.size() - 1; i >= 0; --i) {
        if (wanted.contains(m_ids.at(i)))
            continue;
        qsizetype first = i;
        while (first > 0 && !wanted.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_ids.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    // ...then walk the target: each position either matches, is a row that moved up, or is new.
    for (qsizetype i = 0; i < target.size(); ++i) {
        const QUuid &id = target.at(i);
        if (i < m_ids.size() && m_ids.at(i) == id)
            continue;
        const qsizetype from = m_ids.indexOf(id, i);
        if (from < 0) {
            beginInsertRows({}, int(i), int(i));
            m_ids.insert(i, id);
            endInsertRows();
        } else {
            beginMoveRows({}, int(from), int(from), {}, int(i));
            m_ids.move(from, i);
            endMoveRows();
        }
    }
}

} // namespace cg
