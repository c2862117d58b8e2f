// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Defects from the reliability probe (issue 10, section 0), through the real binary: bounds at
// the edge, one edit per command, names that must not drive the terminal.
#include "commands/edits.h"
#include "model/limits.h"
#include "session/session.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cg;

namespace {

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

test::CliRun cli(std::initializer_list<QString> args)
{
    return test::runCli(QStringList(args));
}

/// No raw control byte a terminal acts on (ESC, BEL, CSI, …) in \a text.
bool hasRawControls(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

const QString kEvil = QString::fromUtf8("Evil\x1b]0;pwned\x07\x1b[31m\xe2\x80\xae");

QString makeEvilWorkshop(const test::TempDir &dir)
{
    const QString path = dir.path(q("evil.cgw"));
    Workshop w;
    w.title = q("Title ") + kEvil;
    auto session = Session::create(path, w);
    REQUIRE(session.ok());
    Participant p;
    p.displayName = kEvil;
    REQUIRE((*session)->perform(edits::addParticipant((*session)->data(), p)).ok());
    return path;
}

} // namespace

TEST_CASE("cli: names with escape sequences never reach the terminal raw", "[cli][safety]")
{
    test::TempDir dir;
    const QString path = makeEvilWorkshop(dir);

    const auto info = cli({ q("info"), path });
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(q("Evil\\x1b]0;pwned\\x07\\x1b[31m\\u202e")));
    CHECK_FALSE(hasRawControls(info.out));
    CHECK_FALSE(hasRawControls(info.err));

    const auto json = cli({ q("info"), path, q("--json") });
    REQUIRE(json.exitCode == 0);
    CHECK_FALSE(hasRawControls(json.out));
    // Still JSON, and still the same title once read back.
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(q("title")).toString() == q("Title ") + kEvil);

    const auto consent = cli({ q("consent"), path, q("--participant"), q("Evil"), q("--scope"), q("be_quoted"), q("--grant") });
    INFO(consent.err.toStdString());
    CHECK(consent.exitCode == 0);
    CHECK(consent.out.contains(q("Evil\\x1b")));
    CHECK_FALSE(hasRawControls(consent.out));
    CHECK_FALSE(hasRawControls(consent.err));

    // An error message that names the person (nobody matches; the candidates are listed).
    const auto note = cli({ q("add-note"), path, q("--board"), q("B"), q("--text"), q("t"), q("--author"), q("Zed") });
    CHECK(note.exitCode != 0);
    CHECK_FALSE(hasRawControls(note.out));
    CHECK_FALSE(hasRawControls(note.err));
}

TEST_CASE("cli: a refused note on a new board leaves no board behind", "[cli][safety]")
{
    test::TempDir dir;
    const QString path = dir.path(q("w.cgw"));
    REQUIRE(cli({ q("new"), path, q("--title"), q("T") }).exitCode == 0);
    const QString tooLong(limits::maxTextLength + 1, QLatin1Char('a'));
    const auto run = cli({ q("add-note"), path, q("--board"), q("Fresh board"), q("--text"), tooLong });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("up to %1 characters").arg(limits::maxTextLength)));
    CHECK_FALSE(run.out.contains(q("Created board")));
    auto session = Session::open(path);
    REQUIRE(session.ok());
    CHECK((*session)->data().boards.size() == 0);
    CHECK((*session)->data().notes.size() == 0);
    session->reset();

    // And the same board with a note that fits is made in one go.
    const auto ok = cli({ q("add-note"), path, q("--board"), q("Fresh board"), q("--text"), q("fits") });
    CHECK(ok.exitCode == 0);
    auto after = Session::open(path);
    REQUIRE(after.ok());
    CHECK((*after)->data().boards.size() == 1);
    CHECK((*after)->data().notes.size() == 1);
}

TEST_CASE("cli: generate refuses counts beyond the limits with a usage error", "[cli][safety]")
{
    test::TempDir dir;
    const auto huge = cli({ q("generate"), dir.path(q("g.cgw")), q("--notes"), q("10000000") });
    CHECK(huge.exitCode == 2);
    CHECK(huge.err.contains(q("--notes needs a whole number from 0 to 200000")));
    const auto people = cli({ q("generate"), dir.path(q("g.cgw")), q("--participants"), q("5001") });
    CHECK(people.exitCode == 2);
    CHECK(people.err.contains(q("5000")));
    CHECK(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("cli: an archive with a note out of bounds is refused, naming the row and field", "[cli][safety]")
{
    test::TempDir dir;
    const QString source = dir.path(q("s.cgw"));
    REQUIRE(cli({ q("generate"), source, q("--participants"), q("3"), q("--groups"), q("1"), q("--boards"), q("1"),
                  q("--notes"), q("2") })
                .exitCode
            == 0);
    const QString archive = dir.path(q("a.json"));
    REQUIRE(cli({ q("export-json"), source, archive }).exitCode == 0);
    QFile file(archive);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray notes = root.value(q("notes")).toArray();
    REQUIRE(notes.size() == 2);
    QJsonObject second = notes.at(1).toObject();
    second.insert(q("height"), 1e11);
    notes.replace(1, second);
    root.insert(q("notes"), notes);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(QJsonDocument(root).toJson()) > 0);
    file.close();

    const auto run = cli({ q("import-json"), archive, dir.path(q("new.cgw")) });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(q("notes[1].height")));
    CHECK(run.err.contains(q("out of bounds")));
    CHECK_FALSE(QFile::exists(dir.path(q("new.cgw"))));
}

TEST_CASE("cli: naming the workshop itself as the output is exit 1 in every command", "[cli][safety]")
{
    test::TempDir dir;
    const QString path = dir.path(q("w.cgw"));
    REQUIRE(cli({ q("demo"), path }).exitCode == 0);
    const QByteArray before = test::readAll(path);
    const QList<QStringList> commands {
        { q("export-json"), path, path },
        { q("consent-register"), path, path },
        { q("payments"), path, path },
    };
    for (const QStringList &args : commands) {
        INFO(args.first().toStdString());
        const auto run = test::runCli(args);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(q("itself")));
    }
    CHECK(test::readAll(path) == before);
}

TEST_CASE("cli: a change to a workshop in a sync folder is made, with a warning that says why", "[cli][safety]")
{
    test::TempDir dir;
    REQUIRE(QDir().mkpath(dir.path(q("OneDrive - Care Trust"))));
    const QString path = dir.path(q("OneDrive - Care Trust/w.cgw"));
    REQUIRE(cli({ q("new"), path, q("--title"), q("T") }).exitCode == 0);
    const auto run = cli({ q("add-note"), path, q("--board"), q("B"), q("--text"), q("said") });
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(q("OneDrive")));
    CHECK(run.err.contains(q("conflicting copies")));
    // Looking only: no warning.
    const auto info = cli({ q("info"), path });
    CHECK(info.exitCode == 0);
    CHECK_FALSE(info.err.contains(q("OneDrive")));
    // The same in an ordinary folder: no warning either.
    const QString local = dir.path(q("w.cgw"));
    REQUIRE(cli({ q("new"), local, q("--title"), q("T") }).exitCode == 0);
    CHECK_FALSE(cli({ q("add-note"), local, q("--board"), q("B"), q("--text"), q("said") }).err.contains(q("OneDrive")));
}
