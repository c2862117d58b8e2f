// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop file: refusals (which never touch the file), migrations, read-only, locking,
// save a copy, check.
#include "commands/edits.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/workshopfile.h"
#include "damage.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

using namespace cg;

namespace {

QString copyFixture(const test::TempDir &dir, const QString &fixture, const QString &name)
{
    const QString target = dir.path(name);
    REQUIRE(QFile::copy(test::dataPath(fixture), target));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// Opening \a path is refused with a message containing \a words, and the bytes stay the same.
void expectRefusal(const QString &path, const QString &words)
{
    const QByteArray before = test::readAll(path);
    auto opened = Session::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.message().toStdString());
    CHECK(opened.message().contains(words, Qt::CaseInsensitive));
    CHECK(test::readAll(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("files that are not Common Ground workshops are refused untouched", "[storage][refusal]")
{
    test::TempDir dir;
    SECTION("missing")
    {
        auto opened = Session::open(dir.path(QStringLiteral("nowhere.cgw")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("There is no file")));
        CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("nowhere.cgw"))));
    }
    SECTION("a text file")
    {
        const QString path = dir.path(QStringLiteral("notes.cgw"));
        writeBytes(path, QByteArray("name,email\nAlice,alice@example.org\n").repeated(10));
        expectRefusal(path, QStringLiteral("not a Common Ground workshop"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.path(QStringLiteral("empty.cgw"));
        writeBytes(path, QByteArray());
        expectRefusal(path, QStringLiteral("not a Common Ground workshop"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.path(QStringLiteral("other.sqlite"));
        {
            auto db = Database::open(path, Database::Access::Create);
            REQUIRE(db.ok());
            REQUIRE((*db)->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")).ok());
        }
        expectRefusal(path, QStringLiteral("another program"));
    }
    SECTION("a workshop from a newer version")
    {
        const QString path = copyFixture(dir, QStringLiteral("v1/workshop-v1.cgw"), QStringLiteral("future.cgw"));
        {
            auto db = Database::open(path, Database::Access::ReadWrite);
            REQUIRE(db.ok());
            REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
        }
        expectRefusal(path, QStringLiteral("newer version"));
    }
    SECTION("a truncated workshop")
    {
        const QString path = copyFixture(dir, QStringLiteral("v1/workshop-v1.cgw"), QStringLiteral("cut.cgw"));
        QByteArray bytes = test::readAll(path);
        bytes.truncate(bytes.size() / 3);
        writeBytes(path, bytes);
        expectRefusal(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("a workshop already open elsewhere is refused", "[storage][refusal]")
{
    test::TempDir dir;
    auto first = test::newSession(dir);
    const QString path = first->filePath();
    auto second = Session::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.message().contains(QStringLiteral("already open")));
    // The first instance is unaffected.
    Board b;
    b.title = QStringLiteral("Still mine");
    CHECK(first->perform(edits::addBoard(first->data(), b)).ok());
}

TEST_CASE("a read-only file opens read-only and refuses changes", "[storage]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir);
        path = session->filePath();
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = test::readAll(path);
    auto opened = Session::open(path);
    REQUIRE(opened.ok());
    Session &session = **opened;
    CHECK(session.isReadOnly());
    CHECK(session.readOnlyReason().contains(QStringLiteral("read-only")));
    Board b;
    b.title = QStringLiteral("Nope");
    auto refused = session.perform(edits::addBoard(session.data(), b));
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("read-only")));
    CHECK(session.data().boards.empty());
    opened->reset();
    CHECK(test::readAll(path) == before);
}

TEST_CASE("an older file is backed up, then migrated step by step", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("v1/workshop-v1.cgw"), QStringLiteral("old.cgw"));
    const QStringList original = test::dumpRows(path);

    SECTION("a successful step")
    {
        // This build's own steps, then one more that only a test knows.
        std::vector<schema::Migration> steps(schema::migrations().begin(), schema::migrations().end());
        steps.push_back({schema::currentVersion + 1, [](Database &db) {
                 return db.exec(QStringLiteral("ALTER TABLE workshop ADD COLUMN motto TEXT NOT NULL DEFAULT 'Nothing about us without us'"));
             }});
        workshopfile::OpenOptions options;
        options.migrations = steps;
        options.targetVersion = schema::currentVersion + 1;
        auto opened = Session::open(path, options);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        const QString backup = (*opened)->backupPath();
        CHECK(QFileInfo(backup).fileName() == QStringLiteral("old.v1-backup.cgw"));
        CHECK((*opened)->workshop().title == QStringLiteral("Version 1 fixture"));
        CHECK((*opened)->data().notes.size() == 1);
        opened->reset();

        CHECK(test::dumpRows(backup) == original);
        auto db = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(db.ok());
        CHECK(*(*db)->queryInteger(QStringLiteral("PRAGMA user_version")) == schema::currentVersion + 1);
        CHECK(*(*db)->queryTexts(QStringLiteral("SELECT motto FROM workshop")) ==
              QStringList{QStringLiteral("Nothing about us without us")});
    }
    SECTION("a failing step leaves the file at the old version with its data")
    {
        const std::vector<schema::Migration> steps{
            {2, [](Database &db) -> Result<void> {
                 if (auto r = db.exec(QStringLiteral("ALTER TABLE note ADD COLUMN mood TEXT")); !r)
                     return r;
                 return fail(QStringLiteral("simulated failure half-way"));
             }}};
        workshopfile::OpenOptions options;
        options.migrations = steps;
        auto opened = Session::open(path, options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("simulated failure")));
        CHECK(test::dumpRows(path) == original);
        auto db = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(db.ok());
        CHECK(*(*db)->queryInteger(QStringLiteral("PRAGMA user_version")) == 1);
        auto columns = (*db)->queryTexts(QStringLiteral("SELECT name FROM pragma_table_info('note')"));
        REQUIRE(columns.ok());
        CHECK_FALSE(columns->contains(QStringLiteral("mood")));
    }
    SECTION("this build's own migrations upgrade the fixture, keeping a backup")
    {
        auto opened = Session::open(path);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        CHECK(QFileInfo(( *opened)->backupPath()).fileName() == QStringLiteral("old.v1-backup.cgw"));
        CHECK((*opened)->data().consentEvents.size() == 1);
        CHECK((*opened)->workshop().title == QStringLiteral("Version 1 fixture"));
        opened->reset();
        CHECK(test::dumpRows(dir.path(QStringLiteral("old.v1-backup.cgw"))) == original);
        // A file made new and a file upgraded have the same schema.
        auto fresh = Database::open(dir.path(QStringLiteral("fresh.cgw")), Database::Access::Create);
        REQUIRE(fresh.ok());
        REQUIRE(schema::create(**fresh).ok());
        auto upgraded = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(upgraded.ok());
        const QString schemaSql = QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || "
                                                 "coalesce(sql, '') FROM sqlite_schema ORDER BY name");
        CHECK(*(*fresh)->queryTexts(schemaSql) == *(*upgraded)->queryTexts(schemaSql));
        CHECK(*(*upgraded)->queryInteger(QStringLiteral("PRAGMA user_version")) == schema::currentVersion);
    }
}

TEST_CASE("save a copy writes a complete, consistent workshop", "[storage]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    Board b;
    b.title = QStringLiteral("Plenary");
    REQUIRE(session->perform(edits::addBoard(session->data(), b)).ok());
    const QString copy = dir.path(QStringLiteral("copy.cgw"));
    SECTION("to a new file")
    {
        REQUIRE(session->saveCopy(copy).ok());
        auto problems = workshopfile::check(copy);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        auto opened = Session::open(copy);
        REQUIRE(opened.ok());
        CHECK(test::sameContent((*opened)->data(), session->data()));
    }
    SECTION("over an existing file, replacing it whole")
    {
        QFile old(copy);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older copy");
        old.close();
        REQUIRE(session->saveCopy(copy).ok());
        auto opened = Session::open(copy);
        REQUIRE(opened.ok());
        CHECK((*opened)->data().boards.size() == 1);
    }
    SECTION("into a folder that does not exist: an error and no file")
    {
        auto saved = session->saveCopy(dir.path(QStringLiteral("missing/copy.cgw")));
        CHECK_FALSE(saved.ok());
        CHECK(saved.message().contains(QStringLiteral("does not exist")));
    }
    SECTION("never over the open file itself")
    {
        const QByteArray before = test::readAll(session->filePath());
        CHECK_FALSE(session->saveCopy(session->filePath()).ok());
        CHECK(test::readAll(session->filePath()) == before);
    }
    // No temporary files are left beside the destination.
    const QStringList left = QDir(dir.root()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        CHECK_FALSE(name.startsWith(QLatin1Char('.')));
}

TEST_CASE("check reports a sound file as OK and finds broken references", "[storage]")
{
    test::TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("v1/workshop-v1.cgw"), QStringLiteral("w.cgw"));
    auto ok = workshopfile::check(path);
    REQUIRE(ok.ok());
    CHECK(ok->isEmpty());
    {
        auto db = Database::open(path, Database::Access::ReadWrite);
        REQUIRE(db.ok());
        // Foreign keys are off on this raw connection, as in any careless tool.
        REQUIRE((*db)->exec(QStringLiteral("UPDATE note SET board_id = 'ffffffff-0000-4000-8000-000000000000'")).ok());
    }
    auto broken = workshopfile::check(path);
    REQUIRE(broken.ok());
    REQUIRE(broken->size() == 1);
    CHECK(broken->front().contains(QStringLiteral("note")));
}

TEST_CASE("the file alone is the whole workshop between commands", "[storage]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    Board b;
    b.title = QStringLiteral("Board");
    REQUIRE(session->perform(edits::addBoard(session->data(), b)).ok());
    // Copy just the .cgw while the session is still open, as a facilitator might with a USB stick.
    const QString copy = dir.path(QStringLiteral("usb.cgw"));
    REQUIRE(QFile::copy(session->filePath(), copy));
    const QByteArray journal = test::readAll(session->filePath() + QStringLiteral("-journal"));
    // The journal kept between transactions is never "hot": its header is zeroed.
    CHECK((journal.isEmpty() || journal.left(28).count('\0') == 28));
    auto opened = Session::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->data().boards.size() == 1);
    session.reset();
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("test.cgw-journal"))));
}

