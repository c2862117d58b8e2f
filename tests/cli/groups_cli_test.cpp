// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// commonground-cli groups and import-participants --map, run as a facilitator would.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

QString demo(const test::TempDir &dir, const QString &name = QStringLiteral("demo.cgw"))
{
    const QString path = dir.path(name);
    const auto run = cli({ q("demo"), path });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QJsonObject listJson(const QString &path)
{
    const auto run = cli({ q("groups"), path, q("--list"), q("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

/// The group (by name) each person sits at.
QHash<QString, QString> seating(const QJsonObject &list)
{
    QHash<QString, QString> out;
    for (const QJsonValue &g : list.value(q("groups")).toArray())
        for (const QJsonValue &m : g.toObject().value(q("members")).toArray())
            out.insert(m.toString(), g.toObject().value(q("name")).toString());
    return out;
}

} // namespace

TEST_CASE("cli groups: allocate the demo's arrivals into four even tables", "[cli][groups]")
{
    test::TempDir dir;
    const QString path = demo(dir);
    const auto run = cli({ q("groups"), path, q("--allocate"), q("--count"), q("4"), q("--seed"), q("2") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(q("Seated 19 people at 4 groups.")));
    CHECK(run.err.isEmpty()); // the demo's tables offer what its people need

    const QJsonObject list = listJson(path);
    const QJsonArray groups = list.value(q("groups")).toArray();
    REQUIRE(groups.size() == 4);
    QSet<QString> everyone;
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        const int size = group.value(q("size")).toInt();
        CHECK((size == 4 || size == 5));
        CHECK(group.value(q("members")).toArray().size() == size);
        for (const QJsonValue &m : group.value(q("members")).toArray())
            everyone.insert(m.toString());
        CHECK_FALSE(group.value(q("facilitator")).toString().isEmpty());
    }
    CHECK(everyone.size() == 19);
    CHECK(everyone.contains(q("Siobhán O'Neill")));
    CHECK_FALSE(everyone.contains(q("Joe Mulligan"))); // a no-show
    CHECK_FALSE(everyone.contains(q("Amira Haddad"))); // facilitates Table 1
    CHECK(list.value(q("notMet")).toArray().isEmpty());
    const QHash<QString, QString> at = seating(list);
    CHECK(at.value(q("Gareth Llewellyn")) == q("Table 3")); // the only hearing loop
    CHECK(at.value(q("Margaret Thompson")) != q("Table 2")); // the one table with steps

    // The same seed on a fresh copy gives the same tables.
    const QString again = demo(dir, q("again.cgw"));
    REQUIRE(cli({ q("groups"), again, q("--allocate"), q("--count"), q("4"), q("--seed"), q("2") }).exitCode == 0);
    CHECK(listJson(again).value(q("groups")) == groups);
}

TEST_CASE("cli groups: keep-apart and keep-together pairs are stored and honoured", "[cli][groups]")
{
    test::TempDir dir;
    const QString path = demo(dir);
    const auto run = cli({ q("groups"), path, q("--keep-apart"), q("Priya,Marcus"), q("--keep-together"),
        q("hannah,callum mc"), q("--keep-apart"), q("Kwame,Bethan"), q("--allocate"), q("--size"), q("5") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(q("Keep Priya Ramanathan and Marcus Adebayo apart.")));
    CHECK(run.out.contains(q("Keep Hannah Kowalczyk and Callum McAllister together.")));
    const QJsonObject list = listJson(path);
    CHECK(list.value(q("groups")).toArray().size() == 4);
    const QJsonArray apart = list.value(q("keepApart")).toArray();
    REQUIRE(apart.size() == 2);
    CHECK(apart.at(0).toArray() == (QJsonArray{ q("Priya Ramanathan"), q("Marcus Adebayo") }));
    CHECK(list.value(q("keepTogether")).toArray().size() == 1);
    const QHash<QString, QString> at = seating(list);
    CHECK(at.value(q("Priya Ramanathan")) != at.value(q("Marcus Adebayo")));
    CHECK(at.value(q("Kwame Mensah")) != at.value(q("Bethan Morgan")));
    CHECK(at.value(q("Hannah Kowalczyk")) == at.value(q("Callum McAllister")));

    // Forgotten again.
    REQUIRE(cli({ q("groups"), path, q("--forget"), q("Priya,Marcus") }).exitCode == 0);
    CHECK(listJson(path).value(q("keepApart")).toArray().size() == 1);
}

TEST_CASE("cli groups: what cannot be met is listed, with who and why", "[cli][groups]")
{
    test::TempDir dir;
    const QString path = demo(dir);
    // One table: the pair to keep apart must share it.
    const auto run = cli({ q("groups"), path, q("--keep-apart"), q("Priya,Marcus"), q("--allocate"), q("--count"), q("1") });
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(q("warning: Priya Ramanathan and Marcus Adebayo are to be kept apart, but both sit at Table 1.")));
    const QJsonObject list = listJson(path);
    const QJsonArray notMet = list.value(q("notMet")).toArray();
    REQUIRE_FALSE(notMet.isEmpty());
    bool found = false;
    for (const QJsonValue &v : notMet) {
        const QJsonObject p = v.toObject();
        if (p.value(q("kind")).toString() != q("keep_apart"))
            continue;
        found = true;
        CHECK(p.value(q("people")).toArray() == (QJsonArray{ q("Priya Ramanathan"), q("Marcus Adebayo") }));
        CHECK(p.value(q("groups")).toArray() == QJsonArray{ q("Table 1") });
        CHECK(p.value(q("message")).toString().contains(q("both sit at Table 1")));
    }
    CHECK(found);
    // The hearing loop table went with the others: Gareth's need is not met, and the list says so.
    bool loop = false;
    for (const QJsonValue &v : notMet)
        loop = loop || v.toObject().value(q("message")).toString().contains(q("Gareth Llewellyn needs a hearing loop"));
    CHECK(loop);
}

TEST_CASE("cli groups: names that could mean two people are refused, with the candidates", "[cli][groups]")
{
    test::TempDir dir;
    const QString path = demo(dir);
    const QByteArray before = test::readAll(path);
    const auto run = cli({ q("groups"), path, q("--keep-apart"), q("Priya,M") });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(q("“M” matches")));
    CHECK(run.err.contains(q("Marcus Adebayo")));
    CHECK(run.err.contains(q("Margaret Thompson")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    const auto nobody = cli({ q("groups"), path, q("--keep-together"), q("Priya,Nobody Here") });
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(q("no one is called “Nobody Here”")));
    CHECK(test::readAll(path) == before);

    // A name with a comma in it still works.
    const QString w = dir.path(q("w.cgw"));
    REQUIRE(cli({ q("new"), w }).exitCode == 0);
    const QString csv = dir.path(q("people.csv"));
    writeFile(csv, "name,attendance\n\"O'Neill, Siobhán\",arrived\nBen Ode,arrived\n");
    REQUIRE(cli({ q("import-participants"), w, csv }).exitCode == 0);
    const auto comma = cli({ q("groups"), w, q("--keep-together"), q("O'Neill, Siobhán,Ben") });
    INFO(comma.err.toStdString());
    CHECK(comma.exitCode == 0);
    CHECK(comma.out.contains(q("Keep O'Neill, Siobhán and Ben Ode together.")));
}

TEST_CASE("cli groups: usage errors", "[cli][groups]")
{
    test::TempDir dir;
    const QString path = demo(dir);
    for (const QStringList &args : { QStringList{ q("groups") },
             QStringList{ q("groups"), path, q("--count"), q("3") },
             QStringList{ q("groups"), path, q("--allocate"), q("--count"), q("3"), q("--size"), q("4") },
             QStringList{ q("groups"), path, q("--allocate"), q("--count"), q("0") },
             QStringList{ q("groups"), path, q("--allocate"), q("--size"), q("lots") },
             QStringList{ q("groups"), path, q("--bogus") } }) {
        const auto run = test::runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(q("Usage: commonground-cli groups")));
    }
    const auto help = cli({ q("help"), q("groups") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(q("Usage: commonground-cli groups")));
}

TEST_CASE("cli import-participants: --map chooses what a column holds", "[cli][signups]")
{
    test::TempDir dir;
    const QString w = dir.path(q("w.cgw"));
    REQUIRE(cli({ q("new"), w }).exitCode == 0);
    const QString csv = dir.path(q("sheet.csv"));
    writeFile(csv, "Who,Tel,Needs\nAsha Khan,0123,Hearing loop please\nBo Li,0456,\n");
    const auto guessed = cli({ q("import-participants"), w, csv });
    CHECK(guessed.exitCode == 1);
    CHECK(guessed.err.contains(q("there is no “name” column")));

    const auto mapped = cli({ q("import-participants"), w, csv, q("--map"), q("Who=name"), q("--map"), q("tel=phone"),
        q("--map"), q("Needs=access_notes") });
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    CHECK(mapped.out.contains(q("Imported 2 people")));
    const auto info = cli({ q("export-json"), w, dir.path(q("w.json")) });
    REQUIRE(info.exitCode == 0);
    const QJsonObject archive = QJsonDocument::fromJson(test::readAll(dir.path(q("w.json")))).object();
    const QJsonArray people = archive.value(q("participants")).toArray();
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).toObject().value(q("phone")).toString() == q("0123"));
    CHECK(people.at(0).toObject().value(q("accessNeeds")).toArray() == QJsonArray{ q("hearing_loop") });
    CHECK(people.at(0).toObject().value(q("accessNotes")).toString() == q("Hearing loop please"));

    const auto badColumn = cli({ q("import-participants"), w, csv, q("--map"), q("Surname=last_name") });
    CHECK(badColumn.exitCode == 2);
    CHECK(badColumn.err.contains(q("The file has no column “Surname”. Its columns are: “Who”, “Tel”, “Needs”.")));
    const auto badField = cli({ q("import-participants"), w, csv, q("--map"), q("Who=shoe_size") });
    CHECK(badField.exitCode == 2);
    CHECK(badField.err.contains(q("“shoe_size” is not something Common Ground keeps")));
}

TEST_CASE("cli import-participants: an Eventbrite export as it comes", "[cli][signups]")
{
    test::TempDir dir;
    const QString w = dir.path(q("w.cgw"));
    REQUIRE(cli({ q("new"), w }).exitCode == 0);
    const auto run = cli({ q("import-participants"), w, test::dataPath(q("signups/eventbrite-attendees.csv")) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(q("Imported 7 people")));
    CHECK(run.err.contains(q("warning: line 7: Dafydd Pritchard's ticket is cancelled")));
    const auto keep = cli({ q("import-participants"), w, test::dataPath(q("signups/eventbrite-attendees.csv")),
        q("--keep-cancelled") });
    REQUIRE(keep.exitCode == 0);
    CHECK(keep.out.contains(q("Imported 8 people")));
}
