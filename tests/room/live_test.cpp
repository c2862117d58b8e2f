// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates over WebSockets (/api/live): who may listen, the limits, and what is pushed.
#include "roomfixture.h"

#include "commands/edits.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QWebSocket>

#include <limits>

using namespace cg;
using namespace cg::test;

namespace {

room::RoomLimits quickLimits()
{
    room::RoomLimits limits;
    limits.liveTokenTimeoutMs = 300;
    limits.liveIdleTimeoutMs = 600;
    limits.livePushDelayMs = 10;
    return limits;
}

/// A phone's page listening: a Qt WebSocket client with the page's Origin, or another.
struct Listener
{
    Listener(RoomFixture &room, const QString &origin)
        : socket(origin)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &m) { messages << m; });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
        QObject::connect(&socket, &QWebSocket::connected, [this] { opened = true; });
        socket.open(QUrl(QStringLiteral("ws://%1/api/live").arg(QString::fromLatin1(room.hostHeader()))));
    }
    bool saw(const QString &type) const
    {
        for (const QString &m : messages)
            if (QJsonDocument::fromJson(m.toUtf8()).object().value(QStringLiteral("type")).toString() == type)
                return true;
        return false;
    }
    void sendToken(const QByteArray &token)
    {
        socket.sendTextMessage(QStringLiteral(R"({"token":"%1"})").arg(QString::fromLatin1(token)));
    }

    QWebSocket socket;
    QStringList messages;
    bool opened = false;
    bool closed = false;
};

QString pageOrigin(const RoomFixture &room)
{
    return QStringLiteral("http://") + QString::fromLatin1(room.hostHeader());
}

} // namespace

