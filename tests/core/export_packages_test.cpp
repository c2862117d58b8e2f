// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ZIP writer, XML escaping, and the ODT and DOCX packages, checked with real tools (unzip,
// xmllint) rather than with our own reader.
#include "export/writers.h"
#include "export/xmltext.h"
#include "export/zipwriter.h"
#include "exportsample.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace cg;

namespace {

QString writeTemp(const test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    return path;
}

void requireTools(const QStringList &tools)
{
    for (const QString &tool : tools) {
        INFO("the export tests need " << tool.toStdString() << ": run packaging/install-deps.sh");
        REQUIRE(test::haveTool(tool));
    }
}

QStringList entryNames(const QString &zip)
{
    const auto listing = test::run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    REQUIRE(listing.exitCode == 0);
    return QString::fromUtf8(listing.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray entry(const QString &zip, const QString &name)
{
    // unzip reads names as patterns: a bracket must be escaped to mean itself.
    const QString pattern = QString(name).replace(QLatin1Char('['), QLatin1String("\\["));
    const auto extracted = test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, pattern});
    REQUIRE(extracted.exitCode == 0);
    return extracted.out;
}

/// xmllint's verdict on \a bytes (empty when well-formed).
QString xmlProblems(const test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = writeTemp(dir, name, bytes);
    const auto lint = test::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path});
    return lint.exitCode == 0 ? QString() : QString::fromUtf8(lint.err) + QStringLiteral(" (exit %1)").arg(lint.exitCode);
}

/// Every piece of character data in \a xml, in document order.
QString xmlText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
        else if (reader.isStartElement())
            text += QLatin1Char(' ');
    }
    REQUIRE_FALSE(reader.hasError());
    return text;
}

/// Checks that every piece of the awkward document appears in \a text, in order.
void requireInOrder(const QString &text, const QStringList &pieces)
{
    const QString haystack = test::comparable(text);
    qsizetype from = 0;
    for (const QString &piece : pieces) {
        const qsizetype at = haystack.indexOf(test::comparable(piece), from);
        INFO("looking for: " << piece.left(80).toStdString());
        CHECK(at >= 0);
        if (at >= 0)
            from = at + 1;
    }
}

} // namespace

TEST_CASE("The ZIP writer keeps entries in order, stored or deflated, with checked names", "[export][zip]")
{
    requireTools({QStringLiteral("unzip")});
    ZipWriter zip;
    REQUIRE(zip.add(QStringLiteral("mimetype"), "application/x-test", ZipWriter::Compression::Stored).ok());
    const QByteArray big(200000, 'a');
    REQUIRE(zip.add(QStringLiteral("folder/big.txt"), big).ok());
    REQUIRE(zip.add(QStringLiteral("folder/ünïcode ☕.txt"), "tea").ok());
    CHECK_FALSE(zip.add(QStringLiteral("folder/big.txt"), "again").ok());
    for (const char *bad : {"", "/etc/passwd", "../outside", "a/../../b", "a\\b", "c:/x", "folder/", "a//b", "tab\there"})
        CHECK_FALSE(zip.add(QString::fromUtf8(bad), "x").ok());
    CHECK(zip.count() == 3);
    auto bytes = zip.finish();
    REQUIRE(bytes.ok());
    CHECK_FALSE(zip.finish().ok());
    CHECK_FALSE(zip.add(QStringLiteral("late"), "x").ok());
    // Stored means the bytes sit right after the 30-byte local header and the name.
    CHECK(bytes->mid(30, 8) == "mimetype");
    CHECK(bytes->mid(38, 18) == "application/x-test");
    CHECK(bytes->size() < 10000); // the 200 KB of 'a' were deflated

    test::TempDir dir;
    const QString path = writeTemp(dir, QStringLiteral("test.zip"), *bytes);
    CHECK(entryNames(path) == QStringList{QStringLiteral("mimetype"), QStringLiteral("folder/big.txt"), QStringLiteral("folder/ünïcode ☕.txt")});
    CHECK(entry(path, QStringLiteral("folder/big.txt")) == big);
    const auto tested = test::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    CHECK(tested.exitCode == 0);
}

TEST_CASE("XML text drops what XML 1.0 forbids and escapes the rest", "[export][xml]")
{
    QString awkward = QStringLiteral("a<b>&\"c\" \u0007bell \u0001\u001f tab\tnew\nline ☕ 😀 ");
    awkward += QChar(0xd800); // a lone high surrogate
    awkward += QStringLiteral("end\uFFFE\uFFFF");
    const QString cleaned = xml::cleaned(awkward);
    CHECK(cleaned == QStringLiteral("a<b>&\"c\" bell  tab\tnew\nline ☕ 😀 end"));
    const QString escaped = xml::escaped(awkward);
    CHECK_FALSE(escaped.contains(QLatin1Char('<')));
    CHECK_FALSE(escaped.contains(QLatin1Char('"')));
    // Read back as an attribute and as content, it is the cleaned text exactly.
    const QString document = QStringLiteral("<r a=\"%1\">%1</r>").arg(escaped);
    QXmlStreamReader reader(document);
    REQUIRE(reader.readNextStartElement());
    CHECK(reader.attributes().value(QStringLiteral("a")).toString() == cleaned);
    CHECK(reader.readElementText() == cleaned);
    CHECK_FALSE(reader.hasError());
}

