// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA export (.qdpx, .qdc): checked from the files themselves, with real tools (unzip,
// xmllint against the published schemas) and by reading the XML back, never through our own
// model alone.
#include "export/qdawriter.h"
#include "export/reportformats.h"
#include "exportsample.h"
#include "reportfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

using namespace cg;

namespace {

QString schemaPath(const char *name)
{
    const QString path = QStringLiteral(CG_STANDARDS_DIR "/refi-qda/") + QLatin1String(name);
    INFO("the REFI-QDA schemas are expected in " << path.toStdString());
    REQUIRE(QFile::exists(path));
    return path;
}

void requireTools()
{
    for (const QString &tool : { QStringLiteral("unzip"), QStringLiteral("xmllint") }) {
        INFO("the REFI-QDA tests need " << tool.toStdString() << ": run packaging/install-deps.sh");
        REQUIRE(test::haveTool(tool));
    }
}

QString writeTemp(const test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    return path;
}

QStringList entryNames(const QString &zip)
{
    const auto listing = test::run(QStringLiteral("unzip"), { QStringLiteral("-Z1"), zip });
    REQUIRE(listing.exitCode == 0);
    return QString::fromUtf8(listing.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray entry(const QString &zip, const QString &name)
{
    const auto extracted = test::run(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, name });
    REQUIRE(extracted.exitCode == 0);
    return extracted.out;
}

/// xmllint's verdict on the file at \a path against \a xsd: empty when valid.
QString schemaProblems(const QString &path, const QString &xsd)
{
    const auto lint = test::run(QStringLiteral("xmllint"), { QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, path });
    return lint.exitCode == 0 ? QString() : QString::fromUtf8(lint.err);
}

report::Report reportOf(const WorkshopData &data, Audience audience, const report::Options &more = {})
{
    report::Options options = more;
    options.timeZone = QTimeZone::utc();
    return report::build(data, audience, options);
}

QByteArray qdpxOf(const WorkshopData &data, Audience audience, const report::Options &options = {})
{
    auto p = qda::project(reportOf(data, audience, options), data.workshop);
    INFO(p.message().toStdString());
    REQUIRE(p.ok());
    auto bytes = qda::toQdpx(*p);
    INFO(bytes.message().toStdString());
    REQUIRE(bytes.ok());
    return *bytes;
}

/// What a tool reads from an unpacked .qdpx: each source's text by its GUID, and each selection.
struct Read
{
    struct Sel
    {
        QString source;
        qsizetype start = -1;
        qsizetype end = -1;
        QStringList codes;
    };
    QHash<QString, QString> texts; ///< source guid -> its text file's text
    QHash<QString, QString> names; ///< source guid -> its name
    std::vector<Sel> selections;
    QStringList codeGuids;
    QStringList caseNames;
    QStringList guids; ///< of every element that has one
    QString xml;
};

Read readQdpx(const test::TempDir &dir, const QByteArray &bytes, const QString &name = QStringLiteral("export.qdpx"))
{
    REQUIRE(bytes.startsWith("PK\x03\x04"));
    const QString zip = writeTemp(dir, name, bytes);
    const QStringList entries = entryNames(zip);
    REQUIRE(entries.value(0) == QStringLiteral("project.qde"));
    Read read;
    const QByteArray qde = entry(zip, QStringLiteral("project.qde"));
    read.xml = QString::fromUtf8(qde);
    QXmlStreamReader reader(qde);
    QString source;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        CHECK(reader.namespaceUri() == QStringLiteral("urn:QDA-XML:project:1.0"));
        const auto a = reader.attributes();
        const auto element = reader.name();
        if (a.hasAttribute(QStringLiteral("guid")))
            read.guids << a.value(QStringLiteral("guid")).toString();
        if (element == QLatin1String("TextSource")) {
            source = a.value(QStringLiteral("guid")).toString();
            const QString path = a.value(QStringLiteral("plainTextPath")).toString();
            REQUIRE(path == QStringLiteral("internal://%1.txt").arg(source));
            const QString file = QStringLiteral("sources/%1.txt").arg(source);
            REQUIRE(entries.contains(file));
            const QByteArray text = entry(zip, file);
            CHECK_FALSE(text.startsWith("\xEF\xBB\xBF")); // a byte-order mark would be a code point
            read.texts.insert(source, QString::fromUtf8(text));
            read.names.insert(source, a.value(QStringLiteral("name")).toString());
        } else if (element == QLatin1String("PlainTextSelection")) {
            read.selections.push_back({ source, a.value(QStringLiteral("startPosition")).toLongLong(),
                a.value(QStringLiteral("endPosition")).toLongLong(), {} });
        } else if (element == QLatin1String("CodeRef") && !read.selections.empty()) {
            read.selections.back().codes << a.value(QStringLiteral("targetGUID")).toString();
        } else if (element == QLatin1String("Code")) {
            read.codeGuids << a.value(QStringLiteral("guid")).toString();
        } else if (element == QLatin1String("Case")) {
            read.caseNames << a.value(QStringLiteral("name")).toString();
        }
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    // Only the project and the sources it names.
    CHECK(entries.size() == read.texts.size() + 1);
    return read;
}

/// \a text cut from code point \a start to \a end, as Python's text[start:end] does.
QString cut(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> points = text.toUcs4();
    REQUIRE(start >= 0);
    REQUIRE(start <= end);
    REQUIRE(end <= points.size());
    QString out;
    for (qsizetype i = start; i < end; ++i)
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&points[i]), 1);
    return out;
}

