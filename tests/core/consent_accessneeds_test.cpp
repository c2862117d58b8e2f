// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The access-needs summary for the venue: counts for anyone, names and notes for the team only.
#include "planning/accessneeds.h"
#include "testsupport.h"

using namespace cg;

namespace {

QUuid addPerson(WorkshopData &data, const QString &name, QList<AccessNeed> needs, const QString &notes = {},
    Attendance attendance = Attendance::Confirmed)
{
    Participant p;
    p.id = newId();
    p.displayName = name;
    p.accessNeeds = needs;
    p.accessNotes = notes;
    p.attendance = attendance;
    data.participants.insert(p);
    return p.id;
}

void decide(WorkshopData &data, const QUuid &who, ConsentDecision decision)
{
    ConsentEvent e;
    e.id = newId();
    e.participantId = who;
    e.scope = ConsentScope::TakePart;
    e.decision = decision;
    e.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    data.consentEvents.insert(e);
}

} // namespace

TEST_CASE("access needs are counted for the venue, with names for the team", "[consent][accessneeds]")
{
    WorkshopData data;
    addPerson(data, QStringLiteral("Amara"), { AccessNeed::Bsl, AccessNeed::StepFree });
    const QUuid bilal = addPerson(data, QStringLiteral("Bilal"),
        { AccessNeed::StepFree, AccessNeed::Dietary }, QStringLiteral("  Halal, no nuts  "));
    decide(data, bilal, ConsentDecision::Granted);
    addPerson(data, QStringLiteral("Chloe"), {}, QStringLiteral("Needs to sit near the door"));
    addPerson(data, QStringLiteral("Dev"), {});
    addPerson(data, QStringLiteral("Erin"), { AccessNeed::StepFree }, {}, Attendance::NoShow);
    const QUuid femi
        = addPerson(data, QStringLiteral("Femi"), { AccessNeed::Bsl }, QStringLiteral("private"));
    decide(data, femi, ConsentDecision::Withdrawn);

    const AccessNeedsSummary team = summariseAccessNeeds(data, Audience::Team);
    REQUIRE(team.needs.size() == enumValues<AccessNeed>().size());
    CHECK(team.peopleCounted == 4); // not Erin (no-show) nor Femi (withdrew)
    CHECK(team.peopleWithNeeds == 3);
    CHECK(team.count(AccessNeed::StepFree) == 2);
    CHECK(team.count(AccessNeed::Bsl) == 1);
    CHECK(team.count(AccessNeed::Dietary) == 1);
    CHECK(team.count(AccessNeed::HearingLoop) == 0);
    CHECK(team.needs[std::size_t(AccessNeed::StepFree)].names
        == QStringList { QStringLiteral("Amara"), QStringLiteral("Bilal") });
    REQUIRE(team.notes.size() == 2);
    CHECK(team.notes[0].name == QStringLiteral("Bilal"));
    CHECK(team.notes[0].text == QStringLiteral("Halal, no nuts"));
    CHECK(team.notes[1].name == QStringLiteral("Chloe"));

    // Rule 5: what goes to the venue carries numbers, never names or people's own words.
    const AccessNeedsSummary venue = summariseAccessNeeds(data, Audience::Public);
    CHECK(venue.count(AccessNeed::StepFree) == 2);
    CHECK(venue.peopleCounted == 4);
    CHECK(venue.notes.empty());
    for (const auto &need : venue.needs)
        CHECK(need.names.isEmpty());
    CHECK(accessNeedWords(AccessNeed::Bsl) == QStringLiteral("BSL interpreter"));
}
