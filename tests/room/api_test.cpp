// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomfixture.h"

#include "commands/edits.h"
#include "session/session.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cg;
using namespace cg::test;

namespace {

int notesOn(const Session &session, const QUuid &board)
{
    return int(std::count_if(session.data().notes.begin(), session.data().notes.end(),
        [&](const Note &n) { return n.boardId == board; }));
}

} // namespace

TEST_CASE("Joining with the code gives a token and the boards, a wrong code is refused", "[room][api]")
{
    RoomFixture room;
    const HttpReply joined = room.request("POST", "/api/join", R"({"code":"km4 7tx"})");
    REQUIRE(joined.status == 200);
    CHECK(joined.json().value(QStringLiteral("token")).toString().size() >= 40);
    const QJsonArray boards = joined.json().value(QStringLiteral("boards")).toArray();
    REQUIRE(boards.size() == 2);
    CHECK(boards.at(0).toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Table 1"));
    CHECK(room.service->deviceCount() == 1);

    const HttpReply wrong = room.request("POST", "/api/join", R"({"code":"KM47TY"})");
    CHECK(wrong.status == 403);
    CHECK(!wrong.json().contains(QStringLiteral("token")));
    CHECK(room.service->deviceCount() == 1);

    SECTION("a code changed by the facilitator no longer works")
    {
        room.service->newJoinCode();
        CHECK(room.request("POST", "/api/join", R"({"code":"KM47TX"})").status == 403);
    }
    SECTION("guessing is cut off after a few wrong codes")
    {
        int refused = 0;
        for (int i = 0; i < 12; ++i)
            refused += room.request("POST", "/api/join", R"({"code":"AAAAAA"})").status == 429;
        CHECK(refused >= 2);
        // Even the right code waits: the address is cooling down.
        CHECK(room.request("POST", "/api/join", R"({"code":"KM47TX"})").status == 429);
    }
}

TEST_CASE("Every response carries the security headers", "[room][api]")
{
    RoomFixture room;
    for (const QByteArray &path :
        { QByteArray("/"), QByteArray("/app.js"), QByteArray("/nothing"), QByteArray("/api/boards") }) {
        const HttpReply reply = room.request("GET", path);
        INFO(path.constData());
        CHECK(reply.status != 0);
        CHECK(reply.header("Content-Security-Policy").contains("default-src 'none'"));
        CHECK(reply.header("X-Content-Type-Options") == "nosniff");
    }
    CHECK(room.request("GET", "/").status == 200);
    CHECK(room.request("GET", "/").header("Content-Type").startsWith("text/html"));
}

TEST_CASE("Posting a note: 201 new, 200 repeated, 413 too long, 401 without a token", "[room][api]")
{
    RoomFixture room;
    const QByteArray token = room.join();
    const QUuid id = QUuid::createUuid();

    const HttpReply first = room.postNote(token, id, QStringLiteral("More benches at the bus stop"));
    CHECK(first.status == 201);
    REQUIRE(room.session->data().notes.contains(id));
    const Note &note = *room.session->data().notes.find(id);
    CHECK(note.text == QStringLiteral("More benches at the bus stop"));
    CHECK(note.boardId == room.board);
    CHECK(note.authorKind == AuthorKind::Anonymous);

    const HttpReply again = room.postNote(token, id, QStringLiteral("More benches at the bus stop"));
    CHECK(again.status == 200);
    CHECK(notesOn(*room.session, room.board) == 1);

    const HttpReply tooLong
        = room.postNote(token, QUuid::createUuid(), QString(limits::maxTextLength + 1, QLatin1Char('a')));
    CHECK(tooLong.status == 413);
    CHECK(room.postNote({}, QUuid::createUuid(), QStringLiteral("hello")).status == 401);
    CHECK(room.postNote("not-a-token", QUuid::createUuid(), QStringLiteral("hello")).status == 401);
    CHECK(room.postNote(token, QUuid::createUuid(), QStringLiteral("   ")).status == 400);
    CHECK(notesOn(*room.session, room.board) == 1);

    // At the limit exactly is kept.
    CHECK(room.postNote(token, QUuid::createUuid(), QString(limits::maxTextLength, QLatin1Char('b'))).status
        == 201);
    CHECK(notesOn(*room.session, room.board) == 2);
}

TEST_CASE("A removed device can do nothing more", "[room][api]")
{
    RoomFixture room({}, true);
    const QByteArray token = room.join();
    const QUuid waiting = QUuid::createUuid();
    CHECK(room.postNote(token, waiting, QStringLiteral("first")).status == 201);
    REQUIRE(room.service->pending().size() == 1);
    room.service->removeDevice(room.service->devices().front().id);
    CHECK(room.service->pending().empty());
    CHECK(room.postNote(token, QUuid::createUuid(), QStringLiteral("second")).status == 401);
    CHECK(room.request("GET", "/api/boards/" + uuidText(room.board) + "/notes", {}, token).status == 401);
    CHECK(room.session->data().notes.size() == 0);
}

TEST_CASE("Script in a note is kept as text and sent back as JSON text", "[room][api]")
{
    RoomFixture room;
    const QByteArray token = room.join();
    const QString script
        = QStringLiteral("<script>alert('hi')</script><img src=x onerror=alert(1)> & \"quotes\"");
    REQUIRE(room.postNote(token, QUuid::createUuid(), script).status == 201);
    const HttpReply list = room.request("GET", "/api/boards/" + uuidText(room.board) + "/notes", {}, token);
    REQUIRE(list.status == 200);
    CHECK(list.header("Content-Type").startsWith("application/json"));
    const QJsonArray notes = list.json().value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).toObject().value(QStringLiteral("text")).toString() == script);
    CHECK(room.session->data().notes.rows().front().text == script);
}

