// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roomlimits.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <vector>

class QWebSocket;

namespace cg {
class Session;
} // namespace cg

namespace cg::room {

class RoomService;

/// Live updates for the phones: WebSockets at /api/live that tell a phone "something changed,
/// ask again" (a note went on a board, a dot was placed, a vote opened or closed, the boards or
/// the device's role changed). The socket carries no words and nothing about anyone: the phone
/// fetches what it may see through the ordinary API, where the consent rules are applied, so
/// there is one path for what a phone sees. When the socket fails the page keeps polling.
///
/// Qt WebSockets 6.4 is given the limits here: the handshake was checked (Host, Origin, path,
/// the connection cap) before it happened (RoomServer::checkUpgrade); every frame and message is
/// capped at RoomLimits::maxLiveMessageBytes (beyond it Qt closes the socket, 1009); the first
/// message must be the device's token within liveTokenTimeoutMs (else 1008); a socket silent for
/// liveIdleTimeoutMs (no pong, no message) is closed; a removed device's socket is closed at once.
class RoomLive : public QObject
{
    Q_OBJECT

public:
    RoomLive(RoomService &service, Session &session, const RoomLimits &limits, QObject *parent = nullptr);
    ~RoomLive() override;

    /// Takes a socket Qt HttpServer has upgraded.
    void adopt(std::unique_ptr<QWebSocket> socket);
    /// Open sockets, with a token or still waiting for one.
    int connections() const { return int(m_sockets.size()); }
    bool acceptsMore() const { return connections() < m_limits.maxLiveConnections; }

private:
    struct Live
    {
        std::unique_ptr<QWebSocket> socket;
        QByteArray token; // empty until the first message gave a valid one
        qint64 opened = 0;
        qint64 heard = 0;
    };
    Live *find(QWebSocket *socket);
    void onMessage(QWebSocket *socket, const QString &message);
    void close(QWebSocket *socket, int code, const QString &reason);
    void forget(QWebSocket *socket);
    void sweep();
    void changed();
    void push();

    RoomService &m_service;
    RoomLimits m_limits;
    std::vector<Live> m_sockets;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QTimer m_push;
};

} // namespace cg::room
