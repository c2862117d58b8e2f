// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/journal.h"

#include "platform/platform.h"
#include "security/protection.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>

namespace cg::journal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::journal", text);
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

constexpr unsigned char kMagic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};

/// Reads at most \a size bytes at \a offset.
QByteArray readAt(QFile &file, qint64 offset, qint64 size)
{
    if (!file.seek(offset))
        return {};
    return file.read(size);
}

/// The change counter (header bytes 24..27) of the copy of page 1 in the journal, or nullopt
/// when the journal holds no page 1. Walks every segment of the journal (SQLite starts a new
/// header, aligned to the sector size, each time it syncs the journal within one change).
std::optional<quint32> journalledCounter(QFile &file, bool &wellFormed)
{
    wellFormed = false;
    const qint64 size = file.size();
    qint64 offset = 0;
    quint32 sectorSize = 0;
    quint32 pageSize = 0;
    while (offset + 28 <= size) {
        const QByteArray header = readAt(file, offset, 28);
        if (header.size() < 28 || memcmp(header.constData(), kMagic, 8) != 0)
            break;
        quint32 records = bigEndian32(header, 8);
        if (offset == 0) {
            sectorSize = bigEndian32(header, 20);
            pageSize = bigEndian32(header, 24);
            if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) || sectorSize < 32
                || sectorSize > 65536)
                return std::nullopt;
            wellFormed = true;
        }
        const qint64 recordSize = qint64(pageSize) + 8;
        const qint64 first = offset + sectorSize;
        if (records == 0xffffffffu) // "the rest of the file" (no-sync journals)
            records = quint32(std::max<qint64>(0, (size - first) / recordSize));
        for (quint32 i = 0; i < records; ++i) {
            const qint64 at = first + qint64(i) * recordSize;
            if (at + recordSize > size)
                return std::nullopt;
            const QByteArray number = readAt(file, at, 4);
            if (number.size() == 4 && bigEndian32(number, 0) == 1) {
                const QByteArray counter = readAt(file, at + 4 + 24, 4);
                if (counter.size() == 4)
                    return bigEndian32(counter, 0);
            }
        }
        // The next segment starts at the next sector boundary after these records.
        const qint64 end = first + qint64(records) * recordSize;
        const qint64 next = ((end + sectorSize - 1) / sectorSize) * sectorSize;
        if (records == 0 || next <= offset)
            break;
        offset = next;
    }
    return std::nullopt;
}

std::optional<quint32> fileCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return std::nullopt;
    return bigEndian32(header, 24);
}

/// The workshop id in a (recovered) copy, or a null id when it cannot be read.
QString workshopIdOf(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {};
    auto ids = (*db)->queryTexts(QStringLiteral("SELECT id FROM workshop"));
    return ids && ids->size() == 1 ? ids->front() : QString();
}

bool soundCopy(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return false;
    auto quick = (*db)->queryTexts(QStringLiteral("PRAGMA quick_check(1)"));
    return quick && quick->value(0) == QLatin1String("ok");
}

Result<void> copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return fail(tr("A private copy of “%1” could not be made to read it safely.").arg(QFileInfo(from).fileName()));
    platform::restrictToOwner(to); // the copy holds the same people's words as the original
    return {};
}

} // namespace

QString journalPath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-journal");
}

Inspection inspect(const QString &databasePath)
{
    Inspection out;
    QFile file(journalPath(databasePath));
    if (!file.exists() || file.size() == 0)
        return out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    // SQLite treats a journal whose first byte is zero as finished ("persist" mode) and a
    // journal without its magic number as holding nothing to undo.
    const QByteArray start = file.read(8);
    if (start.size() < 8 || start.at(0) == 0 || memcmp(start.constData(), kMagic, 8) != 0)
        return out;
    if (platform::sqliteLockHeldElsewhere(databasePath)) {
        out.state = Inspection::State::Live;
        return out;
    }
    bool wellFormed = false;
    const auto journalled = journalledCounter(file, wellFormed);
    file.close();
    if (!wellFormed) {
        out.state = Inspection::State::Foreign;
        out.reason = tr("its header is not one SQLite writes");
        return out;
    }
    // In a protected file the change counter is inside encrypted page 1 (and so is its copy in
    // the journal, authenticated against this file's id): the recovered copy below decides.
    if (journalled && !protection::isProtected(databasePath)) {
        const auto current = fileCounter(databasePath);
        if (!current || (*current != *journalled && *current != *journalled + 1)) {
            out.state = Inspection::State::Foreign;
            out.reason = tr("it was made from a different version of the file (change %1; the file is at change %2)")
                             .arg(*journalled)
                             .arg(current.value_or(0));
            return out;
        }
    }
    // Two workshops made the same way can be at the same change, so also undo it in a private
    // copy and look at what comes out: a sound workshop, and the same one.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        out.state = Inspection::State::Hot; // cannot tell: leave it to SQLite, as before
        return out;
    }
    auto recovered = recoverCopy(databasePath, scratch.path());
    auto plainCopy = copyWithoutJournal(databasePath, scratch.path());
    const QString recoveredId = recovered ? workshopIdOf(*recovered) : QString();
    const QString plainId = plainCopy ? workshopIdOf(*plainCopy) : QString();
    if (!recovered || !soundCopy(*recovered) || recoveredId.isEmpty()) {
        out.state = Inspection::State::Foreign;
        out.reason = tr("undoing it would damage the file");
        return out;
    }
    if (!plainId.isEmpty() && plainId != recoveredId) {
        out.state = Inspection::State::Foreign;
        out.reason = tr("it belongs to another workshop");
        return out;
    }
    out.state = Inspection::State::Hot;
    return out;
}

Result<QString> recoverCopy(const QString &databasePath, const QString &folder)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("recovered.cgw"));
    if (auto done = copyFile(databasePath, copy); !done)
        return done.error();
    if (auto done = copyFile(journalPath(databasePath), journalPath(copy)); !done)
        return done.error();
    // The first read through a writable connection rolls the journal back into the copy.
    auto db = Database::open(copy, Database::Access::ReadWrite);
    if (!db)
        return db.error();
    if (auto read = (*db)->queryInteger(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !read)
        return read.error();
    (void)(*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    return copy;
}

Result<QString> copyWithoutJournal(const QString &databasePath, const QString &folder)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("as-found.cgw"));
    if (auto done = copyFile(databasePath, copy); !done)
        return done.error();
    QFile::remove(journalPath(copy));
    return copy;
}

Result<QString> setAside(const QString &databasePath)
{
    const QString from = journalPath(databasePath);
    QString to = from + QStringLiteral(".set-aside-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; QFileInfo::exists(to); ++n)
        to = to.section(QLatin1Char('~'), 0, 0) + QStringLiteral("~%1").arg(n);
    QString why;
    if (!platform::replaceFile(from, to, &why))
        return fail(tr("A journal beside “%1” that does not belong to it could not be moved aside (%2), so the "
                       "workshop was not opened. Move or delete “%3” and try again.")
                        .arg(QFileInfo(databasePath).fileName(), why, QFileInfo(from).fileName()));
    return to;
}

} // namespace cg::journal