TEST_CASE("Requests from another site, for another host or for other paths are refused", "[room][api]")
{
    RoomFixture room;
    const QByteArray token = room.join();
    const QByteArray note = R"({"id":")" + uuidText(QUuid::createUuid()) + R"(","board":")"
        + uuidText(room.board) + R"(","text":"x"})";
    CHECK(room.request("POST", "/api/notes", note, token, { { "Origin", "http://evil.example" } }).status
        == 403);
    CHECK(room.request("POST", "/api/join", R"({"code":"KM47TX"})", {}, { { "Origin", "null" } }).status
        == 403);
    CHECK(room.request("POST", "/api/notes", note, token, { { "Origin", "http://" + room.hostHeader() } })
              .status
        == 201);

    // DNS rebinding: the right address under another name.
    const HttpReply rebound
        = room.raw("GET /api/boards HTTP/1.1\r\nHost: evil.example:" + QByteArray::number(room.server->port())
            + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");
    CHECK(rebound.status == 403);
    // A form post from another site (text/plain) is not JSON.
    const HttpReply form = room.raw("POST /api/notes HTTP/1.1\r\nHost: " + room.hostHeader()
        + "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(note.size()) + "\r\n\r\n" + note);
    CHECK(form.status == 415);

    for (const QByteArray &path :
        { QByteArray("/api/participants"), QByteArray("/api/people"), QByteArray("/../../etc/passwd"),
            QByteArray("/index.html"), QByteArray("/api/boards/x/notes"), QByteArray("/api/consent") })
        CHECK(room.request("GET", path, {}, token).status == 404);
    CHECK(room.request("DELETE", "/api/notes", {}, token).status == 405);
    CHECK(room.session->data().notes.size() == 1);
}

TEST_CASE("The notes a phone sees follow the public consent rules and carry no personal data",
    "[room][api][consent]")
{
    RoomFixture room;
    const QByteArray token = room.join();
    // A named participant who has not agreed to take part, and one who has.
    const QUuid ritaId = QUuid::createUuid(), amirId = QUuid::createUuid();
    Participant refused;
    refused.id = ritaId;
    refused.displayName = QStringLiteral("Refusing Rita");
    Participant agreed;
    agreed.id = amirId;
    agreed.displayName = QStringLiteral("Agreeing Amir");
    REQUIRE(room.session->perform(edits::addParticipant(room.session->data(), refused)));
    REQUIRE(room.session->perform(edits::addParticipant(room.session->data(), agreed)));
    ConsentEvent yes;
    yes.participantId = amirId;
    yes.scope = ConsentScope::TakePart;
    yes.decision = ConsentDecision::Granted;
    yes.recordedAt = room.session->now();
    yes.recordedBy = QStringLiteral("Facilitator");
    const auto recorded = room.session->record(edits::recordConsent(room.session->data(), yes));
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);

    auto add = [&](const QString &text, AuthorKind kind, const QUuid &author, bool sensitive) {
        Note n;
        n.boardId = room.board;
        n.text = text;
        n.authorKind = kind;
        n.authorId = author;
        n.sensitive = sensitive;
        n.x = n.y = std::numeric_limits<double>::quiet_NaN();
        REQUIRE(room.session->perform(edits::addNote(room.session->data(), n)));
    };
    add(QStringLiteral("from rita"), AuthorKind::Participant, ritaId, false);
    add(QStringLiteral("from amir"), AuthorKind::Participant, amirId, false);
    add(QStringLiteral("sensitive words"), AuthorKind::Anonymous, {}, true);
    add(QStringLiteral("anonymous words"), AuthorKind::Anonymous, {}, false);

    const HttpReply list = room.request("GET", "/api/boards/" + uuidText(room.board) + "/notes", {}, token);
    REQUIRE(list.status == 200);
    QStringList texts;
    for (const QJsonValue &v : list.json().value(QStringLiteral("notes")).toArray())
        texts << v.toObject().value(QStringLiteral("text")).toString();
    texts.sort();
    CHECK(texts == QStringList { QStringLiteral("anonymous words"), QStringLiteral("from amir") });
    for (const char *personal : { "Rita", "Amir", "Participant", "author", "pseudonym", "email", "phone" })
        CHECK(!list.body.contains(personal));
    // Joining says nothing about people either.
    const HttpReply joined = room.request("POST", "/api/join", R"({"code":"KM47TX"})");
    CHECK(!joined.body.contains("Rita"));
    CHECK(!joined.body.contains("Participant"));
}

