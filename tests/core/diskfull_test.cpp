// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, for real: a small tmpfs filled to the last page (the kernel's own ENOSPC), and
// SQLite's own page limit (PRAGMA max_page_count) on the workshop's connection. Every writer must
// say the disk is full and leave the earlier file exactly as it was; no "Unknown error".
#include "commands/edits.h"
#include "export/writers.h"
#include "io/jsonarchive.h"
#include "io/registers.h"
#include "planning/agendaexport.h"
#include "session/session.h"
#include "smalldisk.h"
#include "storage/backups.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <cstdlib>
#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <ctime>

using namespace cg;

namespace {

void checkMessage(const QString &message)
{
    INFO("message: " << message.toStdString());
    CHECK(message.size() > 10);
    CHECK_FALSE(message.contains(QStringLiteral("nknown error"), Qt::CaseInsensitive));
}

/// What a full disk must not leave behind: anything but the filler and the files named.
QStringList strays(const test::SmallDisk &disk, QStringList keep)
{
    keep << QStringLiteral("filler");
    QStringList found;
    for (const QString &name : QDir(disk.root()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        if (!keep.contains(name))
            found << name;
    return found;
}

WorkshopData awkward()
{
    auto data = io::archive::readFile(test::dataPath(QStringLiteral("awkward/archive.json")));
    REQUIRE(data.ok());
    return *data;
}

struct Writer
{
    const char *name;
    std::function<Result<void>(const QString &path)> write;
    bool dated = false; // a PDF carries the time it was made: compare its shape, not its bytes
};

/// Whether \a written is a complete version of what \a reference shows.
bool complete(const Writer &writer, const QByteArray &written, const QByteArray &reference)
{
    if (!writer.dated)
        return written == reference;
    return written.startsWith("%PDF-") && written.trimmed().endsWith("%%EOF")
        && std::abs(written.size() - reference.size()) < 200;
}

std::vector<Writer> writers(const WorkshopData &data)
{
    return {
        {"a report (doc::writeFile, every document export)",
         [](const QString &path) { return doc::writeFile(path, QByteArray(96 * 1024, 'r')); }},
        {"the JSON archive", [&data](const QString &path) { return io::archive::writeFile(data, path); }},
        {"the consent register", [&data](const QString &path) { return io::writeConsentRegister(data, path); }},
        {"the payments sheet", [&data](const QString &path) { return io::writePaymentsSheet(data, path); }},
        {"the agenda as PDF",
         [&data](const QString &path) { return agenda::exportAgenda(data, agenda::ExportFormat::Pdf, path); }, true},
        {"the agenda as text",
         [&data](const QString &path) { return agenda::exportAgenda(data, agenda::ExportFormat::Text, path); }},
    };
}

} // namespace

TEST_CASE("every file writer on a really full disk says so and keeps the earlier file", "[diskfull]")
{
    test::SmallDisk disk(512);
    if (!disk.isMounted()) {
        WARN(disk.why().toStdString());
        return;
    }
    const WorkshopData data = awkward();
    test::TempDir roomy;
    for (const Writer &writer : writers(data)) {
        INFO(writer.name);
        // What a complete write gives, on a disk with room.
        const QString reference = roomy.path(QStringLiteral("reference"));
        REQUIRE(writer.write(reference).ok());
        const QByteArray full = test::readAll(reference);
        REQUIRE(full.size() > 8);
        const QString out = disk.path(QStringLiteral("out"));
        const QByteArray earlier("the earlier file, which must survive\n");
        int refused = 0;
        for (qint64 room : {0, 4096, 8192, 16384, 65536, 1 << 20}) {
            INFO("room left: " << room);
            disk.empty();
            {
                QFile f(out);
                REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                REQUIRE(f.write(earlier) == earlier.size());
            }
            disk.fill(room);
            const Result<void> written = writer.write(out);
            if (written) {
                CHECK(complete(writer, test::readAll(out), full));
            } else {
                ++refused;
                checkMessage(written.message());
                CHECK(written.message().contains(QStringLiteral("disk is full")));
                CHECK(test::readAll(out) == earlier);
            }
            CHECK(strays(disk, {QStringLiteral("out")}) == QStringList());
        }
        CHECK(refused > 0); // a full disk is refused, whatever the writer
        disk.empty();
        CHECK(writer.write(out).ok()); // and with room again it works
        CHECK(complete(writer, test::readAll(out), full));
    }
}

TEST_CASE("save a copy onto a really full disk fails and keeps the earlier copy", "[diskfull]")
{
    test::SmallDisk disk(1024);
    if (!disk.isMounted()) {
        WARN(disk.why().toStdString());
        return;
    }
    test::TempDir dir;
    auto session = test::newSession(dir);
    Board board;
    board.title = QStringLiteral("First board");
    REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
    const QString copy = disk.path(QStringLiteral("copy.cgw"));
    REQUIRE(session->saveCopy(copy).ok());
    const QByteArray earlier = test::readAll(copy);
    Note note;
    note.boardId = session->data().boards.rows().back().id;
    note.text = QString(3000, QLatin1Char('n'));
    REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());

    disk.fill(0);
    auto saved = session->saveCopy(copy);
    REQUIRE_FALSE(saved.ok());
    checkMessage(saved.message());
    CHECK(saved.message().contains(QStringLiteral("disk is full")));
    CHECK(test::readAll(copy) == earlier);
    CHECK(strays(disk, {QStringLiteral("copy.cgw")}) == QStringList());

    disk.empty();
    REQUIRE(session->saveCopy(copy).ok());
    auto reopened = Session::open(copy);
    REQUIRE(reopened.ok());
    CHECK(test::sameContent((*reopened)->data(), session->data()));
}

TEST_CASE("a workshop on a really full disk refuses the edit, keeps every earlier one, and takes the next", "[diskfull]")
{
    test::SmallDisk disk(2048);
    if (!disk.isMounted()) {
        WARN(disk.why().toStdString());
        return;
    }
    const QString path = disk.path(QStringLiteral("workshop.cgw"));
    WorkshopData committed;
    {
        Workshop w;
        w.title = QStringLiteral("Discharge planning");
        auto created = Session::create(path, w);
        REQUIRE(created.ok());
        Session &session = **created;
        Board board;
        board.title = QStringLiteral("Table 1");
        REQUIRE(session.perform(edits::addBoard(session.data(), board)).ok());
        REQUIRE(session.takeBackup(backups::defaultKeep).ok());
        const auto before = backups::list(path);
        REQUIRE(before.size() == 1);

        disk.fill(0);
        const WorkshopData beforeEdit = session.data();
        Note note;
        note.boardId = session.data().boards.rows().back().id;
        note.text = QString(3500, QLatin1Char('w'));
        Result<void> added;
        for (int i = 0; i < 50 && added; ++i) // a page or two may still be free in the file itself
            added = session.perform(edits::addNote(session.data(), note));
        REQUIRE_FALSE(added.ok());
        checkMessage(added.message());
        CHECK(added.message().contains(QStringLiteral("disk is full")));
        committed = session.data();

        // A backup cannot be taken either, and the one there is stays.
        // Newer than the backup, without opening the file (a closed descriptor drops its locks).
        const timespec later[2] = {{0, UTIME_OMIT}, {time(nullptr) + 5, 0}};
        REQUIRE(::utimensat(AT_FDCWD, path.toLocal8Bit().constData(), later, 0) == 0);
        auto backup = session.takeBackup(backups::defaultKeep);
        REQUIRE_FALSE(backup.ok());
        checkMessage(backup.message());
        CHECK(backup.message().contains(QStringLiteral("disk is full")));
        const auto after = backups::list(path);
        REQUIRE(after.size() == 1);
        CHECK(after.front().path == before.front().path);
        CHECK(QDir(backups::folderFor(path)).entryList(QDir::Files | QDir::Hidden).size() == 1);

        disk.empty();
        REQUIRE(session.perform(edits::addNote(session.data(), note)).ok());
        committed = session.data();
    }
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    CHECK(test::sameContent((*reopened)->data(), committed));
}

namespace {

int g_pageLimit = 0;

int limitPages(sqlite3 *db, const char **, const struct sqlite3_api_routines *)
{
    // Below the file's size SQLite keeps the size it has: the limit is "no more pages than now".
    sqlite3_exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(g_pageLimit).toUtf8().constData(), nullptr,
                 nullptr, nullptr);
    return SQLITE_OK;
}

} // namespace

