// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomlive.h"

#include "roomservice.h"
#include "session/session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>

namespace cg::room {

namespace {

QString typed(const QString &type)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("type"), type } }).toJson(QJsonDocument::Compact));
}

} // namespace

RoomLive::RoomLive(RoomService &service, Session &session, const RoomLimits &limits, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_limits(limits)
{
    m_clock.start();
    m_sweep.setInterval(std::max(50, std::min(m_limits.liveTokenTimeoutMs, m_limits.liveIdleTimeoutMs / 3)));
    connect(&m_sweep, &QTimer::timeout, this, &RoomLive::sweep);
    m_push.setSingleShot(true);
    m_push.setInterval(std::max(0, m_limits.livePushDelayMs));
    connect(&m_push, &QTimer::timeout, this, &RoomLive::push);
    // Anything a phone might see: notes and dots (edits), the vote, the boards and the device's
    // role or link (devices). Told as one "changed" a moment later, for many changes at once.
    connect(&session, &Session::editApplied, this, &RoomLive::changed);
    connect(&service, &RoomService::voteChanged, this, &RoomLive::changed);
    connect(&service, &RoomService::devicesChanged, this, [this] {
        // A removed device's socket closes at once (its token stopped working).
        std::vector<QWebSocket *> gone;
        for (const Live &live : m_sockets)
            if (!live.token.isEmpty() && !m_service.knowsToken(live.token))
                gone.push_back(live.socket.get());
        for (QWebSocket *socket : gone)
            close(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("removed"));
        changed();
    });
}

RoomLive::~RoomLive()
{
    for (Live &live : m_sockets) {
        live.socket->disconnect(this);
        live.socket->abort();
    }
}

void RoomLive::adopt(std::unique_ptr<QWebSocket> socket)
{
    if (!socket)
        return;
    if (!acceptsMore()) { // checked before the handshake too; this is the last word
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("full"));
        socket.release()->deleteLater();
        return;
    }
    QWebSocket *raw = socket.get();
    raw->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxLiveMessageBytes));
    raw->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxLiveMessageBytes));
    connect(raw, &QWebSocket::textMessageReceived, this,
        [this, raw](const QString &message) { onMessage(raw, message); });
    connect(raw, &QWebSocket::binaryMessageReceived, this, [this, raw] {
        close(raw, QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("text only"));
    });
    connect(raw, &QWebSocket::pong, this, [this, raw] {
        if (Live *live = find(raw))
            live->heard = m_clock.elapsed();
    });
    connect(raw, &QWebSocket::disconnected, this, [this, raw] { forget(raw); });
    const qint64 now = m_clock.elapsed();
    m_sockets.push_back(Live { std::move(socket), {}, now, now });
    if (!m_sweep.isActive())
        m_sweep.start();
}

RoomLive::Live *RoomLive::find(QWebSocket *socket)
{
    auto it = std::find_if(m_sockets.begin(), m_sockets.end(), [&](const Live &l) { return l.socket.get() == socket; });
    return it == m_sockets.end() ? nullptr : &*it;
}

void RoomLive::onMessage(QWebSocket *socket, const QString &message)
{
    Live *live = find(socket);
    if (!live)
        return;
    live->heard = m_clock.elapsed();
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (live->token.isEmpty()) {
        const QByteArray token = object.value(QStringLiteral("token")).toString().toLatin1();
        if (!m_service.knowsToken(token))
            return close(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("join first"));
        live->token = token;
        socket->sendTextMessage(typed(QStringLiteral("hello")));
        return;
    }
    // After the token only "ping" is expected; anything else is ignored (it only kept it awake).
}

void RoomLive::close(QWebSocket *socket, int code, const QString &reason)
{
    if (!find(socket))
        return;
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    // A peer that never answers the close is cut off when the sweep next finds it gone quiet.
    forget(socket);
}

void RoomLive::forget(QWebSocket *socket)
{
    auto it = std::find_if(m_sockets.begin(), m_sockets.end(), [&](const Live &l) { return l.socket.get() == socket; });
    if (it == m_sockets.end())
        return;
    QWebSocket *raw = it->socket.release();
    m_sockets.erase(it);
    raw->disconnect(this);
    // Deleted later: this may run inside one of the socket's own signals. A socket that does not
    // finish its closing handshake is dropped a moment later.
    QTimer::singleShot(1000, raw, &QWebSocket::abort);
    connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    if (raw->state() == QAbstractSocket::UnconnectedState)
        raw->deleteLater();
    if (m_sockets.empty())
        m_sweep.stop();
}

void RoomLive::sweep()
{
    const qint64 now = m_clock.elapsed();
    std::vector<std::pair<QWebSocket *, int>> closing;
    for (const Live &live : m_sockets) {
        if (live.token.isEmpty() && now - live.opened >= m_limits.liveTokenTimeoutMs)
            closing.emplace_back(live.socket.get(), QWebSocketProtocol::CloseCodePolicyViolated);
        else if (now - live.heard >= m_limits.liveIdleTimeoutMs)
            closing.emplace_back(live.socket.get(), QWebSocketProtocol::CloseCodeGoingAway);
        else
            live.socket->ping();
    }
    for (const auto &[socket, code] : closing)
        close(socket, code, code == QWebSocketProtocol::CloseCodeGoingAway ? QStringLiteral("quiet")
                                                                           : QStringLiteral("join first"));
}

void RoomLive::changed()
{
    if (!m_sockets.empty() && !m_push.isActive())
        m_push.start();
}

void RoomLive::push()
{
    const QString message = typed(QStringLiteral("changed"));
    for (const Live &live : m_sockets)
        if (!live.token.isEmpty())
            live.socket->sendTextMessage(message);
}

} // namespace cg::room
