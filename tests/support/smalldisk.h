// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace cg::test {

/// A real, small file system (tmpfs of a few hundred kB) mounted for the test's duration, so that
/// a full disk is the kernel's ENOSPC and not a faked signal. Mounting needs root (CI runs the
/// suite as root); elsewhere isMounted() is false and why() says so.
class SmallDisk
{
public:
    explicit SmallDisk(int kilobytes = 512);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path(const QString &name) const;
    QString root() const { return m_dir.path(); }

    /// Fills the disk with a filler file until it refuses more, then gives back \a freeBytes
    /// (rounded to whole pages by the file system). fill(0) leaves it completely full.
    void fill(qint64 freeBytes);
    /// Removes the filler.
    void empty();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace cg::test
