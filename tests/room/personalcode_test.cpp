// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Say who I am": a phone linked to a person by their personal code (core/people/personalcode.h).
#include "roomfixture.h"

#include "commands/edits.h"
#include "consent/consentpolicy.h"
#include "people/personalcode.h"
#include "session/session.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cg;
using namespace cg::test;

namespace {

QUuid addPerson(RoomFixture &room, const QString &name)
{
    Participant p;
    p.id = QUuid::createUuid();
    p.displayName = name;
    p.pseudonym = QStringLiteral("Participant 9");
    REQUIRE(room.session->perform(edits::addParticipant(room.session->data(), p)));
    return p.id;
}

void decide(RoomFixture &room, const QUuid &person, ConsentScope scope, ConsentDecision decision)
{
    ConsentEvent event;
    event.participantId = person;
    event.scope = scope;
    event.decision = decision;
    event.recordedAt = room.session->now();
    event.recordedBy = QStringLiteral("Facilitator");
    REQUIRE(room.session->record(edits::recordConsent(room.session->data(), event)));
}

QByteArray codeBody(const QString &code)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("code"), code } }).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("A personal code is eight readable symbols, stable, and different per person and workshop",
    "[room][personalcode]")
{
    RoomFixture room;
    const QUuid amir = addPerson(room, QStringLiteral("Amir"));
    const QUuid bea = addPerson(room, QStringLiteral("Bea"));
    const QString code = personalcode::of(room.session->data(), amir);
    CHECK(code.size() == 8);
    for (const QChar c : code)
        CHECK(QStringLiteral("ACDFGHJKMNPQRTVWXY34679").contains(c));
    CHECK(personalcode::of(room.session->data(), amir) == code); // the same every time
    CHECK(personalcode::of(room.session->data(), bea) != code);
    CHECK(personalcode::spaced(code) == code.left(4) + QLatin1Char('-') + code.mid(4));
    // Typed in any case, with spaces or the dash.
    CHECK(personalcode::personWith(room.session->data(), personalcode::spaced(code).toLower()) == amir);
    CHECK(personalcode::personWith(room.session->data(), code.left(4) + QStringLiteral("  ") + code.mid(4)) == amir);
    CHECK(personalcode::personWith(room.session->data(), code.left(7)).isNull());
    CHECK(personalcode::personWith(room.session->data(), QString()).isNull());
    // Another workshop (another id) gives the same person another code.
    WorkshopData other = room.session->data();
    other.workshop.id = QUuid::createUuid();
    CHECK(personalcode::of(other, amir) != code);
    CHECK(personalcode::personWith(other, code).isNull());
    // Reopening the file keeps every code.
    const QString path = room.session->filePath();
    room.server.reset();
    room.service.reset();
    room.session.reset();
    auto reopened = Session::open(path);
    REQUIRE(reopened);
    CHECK(personalcode::of((*reopened)->data(), amir) == code);
}

TEST_CASE("Saying who I am links the phone; a linked note carries its author as consent allows",
    "[room][api][personalcode][consent]")
{
    RoomFixture room;
    const QUuid amir = addPerson(room, QStringLiteral("Amir Haddad"));
    decide(room, amir, ConsentScope::TakePart, ConsentDecision::Granted);
    const QByteArray token = room.join();
    const QString code = personalcode::of(room.session->data(), amir);

    const HttpReply linked = room.request("POST", "/api/me", codeBody(personalcode::spaced(code)), token);
    REQUIRE(linked.status == 200);
    CHECK(linked.json().value(QStringLiteral("linked")).toBool());
    CHECK(linked.json().value(QStringLiteral("kept")).toBool());
    // Nothing about the person in the answer, nor in what the page asks for later.
    CHECK(!linked.body.contains("Amir"));
    CHECK(!linked.body.contains("Participant 9"));
    CHECK(!linked.body.contains(amir.toString(QUuid::WithoutBraces).toLatin1()));
    const HttpReply boards = room.request("GET", "/api/boards", {}, token);
    CHECK(boards.json().value(QStringLiteral("me")).toObject().value(QStringLiteral("linked")).toBool());
    CHECK(!boards.body.contains("Amir"));

    const QUuid id = QUuid::createUuid();
    REQUIRE(room.postNote(token, id, QStringLiteral("The bus times are wrong")).status == 201);
    const Note *note = room.session->data().notes.find(id);
    REQUIRE(note);
    CHECK(note->authorKind == AuthorKind::Participant);
    CHECK(note->authorId == amir);
    {
        // Exactly as a captured note: the pseudonym in public without be_named, the name for the team.
        ConsentPolicy policy(room.session->data());
        CHECK(policy.authorName(*note, Audience::Public) == QStringLiteral("Participant 9"));
        CHECK(policy.authorName(*note, Audience::Team) == QStringLiteral("Amir Haddad"));
    }
    decide(room, amir, ConsentScope::BeNamed, ConsentDecision::Granted);
    {
        ConsentPolicy policy(room.session->data());
        CHECK(policy.authorName(*note, Audience::Public) == QStringLiteral("Amir Haddad"));
    }
    // The phone's own view of the board shows the words, never the author.
    const HttpReply shown
        = room.request("GET", "/api/boards/" + uuidText(room.board) + "/notes", {}, token);
    CHECK(shown.body.contains("The bus times are wrong"));
    CHECK(!shown.body.contains("Amir"));

    SECTION("back to anonymous")
    {
        const HttpReply forgot = room.request("DELETE", "/api/me", {}, token);
        CHECK(forgot.status == 200);
        CHECK(!forgot.json().value(QStringLiteral("linked")).toBool());
        const QUuid next = QUuid::createUuid();
        REQUIRE(room.postNote(token, next, QStringLiteral("No name on this one")).status == 201);
        CHECK(room.session->data().notes.find(next)->authorKind == AuthorKind::Anonymous);
        CHECK(room.session->data().notes.find(next)->authorId.isNull());
    }
    SECTION("an unlinked phone stays anonymous")
    {
        const QByteArray other = room.join();
        const QUuid next = QUuid::createUuid();
        REQUIRE(room.postNote(other, next, QStringLiteral("From someone else")).status == 201);
        CHECK(room.session->data().notes.find(next)->authorKind == AuthorKind::Anonymous);
    }
}

