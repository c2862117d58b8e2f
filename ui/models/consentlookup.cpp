// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/consentlookup.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg {

std::optional<ConsentDecision> currentConsent(const ConsentPolicy &policy, const QUuid &participantId,
                                              ConsentScope scope)
{
    if (const ConsentEvent *event = policy.currentEvent(participantId, scope))
        return event->decision;
    return std::nullopt;
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

QList<QUuid> peopleWithoutTakePartConsent(const ConsentPolicy &policy)
{
    std::vector<const Participant *> missing;
    for (const Participant &person : policy.data().participants) {
        if (policy.state(person.id, ConsentScope::TakePart) == ConsentState::NotRecorded)
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
