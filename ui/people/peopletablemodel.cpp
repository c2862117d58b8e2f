// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/peopletablemodel.h"

#include "people/names.h"

#include "people/peoplewords.h"
#include "planning/payments.h"
#include "session/session.h"

namespace cg {

PeopleTableModel::PeopleTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    for (const Participant &p : m_session->data().participants)
        m_ids << p.id;
    connect(m_session, &Session::changed, this, &PeopleTableModel::onChanged);
    connect(m_session, &Session::editApplied, this, &PeopleTableModel::onEditApplied);
}

PeopleTableModel::~PeopleTableModel() = default;

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QUuid PeopleTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid();
}

const ConsentPolicy &PeopleTableModel::policy() const
{
    if (!m_policy)
        m_policy = std::make_unique<ConsentPolicy>(m_session->data());
    return *m_policy;
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkshopData &data = m_session->data();
    const Participant *p = data.participants.find(m_ids.at(index.row()));
    if (!p)
        return {};

    switch (role) {
    case IdRole:
        return p->id;
    case RoleValueRole:
        return int(p->role);
    case AttendanceValueRole:
        return int(p->attendance);
    case TakePartStateRole:
        return int(policy().state(p->id, ConsentScope::TakePart));
    case SearchTextRole:
        return QStringList { p->displayName, p->pseudonym, p->organisation }.join(QLatin1Char('\n'));
    default:
        break;
    }

    const ConsentState takePart = policy().state(p->id, ConsentScope::TakePart);
    // The payment record, if any: a linear look-up, fine for the size of a workshop.
    const Payment *payment = nullptr;
    if (index.column() == PaymentColumn) {
        for (const Payment &candidate : data.payments) {
            if (candidate.participantId == p->id) {
                payment = &candidate;
                break;
            }
        }
    }

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return p->displayName;
        case PseudonymColumn:
            return p->pseudonym;
        case RoleColumn:
            return PeopleWords::role(p->role);
        case OrganisationColumn:
            return p->organisation;
        case AttendanceColumn:
            return PeopleWords::attendance(p->attendance);
        case TakePartColumn:
            return PeopleWords::state(takePart);
        case AccessColumn: {
            QString text = PeopleWords::accessNeeds(p->accessNeeds);
            if (!p->accessNotes.isEmpty())
                text = text.isEmpty() ? p->accessNotes : tr("%1; %2").arg(text, p->accessNotes);
            return text;
        }
        case PaymentColumn:
            if (!payment)
                return role == Qt::AccessibleTextRole ? tr("No payment set") : QStringLiteral("\u2014");
            if (payment->method == PaymentMethod::Declined)
                return tr("Declined");
            return tr("%1 %2").arg(PeopleWords::paymentStatus(payment->status),
                formatMoney(payment->totalMinor(), data.workshop.currency));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == TakePartColumn)
        return PeopleWords::stateIcon(takePart);
    if (role == Qt::ToolTipRole && index.column() == TakePartColumn)
        return tr("Consent to take part: %1").arg(PeopleWords::state(takePart));
    if (role == SortRole) {
        switch (Column(index.column())) {
        case RoleColumn:
            return int(p->role);
        case AttendanceColumn:
            return int(p->attendance);
        case TakePartColumn:
            return int(takePart);
        case PaymentColumn:
            return payment ? payment->totalMinor() : qint64(-1);
        default:
            // Folded like a search, so "Émile" sorts among the Es rather than after Z.
            return names::fold(this->data(index, Qt::DisplayRole).toString());
        }
    }
    return {};
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case PseudonymColumn:
        return tr("Pseudonym");
    case RoleColumn:
        return tr("Role");
    case OrganisationColumn:
        return tr("Organisation");
    case AttendanceColumn:
        return tr("Attendance");
    case TakePartColumn:
        return tr("Take part");
    case AccessColumn:
        return tr("Access needs");
    case PaymentColumn:
        return tr("Payment");
    case ColumnCount:
        break;
    }
    return {};
}

void PeopleTableModel::onChanged(const Change &change)
{
    switch (change.entity) {
    case Entity::Participant:
        if (change.kind == Change::Kind::Updated) {
            const int row = rowOf(change.id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            sync();
        }
        break;
    case Entity::ConsentEvent:
        m_policy.reset(); // it points into the consent table, which has just changed
        m_derivedDirty = true;
        break;
    case Entity::Payment:
    case Entity::Workshop: // the currency
        m_derivedDirty = true;
        break;
    default:
        break;
    }
}

void PeopleTableModel::onEditApplied()
{
    sync(); // in case a change arrived that we did not see (a model created mid-edit)
    if (m_derivedDirty && !m_ids.isEmpty()) {
        m_derivedDirty = false;
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
    m_derivedDirty = false;
}

void PeopleTableModel::sync()
{
    const auto &people = m_session->data().participants;
    for (int i = int(m_ids.size()) - 1; i >= 0; --i) {
        if (!people.contains(m_ids.at(i))) {
            beginRemoveRows({}, i, i);
            m_ids.removeAt(i);
            endRemoveRows();
        }
    }
    int row = 0;
    for (const Participant &p : people) {
        if (row < m_ids.size() && m_ids.at(row) == p.id) {
            ++row;
            continue;
        }
        const int at = int(m_ids.indexOf(p.id, row));
        if (at < 0) {
            beginInsertRows({}, row, row);
            m_ids.insert(row, p.id);
            endInsertRows();
        } else {
            beginMoveRows({}, at, at, {}, row);
            m_ids.move(at, row);
            endMoveRows();
        }
        ++row;
    }
}

// --- PeopleFilterModel -----------------------------------------------------------------------

PeopleFilterModel::PeopleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PeopleTableModel::SortRole);
    setDynamicSortFilter(true);
}

void PeopleFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PeopleFilterModel::setRole(std::optional<Role> role)
{
    m_role = role;
    invalidateFilter();
}

void PeopleFilterModel::setAttendance(std::optional<Attendance> attendance)
{
    m_attendance = attendance;
    invalidateFilter();
}

void PeopleFilterModel::setConsentState(std::optional<ConsentState> state)
{
    m_consent = state;
    invalidateFilter();
}

bool PeopleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_role && index.data(PeopleTableModel::RoleValueRole).toInt() != int(*m_role))
        return false;
    if (m_attendance && index.data(PeopleTableModel::AttendanceValueRole).toInt() != int(*m_attendance))
        return false;
    if (m_consent && index.data(PeopleTableModel::TakePartStateRole).toInt() != int(*m_consent))
        return false;
    // The one matcher for people's names: case and accents ignored, any part of a name.
    if (!m_text.isEmpty()
        && !names::matches(m_text, index.data(PeopleTableModel::SearchTextRole).toString()))
        return false;
    return true;
}

} // namespace cg
