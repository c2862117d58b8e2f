// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups/groupmembersmodel.h"

#include "commands/edits.h"
#include "consent/consentpolicy.h"
#include "people/peoplewords.h"
#include "session/session.h"

#include <QApplication>
#include <QDataStream>
#include <QPainter>
#include <QStyle>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

namespace cg {

namespace {

QIcon padlockIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor ink(0x3F, 0x36, 0x2D);
        painter.setPen(QPen(ink, 3.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(9, 3, 14, 18), 0, 180 * 16);
        painter.drawLine(QPointF(9, 12), QPointF(9, 15));
        painter.drawLine(QPointF(23, 12), QPointF(23, 15));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3);
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

GroupMembersModel::GroupMembersModel(Session *session, const QUuid &groupId, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_group(groupId)
{
    m_ids = currentIds();
}

QList<QUuid> GroupMembersModel::currentIds() const
{
    const WorkshopData &data = m_session->data();
    if (!m_group.isNull()) {
        const Group *group = data.groups.find(m_group);
        return group ? group->memberIds : QList<QUuid>();
    }
    // Not seated: everyone who arrived, is not at a table and does not lead one.
    QSet<QUuid> placed;
    for (const Group &g : data.groups) {
        placed.unite(QSet<QUuid>(g.memberIds.begin(), g.memberIds.end()));
        if (!g.facilitatorId.isNull())
            placed.insert(g.facilitatorId);
    }
    const ConsentPolicy policy(data);
    QList<QUuid> out;
    for (const Participant &p : data.participants)
        if (!placed.contains(p.id) && allocation::inPool(p, allocation::Pool::Arrived, policy))
            out << p.id;
    return out;
}

void GroupMembersModel::refresh()
{
    const QList<QUuid> ids = currentIds();
    if (ids != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
    }
}

void GroupMembersModel::setProblems(const QHash<QUuid, QStringList> &problems)
{
    m_problems = problems;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const QUuid id = m_ids.at(index.row());
    const WorkshopData &data = m_session->data();
    const Participant *p = data.participants.find(id);
    if (!p)
        return {};
    const Group *group = m_group.isNull() ? nullptr : data.groups.find(m_group);
    const bool locked = group && group->lockedIds.contains(id);
    const QStringList problems = m_problems.value(id);
    const QString name = p->displayName.isEmpty() ? p->pseudonym : p->displayName;
    switch (role) {
    case Qt::DisplayRole:
        return locked ? tr("%1 · %2 · locked").arg(name, PeopleWords::role(p->role))
                      : tr("%1 · %2").arg(name, PeopleWords::role(p->role));
    case Qt::DecorationRole:
        // A shape, not a colour: a warning triangle for a broken rule, a padlock for a lock.
        if (!problems.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (locked)
            return padlockIcon();
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts { name, PeopleWords::role(p->role) };
        if (locked)
            parts << tr("locked to this table");
        if (!p->accessNeeds.isEmpty())
            parts << PeopleWords::accessNeeds(p->accessNeeds);
        parts << problems;
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case IdRole:
        return id;
    case LockedRole:
        return locked;
    case ProblemRole:
        return problems.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

Qt::ItemFlags GroupMembersModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return base;
    return base | Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions GroupMembersModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions GroupMembersModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList GroupMembersModel::mimeTypes() const
{
    return { QLatin1String(mimeType) };
}

QMimeData *GroupMembersModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QList<QUuid> ids;
    for (const QModelIndex &index : indexes) {
        const QUuid id = idAt(index.row());
        if (!id.isNull() && !ids.contains(id))
            ids << id;
    }
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(mimeType), bytes);
    return mime;
}

bool GroupMembersModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(QLatin1String(mimeType)) && (action == Qt::MoveAction || action == Qt::CopyAction)
        && !m_session->isReadOnly();
}

bool GroupMembersModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<QUuid> ids;
    QDataStream in(data->data(QLatin1String(mimeType)));
    in >> ids;
    // Dropped onto a person: in front of them. Dropped below everyone: at the end.
    int at = row >= 0 ? row : (parent.isValid() ? parent.row() : -1);
    bool moved = false;
    for (const QUuid &id : ids) {
        // Moving down within the list: the person's old place no longer counts.
        const int from = rowOf(id);
        int target = at;
        if (!m_group.isNull() && from >= 0 && target > from)
            --target;
        auto done = m_session->perform(edits::moveToGroup(m_session->data(), id, m_group, m_group.isNull() ? -1 : target));
        if (!done) {
            Q_EMIT moveFailed(done.message());
            break;
        }
        moved = true;
        if (at >= 0)
            ++at;
    }
    // The Session's signals have already refreshed every list; the view must not remove rows.
    return moved;
}

} // namespace cg
