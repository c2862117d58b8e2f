// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/writers.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

using namespace cg;

TEST_CASE("writeFile replaces a file only when the new one is complete", "[export][files]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("report.md"));
    REQUIRE(doc::writeFile(path, "first").ok());
    CHECK(test::readAll(path) == QByteArray("first"));
    // New files are for their owner only.
    CHECK(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
    CHECK_FALSE(QFileInfo(path).permissions() & QFileDevice::ReadOther);
    CHECK_FALSE(QFileInfo(path).permissions() & QFileDevice::ReadGroup);
    REQUIRE(doc::writeFile(path, "second, longer").ok());
    CHECK(test::readAll(path) == QByteArray("second, longer"));

    auto intoFolder = doc::writeFile(dir.root(), "x");
    CHECK_FALSE(intoFolder.ok());
    auto nowhere = doc::writeFile(dir.path(QStringLiteral("missing/report.md")), "x");
    CHECK_FALSE(nowhere.ok());
    CHECK(nowhere.message().contains(QStringLiteral("does not exist")));
}
