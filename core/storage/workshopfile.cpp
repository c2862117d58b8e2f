// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workshopfile.h"

#include "platform/platform.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>


namespace cg::workshopfile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::workshopfile", text);
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

/// Locks the file for this instance and looks at its first bytes without SQLite (through the
/// lock's own descriptor, so that no second descriptor is opened and closed: see
/// platform::FileLock), so that a file that is not SQLite is never touched.
Result<platform::FileLock> lockAndCheckHeader(const QString &path, platform::FileLock::Mode mode)
{
    QFileInfo info(path);
    if (!info.exists())
        return fail(tr("There is no file called “%1” at %2.").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
    if (info.isDir())
        return fail(tr("“%1” is a folder, not a workshop file.").arg(nativeName(path)));
    auto lock = platform::FileLock::acquire(path, mode);
    if (!lock)
        return lock.error();
    const QByteArray header = lock->readHeader(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(tr("“%1” is not a Common Ground workshop file.").arg(nativeName(path)));
    // Bytes 68..71: application id, big-endian. Checked again through SQLite below.
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    const quint32 appId = (quint32(h[68]) << 24) | (quint32(h[69]) << 16) | (quint32(h[70]) << 8) | quint32(h[71]);
    if (appId != quint32(schema::applicationId))
        return fail(tr("“%1” is a database of another program, not a Common Ground workshop file.").arg(nativeName(path)));
    return lock;
}

bool markedReadOnly(const QString &path)
{
    // Root can write any file, so the permission bits are asked as well as access(2): a file the
    // facilitator marked read-only opens read-only for everyone.
    QFileInfo info(path);
    if (!info.isWritable())
        return true;
    return !(info.permissions() & QFileDevice::WriteOwner);
}

} // namespace

Result<void> configure(Database &db, bool readOnly)
{
    // busy_timeout first: a second instance waits briefly, then is refused with a clear message.
    QString pragmas = QStringLiteral("PRAGMA busy_timeout = 250; PRAGMA foreign_keys = ON; "
                                     "PRAGMA secure_delete = ON; PRAGMA locking_mode = EXCLUSIVE;");
    if (!readOnly)
        pragmas += QStringLiteral(" PRAGMA journal_mode = TRUNCATE; PRAGMA synchronous = FULL;");
    return db.exec(pragmas);
}

void releaseJournal(Database &db)
{
    if (!db.isReadOnly())
        (void)db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

Result<void> retakeLock(Database &db)
{
    // SQLite in exclusive mode believes it holds its lock for good and never asks the kernel
    // again; a descriptor of the file closed anywhere in this process (see platform::FileLock)
    // silently drops that lock. Leaving exclusive mode for one read releases what is left, and
    // the next transaction takes the lock afresh (and rereads the file if someone changed it).
    return db.exec(QStringLiteral("PRAGMA locking_mode = NORMAL; SELECT count(*) FROM sqlite_schema WHERE 0; "
                                  "PRAGMA locking_mode = EXCLUSIVE;"));
}

Result<Opened> open(const QString &path, const OpenOptions &options)
{
    Opened opened;
    opened.readOnly = options.readOnly || markedReadOnly(path);
    if (opened.readOnly && !options.readOnly)
        opened.readOnlyReason = tr("The file is marked read-only, so changes cannot be saved to it.");

    auto lock = lockAndCheckHeader(path, opened.readOnly ? platform::FileLock::Mode::Shared : platform::FileLock::Mode::Exclusive);
    if (!lock)
        return lock.error();
    auto db = Database::open(path, opened.readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db)
        return db.error();
    (*db)->holdLock(std::move(*lock));
    if (auto configured = configure(**db, opened.readOnly); !configured)
        return configured.error();

    // Take the file for this instance now (exclusive mode keeps the lock until close), before
    // reading anything that could be changed under us.
    if (!opened.readOnly) {
        if (auto locked = (*db)->exec(QStringLiteral("BEGIN EXCLUSIVE; COMMIT;")); !locked) {
            if (((*db)->lastErrorCode() & 0xff) == SQLITE_BUSY || ((*db)->lastErrorCode() & 0xff) == SQLITE_LOCKED)
                return fail(platform::busyMessage(nativeName(path)));
            return locked.error();
        }
    }

    auto appId = (*db)->queryInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        if (((*db)->lastErrorCode() & 0xff) == SQLITE_BUSY)
            return fail(platform::busyMessage(nativeName(path)));
        return fail(tr("“%1” could not be read: %2").arg(nativeName(path), appId.message()));
    }
    if (*appId != schema::applicationId)
        return fail(tr("“%1” is a database of another program, not a Common Ground workshop file.").arg(nativeName(path)));
    auto version = (*db)->queryInteger(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    if (*version > options.targetVersion)
        return fail(tr("“%1” was made by a newer version of Common Ground (file format %2; this version reads up to %3). "
                       "Update Common Ground to open it.")
                        .arg(nativeName(path))
                        .arg(*version)
                        .arg(options.targetVersion));
    if (*version < 1)
        return fail(tr("“%1” is not a complete Common Ground workshop file.").arg(nativeName(path)));
    // A quick structural look catches truncated or damaged files before anything loads.
    auto quick = (*db)->queryTexts(QStringLiteral("PRAGMA quick_check(1)"));
    if (!quick)
        return fail(tr("“%1” is damaged and cannot be opened: %2").arg(nativeName(path), quick.message()));
    if (quick->value(0) != QLatin1String("ok"))
        return fail(tr("“%1” is damaged and cannot be opened (%2).").arg(nativeName(path), quick->value(0)));

    if (*version < options.targetVersion) {
        if (opened.readOnly)
            return fail(tr("“%1” uses an older file format and must be upgraded, but it is read-only. "
                           "Make a writable copy and open that.")
                            .arg(nativeName(path)));
        // Back up first: the original stays beside the upgraded file.
        const QFileInfo info(path);
        opened.backupPath = info.absoluteDir().filePath(
            info.completeBaseName() + QStringLiteral(".v%1-backup.cgw").arg(*version));
        if (auto copied = saveCopy(**db, opened.backupPath); !copied)
            return fail(tr("The older file could not be backed up before upgrading, so it was left as it was: %1")
                            .arg(copied.message()));
        if (auto migrated = schema::migrate(**db, options.migrations, options.targetVersion); !migrated)
            return migrated.error();
    }
    opened.db = std::move(*db);
    return opened;
}

Result<std::unique_ptr<Database>> create(const QString &path)
{
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; choose another name.").arg(nativeName(path)));
    auto db = Database::open(path, Database::Access::Create);
    if (!db)
        return db.error();
    // SQLite creates the file on first use; make it now so that it can be locked before that.
    if (auto made = (*db)->exec(QStringLiteral("PRAGMA schema_version")); !made) {
        db->reset();
        QFile::remove(path);
        return made.error();
    }
    auto lock = platform::FileLock::acquire(path, platform::FileLock::Mode::Exclusive);
    if (!lock) {
        db->reset();
        QFile::remove(path);
        return lock.error();
    }
    (*db)->holdLock(std::move(*lock));
    if (auto configured = configure(**db, false); !configured) {
        db->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return configured.error();
    }
    if (auto made = schema::create(**db); !made) {
        db->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return made.error();
    }
    return std::move(*db);
}

Result<void> saveCopy(Database &db, const QString &destination)
{
    const QFileInfo target(destination);
    if (!target.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return fail(tr("Choose a different file: a copy cannot replace the workshop it is copied from."));

    QString tempPath;
    {
        QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
        if (!temp.open())
            return fail(tr("Could not write in %1: %2").arg(QDir::toNativeSeparators(target.absolutePath()), temp.errorString()));
        tempPath = temp.fileName();
        temp.setAutoRemove(false);
    }
    QFile::remove(tempPath); // VACUUM INTO wants to create the file itself.
    auto cleanup = [&tempPath] {
        QFile::remove(tempPath);
        QFile::remove(tempPath + QStringLiteral("-journal"));
    };

    auto stmt = db.prepareUncached(QStringLiteral("VACUUM INTO ?1"));
    if (!stmt) {
        cleanup();
        return stmt.error();
    }
    stmt->bind(1, tempPath);
    if (auto done = stmt->exec(); !done) {
        cleanup();
        return fail(tr("The copy could not be written: %1").arg(done.message()));
    }
    if (!platform::syncPath(tempPath, false)) {
        cleanup();
        return fail(tr("The copy could not be written to the disk completely."));
    }
    if (!platform::replaceFile(tempPath, target.absoluteFilePath())) {
        cleanup();
        return fail(tr("The copy could not be put in place at %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    platform::syncPath(target.absolutePath(), true);
    return {};
}

Result<QStringList> check(const QString &path)
{
    auto lock = lockAndCheckHeader(path, platform::FileLock::Mode::Shared);
    if (!lock)
        return QStringList{lock.message()};
    // A journal left by a crash must be rolled back before the file can be read consistently;
    // SQLite does that on the first read, but only through a connection that may write.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    const bool recover = hotJournal && !markedReadOnly(path);
    auto db = Database::open(path, recover ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db)
        return db.error();
    (*db)->holdLock(std::move(*lock));
    if (auto configured = configure(**db, true); !configured)
        return configured.error();
    QStringList problems;
    auto appId = (*db)->queryInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return QStringList{appId.message()};
    if (*appId != schema::applicationId)
        problems << tr("application id is %1, not Common Ground's %2").arg(*appId).arg(schema::applicationId);
    auto version = (*db)->queryInteger(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return QStringList{version.message()};
    if (*version < 1 || *version > schema::currentVersion)
        problems << tr("schema version is %1; this build knows 1 to %2").arg(*version).arg(schema::currentVersion);
    auto integrity = (*db)->queryTexts(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        problems << tr("integrity check failed: %1").arg(integrity.message());
    else if (integrity->size() != 1 || integrity->value(0) != QLatin1String("ok"))
        for (const QString &line : *integrity)
            problems << tr("integrity: %1").arg(line);
    auto fkStmt = (*db)->prepareUncached(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fkStmt) {
        problems << tr("foreign key check failed: %1").arg(fkStmt.message());
    } else {
        while (fkStmt->next())
            problems << tr("foreign key: a row of %1 refers to a missing row of %2").arg(fkStmt->text(0), fkStmt->text(2));
        if (fkStmt->error())
            problems << tr("foreign key check failed: %1").arg(fkStmt->error()->message);
    }
    auto rows = (*db)->queryInteger(QStringLiteral("SELECT count(*) FROM workshop"));
    if (rows && *rows != 1)
        problems << tr("the file holds %1 workshops; it must hold exactly one").arg(*rows);
    return problems;
}

} // namespace cg::workshopfile
