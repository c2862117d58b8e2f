// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workshopfile.h"

#include "model/limits.h"
#include "platform/platform.h"
#include "security/cryptovfs.h"
#include "security/protection.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <optional>

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
    // A protected file's SQLite header is encrypted: its identity is checked through SQLite once
    // the key is known.
    if (protection::looksProtected(header)) {
        if (auto unlocked = protection::ensureUnlocked(header, nativeName(path)); !unlocked)
            return unlocked.error();
        return lock;
    }
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

/// Rows with numbers or sizes outside limits.h: such a file (made by hand or by an older build)
/// would otherwise open and make placement on its board run for minutes.
QStringList boundsProblems(Database &db)
{
    auto stmt = db.prepareUncached(QStringLiteral(
        "SELECT 'note', id, 'position' FROM note WHERE NOT (abs(x) <= ?1 AND abs(y) <= ?1) "
        "UNION ALL SELECT 'note', id, 'size' FROM note WHERE NOT (width >= ?2 AND width <= ?3 AND height >= ?2 AND height <= ?3) "
        "UNION ALL SELECT 'note', id, 'text' FROM note WHERE length(text) > ?4 "
        "UNION ALL SELECT 'theme', id, 'position' FROM theme WHERE NOT (abs(x) <= ?1 AND abs(y) <= ?1) "
        "UNION ALL SELECT 'theme', id, 'size' FROM theme WHERE NOT (width >= 0 AND width <= ?3 AND height >= 0 AND height <= ?3) "
        "UNION ALL SELECT 'vote', id, 'count' FROM vote WHERE count > ?5 "
        "LIMIT 21"));
    if (!stmt)
        return {tr("the bounds check failed: %1").arg(stmt.message())};
    stmt->bind(1, limits::maxCoordinate);
    stmt->bind(2, limits::minNoteSize);
    stmt->bind(3, limits::maxSize);
    stmt->bind(4, limits::maxTextLength);
    stmt->bind(5, limits::maxVoteCount);
    QStringList problems;
    while (stmt->next()) {
        if (problems.size() == 20) {
            problems << tr("… and more rows with values out of bounds");
            break;
        }
        problems << tr("%1 %2 has a %3 out of bounds").arg(stmt->text(0), stmt->text(1), stmt->text(2));
    }
    if (stmt->error())
        problems << tr("the bounds check failed: %1").arg(stmt->error()->message);
    return problems;
}

/// One line per difference between a file's schema and the one its version must have.
QStringList schemaProblems(Database &db, int version)
{
    const QStringList want = schema::expected(version);
    auto have = schema::actual(db);
    if (!have)
        return {tr("its list of tables could not be read: %1").arg(have.message())};
    auto byName = [](const QStringList &lines) {
        QMap<QString, QString> out;
        for (const QString &line : lines)
            out.insert(line.section(QLatin1Char(':'), 0, 0), line);
        return out;
    };
    const auto wanted = byName(want);
    const auto found = byName(*have);
    QStringList problems;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (!found.contains(it.key()))
            problems << tr("the %1 is missing").arg(it.key());
        else if (found.value(it.key()) != it.value())
            problems << tr("the %1 is not as Common Ground makes it").arg(it.key());
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!wanted.contains(it.key()))
            problems << tr("there is an unexpected %1").arg(it.key());
    }
    return problems;
}

/// Everything this build requires of a workshop file of \a version before it reads or writes it:
/// the exact schema of that version (so a missing column or a dropped append-only trigger is
/// found), a sound structure with every CHECK and NOT NULL constraint kept (the quick check when
/// opening, the full integrity check in check()), every reference pointing at a row that exists,
/// and exactly one workshop. open() and check() both use it, so a file check() calls sound always
/// opens, and a file that would not open never passes check().
enum class Integrity { Full, Quick, Deferred };

