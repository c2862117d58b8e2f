// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/authorlabel.h"

#include <QCoreApplication>

namespace cg {

QString authorLabel(const WorkshopData &data, const Note &note, Audience audience)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("cg::authorLabel", text); };
    switch (note.authorKind) {
    case AuthorKind::Anonymous:
        return tr("Anonymous");
    case AuthorKind::Facilitator:
        return tr("Facilitator");
    case AuthorKind::Participant:
        break;
    }
    const Participant *person = data.participants.find(note.authorId);
    if (!person)
        return tr("Anonymous");
    // Until the consent policy decides, a public audience never sees a real name.
    if (audience == Audience::Team && !person->displayName.trimmed().isEmpty())
        return person->displayName;
    if (!person->pseudonym.trimmed().isEmpty())
        return person->pseudonym;
    return tr("Anonymous");
}

} // namespace cg
