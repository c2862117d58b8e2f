// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/participantsmodel.h"

#include "models/consentlookup.h"
#include "models/listtext.h"
#include "session/session.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace cg {

ParticipantsModel::ParticipantsModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Participant, parent)
{
    load();
}

QList<QUuid> ParticipantsModel::orderedIds() const
{
    std::vector<const Participant *> people;
    for (const Participant &person : workshopData().participants)
        people.push_back(&person);
    std::stable_sort(people.begin(), people.end(), [](const Participant *a, const Participant *b) {
        const int byName = a->displayName.localeAwareCompare(b->displayName);
        return byName != 0 ? byName < 0 : a->created < b->created;
    });
    QList<QUuid> ids;
    ids.reserve(qsizetype(people.size()));
    for (const Participant *person : people)
        ids << person->id;
    return ids;
}

QStringList ParticipantsModel::headers() const
{
    return { tr("Name"), tr("Pseudonym"), tr("Role"), tr("Attendance"), tr("Taking part"), tr("Named"),
        tr("Access needs") };
}

QVariant ParticipantsModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Participant *person = data.participants.find(id);
    if (!person)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case Name:
            return person->displayName;
        case Pseudonym:
            return person->pseudonym;
        case RoleColumn:
            return sentenceCase(enumWords(person->role));
        case AttendanceColumn:
            return sentenceCase(enumWords(person->attendance));
        case TakePart:
            return sentenceCase(consentWords(currentConsent(policy(), id, ConsentScope::TakePart)));
        case Named:
            return sentenceCase(consentWords(currentConsent(policy(), id, ConsentScope::BeNamed)));
        case Access: {
            QStringList needs;
            for (AccessNeed need : person->accessNeeds)
                needs << enumWords(need);
            if (!person->accessNotes.isEmpty())
                needs << person->accessNotes;
            return sentenceCase(needs.join(QStringLiteral(", ")));
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == TakePart) {
        // Anyone not granted contributes nothing to any output: make that visible at a glance.
        const auto consent = currentConsent(policy(), id, ConsentScope::TakePart);
        if (consent != ConsentDecision::Granted)
            return QBrush(QColor(0x9a, 0x34, 0x12));
    }
    return {};
}

bool ParticipantsModel::dependsOn(Entity entity) const
{
    return entity == Entity::ConsentEvent;
}

} // namespace cg
