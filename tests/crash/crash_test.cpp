// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/edits.h"
#include "killtrials.h"
#include "session/session.h"
#include "testsupport.h"

using namespace cg;

TEST_CASE("killing a process mid-edit never loses a committed edit or damages the file", "[crash]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir, QStringLiteral("crash.cgw"));
        Board board;
        board.title = QStringLiteral("Capture");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        path = session->filePath();
    }

    test::killTrials(path, {}, 20261122, 24);
}
