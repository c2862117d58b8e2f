// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smalldisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <unistd.h>

namespace cg::test {

SmallDisk::SmallDisk(int kilobytes)
{
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1k,mode=0700").arg(kilobytes), QStringLiteral("tmpfs"),
                                          m_dir.path()});
    if (!mount.waitForFinished(20000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        m_why = QStringLiteral("mount -t tmpfs was refused (%1): the real-disk-full cases need root")
                    .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
        return;
    }
    m_mounted = true;
}

SmallDisk::~SmallDisk()
{
    if (!m_mounted)
        return;
    // Lazily, so that a file a failing test left open cannot keep the mount (and the test) alive.
    QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

QString SmallDisk::path(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

void SmallDisk::fill(qint64 freeBytes)
{
    const QByteArray filler = path(QStringLiteral("filler")).toLocal8Bit();
    const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return;
    const QByteArray block(4096, 'x');
    while (::write(fd, block.constData(), std::size_t(block.size())) > 0) {
    }
    if (freeBytes > 0) {
        const off_t size = ::lseek(fd, 0, SEEK_END);
        (void)::ftruncate(fd, std::max<off_t>(0, size - off_t(freeBytes)));
    }
    ::close(fd);
}

void SmallDisk::empty()
{
    QFile::remove(path(QStringLiteral("filler")));
}

} // namespace cg::test