TEST_CASE("A wrong personal code is refused and guessing is cut off", "[room][api][personalcode]")
{
    RoomFixture room;
    const QUuid amir = addPerson(room, QStringLiteral("Amir"));
    decide(room, amir, ConsentScope::TakePart, ConsentDecision::Granted);
    const QByteArray token = room.join();
    const QString code = personalcode::of(room.session->data(), amir);

    CHECK(room.request("POST", "/api/me", codeBody(code)).status == 401); // no token
    const HttpReply wrong = room.request("POST", "/api/me", codeBody(QStringLiteral("AAAA-AAAA")), token);
    CHECK(wrong.status == 403);
    CHECK(!wrong.json().value(QStringLiteral("error")).toString().isEmpty());
    CHECK(room.request("POST", "/api/me", R"({"code": 12345678})", token).status == 403);
    CHECK(room.service->devices().front().person.isNull());

    int refused = 0;
    for (int i = 0; i < 8; ++i)
        refused += room.request("POST", "/api/me", codeBody(QStringLiteral("AAAAAAA%1").arg(i)), token).status == 429;
    CHECK(refused >= 3); // five wrong a minute from one device
    // Even the right code waits while the device cools down, and the device stays anonymous.
    CHECK(room.request("POST", "/api/me", codeBody(code), token).status == 429);
    CHECK(room.service->devices().front().person.isNull());
    const QUuid id = QUuid::createUuid();
    REQUIRE(room.postNote(token, id, QStringLiteral("still anonymous")).status == 201);
    CHECK(room.session->data().notes.find(id)->authorKind == AuthorKind::Anonymous);

    SECTION("from many devices on one address, too")
    {
        int cut = 0;
        for (int d = 0; d < 4; ++d) {
            const QByteArray more = room.join();
            for (int i = 0; i < 4; ++i)
                cut += room.request("POST", "/api/me", codeBody(QStringLiteral("CCCCCCC%1").arg(i)), more).status
                    == 429;
        }
        CHECK(cut >= 4); // ten a minute from one address
    }
    SECTION("join codes are counted apart")
    {
        CHECK(room.request("POST", "/api/join", R"({"code":"KM47TX"})").status == 200);
    }
}