TEST_CASE("a workshop at SQLite's page limit refuses the edit in plain words and loses nothing", "[diskfull]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("test.cgw"));
    QUuid boardId;
    {
        auto session = test::newSession(dir);
        Board board;
        board.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        boardId = session->data().boards.rows().back().id;
    }
    g_pageLimit = 1;
    // A test-only hook: every connection opened from now gets the limit, the workshop's included.
    REQUIRE(sqlite3_auto_extension(reinterpret_cast<void (*)()>(limitPages)) == SQLITE_OK);
    WorkshopData committed;
    {
        auto opened = Session::open(path);
        REQUIRE(opened.ok());
        Session &session = **opened;
        Note note;
        note.boardId = boardId;
        note.text = QString(3000, QLatin1Char('p'));
        Result<void> added;
        int notes = 0;
        for (; notes < 200 && added; ++notes)
            added = session.perform(edits::addNote(session.data(), note));
        REQUIRE_FALSE(added.ok());
        checkMessage(added.message());
        CHECK(added.message().contains(QStringLiteral("disk is full")));
        committed = session.data();
        CHECK(int(committed.notes.size()) == notes - 1);
        // An edit that needs no new page still gets through.
        Workshop retitled = session.workshop();
        retitled.title = QStringLiteral("Renamed at the limit");
        REQUIRE(session.perform(edits::editWorkshop(session.data(), retitled)).ok());
        committed = session.data();
    }
    sqlite3_reset_auto_extension();
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    CHECK(test::sameContent((*reopened)->data(), committed));
}
