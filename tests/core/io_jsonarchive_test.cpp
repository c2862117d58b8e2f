// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demoworkshop.h"
#include "io/generator.h"
#include "io/jsonarchive.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>

using namespace cg;

namespace {

/// Writes \a data to a new workshop file, reopens it and returns the archive of what was loaded.
QByteArray throughFile(const test::TempDir &dir, const WorkshopData &data, const QString &name)
{
    const QString path = dir.path(name);
    {
        auto created = Session::createFrom(path, data);
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
    }
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    auto complete = (*reopened)->completeData();
    REQUIRE(complete.ok());
    return io::archive::toJson(*complete);
}

} // namespace

TEST_CASE("JSON archive: a generated workshop round-trips to identical bytes", "[io][json]")
{
    test::TempDir dir;
    io::GeneratorOptions options;
    options.participants = 60;
    options.groups = 5;
    options.boards = 8;
    options.notes = 400;
    options.seed = 42;
    auto generated = io::generateWorkshop(options);
    REQUIRE(generated.ok());
    const QByteArray first = throughFile(dir, *generated, QStringLiteral("a.cgw"));
    auto read = io::archive::fromJson(first);
    REQUIRE(read.ok());
    const QByteArray second = throughFile(dir, *read, QStringLiteral("b.cgw"));
    CHECK(first == second);
    CHECK(read->notes.size() == 400);
    CHECK(read->participants.size() == 60);
}

TEST_CASE("JSON archive: the demo workshop round-trips, photo included", "[io][json]")
{
    test::TempDir dir;
    const WorkshopData demo = io::demoWorkshop();
    const QByteArray json = io::archive::toJson(demo);
    auto read = io::archive::fromJson(json);
    REQUIRE(read.ok());
    REQUIRE(read->attachments.size() == 2);
    CHECK(read->attachments.rows().front().data == demo.attachments.rows().front().data);
    CHECK(read->workshop == demo.workshop);
    CHECK(read->notes.rows() == demo.notes.rows());
    CHECK(read->payments.rows() == demo.payments.rows());
    CHECK(io::archive::toJson(*read) == json);
    CHECK(throughFile(dir, *read, QStringLiteral("demo.cgw")) == json);
}

TEST_CASE("JSON archive: awkward text survives import and export byte for byte", "[io][json]")
{
    test::TempDir dir;
    const QByteArray fixture = test::readAll(test::dataPath(QStringLiteral("awkward/archive.json")));
    REQUIRE(fixture.size() > 100 * 1024);
    auto read = io::archive::fromJson(fixture);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    // Spot checks of what is in the fixture: quotes, commas, newlines, emoji, RTL, HTML, 100 KB.
    const WorkshopData &d = *read;
    CHECK(d.workshop.title.contains(QStringLiteral("\"quotes\", commas, newlines\nand <b>HTML</b>")));
    CHECK(d.workshop.purpose == QStringLiteral("Purpose\r\nwith CRLF"));
    bool arabic = false;
    bool hebrew = false;
    bool script = false;
    qsizetype longest = 0;
    for (const Note &n : d.notes) {
        arabic = arabic || n.text.contains(QStringLiteral("لم يخبرني"));
        hebrew = hebrew || n.text.contains(QStringLiteral("אף אחד"));
        script = script || n.text.contains(QStringLiteral("<script>alert(\"pwned\")</script>"));
        longest = std::max(longest, n.text.toUtf8().size());
    }
    CHECK(arabic);
    CHECK(hebrew);
    CHECK(script);
    CHECK(longest >= 100 * 1024 - 8);
    CHECK(d.attachments.rows().front().data.size() == 256);
    CHECK(throughFile(dir, d, QStringLiteral("awkward.cgw")) == fixture);
}

