// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One consent path: the rules for recording a decision, the withdrawal's audit text and the
// people list's contact details all come from core, whoever asks.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "io/csv.h"
#include "io/registers.h"
#include "session/session.h"
#include "testsupport.h"

using namespace cg;

namespace {

struct Room
{
    test::TempDir dir;
    std::unique_ptr<Session> session = test::newSession(dir);
    Room()
    {
        Board b;
        b.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), b)).ok());
    }
    QUuid add(const QString &name, const QString &email = {})
    {
        Participant p;
        p.displayName = name;
        p.email = email;
        p.phone = email.isEmpty() ? QString() : QStringLiteral("0113 496 0000");
        REQUIRE(session->perform(edits::addParticipant(session->data(), p)).ok());
        return session->data().participants.rows().back().id;
    }
    Result<void> decide(const QUuid &id, ConsentScope scope, ConsentDecision decision)
    {
        return session->record(edits::recordConsentDecision(
            session->data(), id, scope, decision, ConsentMethod::Verbal, QStringLiteral("Sam"), session->now()));
    }
    ConsentState state(const QUuid &id, ConsentScope scope) const
    {
        return ConsentPolicy(session->data()).state(id, scope);
    }
};

} // namespace

TEST_CASE("a no is a refusal, or the withdrawal of a yes, wherever it is typed", "[consent][path]")
{
    Room room;
    const QUuid ana = room.add(QStringLiteral("Ana"));
    const ConsentPolicy fresh(room.session->data());
    CHECK(fresh.decisionFor(ana, ConsentScope::BeNamed, true) == ConsentDecision::Granted);
    CHECK(fresh.decisionFor(ana, ConsentScope::BeNamed, false) == ConsentDecision::Refused);

    SECTION("withdrawing what was never granted is refused with a plain reason")
    {
        const auto before = room.session->data().consentEvents.size();
        auto done = room.decide(ana, ConsentScope::BeNamed, ConsentDecision::Withdrawn);
        REQUIRE_FALSE(done.ok());
        CHECK(done.message().contains(QStringLiteral("Only a choice that was granted can be withdrawn")));
        CHECK(room.session->data().consentEvents.size() == before);
    }
    SECTION("refusing a granted choice records its withdrawal")
    {
        REQUIRE(room.decide(ana, ConsentScope::BeNamed, ConsentDecision::Granted).ok());
        CHECK(ConsentPolicy(room.session->data()).decisionFor(ana, ConsentScope::BeNamed, false)
            == ConsentDecision::Withdrawn);
        REQUIRE(room.decide(ana, ConsentScope::BeNamed, ConsentDecision::Refused).ok());
        CHECK(room.state(ana, ConsentScope::BeNamed) == ConsentState::Withdrawn);
        CHECK(room.session->data().auditEvents.rows().back().summary.contains(QStringLiteral("withdrawn")));
        // And now it is not granted, so a second withdrawal is refused.
        CHECK_FALSE(room.decide(ana, ConsentScope::BeNamed, ConsentDecision::Withdrawn).ok());
    }
    SECTION("check-in answers go through the same rule, judged against consent before the check-in")
    {
        REQUIRE(room.decide(ana, ConsentScope::BeQuoted, ConsentDecision::Granted).ok());
        const std::vector<std::pair<ConsentScope, bool>> answers { { ConsentScope::TakePart, true },
            { ConsentScope::BeNamed, false }, { ConsentScope::BeQuoted, false } };
        REQUIRE(room.session
                    ->record(edits::recordConsentAnswers(room.session->data(), ana, answers, ConsentMethod::WrittenForm,
                        QStringLiteral("Sam"), room.session->now()))
                    .ok());
        CHECK(room.state(ana, ConsentScope::TakePart) == ConsentState::Granted);
        CHECK(room.state(ana, ConsentScope::BeNamed) == ConsentState::Refused);
        CHECK(room.state(ana, ConsentScope::BeQuoted) == ConsentState::Withdrawn);
        CHECK(room.state(ana, ConsentScope::ContactLater) == ConsentState::NotRecorded);
    }
}

