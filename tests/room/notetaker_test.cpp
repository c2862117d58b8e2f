// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A table's note-taker: joins for one board, and once the facilitator approves it, its notes for
// that board go straight on, with no queue.
#include "roomfixture.h"

#include <QJsonDocument>

using namespace cg;
using namespace cg::test;

namespace {

QByteArray joinAs(RoomFixture &room, const QByteArray &extra)
{
    const HttpReply reply = room.request("POST", "/api/join", R"({"code":"KM47TX")" + extra + "}");
    REQUIRE(reply.status == 200);
    return reply.json().value(QStringLiteral("token")).toString().toLatin1();
}

QString status(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("status")).toString();
}

} // namespace

TEST_CASE("An approved note-taker's notes go straight onto its table's board", "[room][api][notetaker]")
{
    RoomFixture room({}, true); // every board waits for approval
    const QByteArray taker = joinAs(room, R"(,"role":"note-taker","board":")" + uuidText(room.board) + "\"");
    const QByteArray phone = room.join();
    REQUIRE(room.service->devices().size() == 2);
    const room::RoomDevice &device = room.service->devices().front();
    CHECK(device.noteTaker == room::RoomDevice::NoteTaker::Asked);
    CHECK(room.request("GET", "/api/boards", {}, taker).json().value(QStringLiteral("approved")) == false);

    // Until approved, it is a phone like any other: its note waits.
    CHECK(status(room.postNote(taker, QUuid::createUuid(), QStringLiteral("before approval"))) == QStringLiteral("waiting"));
    REQUIRE(room.service->approveNoteTaker(device.id));
    CHECK(room.request("GET", "/api/boards", {}, taker).json().value(QStringLiteral("approved")) == true);

    const QUuid straight = QUuid::createUuid();
    const HttpReply kept = room.postNote(taker, straight, QStringLiteral("from the table's note-taker"));
    CHECK(kept.status == 201);
    CHECK(status(kept) == QStringLiteral("kept"));
    CHECK(room.session->data().notes.contains(straight));
    CHECK(room.session->data().notes.find(straight)->boardId == room.board);
    // Another table's board still waits, and so does every other phone.
    CHECK(status(room.postNote(taker, QUuid::createUuid(), QStringLiteral("other table"), room.board2))
        == QStringLiteral("waiting"));
    CHECK(status(room.postNote(phone, QUuid::createUuid(), QStringLiteral("a phone"))) == QStringLiteral("waiting"));
    CHECK(room.service->pending().size() == 3);
    // An ordinary phone cannot be made a note-taker, and one that was removed can send nothing.
    CHECK_FALSE(room.service->approveNoteTaker(room.service->devices().back().id));
    room.service->removeDevice(device.id);
    CHECK(room.postNote(taker, QUuid::createUuid(), QStringLiteral("after removal")).status == 401);
}

TEST_CASE("A note-taker join needs a board that is there", "[room][api][notetaker]")
{
    RoomFixture room({}, true);
    CHECK(room.request("POST", "/api/join", R"({"code":"KM47TX","role":"note-taker"})").status == 400);
    CHECK(room.request("POST", "/api/join",
              R"({"code":"KM47TX","role":"note-taker","board":")" + uuidText(QUuid::createUuid()) + "\"}")
              .status
        == 400);
    CHECK(room.request("POST", "/api/join", R"({"code":"KM47TX","role":"boss"})").status == 400);
    CHECK(room.service->deviceCount() == 0);
}
