// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roomlimits.h"
#include "roomserver.h"
#include "roomservice.h"
#include "session/session.h"
#include "testsupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>

namespace cg::test {

/// Runs the event loop until \a done or \a timeoutMs pass; true when done. Server and clients
/// share this thread, so every wait must keep the loop turning.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 5000);

/// One HTTP exchange as a phone would make it, over its own connection.
struct HttpReply
{
    int status = 0; // 0: no answer (closed or timed out)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

/// A workshop with two boards, room mode on 127.0.0.1 at a free port, and a plain HTTP client.
struct RoomFixture
{
    explicit RoomFixture(const room::RoomLimits &limits = {}, bool moderated = false);

    TempDir dir;
    std::unique_ptr<Session> session;
    QUuid board; // "Table 1"
    QUuid board2; // "Table 2"
    std::unique_ptr<room::RoomService> service;
    std::unique_ptr<room::RoomServer> server;

    QByteArray hostHeader() const;
    /// Sends \a method \a path with \a body; adds Host, JSON content type and the token when given.
    HttpReply request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
        const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &extra = {});
    /// Sends exactly \a raw and reads the answer.
    HttpReply raw(const QByteArray &raw, int timeoutMs = 5000);
    /// Joins with the right code; the token.
    QByteArray join();
    HttpReply postNote(
        const QByteArray &token, const QUuid &id, const QString &text, const QUuid &boardId = {});
};

QByteArray uuidText(const QUuid &id);

} // namespace cg::test
