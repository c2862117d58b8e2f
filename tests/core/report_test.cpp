// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The share-back report: golden files for every text format, consent on the report fixture,
// escaping of hostile text, and the export's audit event.
#include "commands/edits.h"
#include "export/reportformats.h"
#include "export/writers.h"
#include "io/csv.h"
#include "io/jsonarchive.h"
#include "reportfixture.h"
#include "session/session.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace cg;

namespace {

report::Options fixedOptions()
{
    report::Options options;
    options.timeZone = QTimeZone::utc();
    return options;
}

QByteArray bytesOf(const QString &formatKey, Audience audience, const report::Options &options = fixedOptions())
{
    static const WorkshopData data = test::loadReportFixture();
    const report::Format *format = report::findFormat(formatKey);
    REQUIRE(format != nullptr);
    auto bytes = format->write(data, report::build(data, audience, options));
    REQUIRE(bytes.ok());
    return *bytes;
}

/// Compares \a actual with tests/data/report/NAME exactly. With CG_UPDATE_GOLDEN=1 in the
/// environment it writes the file instead (then look at the diff before committing it).
void checkGolden(const QString &name, const QByteArray &actual)
{
    const QString path = test::dataPath(QStringLiteral("report/") + name);
    if (qEnvironmentVariableIsSet("CG_UPDATE_GOLDEN")) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(actual);
        return;
    }
    const QByteArray expected = test::readAll(path);
    INFO("golden file " << name.toStdString() << " (CG_UPDATE_GOLDEN=1 rewrites it)");
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(actual == expected);
}

