// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "session/change.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <memory>
#include <optional>

namespace cg {

class Session;

/// Everyone in the workshop, one row per person, for the facilitator's own screens (it shows real
/// names and personal data, so it never feeds a public output).
///
/// The Session emits changed() after its data already holds the change, so the model keeps its own
/// list of ids and brings it in line with the data's order with exact insert / remove / move calls.
/// Consent and payment columns are derived from other tables; they are refreshed once the whole
/// edit has been applied.
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        // What the facilitator looks for first comes first; the organisation, often long, last.
        NameColumn,
        PseudonymColumn,
        RoleColumn,
        AttendanceColumn,
        TakePartColumn,
        AccessColumn,
        PaymentColumn,
        OrganisationColumn,
        ColumnCount
    };
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts sensibly (enum order, amounts)
        RoleValueRole, // int(Role)
        AttendanceValueRole, // int(Attendance)
        TakePartStateRole, // int(ConsentState) of take_part
        SearchTextRole, // name, pseudonym and organisation, for the text filter
    };

    explicit PeopleTableModel(Session *session, QObject *parent = nullptr);
    ~PeopleTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QUuid idAt(int row) const;
    int rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }

private:
    void onChanged(const Change &change);
    void onEditApplied();
    void sync();
    const ConsentPolicy &policy() const;

    Session *m_session = nullptr;
    QList<QUuid> m_ids;
    bool m_derivedDirty = false;
    mutable std::unique_ptr<ConsentPolicy> m_policy; // rebuilt lazily after consent changes
};

/// Narrows the people table by free text (names::Matcher over name, pseudonym and organisation),
/// role, attendance and take_part consent state.
class PeopleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PeopleFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setRole(std::optional<Role> role);
    void setAttendance(std::optional<Attendance> attendance);
    void setConsentState(std::optional<ConsentState> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<Role> m_role;
    std::optional<Attendance> m_attendance;
    std::optional<ConsentState> m_consent;
};

} // namespace cg