TEST_CASE("JSON archive: broken or foreign JSON is refused with a clear message", "[io][json]")
{
    const QByteArray good = io::archive::toJson(io::demoWorkshop());

    SECTION("truncated")
    {
        auto read = io::archive::fromJson(good.left(good.size() / 2));
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().startsWith(QStringLiteral("This is not a complete JSON file (line ")));
    }
    SECTION("empty")
    {
        auto read = io::archive::fromJson(QByteArray());
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral("not a complete JSON file")));
    }
    SECTION("a time that cannot be read back is refused, not stored as another time")
    {
        QByteArray bad = good;
        const QByteArray created = "\"created\": \"";
        const qsizetype at = bad.indexOf(created);
        REQUIRE(at > 0);
        bad.replace(at + created.size(), 24, "2026-03-1:T10:00:00.000Z");
        auto read = io::archive::fromJson(bad);
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral("2026-03-1:T10:00:00.000Z")));
    }
    SECTION("some other JSON")
    {
        auto read = io::archive::fromJson("{\"name\": \"package\", \"version\": \"1.0\"}");
        REQUIRE_FALSE(read.ok());
        CHECK(read.message() == QStringLiteral("This JSON file is not a Common Ground workshop archive."));
    }
    SECTION("a newer format")
    {
        QByteArray newer = good;
        newer.replace("\"formatVersion\": 1", "\"formatVersion\": 7");
        auto read = io::archive::fromJson(newer);
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral("newer version")));
    }
    SECTION("a bad enum value names where it is")
    {
        QByteArray bad = good;
        const qsizetype at = bad.indexOf("\"colour\": \"pink\"");
        REQUIRE(at > 0);
        bad.replace(at, int(qstrlen("\"colour\": \"pink\"")), "\"colour\": \"mauve\"");
        auto read = io::archive::fromJson(bad);
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral(".colour: “mauve” is not one of")));
    }
    SECTION("a dangling reference")
    {
        WorkshopData d = io::demoWorkshop();
        Note orphan = d.notes.rows().front();
        orphan.id = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
        orphan.boardId = QUuid::fromString(QStringLiteral("99999999-2222-4333-8444-555555555555"));
        d.notes.insert(orphan);
        auto read = io::archive::fromJson(io::archive::toJson(d));
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral("refers to a board")));
    }
    SECTION("a duplicated id")
    {
        WorkshopData d = io::demoWorkshop();
        const QByteArray json = io::archive::toJson(d);
        QByteArray dup = json;
        // Make the second participant's id equal to the first's.
        const QByteArray first = d.participants.rows()[0].id.toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray second = d.participants.rows()[1].id.toString(QUuid::WithoutBraces).toLatin1();
        dup.replace(QByteArray("\"id\": \"" + second + "\""), QByteArray("\"id\": \"" + first + "\""));
        auto read = io::archive::fromJson(dup);
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(QStringLiteral("is used twice")));
    }
    SECTION("a wrong type")
    {
        QByteArray bad = good;
        bad.replace("\"plannedMinutes\": 25", "\"plannedMinutes\": \"25\"");
        auto read = io::archive::fromJson(bad);
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(
            QStringLiteral("agendaItems[0].plannedMinutes: should be a whole number.")));
    }
}

TEST_CASE("JSON archive: a refused import writes nothing", "[io][json]")
{
    test::TempDir dir;
    const QString in = dir.path(QStringLiteral("half.json"));
    QFile file(in);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray good = io::archive::toJson(io::demoWorkshop());
    file.write(good.left(1000));
    file.close();
    auto read = io::archive::readFile(in);
    REQUIRE_FALSE(read.ok());
    CHECK_FALSE(io::archive::readFile(dir.path(QStringLiteral("missing.json"))).ok());
}

TEST_CASE("JSON archive: writing replaces the file only when complete", "[io][json]")
{
    test::TempDir dir;
    const QString out = dir.path(QStringLiteral("out.json"));
    REQUIRE(io::archive::writeFile(io::demoWorkshop(), out).ok());
    CHECK(test::readAll(out) == io::archive::toJson(io::demoWorkshop()));
    // A folder that does not exist: an error, and no stray file.
    auto failed
        = io::archive::writeFile(io::demoWorkshop(), dir.path(QStringLiteral("no/such/folder/x.json")));
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(failed.message().isEmpty());
}
