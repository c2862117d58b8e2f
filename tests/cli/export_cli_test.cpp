// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// export (every format, both audiences), and every export command on a really full disk.
#include "reportfixture.h"
#include "session/session.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QUrl>
#include <QProcess>
#include <QStandardPaths>

using namespace cg;

namespace {

/// The report fixture as a workshop file, through the real import.
QString fixtureFile(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("report.cgw"));
    const auto run = test::runCli({ QStringLiteral("import-json"), test::dataPath(QStringLiteral("report/workshop.json")), path });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

test::CliRun exportTo(const QString &file, const QString &format, const QString &out, const QStringList &more = {})
{
    return test::runCli(QStringList { QStringLiteral("export"), file, QStringLiteral("--format"), format,
                            QStringLiteral("-o"), out }
        + more);
}

} // namespace

TEST_CASE("export writes every format for the public without anything the consent rules keep back", "[cli][export]")
{
    test::TempDir dir;
    const QString file = fixtureFile(dir);
    for (const char *format : { "md", "html", "json", "csv" }) {
        const QString out = dir.path(QStringLiteral("share.") + QLatin1String(format));
        const auto run = exportTo(file, QString::fromLatin1(format), out);
        INFO(format << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("share-back report (public)")));
        const QString text = QString::fromUtf8(test::readAll(out));
        CHECK(test::publicLeaks(text) == QStringList {});
        if (QLatin1String(format) != QLatin1String("csv"))
            CHECK(test::publicMissing(text) == QStringList {});
    }
    // Pictures: drawn by the canvas's code on the offscreen platform, filtered the same way. The
    // SVG keeps the notes' words as text, so the same check reads it.
    for (const QString &audience : { QStringLiteral("public"), QStringLiteral("team") }) {
        const QString svg = dir.path(QStringLiteral("waiting-%1.svg").arg(audience));
        auto run = exportTo(file, QStringLiteral("svg"), svg,
            { QStringLiteral("--board"), QStringLiteral("wait"), QStringLiteral("--audience"), audience });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString text = QString::fromUtf8(test::readAll(svg));
        CHECK(text.startsWith(QStringLiteral("<?xml")));
        if (audience == QLatin1String("public")) {
            CHECK(test::publicLeaks(text) == QStringList {});
            CHECK(text.contains(QStringLiteral("AmiraPlainNote")));
        } else {
            CHECK(text.contains(QStringLiteral("SensitiveHeldText"))); // the team sees everything taking part
            CHECK_FALSE(text.contains(QStringLiteral("CarolRefusedText")));
        }
    }
    const QString png = dir.path(QStringLiteral("waiting.png"));
    auto run = exportTo(file, QStringLiteral("png"), png, { QStringLiteral("--board"), QStringLiteral("Waiting") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(test::readAll(png).startsWith("\x89PNG\r\n"));

    // Every export is in the audit trail: what, audience, format, counts; never words.
    auto session = Session::open(file);
    REQUIRE(session.ok());
    int exports = 0;
    for (const AuditEvent &e : (*session)->data().auditEvents) {
        if (e.kind != QLatin1String("export"))
            continue;
        ++exports;
        CHECK(test::publicLeaks(e.summary) == QStringList {});
        CHECK_FALSE(e.summary.contains(QStringLiteral("AmiraPlainNote")));
    }
    CHECK(exports == 7);
}

TEST_CASE("export writes the PDF, ODT, DOCX and easy-read files and records each", "[cli][export][pdf]")
{
    test::TempDir dir;
    const QString file = fixtureFile(dir);
    const QString pdf = dir.path(QStringLiteral("out.pdf"));
    auto run = exportTo(file, QStringLiteral("pdf"), pdf, { QStringLiteral("--audience"), QStringLiteral("public") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("share-back report (public)")));
    CHECK(test::readAll(pdf).startsWith("%PDF-"));
    for (const char *format : { "largeprint-pdf", "easyread-pdf" }) {
        const QString out = dir.path(QLatin1String(format) + QStringLiteral(".pdf"));
        run = exportTo(file, QString::fromLatin1(format), out, { QStringLiteral("--audience"), QStringLiteral("team") });
        INFO(format << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("team report")));
        CHECK(test::readAll(out).startsWith("%PDF-"));
    }
    for (const char *format : { "odt", "docx", "easyread-docx" }) {
        const QString out = dir.path(QStringLiteral("out-") + QLatin1String(format));
        run = exportTo(file, QString::fromLatin1(format), out);
        INFO(format << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(test::readAll(out).startsWith("PK\x03\x04"));
    }
    auto session = Session::open(file);
    REQUIRE(session.ok());
    QStringList formats;
    for (const AuditEvent &e : (*session)->data().auditEvents) {
        if (e.kind == QLatin1String("export"))
            formats << e.summary;
    }
    REQUIRE(formats.size() == 6);
    CHECK(formats.front().contains(QStringLiteral("PDF")));
    CHECK(formats.at(2).contains(QStringLiteral("Easy read (PDF)")));

    // The help lists every format with what it is for.
    run = test::runCli({ QStringLiteral("export"), QStringLiteral("--help") });
    CHECK(run.exitCode == 0);
    const QString help = run.out + run.err;
    for (const char *line : { "pdf             A4 pages", "largeprint-pdf  the PDF in 18 pt", "easyread-docx   " })
        CHECK(help.contains(QLatin1String(line)));
}

TEST_CASE("export refuses what it cannot do, in plain words", "[cli][export]")
{
    test::TempDir dir;
    const QString file = fixtureFile(dir);
    const QString out = dir.path(QStringLiteral("out.md"));
    auto run = exportTo(file, QStringLiteral("docx-please"), out);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Unknown format")));
    run = exportTo(file, QStringLiteral("md"), out, { QStringLiteral("--sections"), QStringLiteral("boards,payments") });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("for the team only")));
    run = exportTo(file, QStringLiteral("md"), out, { QStringLiteral("--audience"), QStringLiteral("everyone") });
    CHECK(run.exitCode == 2);
    run = exportTo(file, QStringLiteral("png"), out);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--board")));
    run = exportTo(file, QStringLiteral("md"), out, { QStringLiteral("--board"), QStringLiteral("Nowhere") });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Waiting")));
    run = exportTo(file, QStringLiteral("md"), file);
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));

    // The team report with only some sections.
    run = exportTo(file, QStringLiteral("md"), out,
        { QStringLiteral("--audience"), QStringLiteral("team"), QStringLiteral("--sections"),
            QStringLiteral("consent-register,payments") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString team = QString::fromUtf8(test::readAll(out));
    CHECK(team.contains(QStringLiteral("Consent register")));
    CHECK(team.contains(QStringLiteral("Carol Rhodes"))); // the register lists everyone
    CHECK_FALSE(team.contains(QStringLiteral("AmiraPlainNote")));
}

TEST_CASE("every export onto a full disk fails and keeps the previous file", "[cli][export][disk]")
{
    // util-linux's unshare is part of every Debian system.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty());
    test::TempDir dir;
    const QString file = fixtureFile(dir);
    const QString full = dir.path(QStringLiteral("full"));
    REQUIRE(QDir().mkpath(full));
    const QString cli = test::cliPath();
    // Inside a private mount namespace: a 64 KB tmpfs, an earlier good file in it, the rest
    // filled up; then each command writes over the good file.
    const QString script = QStringLiteral(
        "set -u; mount -t tmpfs -o size=64k tmpfs '%1' || exit 99\n"
        "printf 'OLD GOOD FILE\\n' > '%1/out'\n"
        "dd if=/dev/zero of='%1/filler' bs=4k 2>/dev/null\n"
        "run() { \"$@\" >/dev/null 2>'%4'; rc=$?; echo \"rc=$rc\"; grep -c 'disk is full' '%4' | sed 's/^/full=/';"
        " cat '%1/out'; }\n"
        "run '%2' export '%3' --format md -o '%1/out'\n"
        "run '%2' export '%3' --format html --audience team -o '%1/out'\n"
        "run '%2' export-json '%3' '%1/out'\n"
        "run '%2' consent-register '%3' '%1/out'\n"
        "run '%2' payments '%3' '%1/out'\n"
        "run '%2' export '%3' --format pdf -o '%1/out'\n"
        // A new file on the full disk: nothing may be left of it, not even a temporary file.
        "'%2' export '%3' --format easyread-pdf -o '%1/new.pdf' >/dev/null 2>'%4'; echo \"new=$?\";"
        " grep -c 'disk is full' '%4' | sed 's/^/full=/'; echo \"left=$(ls -A '%1' | tr '\\n' ' ')\"\n")
                               .arg(full, cli, file, dir.path(QStringLiteral("err"))); // errors off the full disk
    QProcess shell;
    shell.start(QStringLiteral("unshare"), { QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script });
    REQUIRE(shell.waitForFinished(120000));
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(shell.readAllStandardError()).toStdString());
    // 99: no private tmpfs could be mounted (a machine without user namespaces).
    REQUIRE(shell.exitCode() != 99);
    CHECK(out.count(QStringLiteral("rc=1\nfull=1\nOLD GOOD FILE\n")) == 6);
    CHECK(out.contains(QStringLiteral("new=1\nfull=1\nleft=filler out \n")));
}