/// Everything a reader finds in the package: the project's XML and every source text.
QString allText(const Read &read)
{
    QString text = read.xml;
    for (const QString &t : read.texts)
        text += QLatin1Char('\n') + t;
    return text.simplified();
}

const WorkshopData &fixture()
{
    static const WorkshopData data = test::loadReportFixture();
    return data;
}

/// A workshop whose notes hold everything that moves offsets: emoji (two UTF-16 units, one code
/// point, some with skin-tone modifiers and joiners), combining accents (two code points, one
/// letter), CR LF and a lone CR, right-to-left script, a control character XML cannot carry.
WorkshopData awkwardWorkshop()
{
    WorkshopData d;
    d.workshop.id = QUuid(QStringLiteral("{11111111-2222-4333-8444-555555555555}"));
    d.workshop.title = QStringLiteral("Offsets & <everything>");
    d.workshop.created = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    d.workshop.modified = QDateTime(QDate(2026, 11, 2), QTime(17, 30), Qt::UTC);
    Board b;
    b.id = QUuid(QStringLiteral("{00000000-0000-4000-8000-000000000001}"));
    b.title = QStringLiteral("Über 👩🏽‍⚕️ board");
    b.prompt = QStringLiteral("What helps?\r\nAnd what doesn't?");
    d.boards.insert(b);
    Theme t;
    t.id = QUuid(QStringLiteral("{00000000-0000-4000-8000-000000000002}"));
    t.boardId = b.id;
    t.name = QStringLiteral("Café talk");
    d.themes.insert(t);
    const QStringList texts {
        QStringLiteral("Emoji first 🙂👍🏽 then words"),
        QStringLiteral("Cafe\u0301 with a combining accent, and n\u0303"),
        QStringLiteral("Line one\r\nline two\rline three"),
        QStringLiteral("الانتظار طويل جدا — and שלום in the middle"),
        QStringLiteral("A bell \a and a family 👨‍👩‍👧 here"),
        QStringLiteral("🏳️‍🌈"),
    };
    for (int i = 0; i < texts.size(); ++i) {
        Note n;
        n.id = QUuid(QStringLiteral("{00000000-0000-4000-8000-0000000001%1}").arg(i, 2, 10, QLatin1Char('0')));
        n.boardId = b.id;
        n.text = texts[i];
        n.authorKind = i % 2 ? AuthorKind::Anonymous : AuthorKind::Facilitator;
        n.themeId = i < 3 ? t.id : QUuid();
        n.created = QDateTime(QDate(2026, 11, 1), QTime(10, i), Qt::UTC);
        d.notes.insert(n);
    }
    return d;
}

/// The words a note should have in its source: line breaks as LF, what XML forbids gone.
QString expectedWords(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.remove(QLatin1Char('\a'));
    return text;
}

} // namespace

