// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every format in report::formats(), the binary ones included, on the report fixture: the text a
// reader gets out of the file (pdftotext for PDF, the XML of ODT and DOCX, and LibreOffice once)
// holds nothing the consent rules keep back and everything they allow; easy read is shorter;
// large print is large.
#include "export/reportformats.h"
#include "export/writers.h"
#include "exportsample.h"
#include "reportfixture.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QUrl>
#include <QXmlStreamReader>

using namespace cg;

namespace {

void requireTools(const QStringList &tools)
{
    for (const QString &tool : tools) {
        INFO("the format tests need " << tool.toStdString() << ": run packaging/install-deps.sh");
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

const WorkshopData &fixture()
{
    static const WorkshopData data = test::loadReportFixture();
    return data;
}

report::Report fixtureReport(Audience audience)
{
    report::Options options;
    options.timeZone = QTimeZone::utc();
    return report::build(fixture(), audience, options);
}

QByteArray bytesOf(const report::Format &format, Audience audience)
{
    auto bytes = format.write(fixture(), fixtureReport(audience));
    INFO(bytes.message().toStdString());
    REQUIRE(bytes.ok());
    return *bytes;
}

/// The character data of a word-processor XML part. Runs (w:r, text:span) join without a
/// separator, so a word split into runs stays one word; paragraphs, cells, breaks and tabs are
/// spaces.
QString xmlText(const QByteArray &xml)
{
    static const QStringList separators { QStringLiteral("p"), QStringLiteral("h"), QStringLiteral("tc"),
        QStringLiteral("table-cell"), QStringLiteral("br"), QStringLiteral("line-break"), QStringLiteral("tab"),
        QStringLiteral("s"), QStringLiteral("list-item") };
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
        else if (reader.isStartElement() && separators.contains(reader.name().toString()))
            text += QLatin1Char(' ');
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return text;
}

QByteArray zipEntry(const QString &zip, const QString &name)
{
    const auto extracted = test::run(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, name });
    REQUIRE(extracted.exitCode == 0);
    REQUIRE_FALSE(extracted.out.isEmpty());
    return extracted.out;
}

QString pdfText(const QString &path, const QStringList &options = {})
{
    const auto text = test::run(QStringLiteral("pdftotext"),
        options + QStringList { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(text.exitCode == 0);
    return QString::fromUtf8(text.out);
}

/// The text a reader gets from \a bytes of \a format, whitespace runs made one space (so a name
/// broken over two lines is still found).
QString readerText(const test::TempDir &dir, const report::Format &format, const QByteArray &bytes)
{
    if (!format.binary)
        return QString::fromUtf8(bytes).simplified();
    const QString path = writeTemp(dir, format.key + QLatin1Char('.') + format.extension, bytes);
    if (format.extension == QLatin1String("pdf")) {
        REQUIRE(bytes.startsWith("%PDF-"));
        // -raw: in the order it was drawn, so a table cell's lines stay together; NFKC, so a
        // ligature glyph ("ﬁ") reads as its letters.
        return pdfText(path, { QStringLiteral("-raw") }).normalized(QString::NormalizationForm_KC).simplified();
    }
    // The REFI-QDA codebook is XML; the project holds its words in project.qde and sources/.
    if (format.extension == QLatin1String("qdc"))
        return xmlText(bytes).simplified();
    REQUIRE(bytes.startsWith("PK\x03\x04"));
    if (format.extension == QLatin1String("qdpx"))
        return QString(xmlText(zipEntry(path, QStringLiteral("project.qde"))) + QLatin1Char(' ')
            + QString::fromUtf8(zipEntry(path, QStringLiteral("sources/*"))))
            .simplified();
    if (format.extension == QLatin1String("odt"))
        return xmlText(zipEntry(path, QStringLiteral("content.xml"))).simplified();
    REQUIRE(format.extension == QLatin1String("docx"));
    return xmlText(zipEntry(path, QStringLiteral("word/document.xml"))).simplified();
}

bool isEasyRead(const report::Format &format)
{
    return format.key.startsWith(QLatin1String("easyread"));
}

int pageCount(const QString &path)
{
    const auto info = test::run(QStringLiteral("pdfinfo"), { path });
    REQUIRE(info.exitCode == 0);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

/// The heights of the boxes of the words equal to \a word, from `pdftotext -bbox`.
QList<double> wordHeights(const QString &path, const QString &word)
{
    const QString html = pdfText(path, { QStringLiteral("-bbox") });
    static const QRegularExpression box(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<double> out;
    for (auto it = box.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(5) == word)
            out << m.captured(4).toDouble() - m.captured(2).toDouble();
    }
    return out;
}

} // namespace

TEST_CASE("every report format, binary ones too, keeps back what consent keeps back", "[report][consent][formats]")
{
    requireTools({ QStringLiteral("pdftotext"), QStringLiteral("unzip") });
    test::TempDir dir;
    QStringList keys;
    for (const report::Format &format : report::formats()) {
        keys << format.key;
        INFO("format " << format.key.toStdString());
        const QString text = readerText(dir, format, bytesOf(format, Audience::Public));
        CHECK(test::publicLeaks(text) == QStringList {});
        // The notes CSV, the easy-read summary and the REFI-QDA project hold the notes, not the
        // whole report; the REFI-QDA codebook holds only the themes (tests/core/qda_test.cpp).
        const bool qda = format.key.startsWith(QLatin1String("qd"));
        if (format.key != QLatin1String("csv") && !isEasyRead(format) && !qda)
            CHECK(test::publicMissing(text) == QStringList {});
        if (format.key != QLatin1String("qdc"))
            CHECK(text.contains(QStringLiteral("AmiraPlainNote")));

        // The same reading finds a name only the team may see in the team's file: it would find
        // a leak.
        if (format.binary && format.key != QLatin1String("qdc")) {
            const QString team = readerText(dir, format, bytesOf(format, Audience::Team));
            CHECK(team.contains(QStringLiteral("Ben Okafor")));
            CHECK_FALSE(team.contains(QStringLiteral("CarolRefusedText")));
        }
    }
    for (const char *key : { "md", "html", "pdf", "largeprint-pdf", "odt", "docx", "easyread-pdf", "easyread-docx",
             "csv", "json" })
        CHECK(keys.contains(QLatin1String(key)));
}

TEST_CASE("easy read is shorter than the full report in the same format", "[report][formats][easyread]")
{
    requireTools({ QStringLiteral("pdftotext"), QStringLiteral("unzip") });
    test::TempDir dir;
    for (const auto &[easyKey, fullKey] : { std::pair { "easyread-pdf", "pdf" }, std::pair { "easyread-docx", "docx" } }) {
        INFO(easyKey);
        const report::Format *easy = report::findFormat(QString::fromLatin1(easyKey));
        const report::Format *full = report::findFormat(QString::fromLatin1(fullKey));
        REQUIRE(easy);
        REQUIRE(full);
        CHECK(easy->binary);
        const QString easyText = readerText(dir, *easy, bytesOf(*easy, Audience::Public));
        const QString fullText = readerText(dir, *full, bytesOf(*full, Audience::Public));
        CHECK(test::publicLeaks(easyText) == QStringList {});
        CHECK(easyText.size() < fullText.size());
        CHECK_FALSE(easyText.isEmpty());
    }
}

TEST_CASE("the large-print PDF embeds its fonts, sets the notes at 18 pt or more and takes more pages",
    "[report][formats][pdf]")
{
    requireTools({ QStringLiteral("pdftotext"), QStringLiteral("pdffonts"), QStringLiteral("pdfinfo") });
    test::TempDir dir;
    const report::Format *large = report::findFormat(QStringLiteral("largeprint-pdf"));
    const report::Format *standard = report::findFormat(QStringLiteral("pdf"));
    REQUIRE(large);
    REQUIRE(standard);
    const QString largePath = writeTemp(dir, QStringLiteral("large.pdf"), bytesOf(*large, Audience::Public));
    const QString standardPath = writeTemp(dir, QStringLiteral("standard.pdf"), bytesOf(*standard, Audience::Public));

    const auto listing = test::run(QStringLiteral("pdffonts"), { largePath });
    REQUIRE(listing.exitCode == 0);
    const QStringList rows = QString::fromUtf8(listing.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(rows.isEmpty());
    // name, type, encoding, emb, sub, uni, object, id
    static const QRegularExpression row(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    for (const QString &line : rows) {
        const auto match = row.match(line);
        INFO(line.toStdString());
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1) == QStringLiteral("yes"));
    }

    // The size of 11 pt body text in the same font: a one-paragraph standard PDF.
    doc::Document reference;
    reference.title = QStringLiteral("Reference");
    reference.paragraph(QStringLiteral("AmiraPlainNote"));
    auto referencePdf = doc::toPdf(reference);
    REQUIRE(referencePdf.ok());
    const QList<double> at11 = wordHeights(writeTemp(dir, QStringLiteral("reference.pdf"), *referencePdf),
        QStringLiteral("AmiraPlainNote"));
    REQUIRE(at11.size() == 1);
    const QList<double> inLarge = wordHeights(largePath, QStringLiteral("AmiraPlainNote"));
    REQUIRE_FALSE(inLarge.isEmpty());
    for (double height : inLarge)
        CHECK(11.0 * height / at11.front() >= 18.0 - 0.05);
    CHECK(pageCount(largePath) > pageCount(standardPath));
}

TEST_CASE("LibreOffice reads the public ODT and DOCX reports without anything kept back", "[report][formats][libreoffice]")
{
    requireTools({ QStringLiteral("soffice") });
    test::TempDir dir;
    QStringList inputs;
    for (const char *key : { "odt", "docx" }) {
        const report::Format *format = report::findFormat(QString::fromLatin1(key));
        REQUIRE(format);
        inputs << writeTemp(dir, QStringLiteral("public-%1.%2").arg(format->key, format->extension),
            bytesOf(*format, Audience::Public));
    }
    // One LibreOffice start for both files: a start takes seconds.
    QDir().mkpath(dir.path(QStringLiteral("out")));
    const QString profile = QUrl::fromLocalFile(dir.path(QStringLiteral("profile"))).toString();
    const auto run = test::run(QStringLiteral("soffice"),
        QStringList { QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
            QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"),
            QStringLiteral("--outdir"), dir.path(QStringLiteral("out")) }
            + inputs,
        280000);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const char *key : { "odt", "docx" }) {
        INFO(key);
        const QByteArray bytes = test::readAll(dir.path(QStringLiteral("out/public-%1.txt").arg(QLatin1String(key))));
        REQUIRE_FALSE(bytes.isEmpty());
        const QString text = QString::fromUtf8(bytes).simplified();
        CHECK(test::publicLeaks(text) == QStringList {});
        CHECK(test::publicMissing(text) == QStringList {});
    }
}

namespace {

/// A language in which every word is in capitals: enough to see which words were translated.
class Capitals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *text, const char * = nullptr, int = -1) const override
    {
        return QString::fromUtf8(text).toUpper();
    }
};

} // namespace

TEST_CASE("format names follow a language chosen after they were first listed", "[report][i18n]")
{
    // The list was made in the language of the moment; a language installed later (the Share
    // view opened after a test or a start-up step asked for the list) must still show.
    const report::Format *before = report::findFormat(u"html");
    REQUIRE(before);
    const QString english = before->title;
    CHECK(english == QStringLiteral("Web page (HTML)"));
    Capitals capitals;
    REQUIRE(QCoreApplication::installTranslator(&capitals));
    const report::Format *translated = report::findFormat(u"html");
    REQUIRE(translated);
    CHECK(translated->title == QStringLiteral("WEB PAGE (HTML)"));
    CHECK(translated->description == translated->description.toUpper());
    CHECK(before->title == english); // a pointer taken earlier still points at a whole format
    QCoreApplication::removeTranslator(&capitals);
    CHECK(report::findFormat(u"html")->title == english);
}
