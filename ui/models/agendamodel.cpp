// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agendamodel.h"

#include "models/listtext.h"
#include "session/session.h"

#include <QLocale>

#include <algorithm>

namespace cg {

namespace {

std::vector<const AgendaItem *> inOrder(const WorkshopData &data)
{
    std::vector<const AgendaItem *> items;
    for (const AgendaItem &item : data.agendaItems)
        items.push_back(&item);
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem *a, const AgendaItem *b) {
        return a->position != b->position ? a->position < b->position : a->created < b->created;
    });
    return items;
}

} // namespace

AgendaModel::AgendaModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::AgendaItem, parent)
{
    load();
}

QList<QUuid> AgendaModel::orderedIds() const
{
    QList<QUuid> ids;
    for (const AgendaItem *item : inOrder(workshopData()))
        ids << item->id;
    return ids;
}

QStringList AgendaModel::headers() const
{
    return { tr("Start"), tr("Item"), tr("Kind"), tr("Minutes"), tr("Prompt") };
}

QVariant AgendaModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const AgendaItem *item = data.agendaItems.find(id);
    if (!item)
        return {};
    if (role == Qt::TextAlignmentRole && (column == Start || column == Minutes))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Start: {
        // Start times are derived, never stored: the workshop's start plus everything before.
        int minutes = 0;
        for (const AgendaItem *before : inOrder(data)) {
            if (before->id == id)
                break;
            minutes += before->plannedMinutes;
        }
        return data.workshop.startTime.addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
    }
    case Title:
        return item->title;
    case Kind:
        return sentenceCase(enumWords(item->kind));
    case Minutes:
        return item->plannedMinutes;
    case Prompt:
        return item->prompt;
    default:
        return {};
    }
}

bool AgendaModel::dependsOn(Entity entity) const
{
    // Moving or resizing one item moves the start of every later one; the start time comes from
    // the workshop row.
    return entity == Entity::AgendaItem || entity == Entity::Workshop;
}

} // namespace cg