TEST_CASE("Someone not taking part is told kindly their notes cannot be kept, and none are",
    "[room][api][personalcode][consent]")
{
    RoomFixture room(room::RoomLimits {}, /*moderated=*/true);
    const QUuid rita = addPerson(room, QStringLiteral("Rita"));
    const QByteArray token = room.join();
    const QString code = personalcode::of(room.session->data(), rita);
    const auto notesBefore = room.session->data().notes.size();

    SECTION("never recorded, or refused")
    {
        if (GENERATE(false, true))
            decide(room, rita, ConsentScope::TakePart, ConsentDecision::Refused);
        const HttpReply linked = room.request("POST", "/api/me", codeBody(code), token);
        REQUIRE(linked.status == 200);
        CHECK(linked.json().value(QStringLiteral("linked")).toBool());
        CHECK(!linked.json().value(QStringLiteral("kept")).toBool());
        const QString message = linked.json().value(QStringLiteral("message")).toString();
        CHECK(message.contains(QStringLiteral("cannot be kept")));
        CHECK(message.contains(QStringLiteral("facilitator")));

        const QUuid id = QUuid::createUuid();
        const HttpReply sent = room.postNote(token, id, QStringLiteral("My words"));
        CHECK(sent.status == 403);
        CHECK(sent.json().value(QStringLiteral("status")).toString() == QStringLiteral("not kept"));
        CHECK(sent.json().value(QStringLiteral("error")).toString() == message);
        CHECK(room.session->data().notes.size() == notesBefore);
        CHECK(room.service->pending().empty()); // not even in the queue held in memory
        // Sent again: the same kind answer, still nothing.
        CHECK(room.postNote(token, id, QStringLiteral("My words")).status == 403);
        CHECK(room.service->pending().empty());
        CHECK(room.session->data().notes.size() == notesBefore);

        // Once Rita agrees at the desk, the same phone's notes are hers.
        decide(room, rita, ConsentScope::TakePart, ConsentDecision::Granted);
        CHECK(room.postNote(token, id, QStringLiteral("My words")).status == 201);
        REQUIRE(room.service->pending().size() == 1);
        CHECK(room.service->pending().front().authorId == rita);
    }
    SECTION("withdrawn while the note waited: approving keeps nothing")
    {
        decide(room, rita, ConsentScope::TakePart, ConsentDecision::Granted);
        REQUIRE(room.request("POST", "/api/me", codeBody(code), token).status == 200);
        const QUuid id = QUuid::createUuid();
        REQUIRE(room.postNote(token, id, QStringLiteral("Waiting words")).status == 201);
        const QUuid anon = QUuid::createUuid();
        const QByteArray other = room.join();
        REQUIRE(room.postNote(other, anon, QStringLiteral("Anonymous words")).status == 201);
        REQUIRE(room.service->pending().size() == 2);
        decide(room, rita, ConsentScope::TakePart, ConsentDecision::Withdrawn);
        const auto approval = room.service->approveAll();
        REQUIRE(approval);
        CHECK(approval->approved == 1);
        CHECK(approval->notTakingPart == 1);
        CHECK(room::approvalMessage(*approval).contains(QStringLiteral("not taking part")));
        CHECK(room.service->pending().empty());
        CHECK(!room.session->data().notes.contains(id));
        CHECK(room.session->data().notes.contains(anon));
        // The phone asking again hears it was not kept.
        const HttpReply again = room.postNote(token, id, QStringLiteral("Waiting words"));
        CHECK(again.json().value(QStringLiteral("status")).toString() == QStringLiteral("not kept"));
        CHECK(!room.session->data().notes.contains(id));
    }
    SECTION("withdrawn while the note waited: approving that one note says why")
    {
        decide(room, rita, ConsentScope::TakePart, ConsentDecision::Granted);
        REQUIRE(room.request("POST", "/api/me", codeBody(code), token).status == 200);
        const QUuid id = QUuid::createUuid();
        REQUIRE(room.postNote(token, id, QStringLiteral("Waiting words")).status == 201);
        decide(room, rita, ConsentScope::TakePart, ConsentDecision::Withdrawn);
        const auto approved = room.service->approve(id);
        CHECK(!approved);
        CHECK(approved.message().contains(QStringLiteral("not taking part")));
        CHECK(room.service->pending().empty());
        CHECK(!room.session->data().notes.contains(id));
    }
}

TEST_CASE("Notes from different people cannot be merged into one", "[room][personalcode][moderation]")
{
    RoomFixture room(room::RoomLimits {}, /*moderated=*/true);
    const QUuid amir = addPerson(room, QStringLiteral("Amir"));
    decide(room, amir, ConsentScope::TakePart, ConsentDecision::Granted);
    const QByteArray linked = room.join();
    REQUIRE(room.request("POST", "/api/me", codeBody(personalcode::of(room.session->data(), amir)), linked).status
        == 200);
    const QByteArray anonymous = room.join();
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid();
    REQUIRE(room.postNote(linked, a, QStringLiteral("one")).status == 201);
    REQUIRE(room.postNote(anonymous, b, QStringLiteral("two")).status == 201);
    REQUIRE(room.postNote(linked, c, QStringLiteral("three")).status == 201);
    CHECK(!room.service->merge({ a, b }, QStringLiteral("one two")));
    CHECK(room.service->pending().size() == 3);
    REQUIRE(room.service->merge({ a, c }, QStringLiteral("one three")));
    REQUIRE(room.service->pending().size() == 2);
    CHECK(room.service->pending().front().authorId == amir);
}
