// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roomlimits.h"

#include <QByteArray>
#include <QTcpServer>

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

Q_SIGNALS:
    void connectionsChanged(int open);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RoomLimits m_limits;
    int m_open = 0;
};

} // namespace cg::room
