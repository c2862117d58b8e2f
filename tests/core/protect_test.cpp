// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Protected workshops (encryption at rest): none of anyone's words or details in the raw bytes
// of the file, its journal or its backups; tampering, wrong passphrases, round trips, a change
// interrupted mid-way, and the fault-injection VFS stacked over the encrypting one.
#include "commands/edits.h"
#include "faultvfs.h"
#include "io/demoworkshop.h"
#include "security/protection.h"
#include "security/seal.h"
#include "session/session.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <limits>

using namespace cg;

namespace {

const QByteArray kPass = QByteArrayLiteral("river stone lantern");
const QByteArray kOther = QByteArrayLiteral("quiet orchard paper");
const seal::Parameters kFast = seal::Parameters::fastestForTests();

struct Demo
{
    QString path;
    WorkshopData data;
    QStringList secrets;
};

/// The demo workshop in \a dir, closed, with the names, emails and notes that must not show.
Demo makeDemo(const test::TempDir &dir, const QString &name = QStringLiteral("demo.cgw"))
{
    Demo demo;
    demo.path = dir.path(name);
    auto session = Session::createFrom(demo.path, io::demoWorkshop());
    REQUIRE(session.ok());
    demo.data = (*session)->data();
    for (const Participant &p : demo.data.participants) {
        demo.secrets << p.displayName;
        if (!p.email.isEmpty())
            demo.secrets << p.email;
    }
    int notes = 0;
    for (const Note &n : demo.data.notes) {
        if (n.text.size() >= 12 && notes++ < 12)
            demo.secrets << n.text;
    }
    REQUIRE(notes >= 3);
    REQUIRE(demo.data.participants.size() >= 5);
    return demo;
}

/// The secrets found in \a bytes (UTF-8 or UTF-16), none when it is safe.
QStringList found(const QByteArray &bytes, const QStringList &secrets)
{
    QStringList out;
    for (const QString &secret : secrets) {
        REQUIRE(secret.toUtf8().size() >= 6); // random bytes cannot hold one by chance
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        if (bytes.contains(secret.toUtf8()) || bytes.contains(utf16))
            out << secret;
    }
    return out;
}

void flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char c = 0;
    REQUIRE(file.getChar(&c));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(char(c ^ 0x01)));
}

/// A raw connection holding a write transaction open on \a path, its changes partly written to
/// the file (a tiny cache spills them), so that the journal holds the pages as they were.
std::unique_ptr<Database> midTransaction(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadWrite);
    REQUIRE(db.ok());
    REQUIRE(workshopfile::configure(**db, false).ok());
    REQUIRE((*db)
                ->exec(QStringLiteral("PRAGMA cache_size = 1; BEGIN IMMEDIATE; "
                                      "UPDATE note SET text = text || ' (changed)'; "
                                      "UPDATE participant SET email = 'x' || email;"))
                .ok());
    return std::move(*db);
}

} // namespace

TEST_CASE("a protected workshop, its journal mid-change and its backups hold no one's words or details",
    "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);

    // The plain file and its journal hold them, so the searches below could fail.
    REQUIRE_FALSE(found(test::readAll(demo.path), demo.secrets).isEmpty());
    {
        auto db = midTransaction(demo.path);
        CHECK_FALSE(found(test::readAll(journal::journalPath(demo.path)), demo.secrets).isEmpty());
        (void)db->exec(QStringLiteral("ROLLBACK"));
        workshopfile::releaseJournal(*db);
    }

    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());
    CHECK(protection::isProtected(demo.path));
    const QByteArray raw = test::readAll(demo.path);
    CHECK_FALSE(raw.contains("SQLite format 3"));
    CHECK(found(raw, demo.secrets).isEmpty());

    auto unlocked = protection::unlock(demo.path, kPass);
    REQUIRE(unlocked.ok());
    {
        auto db = midTransaction(demo.path);
        const QByteArray journalBytes = test::readAll(journal::journalPath(demo.path));
        CHECK(journalBytes.size() > 4096);
        CHECK(found(journalBytes, demo.secrets).isEmpty());
        CHECK(found(test::readAll(demo.path), demo.secrets).isEmpty());
        (void)db->exec(QStringLiteral("ROLLBACK"));
        workshopfile::releaseJournal(*db);
    }

    auto session = Session::open(demo.path);
    REQUIRE(session.ok());
    CHECK(test::sameContent((*session)->data(), demo.data));
    auto backup = (*session)->takeBackup(5);
    REQUIRE(backup.ok());
    REQUIRE_FALSE(backup->isEmpty());
    const QByteArray backupBytes = test::readAll(*backup);
    CHECK(protection::looksProtected(backupBytes));
    CHECK(found(backupBytes, demo.secrets).isEmpty());
    // A copy made with "Save a Copy" is protected with the same passphrase.
    const QString copy = dir.path(QStringLiteral("copy.cgw"));
    REQUIRE((*session)->saveCopy(copy).ok());
    CHECK(found(test::readAll(copy), demo.secrets).isEmpty());
    session->reset();
    *unlocked = protection::Unlocked();

    // The backup opens with the passphrase, and holds the workshop.
    auto again = protection::unlock(*backup, kPass);
    REQUIRE(again.ok());
    auto restored = Session::open(*backup, { .readOnly = true });
    REQUIRE(restored.ok());
    CHECK(test::sameContent((*restored)->data(), demo.data));
}

