// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The limits Qt HttpServer 6.4 does not keep, kept by GuardedTcpServer: each test uses short
// limits so that it runs in well under a second.
#include "roomfixture.h"

#include "guardedtcpserver.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <vector>

using namespace cg;
using namespace cg::test;

namespace {

room::RoomLimits smallLimits()
{
    room::RoomLimits limits;
    limits.maxHeadBytes = 4 * 1024;
    limits.maxBodyBytes = 64 * 1024;
    limits.idleTimeoutMs = 400;
    limits.maxConnections = 8;
    return limits;
}

struct Client
{
    QTcpSocket socket;
    QByteArray received;

    bool connect(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; });
    }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    int status()
    {
        received += socket.readAll();
        return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0;
    }
    /// Writes \a total bytes of \a filler in pieces until the server answers or closes; how many
    /// bytes were written by then.
    qint64 flood(const QByteArray &filler, qint64 total)
    {
        qint64 written = 0;
        while (written < total && status() == 0 && !closed()) {
            if (socket.bytesToWrite() < 256 * 1024) {
                socket.write(filler);
                written += filler.size();
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        }
        spinUntil([&] { return status() != 0 || closed(); }, 3000);
        return written;
    }
};

} // namespace

TEST_CASE("A body declared too large is refused as soon as its headers arrive", "[room][limits]")
{
    RoomFixture room(smallLimits());
    const QByteArray token = room.join();
    Client client;
    REQUIRE(client.connect(room.server->port()));
    client.socket.write("POST /api/notes HTTP/1.1\r\nHost: " + room.hostHeader()
        + "\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n{\"text\":\"");
    const qint64 written = client.flood(QByteArray(64 * 1024, 'a'), 200 * 1024 * 1024);
    CHECK(client.status() == 413);
    CHECK(client.received.contains("Content-Security-Policy"));
    CHECK(written < 8 * 1024 * 1024); // refused long before the 200 MB were sent
    CHECK(spinUntil([&] { return client.closed(); }, 3000));
    CHECK(room.session->data().notes.size() == 0);
}

TEST_CASE("A body that never says its length is cut off at the limit, not read whole", "[room][limits]")
{
    RoomFixture room(smallLimits());
    const QByteArray token = room.join();
    Client client;
    REQUIRE(client.connect(room.server->port()));
    client.socket.write("POST /api/notes HTTP/1.1\r\nHost: " + room.hostHeader()
        + "\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'a') + "\r\n";
    const qint64 written = client.flood(chunk, 100 * 1024 * 1024);
    CHECK(client.status() == 413);
    CHECK(written < 8 * 1024 * 1024);
    CHECK(spinUntil([&] { return client.closed(); }, 3000));
    CHECK(room.session->data().notes.size() == 0);
}

TEST_CASE("Endless headers are cut off", "[room][limits]")
{
    RoomFixture room(smallLimits());
    Client client;
    REQUIRE(client.connect(room.server->port()));
    client.socket.write("GET / HTTP/1.1\r\nHost: " + room.hostHeader() + "\r\n");
    const qint64 written = client.flood("X-Filler: " + QByteArray(1000, 'h') + "\r\n", 100 * 1024 * 1024);
    CHECK(client.status() == 431);
    CHECK(written < 8 * 1024 * 1024);
    CHECK(spinUntil([&] { return client.closed(); }, 3000));
}

TEST_CASE("A connection that goes quiet is closed", "[room][limits]")
{
    RoomFixture room(smallLimits());
    Client halfSent;
    REQUIRE(halfSent.connect(room.server->port()));
    halfSent.socket.write("POST /api/join HTTP/1.1\r\nHost: " + room.hostHeader() + "\r\nContent-Le");
    Client silent;
    REQUIRE(silent.connect(room.server->port()));
    CHECK(spinUntil([&] { return halfSent.closed() && silent.closed(); }, 3000));
    CHECK(spinUntil([&] { return room.server->openConnections() == 0; }, 3000));
}

TEST_CASE(
    "Connections beyond the cap are turned away, and room is made again as they close", "[room][limits]")
{
    RoomFixture room(smallLimits());
    std::vector<std::unique_ptr<Client>> held;
    for (int i = 0; i < 8; ++i) {
        held.push_back(std::make_unique<Client>());
        REQUIRE(held.back()->connect(room.server->port()));
    }
    REQUIRE(spinUntil([&] { return room.server->openConnections() == 8; }));
    Client extra;
    extra.socket.connectToHost(QHostAddress::LocalHost, room.server->port());
    CHECK(spinUntil([&] { return extra.status() == 503; }));
    CHECK(spinUntil([&] { return extra.closed(); }, 3000));

    held.front()->socket.abort();
    REQUIRE(spinUntil([&] { return room.server->openConnections() == 7; }));
    CHECK(room.request("GET", "/").status == 200);
}
