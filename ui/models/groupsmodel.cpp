// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/groupsmodel.h"

#include "models/listtext.h"
#include "planning/allocation.h"
#include "session/session.h"

#include <algorithm>

namespace cg {

GroupsModel::GroupsModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Group, parent)
{
    load();
}

QList<QUuid> GroupsModel::orderedIds() const
{
    std::vector<const Group *> groups;
    for (const Group &group : workshopData().groups)
        groups.push_back(&group);
    std::stable_sort(groups.begin(), groups.end(), [](const Group *a, const Group *b) {
        return a->position != b->position ? a->position < b->position : a->created < b->created;
    });
    QList<QUuid> ids;
    for (const Group *group : groups)
        ids << group->id;
    return ids;
}

QStringList GroupsModel::headers() const
{
    return { tr("Group"), tr("Table or room"), tr("Table facilitator"), tr("Access"), tr("Members") };
}

QVariant GroupsModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Group *group = data.groups.find(id);
    if (!group || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    switch (column) {
    case Name:
        return group->name;
    case Location:
        return group->location;
    case Facilitator:
        return personName(data, group->facilitatorId);
    case Access: {
        QStringList offers;
        for (allocation::Feature f : allocation::allFeatures)
            if (allocation::featuresOf(*group) & f)
                offers << allocation::featureWords(f);
        return sentenceCase(offers.join(QStringLiteral(", ")));
    }
    case Members: {
        QStringList names;
        for (const QUuid &member : group->memberIds)
            names << personName(data, member);
        if (role == Qt::ToolTipRole)
            return names.join(QLatin1Char('\n'));
        return tr("(%1) %2").arg(names.size()).arg(names.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

bool GroupsModel::dependsOn(Entity entity) const
{
    return entity == Entity::Participant;
}

} // namespace cg
