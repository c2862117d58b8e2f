// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A real word processor opens what we write: LibreOffice (headless, with a private profile)
// converts our ODT and DOCX. Each case starts LibreOffice once, for all its files, because a
// start takes seconds.
#include "export/writers.h"
#include "exportsample.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

using namespace cg;

namespace {

void requireTools(const QStringList &tools)
{
    for (const QString &tool : tools) {
        INFO("the LibreOffice tests need " << tool.toStdString() << ": run packaging/install-deps.sh");
        REQUIRE(test::haveTool(tool));
    }
}

void write(const QString &path, const Result<QByteArray> &bytes)
{
    REQUIRE(bytes.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(*bytes) == bytes->size());
}

/// Converts \a inputs to \a format into \a dir/out with LibreOffice.
void convert(const test::TempDir &dir, const QStringList &inputs, const QString &format)
{
    QDir().mkpath(dir.path(QStringLiteral("out")));
    const QString profile = QUrl::fromLocalFile(dir.path(QStringLiteral("profile"))).toString();
    const auto run = test::run(QStringLiteral("soffice"),
                               QStringList{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                           QStringLiteral("--norestore"), QStringLiteral("--convert-to"), format,
                                           QStringLiteral("--outdir"), dir.path(QStringLiteral("out"))}
                                   + inputs,
                               280000);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
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

TEST_CASE("LibreOffice opens the ODT and DOCX, and their headings are its outline", "[export][libreoffice]")
{
    requireTools({QStringLiteral("soffice"), QStringLiteral("pdftotext"), QStringLiteral("pdftohtml")});
    test::TempDir dir;
    const doc::Document document = test::awkwardDocument();
    write(dir.path(QStringLiteral("report-odt.odt")), doc::toOdt(document));
    write(dir.path(QStringLiteral("report-docx.docx")), doc::toDocx(document));
    convert(dir, {dir.path(QStringLiteral("report-odt.odt")), dir.path(QStringLiteral("report-docx.docx"))}, QStringLiteral("pdf"));
    for (const char *name : {"report-odt", "report-docx"}) {
        INFO(name);
        const QString pdf = dir.path(QStringLiteral("out/%1.pdf").arg(QLatin1String(name)));
        REQUIRE(QFile::exists(pdf));
        const auto text = test::run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        // Table cells that wrap come out of pdftotext interleaved, so only the text outside the
        // table is checked for order here (our own PDF test checks the cells).
        QStringList pieces = test::awkwardPieces();
        pieces.removeIf([](const QString &p) { return p.startsWith(QLatin1String("Idea number")) || p == QLatin1String("What they said"); });
        requireInOrder(QString::fromUtf8(text.out), pieces);
        // LibreOffice makes PDF bookmarks from the document's outline: headings by level.
        const auto xml = test::run(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
        REQUIRE(xml.exitCode == 0);
        // Page numbers differ with the type size; the nesting must not.
        const QString outline = QString::fromUtf8(xml.out)
                                    .section(QStringLiteral("<outline>"), 1)
                                    .simplified()
                                    .replace(QRegularExpression(QStringLiteral("<item page=\"\\d+\">")), QStringLiteral("<item>"));
        CHECK(outline.contains(QStringLiteral(
            "<item>What we heard</item> <outline> <item>Voices in many languages</item> <outline> "
            "<item>Ideas &amp; &lt;wishes&gt;</item> <outline> <item>Who came</item> </outline> </outline> </outline>")));
        CHECK(outline.contains(QStringLiteral(">A very long paragraph</item>")));
    }
}

TEST_CASE("LibreOffice reads the DOCX's lists, tables, photo and language as such", "[export][libreoffice]")
{
    requireTools({QStringLiteral("soffice")});
    test::TempDir dir;
    write(dir.path(QStringLiteral("report.docx")), doc::toDocx(test::awkwardDocument()));
    convert(dir, {dir.path(QStringLiteral("report.docx"))}, QStringLiteral("fodt"));
    QFile flat(dir.path(QStringLiteral("out/report.fodt")));
    REQUIRE(flat.open(QIODevice::ReadOnly));
    const QString fodt = QString::fromUtf8(flat.readAll());
    CHECK(fodt.contains(QStringLiteral("text:outline-level=\"1\"")));
    CHECK(fodt.contains(QStringLiteral("text:outline-level=\"4\"")));
    CHECK(fodt.count(QStringLiteral("<text:list ")) >= 2);
    CHECK(fodt.contains(QStringLiteral("<table:table-header-rows>")));
    CHECK(fodt.count(QStringLiteral("<table:table-row")) >= 71);
    CHECK(fodt.contains(QStringLiteral("<draw:image")));
    CHECK(fodt.contains(QStringLiteral("A flipchart with three themes circled")));
    CHECK(fodt.contains(QStringLiteral("fo:language=\"en\" fo:country=\"GB\"")));
}
