// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// export --format qdpx|qdc: the REFI-QDA project and codebook through the real command line,
// checked with unzip and xmllint against the published schemas.
#include "reportfixture.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace cg;

namespace {

QString fixtureFile(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("report.cgw"));
    const auto run
        = test::runCli({ QStringLiteral("import-json"), test::dataPath(QStringLiteral("report/workshop.json")), path });
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

struct Tool
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool tool(const QString &program, const QStringList &arguments)
{
    INFO("the REFI-QDA tests need " << program.toStdString() << ": run packaging/install-deps.sh");
    REQUIRE_FALSE(QStandardPaths::findExecutable(program).isEmpty());
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

QString schemaPath(const char *name)
{
    const QString path = QStringLiteral(CG_STANDARDS_DIR "/refi-qda/") + QLatin1String(name);
    INFO("the REFI-QDA schemas are expected in " << path.toStdString());
    REQUIRE(QFile::exists(path));
    return path;
}

} // namespace

TEST_CASE("export writes a valid REFI-QDA project and codebook for either audience", "[cli][export][qda]")
{
    test::TempDir dir;
    const QString file = fixtureFile(dir);
    for (const QString &audience : { QStringLiteral("public"), QStringLiteral("team") }) {
        INFO(audience.toStdString());
        const QString qdpx = dir.path(QStringLiteral("%1.qdpx").arg(audience));
        auto run = exportTo(file, QStringLiteral("qdpx"), qdpx, { QStringLiteral("--audience"), audience });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("as Project for analysis tools (REFI-QDA)")));
        CHECK(run.out.contains(qdpx));
        // The record counts what the file holds: boards, notes, themes, never actions or photos.
        CHECK(run.out.contains(QStringLiteral("notes: ")));
        CHECK_FALSE(run.out.contains(QStringLiteral("actions:")));

        const auto entries = tool(QStringLiteral("unzip"), { QStringLiteral("-Z1"), qdpx });
        REQUIRE(entries.exitCode == 0);
        const QStringList names = QString::fromUtf8(entries.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        CHECK(names.value(0) == QStringLiteral("project.qde"));
        CHECK(names.filter(QRegularExpression(QStringLiteral("^sources/[0-9a-f-]{36}\\.txt$"))).size() == 2);
        CHECK(names.size() == 3);

        const auto qde = tool(QStringLiteral("unzip"), { QStringLiteral("-p"), qdpx, QStringLiteral("project.qde") });
        REQUIRE(qde.exitCode == 0);
        const QString qdePath = dir.path(QStringLiteral("%1.qde").arg(audience));
        QFile out(qdePath);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(qde.out) == qde.out.size());
        out.close();
        auto lint = tool(QStringLiteral("xmllint"), { QStringLiteral("--noout"), QStringLiteral("--schema"),
                                                         schemaPath("Project.xsd"), qdePath });
        INFO(lint.err.toStdString());
        CHECK(lint.exitCode == 0);
        const auto sources = tool(QStringLiteral("unzip"), { QStringLiteral("-p"), qdpx, QStringLiteral("sources/*") });
        const QString text = QString::fromUtf8(QByteArray(qde.out + sources.out));
        CHECK(text.contains(QStringLiteral("AmiraPlainNote")));
        if (audience == QLatin1String("public"))
            CHECK(test::publicLeaks(text) == QStringList {});
        else
            CHECK(text.contains(QStringLiteral("Ben Okafor")));

        const QString qdc = dir.path(QStringLiteral("%1.qdc").arg(audience));
        run = exportTo(file, QStringLiteral("qdc"), qdc, { QStringLiteral("--audience"), audience });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        lint = tool(QStringLiteral("xmllint"),
            { QStringLiteral("--noout"), QStringLiteral("--schema"), schemaPath("Codebook.xsd"), qdc });
        INFO(lint.err.toStdString());
        CHECK(lint.exitCode == 0);
        CHECK(QString::fromUtf8(test::readAll(qdc)).contains(QStringLiteral("Waiting times")));
    }

    // Exporting again gives the very same bytes, though the first export is now in the audit trail.
    const QString again = dir.path(QStringLiteral("again.qdpx"));
    REQUIRE(exportTo(file, QStringLiteral("qdpx"), again, { QStringLiteral("--audience"), QStringLiteral("public") })
                .exitCode
        == 0);
    CHECK(test::readAll(again) == test::readAll(dir.path(QStringLiteral("public.qdpx"))));

    {
        // Each export is in the audit trail, counts only.
        auto session = Session::open(file);
        REQUIRE(session.ok());
        int exports = 0;
        for (const AuditEvent &e : (*session)->data().auditEvents) {
            if (e.kind == QLatin1String("export") && e.summary.contains(QStringLiteral("REFI-QDA"))) {
                ++exports;
                CHECK_FALSE(e.summary.contains(QStringLiteral("AmiraPlainNote")));
            }
        }
        CHECK(exports == 5);
    } // closed again: the command line cannot open a workshop that is open here

    // The help lists both, with what they are for.
    const auto help = test::runCli({ QStringLiteral("export"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    const QString helpText = help.out + help.err;
    CHECK(helpText.contains(QStringLiteral("qdpx            a project for NVivo")));
    CHECK(helpText.contains(QStringLiteral("qdc             the themes alone")));

    // Without the boards there is no project, and nothing is written.
    const QString none = dir.path(QStringLiteral("none.qdpx"));
    const auto refused = exportTo(file, QStringLiteral("qdpx"), none, { QStringLiteral("--sections"), QStringLiteral("about") });
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("What was said")));
    CHECK_FALSE(QFile::exists(none));
}