std::unique_ptr<Session> sessionWithBoard(const test::TempDir &dir)
{
    auto session = test::newSession(dir);
    Board b;
    b.title = QStringLiteral("Table 1");
    REQUIRE(session->perform(edits::addBoard(session->data(), b)).ok());
    return session;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

// Regenerates tests/data/report/workshop.json through a real session. Hidden: run it by name
// after changing the fixture, then CG_UPDATE_GOLDEN=1 for the golden files.
TEST_CASE("write the report fixture", "[.][fixture]")
{
    test::TempDir dir;
    const WorkshopData data = test::makeReportFixture(dir);
    REQUIRE(io::archive::writeFile(data, test::dataPath(QStringLiteral("report/workshop.json"))).ok());
}

TEST_CASE("report golden files: Markdown, HTML, CSV and JSON", "[report][golden]")
{
    checkGolden(QStringLiteral("public.md"), bytesOf(QStringLiteral("md"), Audience::Public));
    checkGolden(QStringLiteral("public.html"), bytesOf(QStringLiteral("html"), Audience::Public));
    checkGolden(QStringLiteral("public.csv"), bytesOf(QStringLiteral("csv"), Audience::Public));
    checkGolden(QStringLiteral("public.json"), bytesOf(QStringLiteral("json"), Audience::Public));
    checkGolden(QStringLiteral("team.md"), bytesOf(QStringLiteral("md"), Audience::Team));
    checkGolden(QStringLiteral("team.csv"), bytesOf(QStringLiteral("csv"), Audience::Team));
    const WorkshopData data = test::loadReportFixture();
    checkGolden(QStringLiteral("easyread.md"),
        doc::toMarkdown(report::toEasyRead(report::build(data, Audience::Public, fixedOptions()))));
    // The team's JSON is the lossless archive, byte for byte.
    CHECK(bytesOf(QStringLiteral("json"), Audience::Team) == io::archive::toJson(data));
}

TEST_CASE("public outputs hold nothing the consent rules keep back, and everything they allow", "[report][consent]")
{
    for (const char *key : { "md", "html", "json" }) {
        const QString output = text(bytesOf(QString::fromLatin1(key), Audience::Public));
        INFO("format " << key);
        CHECK(test::publicLeaks(output) == QStringList {});
        CHECK(test::publicMissing(output) == QStringList {});
    }
    SECTION("the notes CSV")
    {
        const QString csv = text(bytesOf(QStringLiteral("csv"), Audience::Public));
        CHECK(test::publicLeaks(csv) == QStringList {});
        for (const char *allowed : { "AmiraPlainNote", "AmiraQuoteAgreed", "BenPlainNote", "Robin", "EvePlainKept",
                 "AnonEnteredQuote", "SensitiveReleasedText", "GitaPlainNote", "CrossThemeNote", "Amira Haddad" })
            CHECK(csv.contains(QString::fromLatin1(allowed)));
    }
    SECTION("the easy-read summary")
    {
        const WorkshopData data = test::loadReportFixture();
        const doc::Document easy = report::toEasyRead(report::build(data, Audience::Public, fixedOptions()));
        for (const QByteArray &bytes : { doc::toMarkdown(easy), doc::toHtml(easy, doc::Style::easy()) })
            CHECK(test::publicLeaks(text(bytes)) == QStringList {});
        CHECK(text(doc::toMarkdown(easy)).contains(QStringLiteral("AmiraPlainNote")));
    }
    SECTION("the public report never has a team-only section, even when asked for")
    {
        report::Options options = fixedOptions();
        options.sections = report::allSections();
        const WorkshopData data = test::loadReportFixture();
        const report::Report r = report::build(data, Audience::Public, options);
        for (report::Section s : r.sections)
            CHECK_FALSE(report::isTeamOnly(s));
        CHECK_FALSE(r.payments.has_value());
        CHECK_FALSE(r.accessNeeds.has_value());
        CHECK(r.consent.empty());
        CHECK(r.attendance.empty());
    }
    SECTION("withheld contributions are counted")
    {
        const WorkshopData data = test::loadReportFixture();
        const report::Report r = report::build(data, Audience::Public, fixedOptions());
        // Ben's and Gita's quotes, Eve's anonymised quote, Carol's two notes, Farid's, the held
        // sensitive note.
        CHECK(r.withheld.notes == 7);
        CHECK(r.withheld.votes == 5); // Carol's dots
        CHECK(r.withheld.feedback == 1);
        CHECK(r.withheld.photos == 1);
        CHECK(r.namedPeople.contains(QStringLiteral("Amira Haddad")));
        CHECK_FALSE(r.namedPeople.contains(QStringLiteral("Ben Okafor")));
        CHECK(r.othersTakingPart == 1); // Ben, unnamed
    }
}

TEST_CASE("the team report shows names and the team sections, never people not taking part", "[report][consent]")
{
    const QString team = text(bytesOf(QStringLiteral("md"), Audience::Team));
    CHECK(team.contains(QStringLiteral("Ben Okafor")));
    CHECK(team.contains(QStringLiteral("BenQuoteDeclined"))); // the team may read quotes
    CHECK(team.contains(QStringLiteral("EveAnonQuote")));     // kept for the team on withdrawal
    CHECK(team.contains(QStringLiteral("SensitiveHeldText")));
    CHECK(team.contains(QStringLiteral("Consent register")));
    CHECK(team.contains(QStringLiteral("For the workshop team only")));
    for (const char *never : { "CarolRefusedText", "CarolFeedbackText", "DevDeletedText", "FaridNoRecordText",
             "example.org", "07700" })
        CHECK_FALSE(team.contains(QString::fromLatin1(never)));
}

TEST_CASE("hostile text stays text in every format", "[report][escaping]")
{
    const QString md = text(bytesOf(QStringLiteral("md"), Audience::Public));
    // Nobody's words become Markdown: no heading, list, emphasis, link, code or raw HTML.
    CHECK(md.contains(QStringLiteral("\\# Not a heading")));
    CHECK(md.contains(QStringLiteral("\\- not a list")));
    CHECK(md.contains(QStringLiteral("1\\. not numbered")));
    CHECK(md.contains(QStringLiteral("\\*\\*bold\\*\\*")));
    CHECK(md.contains(QStringLiteral("\\[link\\](http://x.test)")));
    CHECK(md.contains(QStringLiteral("\\`code\\`")));
    CHECK(md.contains(QStringLiteral("\\<b\\>tag\\</b\\>")));
    CHECK(md.contains(QStringLiteral("\\& \\&amp;")));
    CHECK(md.contains(QStringLiteral("Zoë \\<script\\>alert(\"x\")\\</script\\> \\& 'Q'")));
    CHECK_FALSE(md.contains(QStringLiteral("<script>")));
    CHECK(md.contains(QStringLiteral("الانتظار طويل جدا")));
    CHECK(md.contains(QStringLiteral("🙂👍🏽")));
    const QRegularExpression rawHeading(QStringLiteral("^#+ Not a heading"), QRegularExpression::MultilineOption);
    CHECK_FALSE(rawHeading.match(md).hasMatch());

    const QString html = text(bytesOf(QStringLiteral("html"), Audience::Public));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>tag")));
    CHECK(html.contains(QStringLiteral("Zoë &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Q&#39;")));
    CHECK(html.contains(QStringLiteral("&amp;amp;")));
    CHECK(html.contains(QStringLiteral("<title>Waiting well: &lt;care&gt; &amp; &quot;community&quot;</title>")));
    CHECK(html.contains(QStringLiteral("dir=\"auto\">الانتظار طويل جدا")));
    CHECK(html.contains(QStringLiteral("a<br>second line")));
    // Self-contained: nothing loaded from anywhere else.
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http")));
    CHECK_FALSE(html.contains(QStringLiteral("href=\"http")));
    CHECK_FALSE(html.contains(QStringLiteral("<link")));
    CHECK(html.contains(QStringLiteral("<main id=\"main\">")));
    CHECK(html.contains(QStringLiteral("@media print")));
    CHECK(html.contains(QStringLiteral("src=\"data:image/png;base64,")));

    const QByteArray csv = bytesOf(QStringLiteral("csv"), Audience::Public);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    auto records = io::readCsv(csv);
    REQUIRE(records.ok());
    QStringList texts;
    for (const io::CsvRecord &r : *records)
        texts << r.fields.value(3);
    // Formula starters are neutralised; the words are kept.
    CHECK(texts.contains(QStringLiteral("'=HYPERLINK(\"http://evil.test\",\"click\")")));
    CHECK(texts.contains(QStringLiteral("'+1 more staff")));
    CHECK(texts.contains(QStringLiteral("'-2 fewer forms")));
    CHECK(texts.contains(QStringLiteral("'@SUM(A1:A9)")));
    CHECK(texts.contains(QStringLiteral("'\tTabbed start")));
    CHECK(texts.contains(QStringLiteral("Emoji 🙂👍🏽 and a\nsecond line")));
    CHECK(texts.contains(QStringLiteral("الانتظار طويل جدا")));

    const QJsonDocument json = QJsonDocument::fromJson(bytesOf(QStringLiteral("json"), Audience::Public));
    REQUIRE(json.isObject());
    CHECK(json.object().value(QStringLiteral("audience")).toString() == QStringLiteral("public"));
}

TEST_CASE("a report can be limited to one board and some sections", "[report]")
{
    const WorkshopData data = test::loadReportFixture();
    report::Options options = fixedOptions();
    options.boardId = QUuid(QStringLiteral("{00000000-0000-4000-8000-000000000401}"));
    options.sections = { report::Section::Boards, report::Section::Thanks };
    const report::Report r = report::build(data, Audience::Public, options);
    REQUIRE(r.boards.size() == 1);
    CHECK(r.boards.front().title == QStringLiteral("What would help"));
    CHECK(r.actions.empty());
    CHECK(r.agenda.empty());
    const QString md = text(doc::toMarkdown(report::toDocument(r)));
    CHECK_FALSE(md.contains(QStringLiteral("AmiraPlainNote")));
    CHECK(md.contains(QStringLiteral("Thank you")));
    CHECK_FALSE(md.contains(QStringLiteral("Actions")));
}

TEST_CASE("every export is recorded in the audit trail with counts, never content", "[report][audit]")
{
    test::TempDir dir;
    auto session = sessionWithBoard(dir);
    Note n;
    n.boardId = session->data().boards.rows().front().id;
    n.text = QStringLiteral("SecretWordsOfTheNote");
    REQUIRE(session->perform(edits::addNote(session->data(), n)).ok());
    const report::Report r = report::build(session->data(), Audience::Public);
    const QString path = dir.path(QStringLiteral("out.md"));
    QString problem;
    REQUIRE(report::writeAndRecord(*session, path, doc::toMarkdown(report::toDocument(r)),
        report::exportRecord(r, QStringLiteral("Markdown")), QStringLiteral("Priya"), &problem)
                .ok());
    CHECK(problem.isEmpty());
    CHECK(test::readAll(path).contains("SecretWordsOfTheNote"));
    const AuditEvent &audit = session->data().auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("export"));
    CHECK(audit.actor == QStringLiteral("Priya"));
    CHECK(audit.summary == QStringLiteral("Exported the share-back report (public) as Markdown (boards: 1, notes: 1)."));
    CHECK_FALSE(audit.summary.contains(QStringLiteral("Secret")));

    SECTION("a failed write records nothing and keeps the old file")
    {
        const auto before = session->data().auditEvents.size();
        CHECK_FALSE(report::writeAndRecord(*session, dir.path(QStringLiteral("missing/out.md")), "x",
            report::exportRecord(r, QStringLiteral("Markdown")), QStringLiteral("Priya"))
                        .ok());
        CHECK(session->data().auditEvents.size() == before);
    }
}

