// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roomlimits.h"

#include <QByteArray>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace cg::room {

/// The listening socket room mode hands to Qt HttpServer, enforcing the limits Qt HttpServer 6.4
/// lacks (RoomLimits). Each accepted socket gets a capped read buffer, so the kernel holds back
/// whatever a client sends beyond it; a watcher that sees every byte before the HTTP parser does
/// and answers 431 to an over-long head, 413 to an over-long body (at once when Content-Length
/// says so) and closes the connection; and an idle timer. Connections beyond the cap are answered
/// 503 and closed without being handed on.
///
/// The watcher is connected to readyRead before the HTTP server is (the socket is created here),
/// so it runs first; when it refuses a request it disconnects the parser from the socket before
/// replying, so the parser never sees the refused bytes.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const RoomLimits &limits, QObject *parent = nullptr);

    /// Connections open now (accepted and not yet closed).
    int openConnections() const { return m_open; }
    /// Tells the watcher of \a socket that a whole request was received, so the next one is
    /// counted from zero (keep-alive connections carry many).
    static void requestCompleted(QTcpSocket *socket);
    /// The headers every refusal carries, shared with RoomServer's own responses.
    static QByteArray securityHeaders();
    /// Decides on a request asking to upgrade (a WebSocket) before Qt HttpServer sees it, since
    /// 6.4 upgrades every such request without asking: given the request's head, the whole HTTP
    /// answer that refuses it, or nothing to let it through. Without a check every upgrade is
    /// refused. A socket let through leaves this watcher (no idle timer, no byte count): its
    /// WebSocket keeps its own limits (RoomLive).
    using UpgradeCheck = std::function<QByteArray(const QByteArray &head)>;
    void setUpgradeCheck(UpgradeCheck check) { m_upgradeCheck = std::move(check); }
    QByteArray checkUpgrade(const QByteArray &head) const;
    /// A refusal as a whole HTTP answer (status, plain-text body, security headers, close).
    static QByteArray refusalAnswer(int status, const char *reason, const QByteArray &message);

Q_SIGNALS:
    void connectionsChanged(int open);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RoomLimits m_limits;
    int m_open = 0;
    UpgradeCheck m_upgradeCheck;
};

} // namespace cg::room
