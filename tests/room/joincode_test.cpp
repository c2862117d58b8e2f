// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Security: a join code stops letting phones in when it expires or is replaced, and says so.
#include "roomfixture.h"

#include <QSignalSpy>

#include <memory>

using namespace cg;
using namespace cg::test;

namespace {

const QString kExpired = QStringLiteral("This join code has expired — ask the facilitator for the new one.");

} // namespace

TEST_CASE("An expired join code is refused with a message the page shows; nothing is let in",
    "[room][security][joincode]")
{
    RoomFixture room;
    auto clock = std::make_shared<QDateTime>(room.session->now());
    room.session->setClock([clock] { return *clock; });
    QDateTime &now = *clock;
    REQUIRE(room.service->setJoinCode(QStringLiteral("KM47TX"))); // issued at 'now'
    CHECK(room.service->joinCodeExpires() == now.addSecs(12 * 3600));

    const QByteArray token = room.join(); // a device that joined in time
    now = now.addSecs(12 * 3600 - 60);
    CHECK_FALSE(room.service->joinCodeExpired());
    CHECK(room.request("POST", "/api/join", R"({"code":"KM47TX"})").status == 200);

    now = now.addSecs(61);
    CHECK(room.service->joinCodeExpired());
    const int devices = room.service->deviceCount();
    const HttpReply late = room.request("POST", "/api/join", R"({"code":"km4-7tx"})");
    CHECK(late.status == 403);
    CHECK(late.json().value(QStringLiteral("error")).toString() == kExpired);
    CHECK_FALSE(late.json().contains(QStringLiteral("token")));
    CHECK(room.service->deviceCount() == devices);
    // A device already in stays in.
    CHECK(room.postNote(token, QUuid::createUuid(), QStringLiteral("still here")).status == 201);

    // A new code works at once, for another twelve hours.
    QSignalSpy changed(room.service.get(), &room::RoomService::joinCodeChanged);
    room.service->newJoinCode();
    CHECK(changed.count() == 1);
    CHECK_FALSE(room.service->joinCodeExpired());
    const QByteArray fresh = QByteArray(R"({"code":")") + room.service->joinCode().toLatin1() + "\"}";
    CHECK(room.request("POST", "/api/join", fresh).status == 200);
}

TEST_CASE("A code replaced by the facilitator is told apart from a wrong one, and both count as tries",
    "[room][security][joincode]")
{
    RoomFixture room;
    room.service->newJoinCode(); // KM47TX is the old code now
    const HttpReply old = room.request("POST", "/api/join", R"({"code":"KM47TX"})");
    CHECK(old.status == 403);
    CHECK(old.json().value(QStringLiteral("error")).toString() == kExpired);
    const HttpReply wrong = room.request("POST", "/api/join", R"({"code":"QQQQQQ"})");
    CHECK(wrong.status == 403);
    CHECK(wrong.json().value(QStringLiteral("error")).toString().startsWith(QStringLiteral("That code is not right")));
    CHECK(room.service->deviceCount() == 0);
    // Old codes are tries like any other: after ten refusals from one address it must wait.
    int limited = 0;
    for (int i = 0; i < 10; ++i)
        limited += room.request("POST", "/api/join", R"({"code":"KM47TX"})").status == 429;
    CHECK(limited >= 1);
}
