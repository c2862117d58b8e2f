// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace cg {

/// One running Common Ground per user: a later launch hands its files to the first and exits.
///
/// The first launch listens on a local socket (per user, and per home folder so that test runs
/// with their own HOME stay apart); a later one connects, sends the absolute paths of its files
/// as one line of JSON and waits for "ok". The socket is the desktop's way of saying "open this"
/// when a workshop is double-clicked while the app is already open, so the running instance
/// decides where the file goes (MainWindows::openFiles). Nothing but paths crosses it, and the
/// receiver bounds what it reads.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// At most this many files in one message, each path at most maxPathLength characters.
    static constexpr int maxFiles = 64;
    static constexpr int maxPathLength = 4096;

    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket's name for the user running this process.
    static QString defaultName();
    QString name() const { return m_name; }

    /// Hands \a files (made absolute here; none means "come to the front") to a running instance.
    /// True once it has taken them; false at once when none is listening, or after
    /// \a timeoutMs when one is there but does not answer.
    bool forward(const QStringList &files, int timeoutMs = 3000) const;
    /// One round trip on the socket called \a name: sends \a message and returns the answer
    /// (empty when nobody listens, nobody answers, or the message was refused).
    static QByteArray exchange(const QString &name, const QByteArray &message, int timeoutMs);
    /// Starts taking files from later launches; false (and the app runs alone) if the socket
    /// could not be made. A socket left behind by a crashed instance is replaced.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    /// A later launch asked for these absolute paths to be opened (empty: just come to the front).
    void filesRequested(const QStringList &files);

private:
    void take(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace cg
