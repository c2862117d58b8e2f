// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roomlimits.h"

#include "result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

namespace cg::room {

class GuardedTcpServer;
class RoomLive;
class RoomService;

/// The HTTP side of room mode: serves the phone page from the app's resources and turns the API
/// of docs/room-api.md into RoomService calls. It listens on one address the facilitator chose,
/// through a GuardedTcpServer (the limits Qt HttpServer 6.4 lacks). Requests are answered on the
/// GUI thread, one at a time, each cheaply.
///
/// Every response carries a Content-Security-Policy and nosniff. Requests whose Host is not this
/// server (DNS rebinding) or whose Origin is another site are refused; API calls that change
/// anything must be JSON, which a cross-site form cannot send.
class RoomServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    RoomServer(RoomService &service, const RoomLimits &limits = {}, QObject *parent = nullptr);
    ~RoomServer() override;

    /// Starts listening on \a address (never "any" unless the caller asked for it); port 0 picks
    /// a free one. Fails with a plain message when the address cannot be used.
    Result<void> start(const QHostAddress &address, quint16 port);
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    /// Phones listening for live updates now.
    int liveConnections() const;
    /// The address phones open, e.g. "http://192.168.1.20:8080/".
    QString url() const;
    int openConnections() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray extraHeaders;
    };
    Answer answer(const QHttpServerRequest &request);
    static void send(QTcpSocket *socket, const Answer &answer, bool close);
    bool hostAllowed(const QByteArray &host) const;
    /// A WebSocket handshake, before Qt HttpServer upgrades it: only GET /api/live, with this
    /// room's Host and its own page's Origin, while there is room. The refusal, or nothing.
    QByteArray checkUpgrade(const QByteArray &head) const;
    bool originAllowed(const QByteArray &origin, const QByteArray &host) const;

    RoomService &m_service;
    RoomLimits m_limits;
    RoomLive *m_live = nullptr;
    QPointer<GuardedTcpServer> m_tcp;
    QHostAddress m_address;
    quint16 m_port = 0;
    QTcpSocket *m_current = nullptr; // the socket of the request being answered
    bool m_currentCloses = false;
};

} // namespace cg::room
