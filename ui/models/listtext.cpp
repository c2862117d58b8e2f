// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/listtext.h"

namespace cg {

QString sentenceCase(const QString &words)
{
    if (words.isEmpty())
        return words;
    return words.left(1).toUpper() + words.mid(1);
}

QString personName(const WorkshopData &data, const QUuid &participantId)
{
    const Participant *person = data.participants.find(participantId);
    if (!person)
        return {};
    return person->displayName.isEmpty() ? person->pseudonym : person->displayName;
}

} // namespace cg
