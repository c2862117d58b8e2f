// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The consent rules (DESIGN.md, "Consent rules" 1–7) as a truth table: every kind of contribution,
// for both audiences, under eight consent histories of its author. Each cell is asserted.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "session/session.h"
#include "testsupport.h"

#include <map>

using namespace cg;

namespace {

using G = std::pair<ConsentScope, ConsentDecision>;
constexpr auto TakePart = ConsentScope::TakePart;
constexpr auto Named = ConsentScope::BeNamed;
constexpr auto Quoted = ConsentScope::BeQuoted;
constexpr auto Photo = ConsentScope::BePhotographed;
constexpr auto Granted = ConsentDecision::Granted;
constexpr auto Refused = ConsentDecision::Refused;
constexpr auto Withdrawn = ConsentDecision::Withdrawn;

/// The author's consent history, as the columns of the table. Events are recorded in this order,
/// one second apart.
struct History
{
    const char *label;
    std::vector<G> events;
};

const std::vector<History> &histories()
{
    static const std::vector<History> all = {
        { "c0 all granted",
            { { TakePart, Granted }, { Named, Granted }, { Quoted, Granted }, { Photo, Granted } } },
        { "c1 not named", { { TakePart, Granted }, { Quoted, Granted }, { Photo, Granted } } },
        { "c2 named, quotes refused", { { TakePart, Granted }, { Named, Granted }, { Quoted, Refused } } },
        { "c3 take part only", { { TakePart, Granted } } },
        { "c4 others withdrawn later",
            { { TakePart, Granted }, { Named, Granted }, { Quoted, Granted }, { Photo, Granted },
                { Named, Withdrawn }, { Quoted, Withdrawn }, { Photo, Withdrawn } } },
        { "c5 take part refused",
            { { TakePart, Refused }, { Named, Granted }, { Quoted, Granted }, { Photo, Granted } } },
        { "c6 take part withdrawn",
            { { TakePart, Granted }, { Named, Granted }, { Quoted, Granted }, { Photo, Granted },
                { TakePart, Withdrawn } } },
        { "c7 take part not recorded", { { Named, Granted }, { Quoted, Granted }, { Photo, Granted } } },
    };
    return all;
}

const QDateTime kStart(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

/// A workshop with one author (Ana, "Participant 1") whose history is \a history, one note of
/// every kind, and a vote, a feedback answer and a photo by or of her.
struct World
{
    WorkshopData data;
    QUuid ana = newId();
    std::map<std::string, QUuid> notes;
    QUuid vote = newId();
    QUuid feedback = newId();
    QUuid photo = newId();

    explicit World(const History &history)
    {
        Participant p;
        p.id = ana;
        p.displayName = QStringLiteral("Ana Lopez");
        p.pseudonym = QStringLiteral("Participant 1");
        p.email = QStringLiteral("ana@example.org");
        data.participants.insert(p);
        QDateTime at = kStart;
        for (const auto &[scope, decision] : history.events) {
            ConsentEvent e;
            e.id = newId();
            e.participantId = ana;
            e.scope = scope;
            e.decision = decision;
            e.recordedAt = at;
            at = at.addSecs(1);
            data.consentEvents.insert(e);
        }
        Board b;
        b.id = newId();
        data.boards.insert(b);

        auto note = [&](const char *kind, AuthorKind author, bool verbatim, bool sensitive, bool released) {
            Note n;
            n.id = newId();
            n.boardId = b.id;
            n.text = QString::fromLatin1(kind);
            n.authorKind = author;
            n.authorId = author == AuthorKind::Participant ? ana : QUuid();
            n.verbatim = verbatim;
            n.sensitive = sensitive;
            n.released = released;
            data.notes.insert(n);
            notes[kind] = n.id;
        };
        constexpr auto P = AuthorKind::Participant;
        constexpr auto A = AuthorKind::Anonymous;
        constexpr auto F = AuthorKind::Facilitator;
        note("named", P, false, false, false);
        note("verbatim", P, true, false, false);
        note("sensitive", P, false, true, false);
        note("released", P, false, true, true);
        note("released verbatim", P, true, true, true);
        note("anonymous", A, false, false, false);
        note("anonymous verbatim", A, true, false, false);
        note("anonymous sensitive", A, false, true, false);
        note("facilitator", F, false, false, false);
        note("facilitator verbatim", F, true, false, false);

        Vote v;
        v.id = vote;
        v.noteId = notes["anonymous"];
        v.participantId = ana;
        v.count = 2;
        data.votes.insert(v);

        Feedback f;
        f.id = feedback;
        f.question = QStringLiteral("Best aspects");
        f.answer = QStringLiteral("Being listened to");
        f.participantId = ana;
        data.feedback.insert(f);

        Attachment photoOfAna;
        photoOfAna.id = photo;
        photoOfAna.fileName = QStringLiteral("flipchart.jpg");
        photoOfAna.peopleShown = { ana };
        data.attachments.insert(photoOfAna);
    }
};

/// One row of the table: what is asked, for which audience, and the expected answer under each
/// history c0..c7. "-" = left out; "N" = shown as "Ana Lopez"; "P" = as "Participant 1";
/// "A" = as "Anonymous"; "F" = as "Facilitator"; "Y" = shown (no name involved).
struct Row
{
    const char *what;
    Audience audience;
    const char *expected;
};

// clang-format off
//                                                    c0 c1 c2 c3 c4 c5 c6 c7
const Row kRows[] = {
    {"named", Audience::Public,                      "N  P  N  P  P  -  -  -"},
    {"verbatim", Audience::Public,                   "N  P  -  -  -  -  -  -"},
    {"sensitive", Audience::Public,                  "-  -  -  -  -  -  -  -"},
    {"released", Audience::Public,                   "N  P  N  P  P  -  -  -"},
    {"released verbatim", Audience::Public,          "N  P  -  -  -  -  -  -"},
    {"anonymous", Audience::Public,                  "A  A  A  A  A  A  A  A"},
    {"anonymous verbatim", Audience::Public,         "A  A  A  A  A  A  A  A"},
    {"anonymous sensitive", Audience::Public,        "-  -  -  -  -  -  -  -"},
    {"facilitator", Audience::Public,                "F  F  F  F  F  F  F  F"},
    {"facilitator verbatim", Audience::Public,       "-  -  -  -  -  -  -  -"},
    {"vote", Audience::Public,                       "Y  Y  Y  Y  Y  -  -  -"},
    {"feedback", Audience::Public,                   "N  P  N  P  P  -  -  -"},
    {"photo", Audience::Public,                      "Y  Y  -  -  -  -  -  -"},
    {"person", Audience::Public,                     "N  P  N  P  P  -  -  -"},
    {"contact asked for", Audience::Public,          "-  -  -  -  -  -  -  -"},
    {"contact not asked for", Audience::Public,      "-  -  -  -  -  -  -  -"},

    {"named", Audience::Team,                        "N  N  N  N  N  -  -  -"},
    {"verbatim", Audience::Team,                     "N  N  N  N  N  -  -  -"},
    {"sensitive", Audience::Team,                    "N  N  N  N  N  -  -  -"},
    {"released", Audience::Team,                     "N  N  N  N  N  -  -  -"},
    {"released verbatim", Audience::Team,            "N  N  N  N  N  -  -  -"},
    {"anonymous", Audience::Team,                    "A  A  A  A  A  A  A  A"},
    {"anonymous verbatim", Audience::Team,           "A  A  A  A  A  A  A  A"},
    {"anonymous sensitive", Audience::Team,          "A  A  A  A  A  A  A  A"},
    {"facilitator", Audience::Team,                  "F  F  F  F  F  F  F  F"},
    {"facilitator verbatim", Audience::Team,         "F  F  F  F  F  F  F  F"},
    {"vote", Audience::Team,                         "Y  Y  Y  Y  Y  -  -  -"},
    {"feedback", Audience::Team,                     "N  N  N  N  N  -  -  -"},
    {"photo", Audience::Team,                        "Y  Y  Y  Y  Y  -  -  -"},
    {"person", Audience::Team,                       "N  N  N  N  N  -  -  -"},
    {"contact asked for", Audience::Team,            "Y  Y  Y  Y  Y  -  -  -"},
    {"contact not asked for", Audience::Team,        "-  -  -  -  -  -  -  -"},
};
// clang-format on

QString code(const QString &name)
{
    if (name == QLatin1String("Ana Lopez"))
        return QStringLiteral("N");
    if (name == QLatin1String("Participant 1"))
        return QStringLiteral("P");
    if (name == QLatin1String("Anonymous"))
        return QStringLiteral("A");
    if (name == QLatin1String("Facilitator"))
        return QStringLiteral("F");
    return QStringLiteral("?") + name;
}

/// What the policy answers for one cell, in the table's letters.
QString answer(const World &w, const std::string &what, Audience audience)
{
    const ConsentPolicy policy(w.data);
    auto shown = [](bool yes) { return yes ? QStringLiteral("Y") : QStringLiteral("-"); };
    if (what == "vote")
        return shown(policy.mayAppear(*w.data.votes.find(w.vote), audience));
    if (what == "photo")
        return shown(policy.mayAppear(*w.data.attachments.find(w.photo), audience));
    if (what == "contact asked for")
        return shown(policy.mayShowContact(*w.data.participants.find(w.ana), audience, true));
    if (what == "contact not asked for")
        return shown(policy.mayShowContact(*w.data.participants.find(w.ana), audience, false));
    if (what == "feedback") {
        const Feedback &f = *w.data.feedback.find(w.feedback);
        return policy.mayAppear(f, audience) ? code(policy.respondentName(f, audience)) : QStringLiteral("-");
    }
    if (what == "person") {
        const Participant &p = *w.data.participants.find(w.ana);
        if (!policy.mayAppear(p, audience))
            return QStringLiteral("-");
        return code(policy.personName(p.id, audience));
    }
    const Note &n = *w.data.notes.find(w.notes.at(what));
    return policy.mayAppear(n, audience) ? code(policy.authorName(n, audience)) : QStringLiteral("-");
}

} // namespace

TEST_CASE("consent policy truth table: contributions x audiences x consent histories", "[consent][policy]")
{
    const Row &row = GENERATE(from_range(std::begin(kRows), std::end(kRows)));
    const QStringList expected
        = QString::fromLatin1(row.expected).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    REQUIRE(expected.size() == int(histories().size()));
    for (std::size_t c = 0; c < histories().size(); ++c) {
        const History &history = histories()[c];
        const World world(history);
        INFO(row.what << (row.audience == Audience::Public ? " / public / " : " / team / ") << history.label);
        CHECK(answer(world, row.what, row.audience) == expected.at(int(c)));
    }
}

TEST_CASE("current consent is the latest event by time, ties to the one recorded last", "[consent][policy]")
{
    const History none { "none", {} };
    World w(none);
    auto add = [&](ConsentScope scope, ConsentDecision decision, QDateTime at) {
        ConsentEvent e;
        e.id = newId();
        e.participantId = w.ana;
        e.scope = scope;
        e.decision = decision;
        e.recordedAt = at;
        w.data.consentEvents.insert(e);
        return e.id;
    };
    {
        const ConsentPolicy policy(w.data);
        for (ConsentScope scope : enumValues<ConsentScope>())
            CHECK(policy.state(w.ana, scope) == ConsentState::NotRecorded);
        CHECK(policy.currentEvent(w.ana, TakePart) == nullptr);
    }
    // A paper form entered late: recorded after the withdrawal, but made before it.
    add(TakePart, Withdrawn, kStart.addSecs(60));
    add(TakePart, Granted, kStart);
    // Two decisions at the same moment: the later entry wins.
    add(Named, Granted, kStart);
    const QUuid lastNamed = add(Named, Refused, kStart);

    const ConsentPolicy policy(w.data);
    CHECK(policy.state(w.ana, TakePart) == ConsentState::Withdrawn);
    CHECK(policy.state(w.ana, Named) == ConsentState::Refused);
    REQUIRE(policy.currentEvent(w.ana, Named) != nullptr);
    CHECK(policy.currentEvent(w.ana, Named)->id == lastNamed);
    CHECK(policy.state(w.ana, Quoted) == ConsentState::NotRecorded);
    CHECK(policy.state(newId(), TakePart) == ConsentState::NotRecorded);

    const auto history = consentHistory(w.data, w.ana, TakePart);
    REQUIRE(history.size() == 2);
    CHECK(history[0].decision == Granted);
    CHECK(history[1].decision == Withdrawn);
    const auto named = consentHistory(w.data, w.ana, Named);
    REQUIRE(named.size() == 2);
    CHECK(named[1].id == lastNamed);
    CHECK(consentHistory(w.data, w.ana).size() == 4);
}

TEST_CASE("rule 5: personal data and contact details never reach a public output", "[consent][policy]")
{
    CHECK_FALSE(ConsentPolicy::mayShowPersonalData(Audience::Public));
    CHECK(ConsentPolicy::mayShowPersonalData(Audience::Team));
    CHECK_FALSE(ConsentPolicy::mayShowContact(Audience::Public, true));
    CHECK_FALSE(ConsentPolicy::mayShowContact(Audience::Public, false));
    CHECK(ConsentPolicy::mayShowContact(Audience::Team, true));
    CHECK_FALSE(ConsentPolicy::mayShowContact(Audience::Team, false));
}

TEST_CASE("withheld contributions are counted per audience", "[consent][policy]")
{
    // c6: Ana withdrew. Her 5 notes, her 2 dots, her feedback and her photo are withheld from
    // both audiences; in public, the anonymous sensitive note and the facilitator's quote too.
    const World withdrawn(histories()[6]);
    const ConsentPolicy policy(withdrawn.data);
    CHECK(policy.withheld(Audience::Team) == WithheldCount { 5, 2, 1, 1 });
    CHECK(policy.withheld(Audience::Public) == WithheldCount { 7, 2, 1, 1 });
    CHECK(policy.withheld(Audience::Public).total() == 11);
    CHECK(policy.visibleVoteCount(withdrawn.notes.at("anonymous"), Audience::Public) == 0);

    // c0: everything is granted; only what rules 3 and 6 keep out of public is withheld.
    const World granted(histories()[0]);
    const ConsentPolicy open(granted.data);
    CHECK(open.withheld(Audience::Team) == WithheldCount {});
    CHECK(open.withheld(Audience::Public) == WithheldCount { 3, 0, 0, 0 });
    CHECK(open.visibleVoteCount(granted.notes.at("anonymous"), Audience::Public) == 2);
    CHECK(open.visibleVoteCount(granted.notes.at("sensitive"), Audience::Public) == 0);
}

TEST_CASE("a photo needs everyone shown to have granted be_photographed", "[consent][policy]")
{
    World w(histories()[0]);
    Participant ben;
    ben.id = newId();
    ben.displayName = QStringLiteral("Ben");
    ben.pseudonym = QStringLiteral("Participant 2");
    w.data.participants.insert(ben);
    ConsentEvent takesPart;
    takesPart.id = newId();
    takesPart.participantId = ben.id;
    takesPart.scope = TakePart;
    takesPart.recordedAt = kStart;
    w.data.consentEvents.insert(takesPart);
    Attachment group = *w.data.attachments.find(w.photo);
    group.peopleShown << ben.id;
    w.data.attachments.update(group);

    const ConsentPolicy policy(w.data);
    CHECK_FALSE(policy.mayAppear(group, Audience::Public)); // Ben never agreed to photos
    CHECK(policy.mayAppear(group, Audience::Team));
    Attachment nobody = group;
    nobody.peopleShown.clear();
    CHECK(policy.mayAppear(nobody, Audience::Public));
}

TEST_CASE("a withdrawal recorded after a grant wins, whatever the clock said", "[consent][sequence]")
{
    // The laptop's clock was a day fast when the grant was recorded, then corrected: the
    // withdrawal carries an earlier time but was recorded later.
    test::TempDir dir;
    auto session = test::newSession(dir);
    Participant p;
    p.displayName = QStringLiteral("Nia");
    REQUIRE(session->perform(edits::addParticipant(session->data(), p)).ok());
    const QUuid nia = session->data().participants.rows().front().id;
    const QDateTime fast(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    const QDateTime corrected(QDate(2026, 11, 22), QTime(9, 5), Qt::UTC);
    REQUIRE(session->record(edits::recordConsentDecision(session->data(), nia, ConsentScope::TakePart,
                                ConsentDecision::Granted, ConsentMethod::Verbal, QStringLiteral("Sam"), fast))
                .ok());
    REQUIRE(session->record(edits::recordConsentDecision(session->data(), nia, ConsentScope::TakePart,
                                ConsentDecision::Withdrawn, ConsentMethod::Verbal, QStringLiteral("Sam"), corrected))
                .ok());
    auto check = [&](const WorkshopData &data) {
        const ConsentPolicy policy(data);
        CHECK(policy.state(nia, ConsentScope::TakePart) == ConsentState::Withdrawn);
        const auto history = consentHistory(data, nia, ConsentScope::TakePart);
        REQUIRE(history.size() == 2);
        CHECK(history.front().decision == ConsentDecision::Granted);
        CHECK(history.front().sequence < history.back().sequence);
    };
    check(session->data());
    const QString path = session->filePath();
    session.reset();
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    check((*reopened)->data());
}
