// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomfixture.h"

#include "commands/edits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>

namespace cg::test {

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.toLower() == name.toLower())
            return h.second;
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toLatin1();
}

RoomFixture::RoomFixture(const room::RoomLimits &limits, bool moderated)
{
    session = newSession(dir);
    Board first;
    first.id = board = QUuid::createUuid();
    first.title = QStringLiteral("Table 1");
    first.position = 0;
    REQUIRE(session->perform(edits::addBoard(session->data(), first)));
    Board second;
    second.id = board2 = QUuid::createUuid();
    second.title = QStringLiteral("Table 2");
    second.position = 1;
    REQUIRE(session->perform(edits::addBoard(session->data(), second)));
    service = std::make_unique<room::RoomService>(*session, limits);
    service->setModeration(moderated);
    REQUIRE(service->setJoinCode(QStringLiteral("KM47TX")));
    server = std::make_unique<room::RoomServer>(*service, limits);
    REQUIRE(server->start(QHostAddress::LocalHost, 0));
}

QByteArray RoomFixture::hostHeader() const
{
    return "127.0.0.1:" + QByteArray::number(server->port());
}

HttpReply RoomFixture::raw(const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    if (!spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return {};
    socket.write(bytes);
    QByteArray in;
    HttpReply reply;
    auto complete = [&] {
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            return socket.state() != QAbstractSocket::ConnectedState;
        const QList<QByteArray> lines = in.left(end).split('\n');
        qint64 length = -1;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        return (length >= 0 && in.size() - end - 4 >= length)
            || socket.state() != QAbstractSocket::ConnectedState;
    };
    spinUntil(complete, timeoutMs);
    in += socket.readAll();
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = in.left(end).split('\n');
    const QList<QByteArray> status = lines.front().split(' ');
    reply.status = status.size() > 1 ? status.at(1).toInt() : 0;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    reply.body = in.mid(end + 4);
    return reply;
}

HttpReply RoomFixture::request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
    const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\nConnection: close\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    for (const auto &h : extra)
        out += h.first + ": " + h.second + "\r\n";
    return raw(out + "\r\n" + body);
}

QByteArray RoomFixture::join()
{
    const HttpReply reply = request("POST", "/api/join", R"({"code":"KM47TX"})");
    REQUIRE(reply.status == 200);
    return reply.json().value(QStringLiteral("token")).toString().toLatin1();
}

HttpReply RoomFixture::postNote(
    const QByteArray &token, const QUuid &id, const QString &text, const QUuid &boardId)
{
    const QJsonObject note { { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("board"), (boardId.isNull() ? board : boardId).toString(QUuid::WithoutBraces) },
        { QStringLiteral("text"), text } };
    return request("POST", "/api/notes", QJsonDocument(note).toJson(QJsonDocument::Compact), token);
}

} // namespace cg::test
