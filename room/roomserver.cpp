// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomserver.h"

#include "guardedtcpserver.h"
#include "roomlive.h"
#include "roomservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

namespace cg::room {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::room", text);
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return status < 500 ? "Bad Request" : "Internal Server Error";
    }
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &message)
{
    return json(QJsonObject { { QStringLiteral("error"), message } });
}

/// The page's files, read from the resources once.
QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// "…/api/boards/<uuid>/notes" -> the uuid; null when the path is anything else.
QUuid idBetween(const QString &path, QLatin1String prefix, QLatin1String suffix)
{
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return {};
    const QString middle = path.mid(prefix.size(), path.size() - prefix.size() - suffix.size());
    return middle.size() == 36 ? QUuid::fromString(middle) : QUuid();
}

} // namespace

RoomServer::RoomServer(RoomService &service, const RoomLimits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_limits(limits)
    , m_live(new RoomLive(service, service.session(), limits, this))
{
    // Connected before any request: Qt HttpServer 6.4 upgrades only when this signal is connected.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_live->adopt(nextPendingWebSocketConnection());
    });
}

int RoomServer::liveConnections() const
{
    return m_live->connections();
}

QByteArray RoomServer::checkUpgrade(const QByteArray &head) const
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray host, origin, upgrade;
    int hosts = 0, origins = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name == "host") {
            host = value;
            ++hosts;
        } else if (name == "origin") {
            origin = value;
            ++origins;
        } else if (name == "upgrade") {
            upgrade = value.toLower();
        }
    }
    const QByteArray target = requestLine.value(1);
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    if (requestLine.value(0) != "GET" || path != "/api/live" || upgrade != "websocket")
        return GuardedTcpServer::refusalAnswer(404, "Not Found", "There is nothing here.");
    if (hosts != 1 || !hostAllowed(host))
        return GuardedTcpServer::refusalAnswer(403, "Forbidden", "Open the room with the address shown on the screen.");
    // Browsers always send Origin with a WebSocket: one from another site, or none, is refused.
    if (origins != 1 || origin != "http://" + host)
        return GuardedTcpServer::refusalAnswer(403, "Forbidden", "Only the room's own page can listen here.");
    if (!m_live->acceptsMore())
        return GuardedTcpServer::refusalAnswer(503, "Service Unavailable", "The room is busy. The page asks again by itself.");
    return {};
}

RoomServer::~RoomServer() = default;

Result<void> RoomServer::start(const QHostAddress &address, quint16 port)
{
    if (m_tcp)
        return fail(tr("Room mode is already on."));
    auto *tcp = new GuardedTcpServer(m_limits, this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        const bool busy = tcp->serverError() == QAbstractSocket::AddressInUseError;
        delete tcp;
        if (busy)
            return fail(tr("Port %1 is already in use on this computer (by another program, or by room mode in "
                           "another window). Choose another port, such as %2, and start again.")
                            .arg(port)
                            .arg(port < 65535 ? port + 1 : 8080));
        return fail(
            tr("Room mode could not start on %1 port %2: %3").arg(address.toString()).arg(port).arg(why));
    }
    tcp->setUpgradeCheck([this](const QByteArray &head) { return checkUpgrade(head); });
    bind(tcp);
    m_tcp = tcp;
    m_address = address;
    m_port = tcp->serverPort();
    return {};
}

QString RoomServer::url() const
{
    QString host = m_address.toString();
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/").arg(host).arg(m_port);
}

int RoomServer::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

bool RoomServer::hostAllowed(const QByteArray &host) const
{
    // Only an address typed as digits (or "localhost" on this machine's own loopback) and this
    // port: a page on another site whose name was pointed at this laptop (DNS rebinding) sends
    // its own name here and is refused.
    const qsizetype colon = host.lastIndexOf(':');
    if (colon <= 0 || host.mid(colon + 1).toUInt() != m_port || host.mid(colon + 1).toUInt() == 0)
        return false;
    QByteArray name = host.left(colon);
    if (name.startsWith('[') && name.endsWith(']'))
        name = name.mid(1, name.size() - 2);
    if (name == "localhost")
        return m_address.isLoopback();
    QHostAddress literal;
    if (!literal.setAddress(QString::fromLatin1(name)))
        return false;
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address == QHostAddress::AnyIPv6)
        return true;
    return literal.isEqual(m_address, QHostAddress::TolerantConversion);
}

bool RoomServer::originAllowed(const QByteArray &origin, const QByteArray &host) const
{
    return origin.isEmpty() || origin == "http://" + host;
}

