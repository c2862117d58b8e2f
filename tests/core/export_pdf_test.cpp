// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF writer, checked with poppler's tools: the text a reader's PDF viewer finds (in
// order), the fonts embedded, the type size of large print, and the bookmarks.
#include "export/writers.h"
#include "exportsample.h"
#include "testsupport.h"

#include <QFile>
#include <QProcessEnvironment>
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

void requireTools()
{
    for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo", "pdftohtml"}) {
        INFO("the PDF tests need " << tool << " (poppler-utils): run packaging/install-deps.sh");
        REQUIRE(test::haveTool(QLatin1String(tool)));
    }
}

QString pdfText(const QString &path, const QStringList &options = {})
{
    const auto text = test::run(QStringLiteral("pdftotext"), options + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return QString::fromUtf8(text.out);
}

int pageCount(const QString &path)
{
    const auto info = test::run(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.exitCode == 0);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

struct Font
{
    QString name;
    bool embedded = false;
};

QList<Font> fonts(const QString &path)
{
    const auto listing = test::run(QStringLiteral("pdffonts"), {path});
    REQUIRE(listing.exitCode == 0);
    QList<Font> out;
    const QStringList lines = QString::fromUtf8(listing.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // name, type (two words), encoding, emb, sub, uni, object, id
    static const QRegularExpression row(QStringLiteral("^(\\S+)\\s+.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    for (const QString &line : lines.mid(2)) {
        const auto match = row.match(line);
        REQUIRE(match.hasMatch());
        out << Font{match.captured(1), match.captured(2) == QLatin1String("yes")};
    }
    return out;
}

/// The heights of the boxes of the words that equal \a word, from `pdftotext -bbox`.
QList<double> wordHeights(const QString &path, const QString &word)
{
    const QString html = pdfText(path, {QStringLiteral("-bbox")});
    QList<double> out;
    static const QRegularExpression box(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (auto it = box.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(5) == word)
            out << m.captured(4).toDouble() - m.captured(2).toDouble();
    }
    return out;
}

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

TEST_CASE("PDF: real text in reading order, every font embedded, page furniture", "[export][pdf]")
{
    requireTools();
    test::TempDir dir;
    auto pdf = doc::toPdf(test::awkwardDocument());
    REQUIRE(pdf.ok());
    REQUIRE(pdf->startsWith("%PDF-"));
    const QString path = writeTemp(dir, QStringLiteral("report.pdf"), *pdf);
    const QString text = pdfText(path);
    requireInOrder(text, test::awkwardPieces());
    // Emoji too, which Qt 6.4 leaves out of the fonts' ToUnicode maps (our update adds them).
    for (const QString &emoji : test::emojiPieces())
        CHECK(test::comparable(text).contains(test::comparable(emoji)));
    const int pages = pageCount(path);
    CHECK(pages >= 30); // 100 KB of text at 11 pt
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Share-back report: listening event")));
    // The table crosses a page and its header row is repeated there.
    CHECK(text.count(QStringLiteral("What they said")) >= 2);

    const QList<Font> used = fonts(path);
    REQUIRE(!used.isEmpty());
    for (const Font &font : used) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
    }
    // The headings are the PDF's bookmarks, nested by level, and the file says its language.
    // The bookmarks are added as an incremental update, which poppler must read without a
    // complaint.
    const auto info = test::run(QStringLiteral("pdfinfo"), {path});
    CHECK(info.err.isEmpty());
    CHECK(pdf->contains("/Lang (en-GB)"));
    const auto xml = test::run(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), path});
    REQUIRE(xml.exitCode == 0);
    CHECK(xml.err.isEmpty());
    const QString outline = QString::fromUtf8(xml.out).section(QStringLiteral("<outline>"), 1).simplified();
    CHECK(outline.startsWith(QStringLiteral(
        "<item page=\"1\">Listening event &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;friends&#34;</item> "
        "<item page=\"1\">What we heard</item> <outline> <item page=\"1\">Voices in many languages</item> <outline> "
        "<item page=\"1\">Ideas &amp; &lt;wishes&gt;</item> <outline> <item page=\"1\">Who came</item> </outline> "
        "</outline> </outline> <item page=\"")));
    CHECK(outline.contains(QStringLiteral("\">A very long paragraph</item> </outline>")));

    // Emoji are drawn from a font with outlines, which can be embedded (not the colour emoji).
    CHECK(std::any_of(used.begin(), used.end(), [](const Font &f) { return f.name.contains(QLatin1String("Symbola")); }));
    CHECK_FALSE(std::any_of(used.begin(), used.end(), [](const Font &f) { return f.name.contains(QLatin1String("Color")); }));
}

TEST_CASE("PDF: large print sets body text at 18 pt or more, easy read larger still", "[export][pdf]")
{
    requireTools();
    test::TempDir dir;
    doc::Document document;
    document.title = QStringLiteral("Sizes");
    document.paragraph(QStringLiteral("Measured words in a plain paragraph"));
    document.bullets(QStringList{QStringLiteral("Measured words in a list")});
    document.table(QList<QStringList>{{QStringLiteral("Head")}, {QStringLiteral("Measured")}});
    auto standard = doc::toPdf(document);
    auto large = doc::toPdf(document, doc::Style::large());
    auto easy = doc::toPdf(document, doc::Style::easy());
    REQUIRE(standard.ok());
    REQUIRE(large.ok());
    REQUIRE(easy.ok());
    const QList<double> at11 = wordHeights(writeTemp(dir, QStringLiteral("standard.pdf"), *standard), QStringLiteral("Measured"));
    const QList<double> atLarge = wordHeights(writeTemp(dir, QStringLiteral("large.pdf"), *large), QStringLiteral("Measured"));
    const QList<double> atEasy = wordHeights(writeTemp(dir, QStringLiteral("easy.pdf"), *easy), QStringLiteral("Measured"));
    REQUIRE(at11.size() == 3);
    REQUIRE(atLarge.size() == 3);
    REQUIRE(atEasy.size() == 3);
    // A word box is as tall as the type size times the font's ascent plus descent; the
    // standard document's body is 11 pt, so the ratio gives the size.
    for (int i = 0; i < 3; ++i) {
        CHECK(at11[i] == Approx(at11[0]).epsilon(0.01));
        CHECK(11.0 * atLarge[i] / at11[0] >= 18.0 - 0.05);
        CHECK(11.0 * atEasy[i] / at11[0] >= 20.0 - 0.05);
    }
}

TEST_CASE("PDF: an empty document and one with only awkward bits still make a valid file", "[export][pdf]")
{
    requireTools();
    test::TempDir dir;
    auto empty = doc::toPdf(doc::Document{});
    REQUIRE(empty.ok());
    CHECK(pageCount(writeTemp(dir, QStringLiteral("empty.pdf"), *empty)) == 1);

    doc::Document odd;
    odd.pageBreak().pageBreak();
    odd.image("not an image", QStringLiteral("image/png"), QSize(10, 10), QStringLiteral("A broken photo"));
    odd.table(QList<QStringList>{});
    odd.table(QList<QStringList>{{QStringLiteral("only a header")}});
    odd.bullets(QStringList{});
    odd.heading(9, QString());
    auto pdf = doc::toPdf(odd);
    REQUIRE(pdf.ok());
    const QString path = writeTemp(dir, QStringLiteral("odd.pdf"), *pdf);
    CHECK(pageCount(path) == 1);
    CHECK(pdfText(path).contains(QStringLiteral("[Picture: A broken photo]")));
}

// Not part of the suite: writes sample files for looking at (screenshots in docs/screenshots).
// CG_EXPORT_SAMPLES=/some/folder build/tests/core/cg_core_tests "[export-samples]"
TEST_CASE("Write sample exports", "[.][export-samples]")
{
    const QString folder = qEnvironmentVariable("CG_EXPORT_SAMPLES");
    REQUIRE(!folder.isEmpty());
    const std::pair<const char *, doc::Style> styles[] = {
        {"standard", doc::Style::standard()}, {"large", doc::Style::large()}, {"easy", doc::Style::easy()}};
    for (const auto &[name, style] : styles) {
        for (const auto &[kind, document] :
             {std::pair{"partner", test::partnerDocument()}, std::pair{"awkward", test::awkwardDocument()}}) {
            const QString base = folder + QStringLiteral("/%1-%2.").arg(QLatin1String(kind), QLatin1String(name));
            auto pdf = doc::toPdf(document, style);
            auto odt = doc::toOdt(document, style);
            auto docx = doc::toDocx(document, style);
            REQUIRE(pdf.ok());
            REQUIRE(odt.ok());
            REQUIRE(docx.ok());
            REQUIRE(doc::writeFile(base + QStringLiteral("pdf"), *pdf).ok());
            REQUIRE(doc::writeFile(base + QStringLiteral("odt"), *odt).ok());
            REQUIRE(doc::writeFile(base + QStringLiteral("docx"), *docx).ok());
        }
    }
}