TEST_CASE("creating a workshop refuses to overwrite an existing file", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("exists.cgw"));
    writeBytes(path, QByteArray("precious"));
    auto created = Session::create(path, Workshop{});
    CHECK_FALSE(created.ok());
    CHECK(test::readAll(path) == QByteArray("precious"));
}

TEST_CASE("a workshop made in one go leaves exactly one file behind", "[storage]")
{
    test::TempDir dir;
    WorkshopData data;
    data.workshop.title = QStringLiteral("Made whole");
    Board b;
    b.id = newId();
    b.title = QStringLiteral("Plenary");
    data.boards.insert(b);
    {
        auto made = Session::createFrom(dir.path(QStringLiteral("whole.cgw")), data);
        REQUIRE(made.ok());
        CHECK((*made)->data().boards.size() == 1);
    }
    CHECK(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("whole.cgw")});
}

TEST_CASE("a workshop that cannot be written whole leaves nothing behind", "[storage]")
{
    test::TempDir dir;
    WorkshopData data;
    data.workshop.title = QStringLiteral("Broken on purpose");
    Note orphan; // refers to a board that is not there: the write fails half-way
    orphan.id = newId();
    orphan.boardId = newId();
    orphan.text = QStringLiteral("lost");
    data.notes.insert(orphan);
    auto made = Session::createFrom(dir.path(QStringLiteral("half.cgw")), data);
    CHECK_FALSE(made.ok());
    CHECK(made.message().contains(QStringLiteral("could not be written")));
    CHECK(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("two live handles of one cached query never share a statement", "[storage][database]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("s.db")), Database::Access::Create);
    REQUIRE(db.ok());
    REQUIRE((*db)->exec(QStringLiteral("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3);")).ok());
    static const char sql[] = "SELECT n FROM t ORDER BY n";
    auto outer = (*db)->prepare(sql);
    REQUIRE(outer.ok());
    REQUIRE(outer->next());
    CHECK(outer->integer(0) == 1);
    {
        // The same query again while the first is half-way: it must start from the top and must
        // not move the first one on.
        auto inner = (*db)->prepare(sql);
        REQUIRE(inner.ok());
        QList<qint64> seen;
        while (inner->next())
            seen << inner->integer(0);
        CHECK(seen == QList<qint64>{1, 2, 3});
    }
    REQUIRE(outer->next());
    CHECK(outer->integer(0) == 2);
    // Moving a handle over another releases the one it replaces.
    Statement moved = std::move(*outer);
    REQUIRE(moved.next());
    CHECK(moved.integer(0) == 3);
    auto count = (*db)->prepareUncached(QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(count.ok());
    moved = std::move(count.value());
    REQUIRE(moved.next());
    CHECK(moved.integer(0) == 3);
    // The cached statement is free again, and starts from the top.
    auto again = (*db)->prepare(sql);
    REQUIRE(again.ok());
    REQUIRE(again->next());
    CHECK(again->integer(0) == 1);
}

TEST_CASE("loading refuses values it cannot read instead of guessing", "[storage][refusal]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir);
        path = session->filePath();
        Board board;
        board.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        Note note;
        note.boardId = session->data().boards.rows().front().id;
        note.text = QStringLiteral("Somebody said this");
        REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
        REQUIRE(session->perform(edits::groupAsTheme(session->data(), {session->data().notes.rows().front().id},
                                     QStringLiteral("What was said")))
                    .ok());
    }
    auto damage = [&](const QString &sql) {
        auto db = Database::open(path, Database::Access::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON; ") + sql).ok());
    };
    SECTION("a timestamp with a non-digit where a digit belongs")
    {
        damage(QStringLiteral("UPDATE note SET created = '2026-03-1:T10:00:00.000Z'"));
        expectRefusal(path, QStringLiteral("created = “2026-03-1:T10:00:00.000Z”"));
    }
    SECTION("a timestamp cut short")
    {
        damage(QStringLiteral("UPDATE note SET modified = '2026-03-01T10:00:00.000'"));
        expectRefusal(path, QStringLiteral("cannot read"));
    }
    SECTION("a year outside 1 to 9999")
    {
        damage(QStringLiteral("UPDATE workshop SET date = '0000-01-01'"));
        expectRefusal(path, QStringLiteral("date = “0000-01-01”"));
    }
    SECTION("an enumeration key this build does not know")
    {
        // theme.colour has no CHECK constraint, so only the reader can notice.
        damage(QStringLiteral("UPDATE theme SET colour = 'magenta'"));
        expectRefusal(path, QStringLiteral("colour = “magenta”"));
    }
    SECTION("a row breaking a CHECK constraint")
    {
        damage(QStringLiteral("UPDATE note SET colour = 'magenta'"));
        expectRefusal(path, QStringLiteral("damaged"));
    }
    SECTION("an id that is not a UUID")
    {
        damage(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE note SET board_id = 'board-one'"));
        expectRefusal(path, QStringLiteral("a row of note refers to a missing row of board"));
    }
}

TEST_CASE("times, dates and clock times are parsed strictly", "[storage]")
{
    CHECK(parseTimestamp(u"2026-03-01T10:05:09.120Z") == QDateTime(QDate(2026, 3, 1), QTime(10, 5, 9, 120), Qt::UTC));
    CHECK(parseTimestamp(u"2026-03-01T10:05:09Z") == QDateTime(QDate(2026, 3, 1), QTime(10, 5, 9), Qt::UTC));
    for (const char16_t *bad : {u"2026-03-1:T10:05:09.120Z", u"2026-03-01 10:05:09.120Z", u"2026-03-01T10:05:09.120",
             u"2026-02-30T10:05:09.120Z", u"2026-03-01T24:00:00.000Z", u"+026-03-01T10:05:09.120Z", u"", u"2026"})
        CHECK_FALSE(parseTimestamp(bad).isValid());
    CHECK(parseDate(u"2026-12-03") == QDate(2026, 12, 3));
    CHECK_FALSE(parseDate(u"2026-12-3").isValid());
    CHECK_FALSE(parseDate(u"0000-12-03").isValid());
    CHECK(parseClockTime(u"09:30") == QTime(9, 30));
    CHECK_FALSE(parseClockTime(u"9:30").isValid());
    CHECK_FALSE(parseClockTime(u"09:3a").isValid());
}

TEST_CASE("a structure check left until after the first paint still runs before the first write",
    "[storage][refusal]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir);
        path = session->filePath();
        Board board;
        board.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
    }
    test::breakOnlyForQuickCheck(path);
    const QByteArray before = test::readAll(path);
    workshopfile::OpenOptions deferred;
    deferred.deferQuickCheck = true;

    SECTION("opened at once, then refused as damaged by the check")
    {
        auto opened = Session::open(path, deferred);
        REQUIRE(opened.ok());
        Session &session = **opened;
        CHECK_FALSE(session.isReadOnly());
        auto checked = session.finishChecks();
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.message().contains(QStringLiteral("damaged")));
        CHECK(session.isReadOnly());
        CHECK(session.readOnlyReason().contains(QStringLiteral("damaged")));
        CHECK(session.finishChecks().ok()); // once: the reason stays, the check is not repeated
        Board board;
        board.title = QStringLiteral("Table 2");
        CHECK_FALSE(session.perform(edits::addBoard(session.data(), board)).ok());
    }
    SECTION("the first write runs the check when nothing else did")
    {
        auto opened = Session::open(path, deferred);
        REQUIRE(opened.ok());
        Session &session = **opened;
        Board board;
        board.title = QStringLiteral("Table 2");
        auto added = session.perform(edits::addBoard(session.data(), board));
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("damaged")));
        CHECK(session.isReadOnly());
    }
    SECTION("without deferring, opening refuses it as before")
    {
        auto opened = Session::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("damaged")));
    }
    CHECK(test::readAll(path) == before);
}

