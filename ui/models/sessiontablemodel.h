// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "model/workshopdata.h"
#include "session/change.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <memory>

namespace cg {

class Session;

/// The common part of every list over one kind of row in the open workshop.
///
/// The Session emits changed() after its data already holds the change, so the model keeps its
/// own list of row ids and brings it in line with the data with exact begin/end calls (remove,
/// insert, move) whenever a change concerns its rows. Rows that only show something derived from
/// other tables (consent, note counts) get dataChanged() once the whole edit has been applied.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SessionTableModel(Session *session, Entity entity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QUuid idAt(int row) const;
    int rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }
    Session *session() const { return m_session; }

protected:
    const WorkshopData &workshopData() const;
    /// The consent rules over the current data; built once per state of the data, not per cell.
    const ConsentPolicy &policy() const;
    /// Called whenever the data changed; subclasses drop what they cached from it.
    virtual void invalidateCaches() { }
    /// Fills the model; subclasses call it at the end of their constructor.
    void load();

    /// Every row id in display order, from the current data.
    virtual QList<QUuid> orderedIds() const = 0;
    virtual QStringList headers() const = 0;
    /// What a cell shows; the id is known to be in the data.
    virtual QVariant cell(const QUuid &id, int column, int role) const = 0;
    /// Whether a change to another entity alters what some rows show (counts, consent, names).
    virtual bool dependsOn(Entity entity) const;

private:
    void onChanged(const Change &change);
    void onEditApplied();
    void sync();

    Session *m_session = nullptr;
    Entity m_entity;
    QList<QUuid> m_ids;
    QSet<QUuid> m_updated;
    bool m_derivedDirty = false;
    bool m_syncedThisEdit = false;
    mutable std::unique_ptr<ConsentPolicy> m_policy;
};

} // namespace cg
