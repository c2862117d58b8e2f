// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace cg::room {

namespace {

constexpr int kCloseGraceMs = 2'000; // a refused client gets this long to read the answer
// The watcher has no meta-object of its own (no Q_OBJECT in a .cpp), so it is found by name.
const QString kWatcherName = QStringLiteral("cg-room-watcher");

QByteArray refusal(int status, const char *reason, const QByteArray &message)
{
    QByteArray body = R"({"error":")" + message + R"("})";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += GuardedTcpServer::securityHeaders();
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out + body;
}

void closeWith(QTcpSocket *socket, const QByteArray &answer)
{
    // Nothing more of this connection reaches the HTTP parser or this watcher.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->write(answer);
    socket->disconnectFromHost();
    QTimer::singleShot(kCloseGraceMs, socket, &QAbstractSocket::abort);
}

/// Watches one connection: counts the bytes of the request under way and restarts the idle timer.
class SocketWatcher : public QObject
{
public:
    SocketWatcher(QTcpSocket *socket, const RoomLimits &limits, const GuardedTcpServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_server(server)
    {
        setObjectName(kWatcherName);
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, socket, &QAbstractSocket::abort);
        connect(socket, &QIODevice::readyRead, this, &SocketWatcher::onReadyRead);
        m_written = connect(socket, &QIODevice::bytesWritten, this, [this] { m_idle.start(); });
        m_idle.start();
    }

    void reset()
    {
        m_head.clear();
        m_headDone = false;
        m_bodyBytes = 0;
    }

private:
    void onReadyRead()
    {
        m_idle.start();
        // Only the bytes that arrived since the parser last read: the parser reads everything
        // it is given inside a transaction, so what is still available is new.
        const qint64 fresh = m_socket->bytesAvailable();
        if (fresh <= 0)
            return;
        if (m_headDone) {
            m_bodyBytes += fresh;
        } else {
            const qint64 room = m_limits.maxHeadBytes + 4 - m_head.size();
            const QByteArray seen = m_socket->peek(qMin(fresh, qMax<qint64>(room, 0)));
            const qsizetype before = m_head.size();
            m_head += seen;
            const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeadBytes)
                    return closeWith(m_socket,
                        refusal(431, "Request Header Fields Too Large", "The request headers are too long."));
                return;
            }
            m_headDone = true;
            const qsizetype headLength = end + 4;
            m_bodyBytes = fresh - (headLength - before);
            m_head.truncate(headLength);
            if (declaredLength() > m_limits.maxBodyBytes)
                return closeWith(
                    m_socket, refusal(413, "Payload Too Large", "That is too much to send at once."));
            if (hasHeader("upgrade")) {
                // Qt HttpServer 6.4 would upgrade it unasked: decided here, before it sees it.
                const QByteArray refused = m_server ? m_server->checkUpgrade(m_head)
                                                    : refusal(403, "Forbidden", "Not here.");
                if (!refused.isEmpty())
                    return closeWith(m_socket, refused);
                // The WebSocket keeps its own limits from here on (RoomLive).
                m_idle.stop();
                disconnect(m_written);
                disconnect(m_socket, &QIODevice::readyRead, this, &SocketWatcher::onReadyRead);
                return;
            }
        }
        if (m_bodyBytes > m_limits.maxBodyBytes)
            closeWith(m_socket, refusal(413, "Payload Too Large", "That is too much to send at once."));
    }

    bool hasHeader(const QByteArray &name) const
    {
        const QList<QByteArray> lines = m_head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].left(colon).trimmed().toLower() == name)
                return true;
        }
        return false;
    }

    qint64 declaredLength() const
    {
        for (const QByteArray &line : m_head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                return ok ? length : -1;
            }
        }
        return -1;
    }

    QTcpSocket *m_socket;
    RoomLimits m_limits;
    const GuardedTcpServer *m_server = nullptr;
    QMetaObject::Connection m_written;
    QTimer m_idle;
    QByteArray m_head;
    bool m_headDone = false;
    qint64 m_bodyBytes = 0;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(const RoomLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // The kernel's own queue of connections not yet accepted stays small too.
    setMaxPendingConnections(qMax(30, limits.maxConnections / 4));
}

QByteArray GuardedTcpServer::securityHeaders()
{
    return "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; "
           "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
           "frame-ancestors 'none'\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "X-Frame-Options: DENY\r\n"
           "Cache-Control: no-store\r\n";
}

QByteArray GuardedTcpServer::checkUpgrade(const QByteArray &head) const
{
    return m_upgradeCheck ? m_upgradeCheck(head) : refusal(403, "Forbidden", "There is nothing to upgrade here.");
}

QByteArray GuardedTcpServer::refusalAnswer(int status, const char *reason, const QByteArray &message)
{
    return refusal(status, reason, message);
}

void GuardedTcpServer::requestCompleted(QTcpSocket *socket)
{
    if (auto *watcher = socket->findChild<QObject *>(kWatcherName, Qt::FindDirectChildrenOnly))
        static_cast<SocketWatcher *>(watcher)->reset();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        closeWith(
            socket, refusal(503, "Service Unavailable", "The room is full just now. Try again in a minute."));
        return;
    }
    ++m_open;
    Q_EMIT connectionsChanged(m_open);
    connect(socket, &QObject::destroyed, this, [this] {
        --m_open;
        Q_EMIT connectionsChanged(m_open);
    });
    // The parser never holds more than one request's worth: beyond it the kernel holds back the
    // sender (TCP flow control) while the watcher refuses the request.
    socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes + 1);
    new SocketWatcher(socket, m_limits, this);
    addPendingConnection(socket);
}

} // namespace cg::room