TEST_CASE("a real browser renders the exported HTML report", "[cli][export][browser]")
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    REQUIRE_FALSE(chromium.isEmpty()); // packaging/install-deps.sh installs it
    test::TempDir dir;
    const QString file = fixtureFile(dir);
    const QString html = dir.path(QStringLiteral("share.html"));
    REQUIRE(exportTo(file, QStringLiteral("html"), html).exitCode == 0);
    const QString shot = dir.path(QStringLiteral("shot.png"));
    QProcess browser;
    browser.start(chromium, { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                QStringLiteral("--user-data-dir=") + dir.path(QStringLiteral("profile")),
                                QStringLiteral("--window-size=1100,1600"), QStringLiteral("--screenshot=") + shot,
                                QUrl::fromLocalFile(html).toString() });
    REQUIRE(browser.waitForFinished(120000));
    QImage image(shot);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1100);
    // The page drew something: the heading's dark blue is there, not only the background.
    bool heading = false;
    for (int y = 0; y < 200 && !heading; ++y)
        for (int x = 0; x < image.width() && !heading; ++x)
            heading = image.pixelColor(x, y).blue() < 120 && image.pixelColor(x, y).red() < 60;
    CHECK(heading);
}

TEST_CASE("the demo's report holds its themes across boards and the photos it may show", "[cli][export]")
{
    // Photos' bytes stay in the file until wanted and cross-board themes list their notes in the
    // theme: an export read from a saved file must bring in both.
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.cgw"));
    REQUIRE(test::runCli({ QStringLiteral("demo"), file }).exitCode == 0);
    const QString out = dir.path(QStringLiteral("report.html"));
    const auto run = exportTo(file, QStringLiteral("html"), out, { QStringLiteral("--audience"), QStringLiteral("public") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Exported the share-back report (public)")));
    CHECK(run.out.contains(QStringLiteral("photos: 2")));
    const QString html = QString::fromUtf8(test::readAll(out));
    for (const char *theme : { "Being told in time", "Someone to turn to", "Medicines explained" })
        CHECK(html.contains(QString::fromUtf8(theme)));
    CHECK(html.count(QStringLiteral("src=\"data:image/png;base64,")) == 2);
    CHECK(html.contains(QStringLiteral("The dot vote at the end of the morning")));
}