TEST_CASE("ODT: mimetype first and stored, well-formed parts, real headings, lists, tables and a photo", "[export][odt]")
{
    requireTools({QStringLiteral("unzip"), QStringLiteral("xmllint")});
    test::TempDir dir;
    const doc::Document document = test::awkwardDocument();
    auto odt = doc::toOdt(document);
    REQUIRE(odt.ok());
    CHECK(odt->mid(30, 8) == "mimetype");
    CHECK(odt->mid(38, 39) == "application/vnd.oasis.opendocument.text");
    const QString path = writeTemp(dir, QStringLiteral("report.odt"), *odt);
    const QStringList names = entryNames(path);
    REQUIRE(!names.isEmpty());
    CHECK(names.first() == QStringLiteral("mimetype"));
    const auto verbose = test::run(QStringLiteral("unzip"), {QStringLiteral("-v"), path});
    CHECK(QString::fromUtf8(verbose.out).contains(QRegularExpression(QStringLiteral("\\n\\s*39\\s+Stored\\s+39 .*mimetype"))));
    CHECK(names.contains(QStringLiteral("Pictures/image1.png")));

    for (const QString &part : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml"),
                               QStringLiteral("META-INF/manifest.xml")}) {
        INFO(part.toStdString());
        CHECK(xmlProblems(dir, QString(part).replace(QLatin1Char('/'), QLatin1Char('_')), entry(path, part)).isEmpty());
    }
    const QString content = QString::fromUtf8(entry(path, QStringLiteral("content.xml")));
    const QString styles = QString::fromUtf8(entry(path, QStringLiteral("styles.xml")));
    const QString manifest = QString::fromUtf8(entry(path, QStringLiteral("META-INF/manifest.xml")));
    for (int level = 1; level <= 4; ++level)
        CHECK(content.contains(QStringLiteral("<text:h text:style-name=\"Heading_20_%1\" text:outline-level=\"%1\">").arg(level)));
    CHECK(styles.contains(QStringLiteral("style:name=\"Heading_20_1\" style:display-name=\"Heading 1\"")));
    CHECK(styles.contains(QStringLiteral("style:default-outline-level=\"2\"")));
    CHECK(content.contains(QStringLiteral("<text:list text:style-name=\"CG_Bullets\">")));
    CHECK(content.contains(QStringLiteral("<text:list text:style-name=\"CG_Numbers\">")));
    CHECK(styles.contains(QStringLiteral("<text:list-style style:name=\"CG_Numbers\"")));
    CHECK(content.contains(QStringLiteral("<table:table-header-rows>")));
    CHECK(content.count(QStringLiteral("<table:table-row>")) == 71);
    CHECK(content.contains(QStringLiteral("xlink:href=\"Pictures/image1.png\"")));
    CHECK(content.contains(QStringLiteral("<svg:desc>A flipchart with three themes circled</svg:desc>")));
    CHECK(manifest.contains(QStringLiteral("manifest:full-path=\"Pictures/image1.png\" manifest:media-type=\"image/png\"")));
    CHECK(styles.contains(QStringLiteral("fo:language=\"en\" fo:country=\"GB\"")));
    CHECK(content.contains(QStringLiteral("style:writing-mode=\"rl-tb\""))); // Arabic and Hebrew read right to left
    CHECK(content.contains(QStringLiteral("fo:break-before")) == false);
    CHECK(content.contains(QStringLiteral("CG_Page_Break")));
    // Nobody's words become markup.
    CHECK_FALSE(content.contains(QStringLiteral("<script>")));
    CHECK_FALSE(content.contains(QStringLiteral("<b>")));
    CHECK(content.contains(QStringLiteral("&lt;script&gt;")));
    requireInOrder(xmlText(content.toUtf8()), test::awkwardPieces());
    for (const QString &emoji : test::emojiPieces())
        CHECK(xmlText(content.toUtf8()).contains(emoji));

    // Large print and easy read are in the styles, where an editor keeps them.
    auto large = doc::toOdt(document, doc::Style::large());
    REQUIRE(large.ok());
    const QString largeStyles =
        QString::fromUtf8(entry(writeTemp(dir, QStringLiteral("large.odt"), *large), QStringLiteral("styles.xml")));
    CHECK(largeStyles.contains(QStringLiteral("<style:default-style style:family=\"paragraph\">")));
    CHECK(largeStyles.contains(QStringLiteral("fo:font-size=\"18.0pt\"")));
    CHECK_FALSE(styles.contains(QStringLiteral("fo:font-size=\"18.0pt\"")));
    auto easy = doc::toOdt(document, doc::Style::easy());
    REQUIRE(easy.ok());
    const QString easyPath = writeTemp(dir, QStringLiteral("easy.odt"), *easy);
    const QString easyContent = QString::fromUtf8(entry(easyPath, QStringLiteral("content.xml")));
    CHECK(xmlProblems(dir, QStringLiteral("easy-content.xml"), easyContent.toUtf8()).isEmpty());
    // One idea per line: the long paragraph's sentences are paragraphs of their own.
    CHECK(easyContent.count(QStringLiteral(">Everyone deserves to be heard, and the room listened.</text:p>")) > 1000);
    CHECK(QString::fromUtf8(entry(easyPath, QStringLiteral("styles.xml"))).contains(QStringLiteral("fo:font-size=\"20.0pt\"")));
}

