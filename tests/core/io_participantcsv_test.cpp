// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/participantcsv.h"
#include "session/session.h"
#include "testsupport.h"

using namespace cg;

namespace {

const Participant *byName(const WorkshopData &data, const QString &name)
{
    for (const Participant &p : data.participants)
        if (p.displayName == name)
            return &p;
    return nullptr;
}

std::optional<ConsentDecision> decision(const WorkshopData &data, const QUuid &person, ConsentScope scope)
{
    std::optional<ConsentDecision> out;
    for (const ConsentEvent &e : data.consentEvents)
        if (e.participantId == person && e.scope == scope)
            out = e.decision;
    return out;
}

} // namespace

TEST_CASE("participants CSV: the awkward fixture imports with warnings", "[io][participants]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QByteArray bytes = test::readAll(test::dataPath(QStringLiteral("awkward/participants.csv")));
    REQUIRE_FALSE(bytes.isEmpty());
    auto summary = io::importParticipantsCsv(*session, bytes, QStringLiteral("participants.csv"));
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->participants == 6);
    const WorkshopData &d = session->data();
    REQUIRE(d.participants.size() == 6);

    const Participant *siobhan = byName(d, QStringLiteral("O'Neill, Siobhán"));
    REQUIRE(siobhan);
    CHECK(siobhan->role == Role::LivedExperience);
    CHECK(siobhan->organisation == QStringLiteral("Mind, \"North\" branch"));
    CHECK(siobhan->accessNeeds == QList<AccessNeed> { AccessNeed::Bsl, AccessNeed::StepFree });
    CHECK(siobhan->pseudonym == QStringLiteral("Participant 1"));
    CHECK(decision(d, siobhan->id, ConsentScope::TakePart) == ConsentDecision::Granted);
    CHECK(decision(d, siobhan->id, ConsentScope::BeNamed) == ConsentDecision::Refused);
    CHECK_FALSE(decision(d, siobhan->id, ConsentScope::BePhotographed).has_value());

    const Participant *zoe = byName(d, QStringLiteral("Zoë \"Zee\" Clarke"));
    REQUIRE(zoe);
    CHECK(zoe->pseudonym == QStringLiteral("Robin"));
    CHECK(zoe->role == Role::PeerWorker);
    CHECK(decision(d, zoe->id, ConsentScope::BeQuoted) == ConsentDecision::Refused); // "No", any case

    const Participant *sarah = byName(d, QStringLiteral("שרה כהן"));
    REQUIRE(sarah);
    // "carer" is a role answer forms use: someone with lived experience (of caring), the answer
    // kept in the notes. "wheelchair space" is read as step-free access, the words kept.
    CHECK(sarah->role == Role::LivedExperience);
    CHECK(sarah->notes == QStringLiteral("Signed up as: carer"));
    CHECK(sarah->accessNeeds == (QList<AccessNeed> { AccessNeed::StepFree, AccessNeed::Dietary }));
    CHECK(sarah->accessNotes == QStringLiteral("wheelchair space"));

    CHECK(byName(d, QStringLiteral("محمد الأحمد")));
    const Participant *lineBreak = byName(d, QStringLiteral("Line\nBreak Person"));
    REQUIRE(lineBreak);
    CHECK(lineBreak->organisation == QStringLiteral("<script>alert(1)</script>"));
    CHECK(byName(d, QStringLiteral("Sam 🧠 Lee")));

    // Warnings: the unknown column (line 1); nothing about line 5, whose answers were understood.
    const QString warnings = summary->warnings.join(QLatin1Char('\n'));
    CHECK(warnings.contains(QStringLiteral("line 1: the column “favourite_biscuit”")));
    CHECK_FALSE(warnings.contains(QStringLiteral("line 5:")));
    // Consent answers are permanent records with an audit event.
    CHECK(d.consentEvents.size() == 16);
    for (const ConsentEvent &e : d.consentEvents)
        CHECK(e.method == ConsentMethod::WrittenForm);
    REQUIRE(d.auditEvents.size() == 1);
    CHECK(d.auditEvents.rows().front().kind == QStringLiteral("import"));
}