TEST_CASE("Moderation: notes wait in memory until approved, rejected ones leave no trace",
    "[room][api][moderation]")
{
    RoomFixture room({}, true);
    const QByteArray token = room.join();
    const QUuid keep = QUuid::createUuid(), drop = QUuid::createUuid(), edited = QUuid::createUuid();
    CHECK(room.postNote(token, keep, QStringLiteral("keep me")).status == 201);
    CHECK(room.postNote(token, drop, QStringLiteral("secret words to reject")).status == 201);
    CHECK(room.postNote(token, edited, QStringLiteral("tpyo")).status == 201);
    CHECK(room.postNote(token, drop, QStringLiteral("secret words to reject"))
              .json()
              .value(QStringLiteral("status"))
              .toString()
        == QStringLiteral("waiting"));
    CHECK(room.session->data().notes.size() == 0);
    REQUIRE(room.service->pending().size() == 3);

    room.service->reject(drop);
    REQUIRE(room.service->approve(keep));
    REQUIRE(room.service->approve(edited, QStringLiteral("typo")));
    CHECK(room.session->data().notes.size() == 2);
    CHECK(room.session->data().notes.find(edited)->text == QStringLiteral("typo"));
    CHECK(room.postNote(token, drop, QStringLiteral("secret words to reject")).status == 200);
    CHECK(room.postNote(token, keep, QStringLiteral("keep me")).status == 200);
    CHECK(room.session->data().notes.size() == 2);

    const QString path = room.session->filePath();
    room.server.reset();
    room.service.reset();
    room.session.reset();
    CHECK(!readAll(path).contains("secret words to reject"));
}

TEST_CASE(
    "Moderation can be switched off for one table; approve all from a device", "[room][api][moderation]")
{
    RoomFixture room({}, true);
    room.service->setModeration(room.board2, false);
    const QByteArray a = room.join();
    const QByteArray b = room.join();
    CHECK(room.postNote(a, QUuid::createUuid(), QStringLiteral("straight on"), room.board2).status == 201);
    CHECK(notesOn(*room.session, room.board2) == 1);
    for (int i = 0; i < 3; ++i)
        CHECK(room.postNote(a, QUuid::createUuid(), QStringLiteral("a %1").arg(i)).status == 201);
    CHECK(room.postNote(b, QUuid::createUuid(), QStringLiteral("b")).status == 201);
    REQUIRE(room.service->pending().size() == 4);
    REQUIRE(room.service->approveAllFrom(room.service->devices().front().id));
    CHECK(notesOn(*room.session, room.board) == 3);
    CHECK(room.service->pending().size() == 1);
    CHECK(room.session->undoStack()->count() > 0);
}