TEST_CASE("every REFI-QDA export validates against the published schemas", "[qda][export]")
{
    requireTools();
    test::TempDir dir;
    const QString project = schemaPath("Project.xsd");
    const QString codebook = schemaPath("Codebook.xsd");
    int n = 0;
    auto check = [&](const WorkshopData &data, Audience audience, const report::Options &options = {}) {
        INFO("export " << n);
        auto p = qda::project(reportOf(data, audience, options), data.workshop);
        REQUIRE(p.ok());
        const QString zip = writeTemp(dir, QStringLiteral("p%1.qdpx").arg(n), *qda::toQdpx(*p));
        const QString qde = writeTemp(dir, QStringLiteral("p%1.qde").arg(n), entry(zip, QStringLiteral("project.qde")));
        CHECK(schemaProblems(qde, project) == QString());
        auto qdc = qda::toQdc(*p);
        if (p->codes.empty()) {
            CHECK_FALSE(qdc.ok());
            CHECK(qdc.message().contains(QStringLiteral("no codebook")));
        } else {
            REQUIRE(qdc.ok());
            CHECK(schemaProblems(writeTemp(dir, QStringLiteral("c%1.qdc").arg(n), *qdc), codebook) == QString());
        }
        ++n;
    };
    check(fixture(), Audience::Public);
    check(fixture(), Audience::Team);
    check(awkwardWorkshop(), Audience::Public);
    // One board only, and a workshop with nothing on it.
    report::Options one;
    one.boardId = fixture().boards.rows().front().id;
    check(fixture(), Audience::Team, one);
    check(WorkshopData {}, Audience::Public);

    // The validation would catch a mistake: a selection without its required end.
    const QByteArray broken
        = qda::projectXml(*qda::project(reportOf(fixture(), Audience::Team), fixture().workshop))
              .replace(" endPosition=\"", " endPositionX=\"");
    CHECK_FALSE(schemaProblems(writeTemp(dir, QStringLiteral("broken.qde"), broken), project).isEmpty());
}

TEST_CASE("each selection cut out of its source text in code points is the note's words", "[qda][export]")
{
    requireTools();
    test::TempDir dir;
    const WorkshopData data = awkwardWorkshop();
    const Read read = readQdpx(dir, qdpxOf(data, Audience::Public));
    REQUIRE(read.texts.size() == 1);
    REQUIRE(read.selections.size() == std::size_t(data.notes.size()));

    QStringList expected;
    for (const Note &n : data.notes)
        expected << expectedWords(n.text);
    QStringList found;
    for (const Read::Sel &s : read.selections) {
        const QString &text = read.texts.value(s.source);
        found << cut(text, s.start, s.end);
        CHECK_FALSE(s.codes.isEmpty()); // every note is a coded selection
    }
    CHECK(found == expected); // in the order they were written

    const QString &text = read.texts.constBegin().value();
    // Lines end with LF only, so a tool that reads with universal newlines counts the same.
    CHECK_FALSE(text.contains(QLatin1Char('\r')));
    CHECK_FALSE(text.contains(QLatin1Char('\a')));
    CHECK(read.names.constBegin().value() == QStringLiteral("Über 👩🏽‍⚕️ board"));
    // Counted by hand (and by Python's len()): "Über 👩🏽‍⚕️ board\n" is 5 + 5 (woman, skin tone,
    // joiner, staff of Aesculapius, variation selector) + 7 code points, the prompt's lines 12
    // and 18, then the blank line.
    CHECK(text.startsWith(QStringLiteral("Über 👩🏽‍⚕️ board\nWhat helps?\nAnd what doesn't?\n\nEmoji first")));
    CHECK(read.selections.front().start == 17 + 12 + 18 + 1);
    CHECK(read.selections.front().end - read.selections.front().start == 26); // 🙂 is 1, 👍🏽 is 2
    // UTF-16 would have counted more: the positions really are code points.
    CHECK(text.indexOf(QStringLiteral("Emoji first")) == read.selections.front().start + 2);
    // Two code points for "é" made of e and a combining accent, and for "ñ" made the same way.
    CHECK(found[1].startsWith(QStringLiteral("Cafe\u0301 ")));
    CHECK(read.selections[1].end - read.selections[1].start == 37);
}

