// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A journal left beside a workshop: undone when it belongs (a crash), never applied when it does
// not (a stray copy), and never touched by read-only opens or by check.
#include "commands/edits.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>

using namespace cg;

namespace {

/// A workshop with one board of \a notes notes, closed.
QString makeWorkshop(const test::TempDir &dir, const QString &name, const QString &title, int notes = 300)
{
    auto session = test::newSession(dir, name);
    Workshop w = session->workshop();
    w.title = title;
    REQUIRE(session->perform(edits::editWorkshop(session->data(), w)).ok());
    Board board;
    board.title = QStringLiteral("Table 1");
    REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
    std::vector<Note> batch;
    for (int i = 0; i < notes; ++i) {
        Note n;
        n.boardId = session->data().boards.rows().front().id;
        n.text = QStringLiteral("%1: what was said at the table, number %2").arg(title).arg(i);
        n.x = (i % 10) * 200;
        n.y = (i / 10) * 140;
        batch.push_back(n);
    }
    REQUIRE(session->perform(edits::addNotes(session->data(), batch)).ok());
    return session->filePath();
}

/// Copies \a path and its journal to \a crashed in the middle of a change that rewrites every
/// note: the pair is exactly what a power cut at that moment leaves on the disk.
void crashMidChange(const QString &path, const QString &crashed)
{
    auto db = Database::open(path, Database::Access::ReadWrite);
    REQUIRE(db.ok());
    // A tiny cache makes SQLite write changed pages into the file before the commit.
    REQUIRE((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2; BEGIN; "
                                       "UPDATE note SET text = text || ' (changed, never committed)';"))
                .ok());
    REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    QFile::remove(crashed);
    QFile::remove(crashed + QStringLiteral("-journal"));
    REQUIRE(QFile::copy(path, crashed));
    REQUIRE(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
    REQUIRE((*db)->exec(QStringLiteral("ROLLBACK")).ok());
}

bool anyChangedText(const WorkshopData &data)
{
    for (const Note &n : data.notes) {
        if (n.text.contains(QStringLiteral("never committed")))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a crash mid-change: the unfinished change is undone, reading never changes the file", "[storage][journal]")
{
    test::TempDir dir;
    const QString good = makeWorkshop(dir, QStringLiteral("good.cgw"), QStringLiteral("Ward discharge"));
    const QString crashed = dir.path(QStringLiteral("crashed.cgw"));
    crashMidChange(good, crashed);
    const QString journalFile = crashed + QStringLiteral("-journal");
    const QByteArray fileBefore = test::readAll(crashed);
    const QByteArray journalBefore = test::readAll(journalFile);
    REQUIRE(journal::inspect(crashed).state == journal::Inspection::State::Hot);

    SECTION("check looks at the recovered workshop in a private copy and changes nothing")
    {
        auto report = workshopfile::examine(crashed);
        REQUIRE(report.ok());
        CHECK(report->problems == QStringList());
        REQUIRE(report->notes.size() == 1);
        CHECK(report->notes.front().contains(QStringLiteral("interrupted")));
        CHECK(test::readAll(crashed) == fileBefore);
        CHECK(test::readAll(journalFile) == journalBefore);
    }
    SECTION("a read-only open shows the workshop as before the change, and changes nothing")
    {
        auto opened = Session::open(crashed, {.readOnly = true});
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        CHECK((*opened)->openNotice().contains(QStringLiteral("interrupted")));
        CHECK((*opened)->filePath() == crashed);
        CHECK((*opened)->data().notes.size() == 300);
        CHECK_FALSE(anyChangedText((*opened)->data()));
        opened->reset();
        CHECK(test::readAll(crashed) == fileBefore);
        CHECK(test::readAll(journalFile) == journalBefore);
    }
    SECTION("opening it for editing undoes the change in the file")
    {
        auto opened = Session::open(crashed);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->openNotice().contains(QStringLiteral("undone")));
        CHECK((*opened)->data().notes.size() == 300);
        CHECK_FALSE(anyChangedText((*opened)->data()));
        opened->reset();
        CHECK(QFileInfo(journalFile).size() == 0);
        auto problems = workshopfile::check(crashed);
        REQUIRE(problems.ok());
        CHECK(*problems == QStringList());
        CHECK(test::dumpRows(crashed) == test::dumpRows(good));
    }
}

TEST_CASE("a journal from another workshop is never applied", "[storage][journal]")
{
    test::TempDir dir;
    // Another workshop with its own history (a stray journal copied along from a USB stick).
    const QString mine = makeWorkshop(dir, QStringLiteral("mine.cgw"), QStringLiteral("Mine"));
    const QString other = makeWorkshop(dir, QStringLiteral("other.cgw"), QStringLiteral("Other"), 900);
    const QString otherCrashed = dir.path(QStringLiteral("other-crashed.cgw"));
    crashMidChange(other, otherCrashed);
    const QStringList rowsBefore = test::dumpRows(mine);
    const QByteArray fileBefore = test::readAll(mine);
    REQUIRE(QFile::copy(otherCrashed + QStringLiteral("-journal"), mine + QStringLiteral("-journal")));

    const auto found = journal::inspect(mine);
    CHECK(found.state == journal::Inspection::State::Foreign);

    SECTION("check says so, checks the file as it is, and changes nothing")
    {
        auto report = workshopfile::examine(mine);
        REQUIRE(report.ok());
        CHECK(report->problems == QStringList());
        REQUIRE(report->notes.size() == 1);
        CHECK(report->notes.front().contains(QStringLiteral("does not belong")));
        CHECK(test::readAll(mine) == fileBefore);
        CHECK(QFileInfo::exists(mine + QStringLiteral("-journal")));
    }
    SECTION("opening it sets the journal aside, keeps it, and the workshop is as it was")
    {
        auto opened = Session::open(mine);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->openNotice().contains(QStringLiteral("moved aside")));
        CHECK((*opened)->workshop().title == QStringLiteral("Mine"));
        opened->reset();
        CHECK(test::dumpRows(mine) == rowsBefore);
        QStringList setAside = QDir(dir.root()).entryList({QStringLiteral("mine.cgw-journal.set-aside-*")});
        CHECK(setAside.size() == 1);
    }
    SECTION("a read-only open ignores it")
    {
        auto opened = Session::open(mine, {.readOnly = true});
        REQUIRE(opened.ok());
        CHECK((*opened)->workshop().title == QStringLiteral("Mine"));
        CHECK((*opened)->openNotice().contains(QStringLiteral("does not belong")));
        opened->reset();
        CHECK(test::readAll(mine) == fileBefore);
    }
}

TEST_CASE("check and open agree: a file that is not as Common Ground makes it is refused by both", "[storage][check]")
{
    test::TempDir dir;
    const QString path = makeWorkshop(dir, QStringLiteral("w.cgw"), QStringLiteral("W"), 5);
    auto alter = [&](const QString &sql) {
        auto db = Database::open(path, Database::Access::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(sql).ok());
    };
    QString expected;
    SECTION("a missing column")
    {
        alter(QStringLiteral("ALTER TABLE note DROP COLUMN anonymised"));
        expected = QStringLiteral("the table note is not as Common Ground makes it");
    }
    SECTION("a dropped append-only trigger")
    {
        alter(QStringLiteral("DROP TRIGGER consent_event_append_only_delete"));
        expected = QStringLiteral("the trigger consent_event_append_only_delete is missing");
    }
    SECTION("an extra table")
    {
        alter(QStringLiteral("CREATE TABLE notes_backup (text TEXT)"));
        expected = QStringLiteral("there is an unexpected table notes_backup");
    }
    SECTION("two workshop rows")
    {
        alter(QStringLiteral("DROP TRIGGER workshop_single_row; "
                             "INSERT INTO workshop (id, created, modified) VALUES ('x', '2026-01-01T00:00:00.000Z', "
                             "'2026-01-01T00:00:00.000Z')"));
        // The dropped trigger is found first; the two rows are what it let in.
        expected = QStringLiteral("the trigger workshop_single_row is missing");
    }
    SECTION("a broken reference")
    {
        alter(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE note SET theme_id = '00000000-0000-0000-0000-00000000dead'"));
        expected = QStringLiteral("a row of note refers to a missing row of theme");
    }
    auto report = workshopfile::examine(path);
    REQUIRE(report.ok());
    CHECK(report->problems.contains(expected));
    const QByteArray before = test::readAll(path);
    auto opened = Session::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(expected));
    CHECK(test::readAll(path) == before);
}