TEST_CASE("releasing a sensitive note is one undoable edit and an audit event", "[report][release]")
{
    test::TempDir dir;
    auto session = sessionWithBoard(dir);
    Note n;
    n.boardId = session->data().boards.rows().front().id;
    n.text = QStringLiteral("Held back words");
    n.sensitive = true;
    REQUIRE(session->perform(edits::addNote(session->data(), n)).ok());
    const QUuid id = session->data().notes.rows().back().id;
    CHECK_FALSE(ConsentPolicy(session->data()).mayAppear(*session->data().notes.find(id), Audience::Public));

    const QStringList before = test::dumpRows(*session);
    REQUIRE(session->perform(edits::releaseNote(session->data(), id, true)).ok());
    const QStringList after = test::dumpRows(*session);
    CHECK(after != before);
    CHECK(session->data().notes.find(id)->released);
    CHECK(ConsentPolicy(session->data()).mayAppear(*session->data().notes.find(id), Audience::Public));
    session->undoStack()->undo();
    CHECK(test::dumpRows(*session) == before);
    session->undoStack()->redo();
    CHECK(test::dumpRows(*session) == after);
    const QString path = session->filePath();
    session.reset();
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    CHECK(test::dumpRows(**reopened) == after);

    REQUIRE((*reopened)->record(edits::recordRelease((*reopened)->data(), id, true, QStringLiteral("Sam"), (*reopened)->now())).ok());
    const AuditEvent &audit = (*reopened)->data().auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("release"));
    CHECK(audit.summary == QStringLiteral("A sensitive note on “Table 1” was released for public outputs."));
    CHECK_FALSE(audit.summary.contains(QStringLiteral("Held back words")));

    // A note that is not sensitive has nothing to release.
    Note plain;
    plain.boardId = n.boardId;
    plain.text = QStringLiteral("Ordinary");
    REQUIRE((*reopened)->perform(edits::addNote((*reopened)->data(), plain)).ok());
    CHECK_FALSE(edits::releaseNote((*reopened)->data(), (*reopened)->data().notes.rows().back().id, true).ok());
}
