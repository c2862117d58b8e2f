// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/limits.h"

#include <QtGlobal>

namespace cg::room {

/// Every bound room mode keeps, in one place. Qt HttpServer 6.4 enforces none of these itself
/// (it buffers any body whole and keeps a half-sent request open for ever), so GuardedTcpServer
/// and RoomService do. The defaults suit a hall of a few hundred phones; tests shorten the times.
struct RoomLimits
{
    /// Request line and headers together. A phone's browser sends well under 2 KB.
    qint64 maxHeadBytes = 16 * 1024;
    /// A request body: a note of limits::maxTextLength characters as JSON (up to three bytes a
    /// character in UTF-8) with room to spare. Anything larger is refused before it is read whole.
    qint64 maxBodyBytes = 3 * qint64(limits::maxTextLength) + 8 * 1024;
    /// A connection with nothing received or sent for this long is closed.
    int idleTimeoutMs = 20'000;
    /// Open connections at once; further ones are answered 503 and closed at once.
    int maxConnections = 512;
    /// Wrong join codes per minute, from one address and from everyone together: guessing a
    /// 6-character code at this rate takes years.
    int joinFailuresPerMinutePerAddress = 10;
    int joinFailuresPerMinute = 60;
    /// Wrong personal codes ("say who I am") per minute: from one address, from one device and
    /// from everyone together. Counted apart from join codes, so that guessing one does not lock
    /// people out of the other; 8 characters at these rates would take centuries.
    int personalCodeFailuresPerMinutePerAddress = 10;
    int personalCodeFailuresPerMinutePerDevice = 5;
    int personalCodeFailuresPerMinute = 30;
    /// Notes and votes a device may send: a burst, then one every refillMs.
    int deviceBurst = 30;
    int deviceRefillMs = 1'000;
    /// Devices in the room at once.
    int maxDevices = 1'000;
    /// Notes waiting in the moderation queue at once (they are held in memory).
    int maxPending = 5'000;
    /// Live updates (WebSockets at /api/live). Sockets at once: fewer than maxConnections, which
    /// counts them too, so that plain requests always find room beside them.
    int maxLiveConnections = 400;
    /// A phone sends only its token and the odd "ping": any frame or message beyond this closes it.
    qint64 maxLiveMessageBytes = 1024;
    /// A socket must show a valid token this soon after opening, or it is closed.
    int liveTokenTimeoutMs = 5'000;
    /// A socket that answers no ping and sends nothing for this long is closed (pinged at a third).
    int liveIdleTimeoutMs = 60'000;
    /// Changes are told to the phones at most this often (one message for many notes).
    int livePushDelayMs = 100;
    /// How long a join code lets phones in: a day's workshop, not the next one in the same hall.
    /// A new code (the facilitator's "New Join Code") ends the old one at once.
    int joinCodeLifetimeMinutes = 12 * 60;
};

} // namespace cg::room
