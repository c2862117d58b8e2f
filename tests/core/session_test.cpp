// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/edits.h"
#include "session/session.h"
#include "testsupport.h"

using namespace cg;

TEST_CASE("a new workshop file opens again with the same workshop", "[session]")
{
    test::TempDir dir;
    QUuid id;
    {
        auto session = test::newSession(dir);
        id = session->workshop().id;
        CHECK(session->workshop().title == QStringLiteral("Test workshop"));
    }
    auto reopened = Session::open(dir.path(QStringLiteral("test.cgw")));
    REQUIRE(reopened.ok());
    CHECK((*reopened)->workshop().id == id);
    CHECK((*reopened)->workshop().date == QDate(2026, 11, 22));
}
