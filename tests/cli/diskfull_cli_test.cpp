// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The probe's first defect, on a real full file system: export-json, payments and
// consent-register printed "Wrote …", exited 0 and left a 0-byte file in place of the good one.
#include "io/jsonarchive.h"
#include "session/session.h"
#include "smalldisk.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace cg;

TEST_CASE("cli: exports onto a really full disk fail, say so, and keep the earlier file", "[cli][diskfull]")
{
    test::SmallDisk disk(512);
    if (!disk.isMounted()) {
        WARN(disk.why().toStdString());
        return;
    }
    test::TempDir dir;
    const QString workshop = dir.path(QStringLiteral("awkward.cgw"));
    {
        auto data = io::archive::readFile(test::dataPath(QStringLiteral("awkward/archive.json")));
        REQUIRE(data.ok());
        REQUIRE(Session::createFrom(workshop, *data).ok());
    }
    const QByteArray earlier("the earlier file, which must survive\n");
    for (const QString &command : {QStringLiteral("export-json"), QStringLiteral("payments"),
                                   QStringLiteral("consent-register")}) {
        for (qint64 room : {0, 4096, 16384}) {
            INFO(command.toStdString() << " with " << room << " bytes left");
            disk.empty();
            const QString out = disk.path(QStringLiteral("out.file"));
            {
                QFile f(out);
                REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                REQUIRE(f.write(earlier) == earlier.size());
            }
            disk.fill(room);
            const test::CliRun run = test::runCli({command, workshop, out});
            INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
            if (run.exitCode == 0) {
                // It fitted: then it is complete (the archive reads back).
                CHECK(test::readAll(out) != earlier);
                if (command == QStringLiteral("export-json"))
                    CHECK(io::archive::readFile(out).ok());
                continue;
            }
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("disk is full")));
            CHECK_FALSE(run.err.contains(QStringLiteral("nknown error"), Qt::CaseInsensitive));
            CHECK_FALSE(run.out.contains(QStringLiteral("Wrote")));
            CHECK(test::readAll(out) == earlier);
            const QStringList left = QDir(disk.root()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            CHECK(left == QStringList({QStringLiteral("filler"), QStringLiteral("out.file")}));
        }
    }
}