RoomServer::Answer RoomServer::answer(const QHttpServerRequest &request)
{
    const QByteArray jsonType = "application/json; charset=utf-8";
    auto failWith = [&](int status, const QString &message) {
        return Answer { status, jsonType, errorBody(message), {} };
    };
    auto reply = [&](const RoomReply &r) { return Answer { r.status, jsonType, json(r.body), {} }; };

    const QByteArray host = request.value("host");
    if (!hostAllowed(host))
        return failWith(403, tr("Open the room with the address shown on the screen."));
    if (!originAllowed(request.value("origin"), host))
        return failWith(403, tr("Only the room's own page can send notes here."));

    const QString path = request.url().path();
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;
    const bool del = method == QHttpServerRequest::Method::Delete;

    if (!path.startsWith(QLatin1String("/api/"))) {
        static const struct
        {
            const char *path;
            const char *file;
            const char *type;
        } page[] = {
            { "/", ":/room/index.html", "text/html; charset=utf-8" },
            { "/app.js", ":/room/app.js", "text/javascript; charset=utf-8" },
            { "/style.css", ":/room/style.css", "text/css; charset=utf-8" },
        };
        for (const auto &entry : page) {
            if (path != QLatin1String(entry.path))
                continue;
            if (!get)
                return failWith(405, tr("That cannot be done here."));
            return Answer { 200, entry.type, resource(QLatin1String(entry.file)), {} };
        }
        return Answer { 404, "text/plain; charset=utf-8", tr("There is nothing here.").toUtf8(), {} };
    }

    QByteArray token;
    const QByteArray authorization = request.value("authorization");
    if (authorization.startsWith("Bearer "))
        token = authorization.mid(7).trimmed();

    QJsonObject body;
    if (post) {
        // JSON only: a form on another site can post text/plain without asking, never JSON.
        if (!request.value("content-type").trimmed().toLower().startsWith("application/json"))
            return failWith(415, tr("Send the note from the room's page."));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return failWith(400, tr("That could not be read. Reload the page and try again."));
        body = document.object();
    }

    if (path == QLatin1String("/api/join"))
        return post ? reply(m_service.join(body, request.remoteAddress().toString()))
                    : failWith(405, tr("That cannot be done here."));
    if (path == QLatin1String("/api/me")) {
        if (post)
            return reply(m_service.sayWhoIAm(token, body, request.remoteAddress().toString()));
        return del ? reply(m_service.forgetWhoIAm(token)) : failWith(405, tr("That cannot be done here."));
    }
    if (path == QLatin1String("/api/boards"))
        return get ? reply(m_service.boards(token)) : failWith(405, tr("That cannot be done here."));
    if (path == QLatin1String("/api/notes")) {
        if (!post)
            return failWith(405, tr("That cannot be done here."));
        // Answered when the note is in the file, perhaps a few milliseconds from now.
        Answer deferred;
        deferred.status = 0;
        QPointer<QTcpSocket> to(m_current);
        const bool close = m_currentCloses;
        m_service.postNote(token, body, [to, close](const RoomReply &r) {
            if (to)
                send(to, Answer { r.status, "application/json; charset=utf-8", json(r.body), {} }, close);
        });
        return deferred;
    }
    if (path == QLatin1String("/api/vote"))
        return get ? reply(m_service.voteState(token)) : failWith(405, tr("That cannot be done here."));
    if (path == QLatin1String("/api/votes"))
        return post ? reply(m_service.postVote(token, body)) : failWith(405, tr("That cannot be done here."));
    if (const QUuid board = idBetween(path, QLatin1String("/api/boards/"), QLatin1String("/notes"));
        !board.isNull())
        return get ? reply(m_service.boardNotes(token, board))
                   : failWith(405, tr("That cannot be done here."));
    if (const QUuid vote = idBetween(path, QLatin1String("/api/votes/"), QLatin1String("")); !vote.isNull())
        return del ? reply(m_service.removeVote(token, vote))
                   : failWith(405, tr("That cannot be done here."));
    return failWith(404, tr("There is nothing here."));
}

bool RoomServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt HttpServer 6.4 shows an upgrade here first and hands the socket to its WebSocket server
    // afterwards. Only an upgrade checkUpgrade() let through gets this far (the guard refuses the
    // rest before the parser sees them), so it is left unanswered for the WebSocket handshake.
    if (!request.value("upgrade").isEmpty())
        return true;
    GuardedTcpServer::requestCompleted(socket);
    m_current = socket;
    m_currentCloses = request.value("connection").toLower() == "close";
    const Answer a = answer(request);
    m_current = nullptr;
    if (a.status != 0) // 0: answered later
        send(socket, a, request.value("connection").toLower() == "close");
    return true;
}

void RoomServer::send(QTcpSocket *socket, const Answer &a, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) + "\r\n";
    out += "Content-Type: " + a.contentType + "\r\n";
    out += GuardedTcpServer::securityHeaders();
    out += a.extraHeaders;
    if (a.status == 429)
        out += "Retry-After: 5\r\n";
    out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += a.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void RoomServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Never reached: handleRequest answers everything. Close rather than leave it hanging.
    socket->disconnectFromHost();
}

} // namespace cg::room
