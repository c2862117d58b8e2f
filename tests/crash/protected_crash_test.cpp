// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test on a protected workshop: every page and journal record goes through the
// encrypting VFS, and a change interrupted by SIGKILL must still be undone from the encrypted
// journal, with no committed note lost.
#include "commands/edits.h"
#include "killtrials.h"
#include "security/protection.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>

using namespace cg;

TEST_CASE("killing a process mid-edit of a protected workshop loses nothing and leaves it sound",
    "[crash][protect]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir, QStringLiteral("protected.cgw"));
        Board board;
        board.title = QStringLiteral("Capture");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        path = session->filePath();
    }
    const QByteArray passphrase = QByteArrayLiteral("kill test passphrase");
    const QString passFile = dir.path(QStringLiteral("pass.txt"));
    {
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(passphrase) == passphrase.size());
    }
    // The smallest Argon2id limits, for this test only: twenty opens stay quick.
    REQUIRE(protection::protect(path, passphrase, seal::Parameters::fastestForTests()).ok());
    auto unlocked = protection::unlock(path, passphrase);
    REQUIRE(unlocked.ok());

    test::killTrials(path, { passFile }, 20261201, 20, [&] { CHECK(protection::isProtected(path)); });
    // The notes are in no readable form in the file.
    CHECK_FALSE(test::readAll(path).contains("run 3 edit"));
}