TEST_CASE("A phone with its token hears at once of a new note, a dot and a vote", "[room][live]")
{
    RoomFixture room(quickLimits());
    const QByteArray token = room.join();
    Listener live(room, pageOrigin(room));
    REQUIRE(spinUntil([&] { return live.opened; }));
    live.sendToken(token);
    REQUIRE(spinUntil([&] { return live.saw(QStringLiteral("hello")); }));
    CHECK(room.server->liveConnections() == 1);

    live.messages.clear();
    const QUuid note = QUuid::createUuid();
    REQUIRE(room.postNote(token, note, QStringLiteral("Benches, please")).status == 201);
    REQUIRE(spinUntil([&] { return live.saw(QStringLiteral("changed")); }));
    // Only that something changed: never the words, nor anything about anyone.
    for (const QString &m : live.messages)
        CHECK(!m.contains(QStringLiteral("Benches")));

    live.messages.clear();
    REQUIRE(room.service->openVote(room.board, 3));
    REQUIRE(spinUntil([&] { return live.saw(QStringLiteral("changed")); }));
    live.messages.clear();
    const QByteArray vote = QJsonDocument(QJsonObject { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                              { QStringLiteral("note"), note.toString(QUuid::WithoutBraces) } })
                                .toJson(QJsonDocument::Compact);
    REQUIRE(room.request("POST", "/api/votes", vote, token).status == 201);
    REQUIRE(spinUntil([&] { return live.saw(QStringLiteral("changed")); }));

    // Many changes at once are told as one message, not one each.
    live.messages.clear();
    for (int i = 0; i < 5; ++i) {
        Note n;
        n.boardId = room.board;
        n.text = QStringLiteral("typed on the laptop %1").arg(i);
        n.x = n.y = std::numeric_limits<double>::quiet_NaN();
        REQUIRE(room.session->perform(edits::addNote(room.session->data(), n)));
    }
    REQUIRE(spinUntil([&] { return live.saw(QStringLiteral("changed")); }));
    spinUntil([] { return false; }, 100);
    CHECK(live.messages.size() == 1);

    SECTION("a removed device's socket closes at once")
    {
        room.service->removeDevice(room.service->devices().front().id);
        REQUIRE(spinUntil([&] { return live.closed; }));
        CHECK(live.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
        CHECK(room.server->liveConnections() == 0);
    }
}

TEST_CASE("A socket from another site, or on another path, is refused before the handshake", "[room][live]")
{
    RoomFixture room(quickLimits());
    const QByteArray token = room.join();
    SECTION("another site's page")
    {
        Listener live(room, QStringLiteral("http://evil.example"));
        REQUIRE(spinUntil([&] { return live.closed || live.opened; }));
        CHECK(!live.opened);
    }
    SECTION("no Origin at all (not a browser page)")
    {
        const QByteArray handshake = "GET /api/live HTTP/1.1\r\nHost: " + room.hostHeader()
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n";
        CHECK(room.raw(handshake).status == 403);
    }
    SECTION("a name pointed at the laptop (DNS rebinding)")
    {
        const QByteArray handshake = "GET /api/live HTTP/1.1\r\nHost: evil.example:" + QByteArray::number(room.server->port())
            + "\r\nOrigin: http://evil.example:" + QByteArray::number(room.server->port())
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n";
        CHECK(room.raw(handshake).status == 403);
    }
    SECTION("an upgrade anywhere else")
    {
        const QByteArray handshake = "GET /api/boards HTTP/1.1\r\nHost: " + room.hostHeader() + "\r\nOrigin: http://"
            + room.hostHeader()
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n";
        CHECK(room.raw(handshake).status == 404);
    }
    CHECK(room.server->liveConnections() == 0);
    // Plain requests still work afterwards.
    CHECK(room.request("GET", "/api/boards", {}, token).status == 200);
}

TEST_CASE("A socket without a valid token is closed", "[room][live]")
{
    RoomFixture room(quickLimits());
    Listener live(room, pageOrigin(room));
    REQUIRE(spinUntil([&] { return live.opened; }));
    SECTION("no token in time")
    {
        REQUIRE(spinUntil([&] { return live.closed; }, 3000));
    }
    SECTION("a wrong token")
    {
        live.sendToken("not-a-token");
        REQUIRE(spinUntil([&] { return live.closed; }, 3000));
    }
    CHECK(live.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    CHECK(!live.saw(QStringLiteral("hello")));
    CHECK(room.server->liveConnections() == 0);
}

TEST_CASE("An oversized message closes the socket", "[room][live]")
{
    RoomFixture room(quickLimits());
    const QByteArray token = room.join();
    Listener live(room, pageOrigin(room));
    REQUIRE(spinUntil([&] { return live.opened; }));
    live.sendToken(token);
    REQUIRE(spinUntil([&] { return live.saw(QStringLiteral("hello")); }));
    live.socket.sendTextMessage(QString(4000, QLatin1Char('x')));
    REQUIRE(spinUntil([&] { return live.closed; }, 3000));
    CHECK(live.socket.closeCode() == QWebSocketProtocol::CloseCodeTooMuchData);
    REQUIRE(spinUntil([&] { return room.server->liveConnections() == 0; }));
}

TEST_CASE("A socket that answers no ping is closed when quiet", "[room][live]")
{
    RoomFixture room(quickLimits());
    const QByteArray token = room.join();
    // By hand, so that nothing answers the server's pings.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, room.server->port());
    REQUIRE(spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write("GET /api/live HTTP/1.1\r\nHost: " + room.hostHeader() + "\r\nOrigin: http://" + room.hostHeader()
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray in;
    REQUIRE(spinUntil([&] {
        in += socket.readAll();
        return in.contains("\r\n\r\n");
    }));
    INFO(in.constData());
    REQUIRE(in.startsWith("HTTP/1.1 101"));
    // One masked text frame with the token.
    const QByteArray payload = R"({"token":")" + token + R"("})";
    REQUIRE(payload.size() < 126);
    QByteArray frame;
    frame += char(0x81);
    frame += char(0x80 | payload.size());
    const char mask[4] = { 0x11, 0x22, 0x33, 0x44 };
    frame += QByteArray(mask, 4);
    for (int i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    socket.write(frame);
    in.clear();
    REQUIRE(spinUntil([&] {
        in += socket.readAll();
        return in.contains("hello");
    }));
    CHECK(room.server->liveConnections() == 1);
    // Pinged, never answering: closed after the idle time.
    REQUIRE(spinUntil([&] { return room.server->liveConnections() == 0; }, 3000));
}