TEST_CASE("participants CSV: a bad yes/no value is an error with its line, and nothing is imported",
    "[io][participants]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QString path = session->filePath();
    const QByteArray csv
        = "name,role,take_part\nAmira,facilitator,yes\n\"Two\nLines\",other,no\nBen,other,maybe\n";
    auto summary = io::importParticipantsCsv(*session, csv);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.message().startsWith(
        QStringLiteral("line 5: take_part must be yes, no or empty, not “maybe”")));
    CHECK(session->data().participants.empty());
    CHECK(session->data().consentEvents.empty());
    session.reset();
    for (const QString &row : test::dumpRows(path)) {
        CHECK_FALSE(row.startsWith(QStringLiteral("participant|")));
        CHECK_FALSE(row.startsWith(QStringLiteral("consent_event|")));
        CHECK_FALSE(row.startsWith(QStringLiteral("audit_event|")));
    }
}

TEST_CASE("participants CSV: every problem is listed with its line", "[io][participants]")
{
    const QByteArray csv
        = "name,role,be_named\n,other,\nok,other,yes\nx,y,z,extra\nok2,lived experience,perhaps\n";
    const io::ParticipantCsv parsed = io::parseParticipantsCsv(csv, WorkshopData {});
    REQUIRE(parsed.errors.size() == 3);
    CHECK(parsed.errors.at(0).startsWith(QStringLiteral("line 2: the name is empty")));
    CHECK(parsed.errors.at(1).startsWith(QStringLiteral("line 4: this row has 4 fields")));
    CHECK(parsed.errors.at(2).startsWith(QStringLiteral("line 5: be_named must be yes, no or empty")));
}

TEST_CASE("participants CSV: the header must name a name column", "[io][participants]")
{
    const io::ParticipantCsv noName
        = io::parseParticipantsCsv("who,role\nAmira,facilitator\n", WorkshopData {});
    REQUIRE(noName.errors.size() == 1);
    CHECK(noName.errors.first().startsWith(QStringLiteral("line 1: there is no “name” column")));
    const io::ParticipantCsv empty = io::parseParticipantsCsv("", WorkshopData {});
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors.first().startsWith(QStringLiteral("line 1:")));
    const io::ParticipantCsv twice = io::parseParticipantsCsv("name,Name\nA,B\n", WorkshopData {});
    REQUIRE(twice.errors.size() == 1);
    CHECK(twice.errors.first().contains(QStringLiteral("appears twice")));
}

TEST_CASE("participants CSV: without consent columns the import is one undoable step", "[io][participants]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const int stepsBefore = session->undoStack()->count();
    auto summary
        = io::importParticipantsCsv(*session, "name,role\nAmira,facilitator\nBen,lived experience\n");
    REQUIRE(summary.ok());
    CHECK(session->data().participants.size() == 2);
    CHECK(session->undoStack()->count() == stepsBefore + 1);
    session->undoStack()->undo();
    CHECK(session->data().participants.empty());
}

TEST_CASE("participants CSV: 1,000 rows import in one transaction", "[io][participants]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QString path = session->filePath();
    QByteArray csv = "name,role,email,access_needs,take_part,be_named\r\n";
    for (int i = 1; i <= 1000; ++i)
        csv += QStringLiteral("\"Person %1, the %2\",%3,p%1@example.org,breaks;large print,yes,%4\r\n")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))
                   .arg(i % 3 ? QStringLiteral("lived experience") : QStringLiteral("practitioner"))
                   .arg(i % 4 ? QStringLiteral("yes") : QStringLiteral("no"))
                   .toUtf8();
    // With one bad row at the very end, not even the first 999 go in.
    QByteArray bad = csv + "Last,other,x@example.org,,sometimes,\r\n";
    auto refused = io::importParticipantsCsv(*session, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().startsWith(QStringLiteral("line 1002:")));
    CHECK(session->data().participants.empty());

    auto summary = io::importParticipantsCsv(*session, csv);
    REQUIRE(summary.ok());
    CHECK(summary->participants == 1000);
    CHECK(summary->consentEvents == 2000);
    session.reset();
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->data().participants.size() == 1000);
    CHECK((*reopened)->data().consentEvents.size() == 2000);
    CHECK((*reopened)->data().participants.rows().back().pseudonym == QStringLiteral("Participant 1000"));
}