QStringList integrityProblems(Database &db, Integrity depth)
{
    QStringList problems;
    if (depth == Integrity::Deferred)
        return problems;
    auto integrity = db.queryTexts(depth == Integrity::Full ? QStringLiteral("PRAGMA integrity_check")
                                                            : QStringLiteral("PRAGMA quick_check(20)"));
    if (!integrity)
        problems << tr("integrity check failed: %1").arg(integrity.message());
    else if (integrity->size() != 1 || integrity->value(0) != QLatin1String("ok")) {
        // A page of a protected file that failed its authentication: said once, in words.
        const QString failedAuth = QStringLiteral("error code=%1").arg(SQLITE_IOERR_AUTH);
        if (std::any_of(integrity->cbegin(), integrity->cend(),
                [&](const QString &line) { return line.contains(failedAuth); }))
            return {protection::damagedMessage()};
        for (const QString &line : *integrity)
            problems << tr("integrity: %1").arg(line);
    }
    return problems;
}

QStringList foreignKeyProblems(Database &db)
{
    QStringList problems;
    auto fkStmt = db.prepareUncached(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fkStmt) {
        problems << tr("foreign key check failed: %1").arg(fkStmt.message());
    } else {
        int shown = 0;
        while (fkStmt->next()) {
            if (++shown <= 20)
                problems << tr("a row of %1 refers to a missing row of %2").arg(fkStmt->text(0), fkStmt->text(2));
        }
        if (shown > 20)
            problems << tr("… and %1 more rows refer to missing rows").arg(shown - 20);
        if (fkStmt->error())
            problems << tr("foreign key check failed: %1").arg(fkStmt->error()->message);
    }
    return problems;
}

QStringList validate(Database &db, int version, Integrity depth)
{
    QStringList problems = schemaProblems(db, version);
    if (!problems.isEmpty())
        return problems; // the checks below assume the tables are as expected
    problems << integrityProblems(db, depth);
    if (depth != Integrity::Deferred)
        problems << foreignKeyProblems(db);
    auto rows = db.queryInteger(QStringLiteral("SELECT count(*) FROM workshop"));
    if (rows && *rows != 1)
        problems << tr("the file holds %1 workshops; it must hold exactly one").arg(*rows);
    problems << boundsProblems(db);
    return problems;
}

/// Application id and version, as the problems check() lists and open() refuses.
QStringList identityProblems(Database &db, int targetVersion, int *versionOut)
{
    auto appId = db.queryInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return {tr("it could not be read: %1").arg(appId.message())};
    if (*appId != schema::applicationId)
        return {tr("application id is %1, not Common Ground's %2").arg(*appId).arg(schema::applicationId)};
    auto version = db.queryInteger(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return {tr("its version could not be read: %1").arg(version.message())};
    if (versionOut)
        *versionOut = int(*version);
    if (*version < 1 || *version > targetVersion)
        return {tr("schema version is %1; this build knows 1 to %2").arg(*version).arg(targetVersion)};
    return {};
}

} // namespace

