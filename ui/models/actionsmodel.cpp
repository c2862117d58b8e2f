// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actionsmodel.h"

#include "models/listtext.h"
#include "session/session.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

namespace cg {

ActionsModel::ActionsModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Action, parent)
{
    load();
}

QList<QUuid> ActionsModel::orderedIds() const
{
    // Open work first, then soonest due (undated last), then oldest.
    auto key = [](const Action *action) {
        const qint64 due = action->dueDate.isValid() ? action->dueDate.toJulianDay() : LLONG_MAX;
        return std::make_tuple(action->status == ActionStatus::Done, due, action->created);
    };
    std::vector<const Action *> actions;
    for (const Action &action : workshopData().actions)
        actions.push_back(&action);
    std::stable_sort(
        actions.begin(), actions.end(), [&](const Action *a, const Action *b) { return key(a) < key(b); });
    QList<QUuid> ids;
    for (const Action *action : actions)
        ids << action->id;
    return ids;
}

QStringList ActionsModel::headers() const
{
    return { tr("What"), tr("Who"), tr("By when"), tr("Status") };
}

QVariant ActionsModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Action *action = data.actions.find(id);
    if (!action || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (column) {
    case What:
        return action->text;
    case Who: {
        const QString name = personName(data, action->ownerId);
        return name.isEmpty() ? action->ownerName : name;
    }
    case Due:
        return action->dueDate.isValid() ? QLocale().toString(action->dueDate, QLocale::ShortFormat)
                                         : QString();
    case Status:
        return sentenceCase(enumWords(action->status));
    default:
        return {};
    }
}

bool ActionsModel::dependsOn(Entity entity) const
{
    return entity == Entity::Participant;
}

} // namespace cg
