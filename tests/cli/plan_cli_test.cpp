// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The planning subcommands through the real binary: templates, new --template, agenda.
#include "io/templates.h"
#include "planning/agenda.h"
#include "session/session.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>

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

/// Points the command line's own-template folder (XDG_DATA_HOME) at \a folder while it lives.
struct DataHome
{
    explicit DataHome(const QString &folder)
        : m_old(qgetenv("XDG_DATA_HOME"))
        , m_had(qEnvironmentVariableIsSet("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", folder.toUtf8());
    }
    ~DataHome()
    {
        if (m_had)
            qputenv("XDG_DATA_HOME", m_old);
        else
            qunsetenv("XDG_DATA_HOME");
    }
    QByteArray m_old;
    bool m_had;
};

} // namespace

TEST_CASE("cli: templates lists the built-in templates and your own", "[cli][plan]")
{
    test::TempDir dir;
    DataHome home(dir.root());
    auto run = cli({ q("templates") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const char *name : { "half-day", "co-pro-cuppa", "sense-making", "listening", "peer-learning" })
        CHECK(run.out.contains(QString::fromLatin1(name) + QLatin1Char(' ')));
    CHECK(run.out.contains(q("Co-pro cuppa (90 minutes) (1 h 30 min, 7 items)")));
    CHECK_FALSE(run.out.contains(q("Your own templates:")));
    CHECK(run.out.contains(
        q("Your own templates are kept in ") + QDir(dir.root()).filePath(q("commonground/templates"))));

    // One of your own, saved where the app saves them.
    auto half = io::templates::find(q("half-day"), {});
    REQUIRE(half.ok());
    io::WorkshopTemplate mine = *half;
    mine.title = q("Evening café");
    const QString folder = QDir(dir.root()).filePath(q("commonground/templates"));
    REQUIRE(io::templates::writeFile(mine, QDir(folder).filePath(q("evening-cafe.json"))).ok());
    run = cli({ q("templates") });
    CHECK(run.out.contains(q("Your own templates:\nevening-cafe   Evening café")));

    auto made = cli({ q("new"), dir.path(q("cafe.cgw")), q("--template"), q("evening-cafe") });
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
}

TEST_CASE("cli: new --template makes a workshop with the template's agenda, groups and boards", "[cli][plan]")
{
    test::TempDir dir;
    const QString path = dir.path(q("w.cgw"));
    auto run = cli({ q("new"), path, q("--template"), q("half-day"), q("--title"),
        q("Getting home from hospital"), q("--date"), q("2026-12-03") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(q("Getting home from hospital")));
    {
        auto session = Session::open(path);
        REQUIRE(session.ok());
        const WorkshopData &d = (*session)->data();
        CHECK(d.workshop.title == q("Getting home from hospital"));
        CHECK(d.workshop.date == QDate(2026, 12, 3));
        CHECK(d.workshop.endTime == QTime(13, 0));
        CHECK(d.agendaItems.size() == 9);
        CHECK(d.groups.size() == 4);
        CHECK(d.boards.size() == 5);
        CHECK(agenda::inOrder(d).front()->title == q("Arrival, tea and check-in"));
    }
    // Without a title, the template's.
    run = cli({ q("new"), dir.path(q("cuppa.cgw")), q("--template"), q("co-pro-cuppa") });
    CHECK(run.out.contains(q("“Co-pro cuppa”")));

    // A template that is not there: a refusal naming the ones that are, and no file.
    run = cli({ q("new"), dir.path(q("none.cgw")), q("--template"), q("disco") });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(q("There is no template called “disco”")));
    CHECK(run.err.contains(q("half-day")));
    CHECK_FALSE(QFileInfo::exists(dir.path(q("none.cgw"))));
}

TEST_CASE("cli: agenda prints the agenda, and writes it as Markdown or PDF", "[cli][plan]")
{
    test::TempDir dir;
    const QString path = dir.path(q("w.cgw"));
    REQUIRE(
        cli({ q("new"), path, q("--template"), q("listening"), q("--date"), q("2026-12-03") }).exitCode == 0);

    auto run = cli({ q("agenda"), path });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(q("Listening exercise\n")));
    CHECK(run.out.contains(q("10:00–10:15  Welcome and how listening works")));
    CHECK(run.out.contains(q("The day ends at 12:00 (2 h in all). The venue must be left by 12:00.")));

    run = cli({ q("agenda"), path, q("--format"), q("md") });
    CHECK(run.out.startsWith(q("# Listening exercise\n")));

    const QString md = dir.path(q("agenda.md"));
    run = cli({ q("agenda"), path, q("-o"), md });
    REQUIRE(run.exitCode == 0);
    CHECK(test::readAll(md).startsWith("# Listening exercise\n"));

    const QString pdf = dir.path(q("agenda.pdf"));
    run = cli({ q("agenda"), path, q("--output"), pdf });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = test::readAll(pdf);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 2000);

    CHECK(cli({ q("agenda"), path, q("--format"), q("docx"), q("-o"), dir.path(q("a.docx")) }).exitCode == 2);
    CHECK(cli({ q("agenda"), path, q("--format"), q("pdf") }).exitCode == 2);
    run = cli({ q("agenda"), path, q("-o"), path });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(q("over the workshop file itself")));
    run = cli({ q("agenda"), path, q("-o"), dir.path(q("no/such/folder/a.md")) });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(q("does not exist")));
    run = cli({ q("agenda"), dir.path(q("missing.cgw")) });
    CHECK(run.exitCode == 1);
}

TEST_CASE("cli: run steps through the day and the file keeps where it is", "[cli][plan]")
{
    test::TempDir dir;
    const QString path = dir.path(q("w.cgw"));
    REQUIRE(cli({ q("new"), path, q("--template"), q("co-pro-cuppa") }).exitCode == 0);
    auto run = cli({ q("run"), path });
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(q("Not started.\n")));
    CHECK(run.out.contains(q("14:00–14:10  planned   Tea and welcome")));

    run = cli({ q("run"), path, q("start") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(q("Start “Tea and welcome”.\nNow: Tea and welcome, 10:00 left")));
    run = cli({ q("run"), path, q("extend"), q("--minutes"), q("3") });
    // Three more minutes: about 13 left (a moment has passed since the start; no timing asserted).
    CHECK(run.out.contains(QRegularExpression(q("Now: Tea and welcome, 1[23]:\\d\\d left"))));
    REQUIRE(cli({ q("run"), path, q("next") }).exitCode == 0);
    {
        auto session = Session::open(path);
        REQUIRE(session.ok());
        const AgendaItem *current = agenda::currentItem((*session)->data());
        REQUIRE(current);
        CHECK(current->title == q("Introductions and how today works"));
    }
    run = cli({ q("run"), path, q("status") });
    CHECK(run.out.contains(q("  done      Tea and welcome")));
    CHECK(run.out.contains(q("  now       Introductions and how today works")));

    // Refusals, in words.
    run = cli({ q("run"), path, q("resume") });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(q("is not paused")));
    CHECK(cli({ q("run"), path, q("dance") }).exitCode == 2);
    CHECK(cli({ q("run"), path, q("extend"), q("--minutes"), q("500") }).exitCode == 2);
    REQUIRE(cli({ q("run"), path, q("reset") }).exitCode == 0);
    CHECK(cli({ q("run"), path }).out.startsWith(q("Not started.")));
}