Result<void> configure(Database &db, bool readOnly)
{
    // busy_timeout first: a second instance waits briefly, then is refused with a clear message.
    QString pragmas = QStringLiteral("PRAGMA busy_timeout = 250; PRAGMA foreign_keys = ON; "
                                     "PRAGMA secure_delete = ON; PRAGMA locking_mode = EXCLUSIVE; "
                                     // Temporary tables and sorts stay in memory: in a protected
                                     // workshop a temporary file would hold them in the clear.
                                     "PRAGMA temp_store = MEMORY;");
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

    // A journal is looked at before SQLite sees it (see journal.h): a read-only open never undoes
    // anything in the file itself (it reads a private recovered copy), and a journal that does
    // not belong to this file is never applied.
    QString readPath = path;
    std::shared_ptr<QTemporaryDir> copyFolder;
    const journal::Inspection found = journal::inspect(path);
    auto privateFolder = [&]() -> Result<QString> {
        copyFolder = std::make_shared<QTemporaryDir>();
        if (!copyFolder->isValid())
            return fail(tr("“%1” needs recovering after an interruption, but there is no room for a private copy.").arg(nativeName(path)));
        return copyFolder->path();
    };
    switch (found.state) {
    case journal::Inspection::State::None:
        break;
    case journal::Inspection::State::Live:
        return fail(platform::busyMessage(nativeName(path)));
    case journal::Inspection::State::Hot:
        if (opened.readOnly) {
            auto folder = privateFolder();
            if (!folder)
                return folder.error();
            auto copy = journal::recoverCopy(path, *folder);
            if (!copy)
                return fail(tr("“%1” was interrupted in the middle of a change and could not be recovered: %2").arg(nativeName(path), copy.message()));
            readPath = *copy;
            opened.notice = tr("“%1” was interrupted in the middle of a change (a crash or power cut). It is shown as it was "
                               "before that change; the file itself is unchanged until it is opened for editing.")
                                .arg(nativeName(path));
        } else {
            opened.notice = tr("“%1” was interrupted in the middle of a change (a crash or power cut). That unfinished change "
                               "was undone; everything saved before it is here.")
                                .arg(nativeName(path));
        }
        break;
    case journal::Inspection::State::Foreign:
        if (opened.readOnly) {
            auto folder = privateFolder();
            if (!folder)
                return folder.error();
            auto copy = journal::copyWithoutJournal(path, *folder);
            if (!copy)
                return copy.error();
            readPath = *copy;
            opened.notice = tr("A journal file beside “%1” does not belong to it (%2), so it was ignored.")
                                .arg(nativeName(path), found.reason);
        } else {
            auto moved = journal::setAside(path);
            if (!moved)
                return moved.error();
            opened.notice = tr("A journal file beside “%1” did not belong to it (%2). It was not applied, and was moved "
                               "aside as “%3”.")
                                .arg(nativeName(path), found.reason, QFileInfo(*moved).fileName());
        }
        break;
    }

    auto db = Database::open(readPath, opened.readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db)
        return db.error();
    (*db)->holdLock(std::move(*lock));
    if (copyFolder)
        (*db)->readsCopyOf(path, copyFolder);
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
    // The same validation as check(), with the quick structural check: a file that would fail
    // check() is never written to.
    // Deferred only where nothing is written first: an upgrade writes, so it checks everything.
    const bool defer = options.deferQuickCheck && *version == options.targetVersion;
    if (const QStringList problems = validate(**db, int(*version), defer ? Integrity::Deferred : Integrity::Quick);
        !problems.isEmpty()) {
        QString first = problems.first();
        // The count in a variable of its own: lupdate 6.4 never finishes a file whose plural
        // count is an expression like int(x.size() - 1).
        const int more = int(problems.size()) - 1;
        if (more > 0)
            first += QCoreApplication::translate(
                "cg::workshopfile", " (and %n more problem(s); commonground-cli check lists them all)", nullptr, more);
        return fail(tr("“%1” is damaged and cannot be opened: %2.").arg(nativeName(path), first));
    }

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
    opened.quickCheckPending = defer;
    opened.db = std::move(*db);
    return opened;
}

QStringList quickCheck(Database &db)
{
    return integrityProblems(db, Integrity::Quick) + foreignKeyProblems(db);
}

namespace {

/// Gives a freshly opened, locked, empty file its pragmas and schema; removes it on failure.
Result<std::unique_ptr<Database>> finishCreate(std::unique_ptr<Database> db, platform::FileLock lock, const QString &path)
{
    db->holdLock(std::move(lock));
    if (auto configured = configure(*db, false); !configured) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return configured.error();
    }
    if (auto made = schema::create(*db); !made) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return made.error();
    }
    return db;
}

/// `.NAME.XXXXXX.part` with its journal: the pattern createDraft() uses, and the only files
/// removeStaleDrafts() will ever remove.
const QRegularExpression &draftPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\..+\\.[A-Za-z0-9]{6}\\.part(-journal)?$"));
    return pattern;
}

