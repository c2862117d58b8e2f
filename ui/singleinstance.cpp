// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <memory>

namespace cg {

namespace {

const QByteArray kReply = QByteArrayLiteral("ok\n");
// Paths and their JSON quoting: far below this for any real launch.
constexpr qsizetype kMaxMessage = SingleInstance::maxFiles * (SingleInstance::maxPathLength * 2 + 8) + 64;
// A connection that sends nothing is dropped after this long.
constexpr int kReadTimeoutMs = 5000;

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    const QByteArray home
        = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString base = QStringLiteral("commonground-") + QString::fromLatin1(home);
    // The user's own runtime folder when the session has one; otherwise Qt's default folder,
    // where the socket is made readable by its owner only (UserAccessOption).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(base + QStringLiteral(".socket"));
    return base;
}

bool SingleInstance::forward(const QStringList &files, int timeoutMs) const
{
    QJsonArray paths;
    for (const QString &file : files.mid(0, maxFiles))
        paths.append(QFileInfo(file).absoluteFilePath());
    const QByteArray message
        = QJsonDocument(QJsonObject { { QStringLiteral("files"), paths } }).toJson(QJsonDocument::Compact)
        + '\n';
    return exchange(m_name, message, timeoutMs) == kReply;
}

QByteArray SingleInstance::exchange(const QString &name, const QByteArray &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    if (socket.write(message) != message.size())
        return {};
    QByteArray reply;
    // Written, answered and closed by the other side; a refusal closes it with no answer.
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(timeoutMs)) { }
    while (socket.state() == QLocalSocket::ConnectedState && reply.size() < kReply.size()
        && socket.waitForReadyRead(timeoutMs))
        reply += socket.readAll();
    reply += socket.readAll();
    return reply;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    // Someone answers already (two launches at once): let that one be the instance. Asked first
    // because Qt makes an owner-only socket elsewhere and renames it into place, which would
    // silently take the name from a running instance.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false;
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // Left behind by an instance that crashed: nobody answered on it above.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            delete server;
            return false;
        }
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket *socket = server->nextPendingConnection())
            take(socket);
    });
    m_server = server;
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::take(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf('\n');
        if (end < 0) {
            if (buffer->size() > kMaxMessage)
                socket->abort();
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(buffer->left(end));
        buffer->clear();
        const QJsonValue list = document.object().value(QStringLiteral("files"));
        if (!document.isObject() || !list.isArray() || list.toArray().size() > maxFiles) {
            socket->abort();
            return;
        }
        QStringList files;
        for (const QJsonValue &value : list.toArray()) {
            const QString path = value.toString();
            // Only absolute paths: the sender's working folder means nothing here.
            if (path.isEmpty() || path.size() > maxPathLength || !QFileInfo(path).isAbsolute()) {
                socket->abort();
                return;
            }
            files << QDir::cleanPath(path);
        }
        socket->write(kReply);
        socket->flush();
        socket->disconnectFromServer();
        // After the answer, and from the event loop: opening may ask for a passphrase (a sealed
        // file), and the launch that sent it should not wait for that.
        QMetaObject::invokeMethod(
            this, [this, files] { Q_EMIT filesRequested(files); }, Qt::QueuedConnection);
    });
}

} // namespace cg