TEST_CASE("the model counts code points as the files do", "[qda][export]")
{
    CHECK(qda::codePoints(QStringLiteral("abc")) == 3);
    CHECK(qda::codePoints(QStringLiteral("🙂")) == 1);
    CHECK(qda::codePoints(QStringLiteral("e\u0301")) == 2);
    CHECK(qda::codePoints(QStringLiteral("👍🏽x")) == 3);
    CHECK(qda::codePointSlice(QStringLiteral("a🙂b👍🏽c"), 1, 3) == QStringLiteral("🙂b"));
    CHECK(qda::codePointSlice(QStringLiteral("a🙂b"), 3, 3) == QString());
    CHECK(qda::codePointSlice(QStringLiteral("a🙂b"), 0, 99) == QStringLiteral("a🙂b"));
}

TEST_CASE("themes are codes: a theme across boards codes notes in several sources", "[qda][export]")
{
    requireTools();
    test::TempDir dir;
    const Read read = readQdpx(dir, qdpxOf(fixture(), Audience::Team));
    const auto p = qda::project(reportOf(fixture(), Audience::Team), fixture().workshop);
    REQUIRE(p.ok());
    QString across;
    QString times;
    for (const qda::Code &category : p->codes) {
        CHECK_FALSE(category.codable);
        for (const qda::Code &code : category.children) {
            CHECK(code.codable);
            if (code.name == QStringLiteral("Across the day"))
                across = code.guid.toString(QUuid::WithoutBraces);
            if (code.name == QStringLiteral("Waiting times"))
                times = code.guid.toString(QUuid::WithoutBraces);
        }
    }
    REQUIRE_FALSE(across.isEmpty());
    REQUIRE_FALSE(times.isEmpty());
    QSet<QString> acrossSources;
    QStringList acrossWords;
    QStringList timesWords;
    for (const Read::Sel &s : read.selections) {
        const QString words = cut(read.texts.value(s.source), s.start, s.end);
        if (s.codes.contains(across)) {
            acrossSources.insert(s.source);
            acrossWords << words;
        }
        if (s.codes.contains(times))
            timesWords << words;
    }
    CHECK(acrossSources.size() == 2);
    CHECK(acrossWords.filter(QStringLiteral("CrossThemeNote")).size() == 1);
    CHECK(acrossWords.filter(QStringLiteral("الانتظار")).size() == 1);
    CHECK(timesWords.filter(QStringLiteral("AmiraPlainNote")).size() == 1);
    CHECK(timesWords.filter(QStringLiteral("CrossThemeNote")).isEmpty());
    // Every GUID is unique and every reference points at something in the file.
    REQUIRE(read.guids.size() > 40);
    CHECK(QSet<QString>(read.guids.begin(), read.guids.end()).size() == read.guids.size());
    for (const Read::Sel &s : read.selections)
        for (const QString &code : s.codes)
            CHECK(read.codeGuids.contains(code));

    // The codebook alone holds the same codes.
    const QByteArray qdc = *qda::toQdc(*p);
    QXmlStreamReader reader(qdc);
    QStringList codebookGuids;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            CHECK(reader.namespaceUri() == QStringLiteral("urn:QDA-XML:codebook:1.0"));
            if (reader.name() == QLatin1String("Code"))
                codebookGuids << reader.attributes().value(QStringLiteral("guid")).toString();
        }
    }
    REQUIRE_FALSE(reader.hasError());
    CHECK(codebookGuids == read.codeGuids);
}