// A draft is unlocked for a moment after it is made and again between closing and renaming it;
// a file that changed within this many seconds is left alone so that such a moment is never
// mistaken for a killed run.
constexpr int staleDraftSeconds = 10;

} // namespace

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
    return finishCreate(std::move(*db), std::move(*lock), path);
}

int removeStaleDrafts(const QString &folder)
{
    QDir dir(folder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int removed = 0;
    const QStringList names = dir.entryList({QStringLiteral(".*.part"), QStringLiteral(".*.part-journal")},
                                            QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    auto old = [&](const QString &path) {
        const QFileInfo info(path);
        return !info.exists() || info.lastModified().toUTC().secsTo(now) >= staleDraftSeconds;
    };
    for (const QString &name : names) {
        if (!draftPattern().match(name).hasMatch())
            continue;
        const QString path = dir.filePath(name);
        if (name.endsWith(QStringLiteral("-journal"))) {
            // A journal whose database is gone belongs to nobody.
            const QString main = path.chopped(int(qstrlen("-journal")));
            if (!QFileInfo::exists(main) && old(path) && QFile::remove(path))
                ++removed;
            continue;
        }
        const QString journal = path + QStringLiteral("-journal");
        if (!old(path) || !old(journal))
            continue;
        // A live run holds our lock on its draft (and SQLite's, where flock is unavailable).
        if (platform::sqliteLockHeldElsewhere(path))
            continue;
        auto lock = platform::FileLock::acquire(path, platform::FileLock::Mode::Exclusive);
        if (!lock)
            continue;
        if (QFile::exists(journal) && QFile::remove(journal))
            ++removed;
        if (QFile::remove(path))
            ++removed;
    }
    return removed;
}

Result<Draft> createDraft(const QString &destination)
{
    const QFileInfo target(destination);
    if (target.exists())
        return fail(tr("“%1” already exists; choose another name.").arg(nativeName(destination)));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    removeStaleDrafts(folder.path());

    Draft draft;
    {
        // QTemporaryFile makes the name unique (O_EXCL) and the file 0600.
        QTemporaryFile temp(folder.filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
        if (!temp.open())
            return fail(tr("Could not write in %1: %2").arg(QDir::toNativeSeparators(target.absolutePath()), temp.errorString()));
        temp.setAutoRemove(false);
        draft.path = temp.fileName();
    }
    platform::restrictToOwner(draft.path);
    auto lock = platform::FileLock::acquire(draft.path, platform::FileLock::Mode::Exclusive);
    if (!lock) {
        QFile::remove(draft.path);
        return lock.error();
    }
    auto db = Database::open(draft.path, Database::Access::Create);
    if (!db) {
        QFile::remove(draft.path);
        return db.error();
    }
    auto made = finishCreate(std::move(*db), std::move(*lock), draft.path);
    if (!made)
        return made.error();
    draft.db = std::move(*made);
    return draft;
}

void discardDraft(const QString &draftPath)
{
    QFile::remove(draftPath);
    QFile::remove(draftPath + QStringLiteral("-journal"));
}

Result<void> saveCopy(Database &db, const QString &destination)
{
    return saveCopyAs(db, destination,
        cryptovfs::keyOfOpenDatabase(QString::fromUtf8(sqlite3_db_filename(db.handle(), "main"))), false);
}

Result<void> saveCopyAs(Database &db, const QString &destination, const std::shared_ptr<const cryptovfs::Key> &key,
    bool replaceSource)
{
    const QFileInfo target(destination);
    if (!target.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (!replaceSource && target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
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

    Result<void> done;
    {
        // A protected copy: the VFS encrypts the new file, whose pages keep room for each one's
        // nonce and tag (SQLite's reserved bytes, asked for here and kept by VACUUM INTO).
        std::optional<cryptovfs::NewFile> encrypted;
        if (key) {
            encrypted.emplace(tempPath, key);
            int reserve = cryptovfs::reserveBytes;
            sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        }
        auto stmt = db.prepareUncached(QStringLiteral("VACUUM INTO ?1"));
        if (!stmt) {
            cleanup();
            return stmt.error();
        }
        stmt->bind(1, tempPath);
        done = stmt->exec();
        if (key) {
            int none = 0; // later copies of this connection ask for no room of their own
            sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &none);
        }
        // Finalised before the clean-up: until then SQLite holds the half-written copy and its
        // journal open, and a failed VACUUM INTO left that journal behind once we had removed it.
    }
    // Even a VACUUM INTO that worked can leave the copy's journal (its removal is one more write
    // that can fail); once the copy is complete it is of no use, and under a temporary name.
    QFile::remove(tempPath + QStringLiteral("-journal"));
    if (!done) {
        cleanup();
        return fail(tr("The copy could not be written: %1").arg(done.message()));
    }
    if (key) {
        // Never leave a copy in the clear where a protected one was asked for.
        QFile written(tempPath);
        if (!written.open(QIODevice::ReadOnly) || !cryptovfs::looksProtected(written.read(cryptovfs::magicSize))) {
            written.close();
            cleanup();
            return fail(tr("The protected copy could not be written."));
        }
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

Result<CheckReport> examine(const QString &path)
{
    CheckReport report;
    auto lock = lockAndCheckHeader(path, platform::FileLock::Mode::Shared);
    if (!lock) {
        report.problems << lock.message();
        return report;
    }
    // check() never changes the file: an unfinished change is undone only in a private copy,
    // and a journal that does not belong to the file is never applied.
    QString readPath = path;
    QTemporaryDir scratch;
    const journal::Inspection found = journal::inspect(path);
    switch (found.state) {
    case journal::Inspection::State::None:
        break;
    case journal::Inspection::State::Live:
        return fail(platform::busyMessage(nativeName(path)));
    case journal::Inspection::State::Hot: {
        if (!scratch.isValid())
            return fail(tr("There is no room for a private copy to check “%1” in.").arg(nativeName(path)));
        auto copy = journal::recoverCopy(path, scratch.path());
        if (!copy) {
            report.problems << tr("it was interrupted in the middle of a change, and undoing that change failed: %1").arg(copy.message());
            return report;
        }
        readPath = *copy;
        report.notes << tr("It was interrupted in the middle of a change (a crash or power cut); the journal beside it "
                           "holds what is needed to undo that change. The file was not changed: what follows is the "
                           "workshop as it will be once the change is undone, the next time it is opened for editing.");
        break;
    }
    case journal::Inspection::State::Foreign: {
        if (!scratch.isValid())
            return fail(tr("There is no room for a private copy to check “%1” in.").arg(nativeName(path)));
        auto copy = journal::copyWithoutJournal(path, scratch.path());
        if (!copy)
            return copy.error();
        readPath = *copy;
        report.notes << tr("A journal file beside it does not belong to it (%1). It was left alone and not applied; "
                           "opening the workshop for editing will move it aside.")
                            .arg(found.reason);
        break;
    }
    }

    auto db = Database::open(readPath, Database::Access::ReadOnly);
    if (!db)
        return db.error();
    (*db)->holdLock(std::move(*lock));
    if (auto configured = configure(**db, true); !configured)
        return configured.error();
    int version = 0;
    report.problems << identityProblems(**db, schema::currentVersion, &version);
    if (!report.problems.isEmpty())
        return report;
    report.problems << validate(**db, version, Integrity::Full);
    if (report.problems.isEmpty() && version == schema::currentVersion) {
        // What loading would refuse: values the readers cannot take.
        if (auto loaded = store::loadAll(**db); !loaded)
            report.problems << loaded.message();
    } else if (report.problems.isEmpty()) {
        report.notes << tr("It uses file format %1; opening it will back it up and upgrade it to format %2.")
                            .arg(version)
                            .arg(schema::currentVersion);
    }
    return report;
}

Result<QStringList> check(const QString &path)
{
    auto report = examine(path);
    if (!report)
        return report.error();
    return report->problems;
}

} // namespace cg::workshopfile