TEST_CASE("DOCX: well-formed parts, heading styles with outline levels, numbering, tables and a photo", "[export][docx]")
{
    requireTools({QStringLiteral("unzip"), QStringLiteral("xmllint")});
    test::TempDir dir;
    const doc::Document document = test::awkwardDocument();
    auto docx = doc::toDocx(document);
    REQUIRE(docx.ok());
    const QString path = writeTemp(dir, QStringLiteral("report.docx"), *docx);
    const QStringList names = entryNames(path);
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                             "word/numbering.xml", "word/_rels/document.xml.rels", "word/media/image1.png",
                             "docProps/core.xml", "word/header1.xml", "word/footer1.xml"})
        CHECK(names.contains(QLatin1String(part)));
    for (const QString &name : names) {
        if (!name.endsWith(QLatin1String(".xml")) && !name.endsWith(QLatin1String(".rels")))
            continue;
        INFO(name.toStdString());
        CHECK(xmlProblems(dir, QString(name).replace(QLatin1Char('/'), QLatin1Char('_')), entry(path, name)).isEmpty());
    }
    const QString body = QString::fromUtf8(entry(path, QStringLiteral("word/document.xml")));
    const QString styles = QString::fromUtf8(entry(path, QStringLiteral("word/styles.xml")));
    const QString numbering = QString::fromUtf8(entry(path, QStringLiteral("word/numbering.xml")));
    const QString relations = QString::fromUtf8(entry(path, QStringLiteral("word/_rels/document.xml.rels")));
    for (int level = 1; level <= 4; ++level) {
        CHECK(body.contains(QStringLiteral("<w:pStyle w:val=\"Heading%1\"/>").arg(level)));
        CHECK(styles.contains(QStringLiteral("w:styleId=\"Heading%1\"><w:name w:val=\"heading %1\"/>").arg(level)));
        CHECK(styles.contains(QStringLiteral("<w:outlineLvl w:val=\"%1\"/>").arg(level - 1)));
    }
    CHECK(body.contains(QStringLiteral("<w:numId w:val=\"1\"/>")));
    CHECK(body.contains(QStringLiteral("<w:numId w:val=\"2\"/>")));
    CHECK(numbering.contains(QStringLiteral("<w:numFmt w:val=\"decimal\"/>")));
    CHECK(numbering.contains(QStringLiteral("<w:numFmt w:val=\"bullet\"/>")));
    CHECK(body.contains(QStringLiteral("<w:tblHeader/>")));
    CHECK(body.count(QStringLiteral("<w:tr>")) == 71);
    CHECK(body.contains(QStringLiteral("descr=\"A flipchart with three themes circled\"")));
    CHECK(body.contains(QStringLiteral("r:embed=\"rIdImage1\"")));
    CHECK(relations.contains(QStringLiteral("Id=\"rIdImage1\"")));
    CHECK(relations.contains(QStringLiteral("Target=\"media/image1.png\"")));
    CHECK(styles.contains(QStringLiteral("<w:lang w:val=\"en-GB\"")));
    CHECK(body.contains(QStringLiteral("<w:bidi/>")));
    CHECK(body.contains(QStringLiteral("<w:br w:type=\"page\"/>")));
    CHECK_FALSE(body.contains(QStringLiteral("<script>")));
    CHECK(body.contains(QStringLiteral("&lt;script&gt;")));
    requireInOrder(xmlText(body.toUtf8()), test::awkwardPieces());
    for (const QString &emoji : test::emojiPieces())
        CHECK(xmlText(body.toUtf8()).contains(emoji));
    CHECK(styles.contains(QStringLiteral("<w:sz w:val=\"22\"/>"))); // 11 pt body

    auto large = doc::toDocx(document, doc::Style::large());
    REQUIRE(large.ok());
    const QString largeStyles =
        QString::fromUtf8(entry(writeTemp(dir, QStringLiteral("large.docx"), *large), QStringLiteral("word/styles.xml")));
    CHECK(largeStyles.contains(QStringLiteral("<w:rPrDefault><w:rPr><w:rFonts")));
    CHECK(largeStyles.contains(QStringLiteral("<w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/><w:lang"))); // 18 pt default
    auto easy = doc::toDocx(document, doc::Style::easy());
    REQUIRE(easy.ok());
    const QString easyBody =
        QString::fromUtf8(entry(writeTemp(dir, QStringLiteral("easy.docx"), *easy), QStringLiteral("word/document.xml")));
    CHECK(easyBody.count(QStringLiteral(">Everyone deserves to be heard, and the room listened.</w:t>")) > 1000);
}
