// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/authorlabel.h"

#include <QCoreApplication>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg", text);
}

bool namesSomeone(const Note &note)
{
    return note.authorKind != AuthorKind::Anonymous && !note.authorId.isNull();
}

} // namespace

QString authorLabel(const ConsentPolicy &policy, const Note &note, Audience audience)
{
    const QString name = policy.authorName(note, audience);
    if (!name.isEmpty() || audience == Audience::Public)
        return name;
    // Team only: the policy leaves out people who do not take part, but the facilitator capturing
    // notes must still see who said what (the consent mark tells them it will go nowhere).
    if (note.authorKind == AuthorKind::Facilitator)
        return tr("Facilitator");
    if (const Participant *person = policy.data().participants.find(note.authorId)) {
        if (!person->displayName.trimmed().isEmpty())
            return person->displayName;
        if (!person->pseudonym.trimmed().isEmpty())
            return person->pseudonym;
    }
    return tr("Anonymous");
}

QString authorConsentMark(const ConsentPolicy &policy, const Note &note)
{
    if (!namesSomeone(note))
        return {};
    switch (policy.state(note.authorId, ConsentScope::TakePart)) {
    case ConsentState::Granted:
        return {};
    case ConsentState::Refused:
        return tr("Refused");
    case ConsentState::Withdrawn:
        return tr("Withdrawn");
    case ConsentState::NotRecorded:
        break;
    }
    return tr("Consent not recorded");
}

} // namespace cg