TEST_CASE("the audit text of an anonymising withdrawal says nothing was deleted", "[consent][path][withdrawal]")
{
    WithdrawalCounts counts;
    counts.scopesWithdrawn = 3;
    counts.notesAnonymised = 4;
    counts.quotesKeptForTeam = 2;
    counts.votesAnonymised = 1;
    counts.feedbackAnonymised = 1;
    const QString text = edits::withdrawalSummary(QStringLiteral("Participant 4"), WithdrawMode::Anonymise, counts);
    CHECK(text
        == QStringLiteral("Participant 4 withdrew (consent withdrawn for 3 scopes): made 4 notes, 1 vote and 1 "
                          "feedback answer anonymous; nothing was deleted; 2 of the notes are direct quotes, kept "
                          "for the team and left out of public outputs."));
    CHECK_FALSE(text.contains(QStringLiteral("deleted 0")));

    counts = {};
    counts.scopesWithdrawn = 1;
    counts.notesDeleted = 2;
    CHECK(edits::withdrawalSummary(QStringLiteral("Participant 1"), WithdrawMode::Delete, counts)
        == QStringLiteral("Participant 1 withdrew (consent withdrawn for 1 scope): deleted 2 notes, 0 votes and 0 "
                          "feedback answers."));

    // What the edit itself stores in the append-only trail.
    Room room;
    const QUuid ana = room.add(QStringLiteral("Ana"));
    REQUIRE(room.decide(ana, ConsentScope::TakePart, ConsentDecision::Granted).ok());
    Note quote;
    quote.boardId = room.session->data().boards.rows().front().id;
    quote.text = QStringLiteral("Her own words");
    quote.authorKind = AuthorKind::Participant;
    quote.authorId = ana;
    quote.verbatim = true;
    REQUIRE(room.session->perform(edits::addNote(room.session->data(), quote)).ok());
    REQUIRE(room.session
                ->recordIrreversibly(edits::withdrawParticipant(room.session->data(), ana, WithdrawMode::Anonymise,
                    QStringLiteral("Sam"), ConsentMethod::Verbal, room.session->now()))
                .ok());
    const QString stored = room.session->data().auditEvents.rows().back().summary;
    CHECK(stored.contains(QStringLiteral("nothing was deleted")));
    CHECK(stored.contains(QStringLiteral("1 of the notes is a direct quote, kept for the team")));
    CHECK(room.session->data().notes.size() == 1);
}

TEST_CASE("the people list gives contact details only as the policy allows", "[consent][path][people]")
{
    Room room;
    const QUuid yes = room.add(QStringLiteral("Yasmin"), QStringLiteral("yasmin@example.org"));
    const QUuid no = room.add(QStringLiteral("Nadia"), QStringLiteral("nadia@example.org"));
    const QUuid gone = room.add(QStringLiteral("Walter"), QStringLiteral("walter@example.org"));
    room.add(QStringLiteral("Una"), QStringLiteral("una@example.org")); // never asked
    REQUIRE(room.decide(yes, ConsentScope::TakePart, ConsentDecision::Granted).ok());
    REQUIRE(room.decide(no, ConsentScope::TakePart, ConsentDecision::Refused).ok());
    REQUIRE(room.decide(gone, ConsentScope::TakePart, ConsentDecision::Granted).ok());
    REQUIRE(room.decide(gone, ConsentScope::TakePart, ConsentDecision::Withdrawn).ok());

    const QByteArray with = io::peopleListCsv(room.session->data(), true);
    CHECK(with.contains("yasmin@example.org"));
    CHECK_FALSE(with.contains("nadia@example.org"));
    CHECK_FALSE(with.contains("walter@example.org"));
    CHECK_FALSE(with.contains("una@example.org"));
    CHECK(with.contains("Nadia")); // the register still lists everyone
    CHECK(io::contactDetailsShown(room.session->data()) == 1);
    CHECK_FALSE(io::peopleListCsv(room.session->data(), false).contains("@example.org"));
}
