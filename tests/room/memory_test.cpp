// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Memory under load: 1,000 idle connections and floods of body and headers leave the resident
// size flat (read from /proc/self/status). Loopback only, bounded in count and time.
#include "roomfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace cg;
using namespace cg::test;

namespace {

/// This process's resident set in KB (VmRSS), 0 where /proc is not there.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return 0;
}

/// Writes up to \a total bytes of \a filler until the server answers or closes; how many bytes
/// were written by then (limits_test.cpp checks the answers themselves: a server closing on a
/// client still writing may reset the connection before the client reads the refusal).
qint64 flood(quint16 port, const QByteArray &head, const QByteArray &filler, qint64 total)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }))
        return -1;
    socket.write(head);
    QByteArray received;
    qint64 written = 0;
    auto answered = [&] {
        received += socket.readAll();
        return received.startsWith("HTTP/1.1 ") || socket.state() != QAbstractSocket::ConnectedState;
    };
    QElapsedTimer bound;
    bound.start();
    while (written < total && !answered() && bound.elapsed() < 20'000) {
        if (socket.bytesToWrite() < 256 * 1024) {
            socket.write(filler);
            written += filler.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    spinUntil(answered, 3000);
    return written;
}

} // namespace

TEST_CASE("Memory stays flat with 1,000 idle connections and under body and header floods",
    "[room][load][memory]")
{
    room::RoomLimits limits;
    limits.maxConnections = 1'100;
    limits.idleTimeoutMs = 60'000; // they stay for the whole test
    RoomFixture room(limits);
    const QByteArray token = room.join();
    // Everything used once first, so that first-use allocations are not counted.
    REQUIRE(room.postNote(token, QUuid::createUuid(), QStringLiteral("warm up")).status == 201);
    REQUIRE(room.request("GET", "/").status == 200);
    const qint64 before = residentKb();
    REQUIRE(before > 0);

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 1'000; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, room.server->port());
        if (i % 50 == 49)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    REQUIRE(spinUntil([&] { return room.server->openConnections() == 1'000; }, 30'000));
    const qint64 held = residentKb();
    // The room still answers while they sit there.
    CHECK(room.postNote(token, QUuid::createUuid(), QStringLiteral("still answering")).status == 201);

    const QByteArray host = "Host: " + room.hostHeader() + "\r\n";
    // Refused long before the end: the server never reads a flood whole.
    auto early = [](qint64 written) { return written >= 0 && written < 8 * 1024 * 1024; };
    CHECK(early(flood(room.server->port(),
              "POST /api/notes HTTP/1.1\r\n" + host + "Authorization: Bearer " + token
                  + "\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n",
              QByteArray(64 * 1024, 'a'), 200 * 1024 * 1024)));
    CHECK(early(flood(room.server->port(),
              "POST /api/notes HTTP/1.1\r\n" + host + "Authorization: Bearer " + token
                  + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
              "4000\r\n" + QByteArray(0x4000, 'a') + "\r\n", 200 * 1024 * 1024)));
    CHECK(early(flood(room.server->port(), "GET / HTTP/1.1\r\n" + host,
              "X-Filler: " + QByteArray(1000, 'h') + "\r\n", 100 * 1024 * 1024)));
    const qint64 after = residentKb();

    INFO("resident KB: before " << before << ", with 1,000 idle connections " << held
                                << ", after the floods " << after);
    // Both ends of each connection are in this process; a few tens of KB each at most. A buffered
    // 200 MB body or 100 MB of headers would be far beyond these bounds.
    CHECK(held - before < 48 * 1024);
    CHECK(after - before < 64 * 1024);
    CHECK(room.session->data().notes.size() == 2);

    idle.clear();
    CHECK(spinUntil([&] { return room.server->openConnections() == 0; }, 10'000));
}
