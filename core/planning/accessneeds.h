// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"

#include <QStringList>

#include <vector>

namespace cg {

/// What the venue needs to be ready for: how many people need each access arrangement and, for
/// the team, who they are and what they wrote in their own words.
///
/// Counted over the people expected on the day: everyone except no-shows and those who refused
/// or withdrew from taking part. (Take_part is usually not recorded yet while planning, so "not
/// recorded" counts.) Access needs are personal data (rule 5): a Public summary carries counts
/// only, fit for sending to the venue; names and free-text notes are for the Team.
struct AccessNeedsSummary
{
    struct Need
    {
        AccessNeed need = AccessNeed::Bsl;
        int count = 0;
        QStringList names; // Team only, in participant order
    };
    struct Note
    {
        QString name; // Team only
        QString text;
    };

    std::vector<Need> needs; // every AccessNeed, in declaration order, including zero counts
    std::vector<Note> notes; // Team only: the free-text access notes
    int peopleCounted = 0; // people expected
    int peopleWithNeeds = 0; // of those, with at least one need or a note

    int count(AccessNeed need) const;
};

AccessNeedsSummary summariseAccessNeeds(const WorkshopData &data, Audience audience);

/// Plain words for a need, e.g. "BSL interpreter", "Step-free access".
QString accessNeedWords(AccessNeed need);

/// The words of a free-text answer as matching compares them: case and accents folded as
/// names::fold() does, apostrophes dropped ("can't" → "cant"), anything that is not a letter or
/// digit a break between words.
QStringList plainWords(QStringView text);

/// The access needs a sign-up form's free-text answer asks for, in declaration order: "BSL
/// interpreter please" → BSL, "Hearing loop please" → hearing loop, "uses a wheelchair" →
/// step-free, "vegetarian" → dietary. A need just after "no", "not", "don't" or "without" does
/// not count ("no wheelchair needed"); "no stairs" does. Only for recognising: the person's own
/// words are always kept as well.
QList<AccessNeed> recogniseAccessNeeds(QStringView text);

/// Whether the answer says there is no need at all ("None", "N/A", "No thank you", "-").
bool saysNoAccessNeeds(QStringView text);

} // namespace cg
