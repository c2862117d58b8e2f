// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace cg::platform {

// Every call that is specific to the operating system (locks, fsync, rename, permissions) lives
// behind this header; platform_posix.cpp implements it for Linux and the BSDs. A Windows or macOS
// build adds its own implementation file and changes nothing else (docs/decisions.md).

/// A lock on a workshop file that only this object can release.
///
/// Why not rely on SQLite's own lock: POSIX record locks (fcntl), which SQLite uses, belong to
/// the *process*, and the kernel drops all of them the moment *any* descriptor of the file is
/// closed in that process. Qt's file dialog sniffs the type of every file in the folder it
/// shows (open, read, close), so after picking a CSV next to the open workshop the workshop was
/// no longer locked and a second program could open and write it. This lock is taken on the
/// open file description (flock), so closing other descriptors of the same file never releases
/// it; it is held from before SQLite opens the file until after SQLite has closed it.
class FileLock
{
    // Its own tr() context, so that lupdate and the lookup at run time agree (see
    // tests/translations/check_translations.py).
    Q_DECLARE_TR_FUNCTIONS(cg::platform::FileLock)

public:
    enum class Mode { Shared, Exclusive };

    FileLock() = default;
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

    /// Locks \a path: Exclusive for a program that will change it, Shared for one that only
    /// reads. Refuses, without waiting, when another holder's lock is in the way
    /// (isBusy() on the error), and refuses anything that is not a regular file (a folder, a
    /// named pipe, a device), which would otherwise block or mislead the reader.
    static Result<FileLock> acquire(const QString &path, Mode mode);

    bool isHeld() const { return m_fd >= 0; }
    /// Reads up to \a size bytes from the start of the file through the locked descriptor, so
    /// that looking at the header opens no second descriptor.
    QByteArray readHeader(int size) const;
    void release();

private:
    explicit FileLock(int fd) : m_fd(fd) { }
    int m_fd = -1;
};

/// The message FileLock::acquire gives when the workshop is in use; tests and callers compare.
QString busyMessage(const QString &fileName);

/// Flushes a file's (or a folder's, when \a directory) data to the disk. False when it failed.
bool syncPath(const QString &path, bool directory);
/// Renames \a from over \a to atomically (replacing it); false with errno's words in \a error.
bool replaceFile(const QString &from, const QString &to, QString *error = nullptr);
/// Gives the owner read and write permission and nobody else any (0600).
bool restrictToOwner(const QString &path);

} // namespace cg::platform

namespace cg::platform {

/// Whether another process holds one of SQLite's own locks on \a path (a write in progress in
/// some other SQLite program): its journal is then live, not left over from a crash.
bool sqliteLockHeldElsewhere(const QString &path);

} // namespace cg::platform

namespace cg::platform {

/// The kind of network or remote file system \a path is on ("NFS", "SMB", "SSH", …), or
/// empty for a disk in this computer (or when it cannot be told).
QString networkFileSystem(const QString &path);

} // namespace cg::platform

namespace cg::platform {

/// Gives the owner read, write and search permission on a folder and nobody else any (0700).
bool restrictFolderToOwner(const QString &path);

} // namespace cg::platform

namespace cg::platform {

/// Turns Ctrl+C and SIGTERM into a call of \a onStop on the event loop (a self-pipe: only a
/// write is safe inside a signal handler), for a command that runs until it is stopped. One at a
/// time; the signals' default actions come back when it is destroyed.
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;
    /// False when the signals could not be watched.
    bool isWatching() const { return m_watching; }

private:
    std::function<void()> m_onStop;
    QObject *m_notifier = nullptr;
    bool m_watching = false;
};

} // namespace cg::platform