TEST_CASE("one changed byte in a protected workshop is reported as damage, never read", "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);
    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());
    const qint64 size = QFileInfo(demo.path).size();
    REQUIRE(size > 4096 * 4);
    // A byte in the middle of the third page, and one in a page's tag.
    for (qint64 offset : { qint64(4096 + 2 * 4096 + 1000), size - 3 }) {
        const QString copy = dir.path(QStringLiteral("tampered-%1.cgw").arg(offset));
        REQUIRE(QFile::copy(demo.path, copy));
        flipByte(copy, offset);
        auto unlocked = protection::unlock(copy, kPass);
        REQUIRE(unlocked.ok()); // the header is intact
        auto opened = Session::open(copy);
        REQUIRE_FALSE(opened.ok());
        INFO(opened.message().toStdString());
        CHECK(opened.message().contains(QStringLiteral("changed or damaged outside Common Ground")));
        auto problems = workshopfile::check(copy);
        const QString said = problems.ok() ? problems->join(QLatin1Char(' ')) : problems.message();
        INFO(said.toStdString());
        CHECK(said.contains(QStringLiteral("changed or damaged outside Common Ground")));
    }
    // A changed header byte (in the salt) makes the key check fail.
    const QString header = dir.path(QStringLiteral("header.cgw"));
    REQUIRE(QFile::copy(demo.path, header));
    flipByte(header, 30);
    auto unlocked = protection::unlock(header, kPass);
    REQUIRE_FALSE(unlocked.ok());
}

TEST_CASE("a protected workshop needs its passphrase, and a wrong one is told plainly", "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);
    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());

    auto without = Session::open(demo.path);
    REQUIRE_FALSE(without.ok());
    CHECK(without.message().contains(QStringLiteral("protected with a passphrase")));
    auto checked = workshopfile::check(demo.path);
    const QString said = checked.ok() ? checked->join(QLatin1Char(' ')) : checked.message();
    CHECK(said.contains(QStringLiteral("protected with a passphrase")));

    auto wrong = protection::unlock(demo.path, kOther);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("not the passphrase")));
    CHECK_FALSE(Session::open(demo.path).ok());

    // A plain file is not "protected", and cannot be unlocked.
    const Demo plain = makeDemo(dir, QStringLiteral("plain.cgw"));
    CHECK_FALSE(protection::isProtected(plain.path));
    CHECK_FALSE(protection::unlock(plain.path, kPass).ok());
    // Protecting twice is refused; a short passphrase is refused.
    CHECK_FALSE(protection::protect(demo.path, kPass, kFast).ok());
    CHECK_FALSE(protection::protect(plain.path, QByteArrayLiteral("short"), kFast).ok());
    CHECK_FALSE(protection::isProtected(plain.path));
}

TEST_CASE("protect then unprotect gives back the same workshop; edits in between are kept", "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);
    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());
    WorkshopData edited;
    {
        auto unlocked = protection::unlock(demo.path, kPass);
        REQUIRE(unlocked.ok());
        auto session = Session::open(demo.path);
        REQUIRE(session.ok());
        Note note;
        note.boardId = (*session)->data().boards.rows().front().id;
        note.text = QStringLiteral("Written while protected by Zoë");
        note.x = std::numeric_limits<double>::quiet_NaN();
        note.y = note.x;
        REQUIRE((*session)->perform(edits::addNote((*session)->data(), note)).ok());
        edited = (*session)->data();
    }
    CHECK(found(test::readAll(demo.path), { QStringLiteral("Written while protected") }).isEmpty());
    REQUIRE(protection::unprotect(demo.path, kPass).ok());
    CHECK_FALSE(protection::isProtected(demo.path));
    CHECK(test::readAll(demo.path).startsWith("SQLite format 3"));
    auto reopened = Session::open(demo.path);
    REQUIRE(reopened.ok());
    CHECK(test::sameContent((*reopened)->data(), edited));
    CHECK_FALSE(test::sameContent((*reopened)->data(), demo.data));
}

