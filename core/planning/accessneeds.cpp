// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/accessneeds.h"

#include <QCoreApplication>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::AccessNeeds", text);
}

} // namespace

int AccessNeedsSummary::count(AccessNeed need) const
{
    for (const Need &n : needs)
        if (n.need == need)
            return n.count;
    return 0;
}

QString accessNeedWords(AccessNeed need)
{
    switch (need) {
    case AccessNeed::Bsl:
        return tr("BSL interpreter");
    case AccessNeed::HearingLoop:
        return tr("Hearing loop");
    case AccessNeed::StepFree:
        return tr("Step-free access");
    case AccessNeed::LargePrint:
        return tr("Large print");
    case AccessNeed::EasyRead:
        return tr("Easy read");
    case AccessNeed::QuietRoom:
        return tr("Quiet room");
    case AccessNeed::Breaks:
        return tr("Extra breaks");
    case AccessNeed::Dietary:
        return tr("Dietary needs");
    }
    return enumWords(need);
}

AccessNeedsSummary summariseAccessNeeds(const WorkshopData &data, Audience audience)
{
    const ConsentPolicy policy(data);
    const bool team = audience == Audience::Team;
    AccessNeedsSummary out;
    for (AccessNeed need : enumValues<AccessNeed>())
        out.needs.push_back({ need, 0, {} });
    for (const Participant &p : data.participants) {
        const ConsentState taking = policy.state(p.id, ConsentScope::TakePart);
        if (p.attendance == Attendance::NoShow || taking == ConsentState::Refused
            || taking == ConsentState::Withdrawn)
            continue;
        ++out.peopleCounted;
        const QString notes = p.accessNotes.trimmed();
        if (!p.accessNeeds.isEmpty() || !notes.isEmpty())
            ++out.peopleWithNeeds;
        for (AccessNeed need : p.accessNeeds) {
            AccessNeedsSummary::Need &entry = out.needs[std::size_t(need)];
            ++entry.count;
            if (team)
                entry.names << p.displayName;
        }
        if (team && !notes.isEmpty())
            out.notes.push_back({ p.displayName, notes });
    }
    return out;
}

} // namespace cg