TEST_CASE("a sound file passes the deferred structure check and stays writable", "[storage]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir);
        path = session->filePath();
    }
    workshopfile::OpenOptions deferred;
    deferred.deferQuickCheck = true;
    auto opened = Session::open(path, deferred);
    REQUIRE(opened.ok());
    CHECK((*opened)->finishChecks().ok());
    CHECK_FALSE((*opened)->isReadOnly());
    Board board;
    board.title = QStringLiteral("Table 1");
    CHECK((*opened)->perform(edits::addBoard((*opened)->data(), board)).ok());
}

TEST_CASE("a row referring to a missing row is found by the deferred check too", "[storage][refusal]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir);
        path = session->filePath();
        Board board;
        board.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        Note note;
        note.boardId = session->data().boards.rows().front().id;
        note.text = QStringLiteral("On a board that will go");
        REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
    }
    {
        auto db = Database::open(path, Database::Access::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA foreign_keys = OFF; "
                                           "UPDATE note SET board_id = '6f1c2a3b-0000-4000-8000-000000000001'"))
                    .ok());
    }
    workshopfile::OpenOptions deferred;
    deferred.deferQuickCheck = true;
    auto opened = Session::open(path, deferred);
    REQUIRE(opened.ok());
    auto checked = (*opened)->finishChecks();
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.message().contains(QStringLiteral("refers to a missing row of board")));
    CHECK((*opened)->isReadOnly());
}