TEST_CASE("changing the passphrase: the old one no longer opens it, the new one does", "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);
    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());
    {
        auto unlocked = protection::unlock(demo.path, kPass);
        REQUIRE(unlocked.ok());
        auto session = Session::open(demo.path);
        REQUIRE(session.ok());
        REQUIRE((*session)->takeBackup(5).ok());
    }
    REQUIRE(backups::list(demo.path).size() == 1);
    CHECK_FALSE(protection::changePassphrase(demo.path, kOther, kPass, kFast).ok());
    REQUIRE(protection::changePassphrase(demo.path, kPass, kOther, kFast).ok());
    // No backup under the old passphrase is left.
    CHECK(backups::list(demo.path).empty());
    CHECK_FALSE(protection::unlock(demo.path, kPass).ok());
    auto unlocked = protection::unlock(demo.path, kOther);
    REQUIRE(unlocked.ok());
    auto session = Session::open(demo.path);
    REQUIRE(session.ok());
    CHECK(test::sameContent((*session)->data(), demo.data));
    CHECK(found(test::readAll(demo.path), demo.secrets).isEmpty());
}

TEST_CASE(
    "a change of a protected workshop interrupted mid-way is undone from its encrypted journal", "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);
    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());
    auto unlocked = protection::unlock(demo.path, kPass);
    REQUIRE(unlocked.ok());
    // What a crash leaves: the file with part of the change written, and the journal.
    const QString crashed = dir.path(QStringLiteral("crashed.cgw"));
    {
        auto db = midTransaction(demo.path);
        REQUIRE(QFile::copy(demo.path, crashed));
        REQUIRE(QFile::copy(journal::journalPath(demo.path), journal::journalPath(crashed)));
        (void)db->exec(QStringLiteral("ROLLBACK"));
        workshopfile::releaseJournal(*db);
    }
    CHECK(QFileInfo(journal::journalPath(crashed)).size() > 4096);
    CHECK(journal::inspect(crashed).state == journal::Inspection::State::Hot);
    auto problems = workshopfile::check(crashed);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    auto session = Session::open(crashed);
    REQUIRE(session.ok());
    CHECK(test::sameContent((*session)->data(), demo.data));
}

TEST_CASE("the fault-injection VFS stacks over the encrypting one: a failed write loses nothing", "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);
    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());
    auto unlocked = protection::unlock(demo.path, kPass);
    REQUIRE(unlocked.ok());
    QSet<QUuid> kept;
    int failed = 0;
    {
        test::FaultVfs faults; // in front of the encrypting VFS, which was there before main()
        auto session = Session::open(demo.path);
        REQUIRE(session.ok());
        const QUuid board = (*session)->data().boards.rows().front().id;
        for (int n = 1; n <= 12; ++n) {
            faults.arm(test::FaultVfs::Kind::Write, n, SQLITE_IOERR_WRITE, false);
            Note note;
            note.boardId = board;
            note.id = QUuid::createUuid();
            note.text = QStringLiteral("fault trial %1").arg(n);
            note.x = std::numeric_limits<double>::quiet_NaN();
            note.y = note.x;
            auto done = (*session)->perform(edits::addNote((*session)->data(), note));
            faults.disarm();
            if (done)
                kept.insert(note.id);
            else
                ++failed;
        }
    }
    CHECK(failed > 0); // the faults were reached through the encrypting VFS
    auto problems = workshopfile::check(demo.path);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    auto reopened = Session::open(demo.path);
    REQUIRE(reopened.ok());
    for (const QUuid &id : std::as_const(kept))
        CHECK((*reopened)->data().notes.contains(id));
    CHECK(protection::isProtected(demo.path));
}

TEST_CASE("protecting a workshop removes the plain copy kept from before its format was upgraded", "[protect]")
{
    test::TempDir dir;
    Demo demo = makeDemo(dir);
    const QFileInfo info(demo.path);
    const QString upgraded = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".v1-backup.cgw"));
    REQUIRE(QFile::copy(demo.path, upgraded));
    const QString other = dir.path(QStringLiteral("another.v1-backup.cgw"));
    REQUIRE(QFile::copy(demo.path, other));
    REQUIRE(protection::protect(demo.path, kPass, kFast).ok());
    CHECK_FALSE(QFile::exists(upgraded));
    CHECK(QFile::exists(other)); // another workshop's is not this one's to remove
}
