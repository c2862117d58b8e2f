// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/consentlookup.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg {

std::optional<ConsentDecision> currentConsent(
    const WorkshopData &data, const QUuid &participantId, ConsentScope scope)
{
    const ConsentEvent *latest = nullptr;
    for (const ConsentEvent &event : data.consentEvents) {
        if (event.participantId != participantId || event.scope != scope)
            continue;
        // ">=" so that of two events recorded in the same millisecond the later-stored one wins.
        if (!latest || event.recordedAt >= latest->recordedAt)
            latest = &event;
    }
    if (!latest)
        return std::nullopt;
    return latest->decision;
}

QString consentWords(std::optional<ConsentDecision> decision)
{
    if (!decision)
        return QCoreApplication::translate("cg::Consent", "not recorded");
    switch (*decision) {
    case ConsentDecision::Granted:
        return QCoreApplication::translate("cg::Consent", "granted");
    case ConsentDecision::Refused:
        return QCoreApplication::translate("cg::Consent", "refused");
    case ConsentDecision::Withdrawn:
        return QCoreApplication::translate("cg::Consent", "withdrawn");
    }
    return {};
}

QList<QUuid> peopleWithoutTakePartConsent(const WorkshopData &data)
{
    QSet<QUuid> recorded;
    for (const ConsentEvent &event : data.consentEvents) {
        if (event.scope == ConsentScope::TakePart)
            recorded.insert(event.participantId);
    }
    std::vector<const Participant *> missing;
    for (const Participant &person : data.participants) {
        if (!recorded.contains(person.id))
            missing.push_back(&person);
    }
    std::stable_sort(missing.begin(), missing.end(), [](const Participant *a, const Participant *b) {
        return a->displayName.localeAwareCompare(b->displayName) < 0;
    });
    QList<QUuid> ids;
    for (const Participant *person : missing)
        ids << person->id;
    return ids;
}

} // namespace cg
