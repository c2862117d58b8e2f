// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `commonground-cli room`: the real binary, driven over loopback and stopped with SIGTERM.
#include "testsupport.h"

#include "commands/edits.h"
#include "people/personalcode.h"
#include "session/session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace cg;
using namespace cg::test;

namespace {

/// One blocking exchange with a server in another process.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray in;
    while (socket.waitForReadyRead(5000))
        in += socket.readAll();
    return in + socket.readAll();
}

QByteArray post(quint16 port, const QByteArray &path, const QByteArray &body, const QByteArray &token = {})
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    return exchange(port, request + "\r\n" + body);
}

QJsonObject bodyOf(const QByteArray &response)
{
    return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

TEST_CASE("room runs headless, prints its address and code, and stops on SIGTERM with the notes kept",
    "[room][cli]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("room.cgw"));
    QUuid board;
    {
        auto session = newSession(dir, QStringLiteral("room.cgw"));
        Board table;
        table.id = board = QUuid::createUuid();
        table.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), table)));
    }
    QProcess room;
    room.start(cliPath(),
        { QStringLiteral("room"), file, QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--code"), QStringLiteral("ab12cd") });
    REQUIRE(room.waitForStarted());
    REQUIRE(room.waitForReadyRead(10000));
    const QString first = QString::fromUtf8(room.readLine()).trimmed();
    const QRegularExpression shape(QStringLiteral("^room: http://127\\.0\\.0\\.1:(\\d+)/ code AB12CD$"));
    const auto match = shape.match(first);
    INFO(first.toStdString());
    REQUIRE(match.hasMatch());
    const quint16 port = quint16(match.captured(1).toUInt());

    const QByteArray joined = post(port, "/api/join", R"({"code":"AB12CD"})");
    REQUIRE(joined.startsWith("HTTP/1.1 200"));
    const QByteArray token = bodyOf(joined).value(QStringLiteral("token")).toString().toLatin1();
    const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray note = R"({"id":")" + id + R"(","board":")"
        + board.toString(QUuid::WithoutBraces).toLatin1() + R"(","text":"Sent from a phone"})";
    CHECK(post(port, "/api/notes", note, token).startsWith("HTTP/1.1 201"));
    CHECK(post(port, "/api/notes", note, token).startsWith("HTTP/1.1 200"));
    CHECK(post(port, "/api/join", R"({"code":"WRONG1"})").startsWith("HTTP/1.1 403"));

    room.terminate(); // SIGTERM
    REQUIRE(room.waitForFinished(10000));
    CHECK(room.exitStatus() == QProcess::NormalExit);
    CHECK(room.exitCode() == 0);

    auto reopened = Session::open(file);
    REQUIRE(reopened);
    REQUIRE((*reopened)->data().notes.size() == 1);
    CHECK((*reopened)->data().notes.rows().front().text == QStringLiteral("Sent from a phone"));
    reopened->reset();
    CHECK(runCli({ QStringLiteral("check"), file }).exitCode == 0);
}

TEST_CASE("room refuses wrong arguments plainly", "[room][cli]")
{
    TempDir dir;
    {
        auto session = newSession(dir, QStringLiteral("room.cgw"));
    }
    const QString file = dir.path(QStringLiteral("room.cgw"));
    CHECK(runCli({ QStringLiteral("room"), file, QStringLiteral("--moderate"), QStringLiteral("maybe") })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("room"), file, QStringLiteral("--code"), QStringLiteral("a!") }).exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("room"), file, QStringLiteral("--bind"), QStringLiteral("not-an-address") })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("room"), dir.path(QStringLiteral("missing.cgw")) }).exitCode == 1);
}

TEST_CASE("room --personal-codes lists each person's code for a sign-in sheet", "[room][cli][personalcode]")
{
    TempDir dir;
    auto session = newSession(dir);
    QList<QUuid> ids;
    for (const char *name : { "Zeynep", "Ana" }) {
        Participant p;
        p.id = QUuid::createUuid();
        p.displayName = QString::fromUtf8(name);
        REQUIRE(session->perform(edits::addParticipant(session->data(), p)));
        ids << p.id;
    }
    const QString zeynep = personalcode::spaced(personalcode::of(session->data(), ids[0]));
    const QString ana = personalcode::spaced(personalcode::of(session->data(), ids[1]));
    const QString path = session->filePath();
    session.reset();
    const CliRun run = runCli({ QStringLiteral("room"), path, QStringLiteral("--personal-codes") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("Ana\t%1\nZeynep\t%2\n").arg(ana, zeynep));
}