TEST_CASE("a public REFI-QDA export honours every consent rule", "[qda][export][consent]")
{
    requireTools();
    test::TempDir dir;
    const Read pub = readQdpx(dir, qdpxOf(fixture(), Audience::Public), QStringLiteral("public.qdpx"));
    const QString text = allText(pub);
    // Nobody who withdrew, refused or never agreed; no unreleased sensitive note; no quote
    // without agreement; no name where only a pseudonym may stand.
    CHECK(test::publicLeaks(text) == QStringList {});
    for (const char *word : { "AmiraPlainNote", "AmiraQuoteAgreed", "BenPlainNote", "EvePlainKept", "AnonEnteredQuote",
             "SensitiveReleasedText", "GitaPlainNote", "CrossThemeNote", "Waiting times", "Across the day" })
        CHECK(text.contains(QLatin1String(word)));
    // Authors as cases, under the names the public may see.
    CHECK(pub.caseNames.contains(QStringLiteral("Amira Haddad")));
    CHECK(pub.caseNames.contains(QStringLiteral("Robin"))); // Ben declined to be named
    CHECK(pub.caseNames.contains(QStringLiteral("Gita Rao")));
    CHECK(pub.caseNames.contains(QStringLiteral("Anonymous")));
    CHECK_FALSE(pub.caseNames.contains(QStringLiteral("Ben Okafor")));
    // The code of a theme whose notes are all withheld is not there either (publicLeaks checks
    // its name); the codebook holds no more than the project.
    auto p = qda::project(reportOf(fixture(), Audience::Public), fixture().workshop);
    REQUIRE(p.ok());
    CHECK(test::publicLeaks(QString::fromUtf8(*qda::toQdc(*p))) == QStringList {});

    // The same reading finds what only the team may see in the team's file: it would find a leak.
    const Read team = readQdpx(dir, qdpxOf(fixture(), Audience::Team), QStringLiteral("team.qdpx"));
    const QString teamText = allText(team);
    CHECK(team.caseNames.contains(QStringLiteral("Ben Okafor")));
    CHECK(teamText.contains(QStringLiteral("SensitiveHeldText")));
    CHECK(teamText.contains(QStringLiteral("BenQuoteDeclined")));
    // Rule 1 holds for the team too: a withdrawn person's words and a refuser's are in neither.
    for (const char *word : { "DevDeletedText", "CarolRefusedText", "FaridNoRecordText", "Dev Patel", "Carol Rhodes" }) {
        CHECK_FALSE(teamText.contains(QLatin1String(word)));
        CHECK_FALSE(text.contains(QLatin1String(word)));
    }
    // The public file's case for a pseudonym is not the team file's case for the person.
    CHECK_FALSE(pub.xml.contains(QStringLiteral("team/")));
}

TEST_CASE("the same workshop gives the same REFI-QDA bytes", "[qda][export]")
{
    const QByteArray first = qdpxOf(fixture(), Audience::Public);
    CHECK(qdpxOf(test::loadReportFixture(), Audience::Public) == first);
    const WorkshopData awkward = awkwardWorkshop();
    CHECK(qdpxOf(awkward, Audience::Team) == qdpxOf(awkwardWorkshop(), Audience::Team));
    // GUIDs come from the workshop's id: another workshop's export does not share them.
    WorkshopData other = awkwardWorkshop();
    other.workshop.id = QUuid(QStringLiteral("{99999999-2222-4333-8444-555555555555}"));
    auto a = qda::project(reportOf(awkward, Audience::Team), awkward.workshop);
    auto b = qda::project(reportOf(other, Audience::Team), other.workshop);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->sources.front().guid != b->sources.front().guid);
    CHECK(a->sources.front().text == b->sources.front().text);
    // Dates are the workshop's, not the clock's.
    const QString xml = QString::fromUtf8(qda::projectXml(*a));
    CHECK(xml.contains(QStringLiteral("creationDateTime=\"2026-11-01T09:00:00Z\"")));
    CHECK(xml.contains(QStringLiteral("modifiedDateTime=\"2026-11-02T17:30:00Z\"")));
}

TEST_CASE("a REFI-QDA export without the boards says what to include", "[qda][export]")
{
    report::Options options;
    options.sections = { report::Section::About, report::Section::Actions };
    const report::Format *format = report::findFormat(QStringLiteral("qdpx"));
    REQUIRE(format);
    CHECK(format->binary);
    CHECK(format->extension == QStringLiteral("qdpx"));
    auto bytes = format->write(fixture(), reportOf(fixture(), Audience::Public, options));
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.message().contains(QStringLiteral("What was said")));
    // The preview says so too, rather than showing an empty project.
    const doc::Document preview = format->document(reportOf(fixture(), Audience::Public, options));
    REQUIRE_FALSE(preview.blocks.empty());
    CHECK(doc::plainText(preview.blocks.front().spans).contains(QStringLiteral("What was said")));

    const report::Format *codebook = report::findFormat(QStringLiteral("qdc"));
    REQUIRE(codebook);
    CHECK(codebook->binary);
    const doc::Document codes = codebook->document(reportOf(fixture(), Audience::Public));
    CHECK(codes.title.startsWith(QStringLiteral("Codebook")));
}
