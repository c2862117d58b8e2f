// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA formats in the Share view: offered, previewed as what the file holds (never its
// ZIP bytes as text), filtered by consent, and written and recorded like every export.
#include "reportfixture.h"
#include "session/session.h"
#include "sharepage.h"
#include "testsupport.h"

#include <QTest>

using namespace cg;

TEST_CASE("the Share view offers the REFI-QDA project and codebook and previews what they hold", "[ui][share][qda]")
{
    test::TempDir dir;
    auto created = Session::createFrom(dir.path(QStringLiteral("report.cgw")), test::loadReportFixture());
    REQUIRE(created.ok());
    Session &session = **created;
    SharePage page(&session, nullptr, nullptr);
    page.resize(1400, 900);
    page.show();
    page.setAudience(Audience::Public);

    page.setFormatKey(QStringLiteral("qdpx"));
    REQUIRE(page.formatKey() == QStringLiteral("qdpx"));
    QTest::qWait(250); // the preview follows a change after a short pause
    const QString preview = page.previewText();
    CHECK(preview.contains(QStringLiteral("Project for analysis")));
    CHECK(preview.contains(QStringLiteral("AmiraPlainNote")));
    CHECK(preview.contains(QStringLiteral("Waiting times")));
    CHECK_FALSE(preview.contains(QStringLiteral("PK\x03\x04")));
    CHECK_FALSE(preview.contains(QStringLiteral("<Project")));
    CHECK(test::publicLeaks(preview) == QStringList {});

    const QString path = dir.path(QStringLiteral("share.qdpx"));
    const auto audits = session.data().auditEvents.size();
    REQUIRE(page.exportTo(path, true).ok());
    CHECK(test::readAll(path).startsWith("PK\x03\x04"));
    REQUIRE(session.data().auditEvents.size() == audits + 1);
    CHECK(session.data().auditEvents.rows().back().summary.contains(QStringLiteral("REFI-QDA")));

    page.setFormatKey(QStringLiteral("qdc"));
    QTest::qWait(250);
    const QString codebook = page.previewText();
    CHECK(codebook.contains(QStringLiteral("Codebook")));
    CHECK(codebook.contains(QStringLiteral("Waiting times")));
    CHECK_FALSE(codebook.contains(QStringLiteral("AmiraPlainNote"))); // the themes, not the notes
    CHECK(test::publicLeaks(codebook) == QStringList {});
}