TEST_CASE(
    "Dot voting: place and take back dots while a vote is open, within the dots given", "[room][api][vote]")
{
    RoomFixture room;
    const QByteArray token = room.join();
    const QUuid note = QUuid::createUuid();
    REQUIRE(room.postNote(token, note, QStringLiteral("vote for me")).status == 201);
    const QUuid v1 = QUuid::createUuid(), v2 = QUuid::createUuid(), v3 = QUuid::createUuid();
    auto vote = [&](const QUuid &id) {
        return room.request("POST", "/api/votes",
            R"({"id":")" + uuidText(id) + R"(","note":")" + uuidText(note) + R"("})", token);
    };
    CHECK(vote(v1).status == 409); // not open yet
    REQUIRE(room.service->openVote(room.board, 2));
    CHECK(room.request("GET", "/api/vote", {}, token).json().value(QStringLiteral("dots")).toInt() == 2);
    CHECK(vote(v1).status == 201);
    CHECK(vote(v1).status == 200); // a retry is not a second dot
    CHECK(vote(v2).status == 201);
    CHECK(vote(v3).status == 409); // out of dots
    CHECK(room.session->data().votes.size() == 2);
    CHECK(room.request("DELETE", "/api/votes/" + uuidText(v1), {}, token).status == 200);
    CHECK(room.session->data().votes.size() == 1);
    CHECK(vote(v3).status == 201);
    const QByteArray other = room.join();
    CHECK(room.request("DELETE", "/api/votes/" + uuidText(v2), {}, other).status == 404); // not theirs
    room.service->closeVote();
    CHECK(room.request("DELETE", "/api/votes/" + uuidText(v2), {}, token).status == 409);
    CHECK(room.session->data().votes.size() == 2);
}

TEST_CASE("A device sending too fast is slowed down", "[room][api][limits]")
{
    room::RoomLimits limits;
    limits.deviceBurst = 5;
    limits.deviceRefillMs = 60'000;
    RoomFixture room(limits);
    const QByteArray token = room.join();
    int created = 0, slowed = 0;
    for (int i = 0; i < 8; ++i) {
        const int status = room.postNote(token, QUuid::createUuid(), QStringLiteral("n%1").arg(i)).status;
        created += status == 201;
        slowed += status == 429;
    }
    CHECK(created == 5);
    CHECK(slowed == 3);
}

TEST_CASE("A withdrawal on the laptop reaches the phones' view at once", "[room][api][consent]")
{
    RoomFixture room;
    const QByteArray token = room.join();
    Participant person;
    person.id = QUuid::createUuid();
    person.displayName = QStringLiteral("Withdrawing Wen");
    REQUIRE(room.session->perform(edits::addParticipant(room.session->data(), person)));
    auto decide = [&](ConsentDecision decision) {
        ConsentEvent event;
        event.participantId = person.id;
        event.scope = ConsentScope::TakePart;
        event.decision = decision;
        event.recordedAt = room.session->now();
        event.recordedBy = QStringLiteral("Facilitator");
        REQUIRE(room.session->record(edits::recordConsent(room.session->data(), event)));
    };
    decide(ConsentDecision::Granted);
    Note note;
    note.boardId = room.board;
    note.text = QStringLiteral("words of Wen");
    note.authorKind = AuthorKind::Participant;
    note.authorId = person.id;
    note.x = note.y = std::numeric_limits<double>::quiet_NaN();
    REQUIRE(room.session->perform(edits::addNote(room.session->data(), note)));
    const QByteArray path = "/api/boards/" + uuidText(room.board) + "/notes";
    CHECK(room.request("GET", path, {}, token).body.contains("words of Wen"));
    decide(ConsentDecision::Withdrawn);
    CHECK(!room.request("GET", path, {}, token).body.contains("words of Wen"));
}
