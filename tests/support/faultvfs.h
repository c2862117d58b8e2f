// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg::test {

/// A SQLite VFS that stands in for the default one while it lives, forwarding every call to the
/// real file, counting reads, writes, syncs and truncations, and failing the Nth of one kind when
/// armed: the way SQLite's own I/O-error tests find code that mishandles a failed write. Only one
/// may live at a time (SQLite's VFS list is process-wide); connections opened while it lives use
/// it, so open the workshop after making it.
class FaultVfs
{
public:
    enum class Kind { Write, Sync, Truncate, Read };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs &) = delete;
    FaultVfs &operator=(const FaultVfs &) = delete;

    /// From now, the \a n th call of \a kind (1-based) fails with \a code; with \a persistent
    /// every later call of that kind fails too (a disk that stays full), otherwise only that one.
    void arm(Kind kind, int n, int code, bool persistent);
    /// Stops failing and counting.
    void disarm();
    /// Whether the armed fault was reached since arm().
    bool fired() const;
    /// Calls of \a kind since arm() (or since the VFS was made, when never armed).
    int calls(Kind kind) const;

    static QString kindName(Kind kind);
};

} // namespace cg::test
