// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cg::platform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::platform", text);
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

} // namespace

QString busyMessage(const QString &fileName)
{
    return tr("“%1” is already open in another Common Ground window or program. Close it there first.")
        .arg(fileName);
}

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

FileLock::~FileLock()
{
    release();
}

void FileLock::release()
{
    if (m_fd >= 0) {
        ::close(m_fd); // closing the last descriptor of the description drops the flock
        m_fd = -1;
    }
}

Result<FileLock> FileLock::acquire(const QString &path, Mode mode)
{
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: opening a named pipe must not wait for a writer. It has no effect on the reads
    // of a regular file, which is all that is accepted below.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return fail(tr("There is no file called “%1”.").arg(nativeName(path)));
        if (error == EACCES || error == EPERM)
            return fail(tr("Common Ground is not allowed to read “%1”.").arg(nativeName(path)));
        return fail(tr("“%1” could not be opened: %2").arg(nativeName(path), QString::fromLocal8Bit(std::strerror(error))));
    }
    FileLock lock(fd);
    struct stat info{};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        return fail(tr("“%1” is not a workshop file (it is not an ordinary file).").arg(nativeName(path)));
    int rc;
    do {
        rc = ::flock(fd, (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        if (errno == EWOULDBLOCK)
            return fail(busyMessage(nativeName(path)));
        // No flock on this file system (some network shares): carry on with SQLite's own lock.
    }
    return lock;
}

QByteArray FileLock::readHeader(int size) const
{
    if (m_fd < 0 || size <= 0)
        return {};
    QByteArray out(size, '\0');
    qsizetype got = 0;
    while (got < size) {
        const ssize_t n = ::pread(m_fd, out.data() + got, std::size_t(size - got), off_t(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    out.truncate(got);
    return out;
}

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

bool restrictToOwner(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

} // namespace cg::platform

namespace cg::platform {

bool sqliteLockHeldElsewhere(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    // SQLite's lock bytes: PENDING at 1 GiB, then RESERVED, then 510 SHARED bytes. F_GETLK asks
    // whether a write lock over them would conflict; it never reports this process's own locks.
    struct flock query{};
    query.l_type = F_WRLCK;
    query.l_whence = SEEK_SET;
    query.l_start = 0x40000000;
    query.l_len = 512;
    const bool held = ::fcntl(fd, F_GETLK, &query) == 0 && query.l_type != F_UNLCK;
    // Closing this descriptor would drop this process's own fcntl locks on the file; callers ask
    // only before this process has opened it with SQLite.
    ::close(fd);
    return held;
}

} // namespace cg::platform

namespace cg::platform {

namespace {

/// /proc/mounts writes a space, tab, newline and backslash in a mount point as octal escapes.
QString unescapeMountPoint(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += char(code);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return QFile::decodeName(out);
}

} // namespace

QString networkFileSystem(const QString &path)
{
    // The nearest folder that exists: a new workshop's file is not there yet.
    QString probe = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(probe) && probe != QDir::rootPath())
        probe = QFileInfo(probe).absolutePath();
    probe = QFileInfo(probe).canonicalFilePath();
    if (probe.isEmpty())
        return {};
    // The mount the file is on is the longest mount point that holds it; its type says what it
    // is. The type, not the file system's magic number: FUSE carries local disks (ntfs-3g) as
    // well as remote ones (sshfs, rclone, GNOME's network places).
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString bestPoint;
    QByteArray bestType;
    while (!mounts.atEnd()) {
        const QList<QByteArray> fields = mounts.readLine().split(' ');
        if (fields.size() < 3)
            continue;
        const QString point = unescapeMountPoint(fields.at(1));
        const bool holds = probe == point || point == QDir::rootPath()
            || probe.startsWith(point + QLatin1Char('/'));
        if (holds && point.size() >= bestPoint.size()) {
            bestPoint = point;
            bestType = fields.at(2);
        }
    }
    static const QHash<QByteArray, QString> remote = {
        { "nfs", QStringLiteral("NFS") }, { "nfs4", QStringLiteral("NFS") },
        { "cifs", QStringLiteral("SMB") }, { "smb3", QStringLiteral("SMB") }, { "smbfs", QStringLiteral("SMB") },
        { "9p", QStringLiteral("9P") }, { "ceph", QStringLiteral("Ceph") }, { "afs", QStringLiteral("AFS") },
        { "davfs", QStringLiteral("WebDAV") }, { "fuse.davfs2", QStringLiteral("WebDAV") },
        { "fuse.sshfs", QStringLiteral("SSH") }, { "fuse.rclone", QStringLiteral("rclone") },
        { "fuse.gvfsd-fuse", QStringLiteral("a network place") }, { "fuse.s3fs", QStringLiteral("S3") },
        { "fuse.gcsfuse", QStringLiteral("Google Cloud Storage") }, { "fuse.onedriver", QStringLiteral("OneDrive") },
        { "fuse.google-drive-ocamlfuse", QStringLiteral("Google Drive") },
    };
    return remote.value(bestType);
}

} // namespace cg::platform

namespace cg::platform {

bool restrictFolderToOwner(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), S_IRWXU) == 0;
}

} // namespace cg::platform

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>

namespace cg::platform {

namespace {

int g_stopPipe[2] = { -1, -1 };

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_stopPipe[1], &byte, 1);
}

} // namespace

StopSignals::StopSignals(std::function<void()> onStop)
    : m_onStop(std::move(onStop))
{
    if (g_stopPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_stopPipe) != 0)
        return;
    ::fcntl(g_stopPipe[1], F_SETFL, O_NONBLOCK);
    auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [this] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_stopPipe[0], &byte, 1);
        if (m_onStop)
            m_onStop();
    });
    m_notifier = notifier;
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    m_watching = true;
}

StopSignals::~StopSignals()
{
    if (!m_watching)
        return;
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(g_stopPipe[0]);
    ::close(g_stopPipe[1]);
    g_stopPipe[0] = g_stopPipe[1] = -1;
}

} // namespace cg::platform
