// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop subcommands of commonground-cli, driven through the real binary.
#include "session/session.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cg;

namespace {

const QStringList kCommands { QStringLiteral("new"), QStringLiteral("info"),
    QStringLiteral("import-participants"), QStringLiteral("add-note"), QStringLiteral("export-json"),
    QStringLiteral("import-json"), QStringLiteral("generate"), QStringLiteral("demo"),
    QStringLiteral("check") };

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// A refusal: exit code 1 and exactly one line on standard error.
void requireRefusal(const test::CliRun &run, const QString &expected = {})
{
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.err.startsWith(QStringLiteral("commonground-cli: ")));
    if (!expected.isEmpty())
        CHECK(run.err.contains(expected));
}

void requireUsageError(const test::CliRun &run)
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Usage: commonground-cli ")));
}

test::CliRun cli(std::initializer_list<QString> args)
{
    return test::runCli(QStringList(args));
}

QString makeWorkshop(const test::TempDir &dir, const QString &name = QStringLiteral("w.cgw"))
{
    const QString path = dir.path(name);
    const auto run = cli({ q("new"), path, q("--title"), q("Test workshop"), q("--date"), q("2026-11-22") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("cli: every workshop subcommand has help", "[cli]")
{
    for (const QString &name : kCommands) {
        INFO(name.toStdString());
        const auto viaHelp = cli({ q("help"), name });
        CHECK(viaHelp.exitCode == 0);
        CHECK(viaHelp.out.startsWith(QStringLiteral("Usage: commonground-cli %1").arg(name)));
        const auto viaFlag = cli({ name, q("--help") });
        CHECK(viaFlag.exitCode == 0);
        CHECK(viaFlag.out == viaHelp.out);
    }
    const auto overview = cli({ q("--help") });
    CHECK(overview.exitCode == 0);
    for (const QString &name : kCommands)
        CHECK(overview.out.contains(QStringLiteral("  ") + name));
}

TEST_CASE("cli: usage errors exit with 2 and show the usage", "[cli]")
{
    test::TempDir dir;
    const QString w = makeWorkshop(dir);
    requireUsageError(cli({ q("new") }));
    requireUsageError(cli({ q("new"), dir.path(q("x.cgw")), q("--date"), q("22/11/2026") }));
    requireUsageError(cli({ q("info") }));
    requireUsageError(cli({ q("info"), w, q("--bogus") }));
    requireUsageError(cli({ q("import-participants"), w }));
    requireUsageError(cli({ q("add-note"), w, q("--text"), q("hello") }));
    requireUsageError(cli({ q("add-note"), w, q("--board"), q("B") }));
    requireUsageError(cli({ q("add-note"), w, q("--board"), q("B"), q("--text"), q("t"), q("--author"),
        q("X"), q("--anonymous") }));
    requireUsageError(
        cli({ q("add-note"), w, q("--board"), q("B"), q("--text"), q("t"), q("--colour"), q("mauve") }));
    requireUsageError(cli({ q("export-json"), w }));
    requireUsageError(cli({ q("import-json"), dir.path(q("a.json")) }));
    requireUsageError(cli({ q("generate"), dir.path(q("g.cgw")), q("--notes"), q("lots") }));
    requireUsageError(cli({ q("generate"), dir.path(q("g.cgw")), q("--participants"), q("-3") }));
    requireUsageError(cli({ q("demo") }));
    requireUsageError(cli({ q("check"), w, w }));
    CHECK_FALSE(QFile::exists(dir.path(q("x.cgw"))));
    CHECK_FALSE(QFile::exists(dir.path(q("g.cgw"))));
}

TEST_CASE("cli: new, then info in words and as JSON", "[cli]")
{
    test::TempDir dir;
    const QString w = makeWorkshop(dir);
    const auto info = cli({ q("info"), w });
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Title: Test workshop")));
    CHECK(info.out.contains(QStringLiteral("Date: 2026-11-22")));
    CHECK(info.out.contains(QStringLiteral("Notes: 0")));
    CHECK_FALSE(info.out.contains(QStringLiteral("Read-only")));
    const auto json = cli({ q("info"), w, q("--json") });
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(q("title")).toString() == QStringLiteral("Test workshop"));
    CHECK(root.value(q("date")).toString() == QStringLiteral("2026-11-22"));
    CHECK(root.value(q("readOnly")).toBool() == false);
    CHECK(root.value(q("counts")).toObject().value(q("participants")).toInt(-1) == 0);
    // Every table of rows is counted, under the archive's names (core/storage/tables.h).
    CHECK(root.value(q("counts")).toObject().value(q("seatingRules")).toInt(-1) == 0);
    CHECK(root.value(q("counts")).toObject().size() == 14);
    CHECK(info.out.contains(QStringLiteral("Seating rules: 0")));
    // new refuses an existing file and leaves it alone.
    const QByteArray before = test::readAll(w);
    requireRefusal(cli({ q("new"), w }), QStringLiteral("already exists"));
    CHECK(test::readAll(w) == before);
}

TEST_CASE("cli: import-participants adds people and consent; a bad row adds nobody", "[cli]")
{
    test::TempDir dir;
    const QString w = makeWorkshop(dir);
    const auto run = cli({ q("import-participants"), w, test::dataPath(q("awkward/participants.csv")) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Imported 6 people and 16 consent answers")));
    CHECK(run.err.contains(QStringLiteral("warning: line 1: the column “favourite_biscuit”")));
    const auto info = cli({ q("info"), w, q("--json") });
    const QJsonObject counts
        = QJsonDocument::fromJson(info.out.toUtf8()).object().value(q("counts")).toObject();
    CHECK(counts.value(q("participants")).toInt() == 6);
    CHECK(counts.value(q("consentEvents")).toInt() == 16);

    const QString bad = dir.path(q("bad.csv"));
    writeFile(bad, "name,take_part\r\nAmira,yes\r\nBen,perhaps\r\n");
    const QByteArray before = test::readAll(w);
    requireRefusal(cli({ q("import-participants"), w, bad }),
        QStringLiteral("line 3: take_part must be yes, no or empty"));
    CHECK(test::readAll(w) == before);
    requireRefusal(
        cli({ q("import-participants"), w, dir.path(q("missing.csv")) }), QStringLiteral("no CSV file"));
    CHECK(test::readAll(w) == before);
}

TEST_CASE("cli: add-note creates the board, finds the author, and refuses strangers", "[cli]")
{
    test::TempDir dir;
    const QString w = makeWorkshop(dir);
    const QString csv = dir.path(q("people.csv"));
    writeFile(csv, "name,pseudonym\nAmira Haddad,\nBen O'Brien,Robin\n");
    REQUIRE(cli({ q("import-participants"), w, csv }).exitCode == 0);

    auto run
        = cli({ q("add-note"), w, q("--board"), q("Table 1"), q("--text"), q("Nobody called me, \"ever\""),
            q("--author"), q("amira haddad"), q("--verbatim"), q("--colour"), q("pink") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Created board “Table 1”")));
    run = cli({ q("add-note"), w, q("--board"), q("table 1"), q("--text"), q("Second"), q("--author"),
        q("Robin"), q("--sensitive") });
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(QStringLiteral("Created board")));
    run = cli({ q("add-note"), w, q("--board"), q("Table 1"), q("--text"), q("Third"), q("--anonymous") });
    REQUIRE(run.exitCode == 0);

    const QByteArray before = test::readAll(w);
    requireRefusal(cli({ q("add-note"), w, q("--board"), q("Table 1"), q("--text"), q("x"), q("--author"),
                       q("Nobody Known") }),
        QStringLiteral("no one is called “Nobody Known”"));
    CHECK(test::readAll(w) == before);

    auto session = Session::open(w);
    REQUIRE(session.ok());
    const WorkshopData &d = (*session)->data();
    REQUIRE(d.boards.size() == 1);
    REQUIRE(d.notes.size() == 3);
    const Note &first = d.notes.rows()[0];
    CHECK(first.text == QStringLiteral("Nobody called me, \"ever\""));
    CHECK(first.verbatim);
    CHECK(first.colour == NoteColour::Pink);
    CHECK(first.authorKind == AuthorKind::Participant);
    CHECK(d.participants.find(first.authorId)->displayName == QStringLiteral("Amira Haddad"));
    CHECK(d.notes.rows()[1].sensitive);
    CHECK(d.notes.rows()[2].authorKind == AuthorKind::Anonymous);
    // Placed side by side in reading order, not on top of each other.
    CHECK(d.notes.rows()[1].x > first.x);
    CHECK(d.notes.rows()[1].y == first.y);
}

TEST_CASE("cli: export-json, import-json and export-json again give identical JSON", "[cli]")
{
    test::TempDir dir;
    const QString g = dir.path(q("g.cgw"));
    REQUIRE(cli({ q("generate"), g, q("--participants"), q("40"), q("--groups"), q("4"), q("--boards"),
                    q("6"), q("--notes"), q("300"), q("--seed"), q("9") })
                .exitCode
        == 0);
    const QString a = dir.path(q("a.json"));
    const QString copy = dir.path(q("copy.cgw"));
    const QString b = dir.path(q("b.json"));
    REQUIRE(cli({ q("export-json"), g, a }).exitCode == 0);
    REQUIRE(cli({ q("import-json"), a, copy }).exitCode == 0);
    REQUIRE(cli({ q("export-json"), copy, b }).exitCode == 0);
    CHECK(test::readAll(a).size() > 10000);
    CHECK(test::readAll(a) == test::readAll(b));
    CHECK(test::dumpRows(g) == test::dumpRows(copy));

    // The awkward fixture, through the binary.
    const QString awkward = dir.path(q("awkward.cgw"));
    const QString awkwardOut = dir.path(q("awkward.json"));
    REQUIRE(cli({ q("import-json"), test::dataPath(q("awkward/archive.json")), awkward }).exitCode == 0);
    REQUIRE(cli({ q("export-json"), awkward, awkwardOut }).exitCode == 0);
    CHECK(test::readAll(awkwardOut) == test::readAll(test::dataPath(q("awkward/archive.json"))));
}

TEST_CASE("cli: import-json refuses bad archives and existing files, writing nothing", "[cli]")
{
    test::TempDir dir;
    const QString w = makeWorkshop(dir);
    const QString good = dir.path(q("good.json"));
    REQUIRE(cli({ q("export-json"), w, good }).exitCode == 0);
    const QByteArray json = test::readAll(good);

    const QString half = dir.path(q("half.json"));
    writeFile(half, json.left(json.size() / 2));
    requireRefusal(
        cli({ q("import-json"), half, dir.path(q("new.cgw")) }), QStringLiteral("not a complete JSON"));
    CHECK_FALSE(QFile::exists(dir.path(q("new.cgw"))));

    const QString other = dir.path(q("other.json"));
    writeFile(other, "[1, 2, 3]");
    requireRefusal(
        cli({ q("import-json"), other, dir.path(q("new.cgw")) }), QStringLiteral("not a Common Ground"));
    CHECK_FALSE(QFile::exists(dir.path(q("new.cgw"))));

    const QByteArray before = test::readAll(w);
    requireRefusal(cli({ q("import-json"), good, w }), QStringLiteral("already exists"));
    CHECK(test::readAll(w) == before);
    requireRefusal(cli({ q("import-json"), dir.path(q("missing.json")), dir.path(q("new.cgw")) }));
    CHECK_FALSE(QFile::exists(dir.path(q("new.cgw"))));
    // Exporting over the workshop itself is refused.
    requireRefusal(cli({ q("export-json"), w, w }));
    CHECK(test::readAll(w) == before);
}

TEST_CASE("cli: generate is deterministic for a seed and passes check", "[cli]")
{
    test::TempDir dir;
    const QStringList sizes { q("--participants"), q("30"), q("--groups"), q("3"), q("--boards"), q("4"),
        q("--notes"), q("200"), q("--seed"), q("1234") };
    REQUIRE(test::runCli(QStringList { q("generate"), dir.path(q("one.cgw")) } + sizes).exitCode == 0);
    REQUIRE(test::runCli(QStringList { q("generate"), dir.path(q("two.cgw")) } + sizes).exitCode == 0);
    CHECK(test::dumpRows(dir.path(q("one.cgw"))) == test::dumpRows(dir.path(q("two.cgw"))));
    const auto check = cli({ q("check"), dir.path(q("one.cgw")) });
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == QStringLiteral("OK"));
    const auto info = cli({ q("info"), dir.path(q("one.cgw")), q("--json") });
    const QJsonObject counts
        = QJsonDocument::fromJson(info.out.toUtf8()).object().value(q("counts")).toObject();
    CHECK(counts.value(q("notes")).toInt() == 200);
    CHECK(counts.value(q("participants")).toInt() == 30);
    CHECK(counts.value(q("boards")).toInt() == 4);
    CHECK(counts.value(q("groups")).toInt() == 3);

    const QByteArray before = test::readAll(dir.path(q("one.cgw")));
    requireRefusal(test::runCli(QStringList { q("generate"), dir.path(q("one.cgw")) } + sizes),
        QStringLiteral("already exists"));
    CHECK(test::readAll(dir.path(q("one.cgw"))) == before);
}

TEST_CASE("cli: demo writes the demo workshop", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.path(q("demo.cgw"));
    const auto run = cli({ q("demo"), path });
    REQUIRE(run.exitCode == 0);
    CHECK(cli({ q("check"), path }).exitCode == 0);
    const auto info = cli({ q("info"), path });
    CHECK(info.out.contains(QStringLiteral("Improving mental health discharge")));
    CHECK(info.out.contains(QStringLiteral("Groups: 4")));
    // Two demos hold the same rows.
    REQUIRE(cli({ q("demo"), dir.path(q("demo2.cgw")) }).exitCode == 0);
    CHECK(test::dumpRows(path) == test::dumpRows(dir.path(q("demo2.cgw"))));
    const QByteArray before = test::readAll(path);
    requireRefusal(cli({ q("demo"), path }));
    CHECK(test::readAll(path) == before);
}

// ---- Refusals ------------------------------------------------------------------------------------

namespace {

/// Runs every command that reads or changes an existing workshop against \a path and checks each
/// is refused with one line and leaves the file's bytes alone.
void requireAllRefuse(const test::TempDir &dir, const QString &path, const QString &expected)
{
    const QByteArray before = test::readAll(path);
    const bool existed = QFile::exists(path);
    const QString csv = dir.path(q("people.csv"));
    writeFile(csv, "name\nAmira\n");
    const QString json = dir.path(q("out.json"));
    const std::vector<QStringList> runs {
        { q("info"), path },
        { q("info"), path, q("--json") },
        { q("add-note"), path, q("--board"), q("B"), q("--text"), q("t") },
        { q("import-participants"), path, csv },
        { q("export-json"), path, json },
    };
    for (const QStringList &args : runs) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        requireRefusal(test::runCli(args), expected);
        CHECK(QFile::exists(path) == existed);
        CHECK(test::readAll(path) == before);
        CHECK_FALSE(QFile::exists(json));
    }
    const auto check = test::runCli({ q("check"), path });
    CHECK(check.exitCode == 1);
    CHECK(check.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(test::readAll(path) == before);
}

} // namespace

TEST_CASE("cli: a missing file is refused", "[cli][refusal]")
{
    test::TempDir dir;
    requireAllRefuse(dir, dir.path(q("missing.cgw")), QStringLiteral("There is no file"));
}

TEST_CASE("cli: files that are not SQLite are refused", "[cli][refusal]")
{
    test::TempDir dir;
    SECTION("a text file")
    {
        const QString path = dir.path(q("notes.cgw"));
        writeFile(path, "These are my notes from the day.\nNot a database.\n");
        requireAllRefuse(dir, path, QStringLiteral("is not a Common Ground workshop file"));
    }
    SECTION("a PNG")
    {
        const QString path = dir.path(q("photo.cgw"));
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png.append(QByteArray(200, '\x01'));
        writeFile(path, png);
        requireAllRefuse(dir, path, QStringLiteral("is not a Common Ground workshop file"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.path(q("empty.cgw"));
        writeFile(path, QByteArray());
        requireAllRefuse(dir, path, QStringLiteral("is not a Common Ground workshop file"));
    }
}

TEST_CASE("cli: another application's SQLite file is refused", "[cli][refusal]")
{
    test::TempDir dir;
    const QString path = dir.path(q("other.cgw"));
    {
        auto db = Database::open(path, Database::Access::Create);
        REQUIRE(db.ok());
        REQUIRE((*db)
                    ->exec(q("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('someone');"))
                    .ok());
    }
    requireAllRefuse(dir, path, QStringLiteral("database of another program"));
}

TEST_CASE("cli: a workshop from a newer version is refused", "[cli][refusal]")
{
    test::TempDir dir;
    const QString path = makeWorkshop(dir);
    {
        auto db = Database::open(path, Database::Access::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(q("PRAGMA user_version = 99")).ok());
    }
    requireAllRefuse(dir, path, QStringLiteral("newer version of Common Ground"));
}

TEST_CASE("cli: a workshop open in another program is refused", "[cli][refusal]")
{
    test::TempDir dir;
    const QString path = makeWorkshop(dir);
    const QByteArray before = test::readAll(path);
    const QStringList dumpBefore = test::dumpRows(path);
    {
        // Read the bytes only while nothing holds the file: closing any descriptor of a file
        // releases this process's SQLite locks on it (POSIX advisory locks).
        auto holder = Session::open(path);
        REQUIRE(holder.ok());
        const std::vector<QStringList> runs {
            { q("info"), path },
            { q("add-note"), path, q("--board"), q("B"), q("--text"), q("t") },
            { q("export-json"), path, dir.path(q("out.json")) },
        };
        for (const QStringList &args : runs) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            requireRefusal(test::runCli(args), QStringLiteral("already open"));
        }
        CHECK_FALSE(QFile::exists(dir.path(q("out.json"))));
    }
    CHECK(test::readAll(path) == before);
    CHECK(test::dumpRows(path) == dumpBefore);
}

TEST_CASE("cli: a read-only workshop can be looked at but not changed", "[cli][refusal]")
{
    test::TempDir dir;
    const QString path = makeWorkshop(dir);
    REQUIRE(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = test::readAll(path);

    const auto info = cli({ q("info"), path });
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Read-only: yes")));
    const auto json = cli({ q("info"), path, q("--json") });
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(q("readOnly")).toBool());
    CHECK(cli({ q("check"), path }).exitCode == 0);
    CHECK(cli({ q("export-json"), path, dir.path(q("out.json")) }).exitCode == 0);

    requireRefusal(
        cli({ q("add-note"), path, q("--board"), q("B"), q("--text"), q("t") }), QStringLiteral("read-only"));
    const QString csv = dir.path(q("people.csv"));
    writeFile(csv, "name\nAmira\n");
    requireRefusal(cli({ q("import-participants"), path, csv }), QStringLiteral("read-only"));
    CHECK(test::readAll(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
