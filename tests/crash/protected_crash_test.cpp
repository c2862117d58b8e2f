// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test on a protected workshop: every page and journal record goes through the
// encrypting VFS, and a change interrupted by SIGKILL must still be undone from the encrypted
// journal, with no committed note lost.
#include "commands/edits.h"
#include "security/protection.h"
#include "session/session.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

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

    QRandomGenerator random(20261201); // fixed: a failure can be replayed
    QSet<QUuid> added;
    QSet<QUuid> edited;
    constexpr int kills = 20;
    for (int run = 0; run < kills; ++run) {
        QProcess process;
        process.setProgram(QStringLiteral(CG_EDIT_LOOP_PATH));
        process.setArguments({ path, QString::number(run), passFile });
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        REQUIRE(process.waitForStarted(10000));
        REQUIRE(process.waitForReadyRead(20000));
        QThread::msleep(random.bounded(5, 250));
        process.kill(); // SIGKILL
        REQUIRE(process.waitForFinished(10000));
        CHECK(process.exitStatus() == QProcess::CrashExit);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        INFO("run " << run << ": " << QString::fromUtf8(process.readAllStandardError()).toStdString());
        int reported = 0;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("added ")) && line.size() == 42) {
                added.insert(QUuid::fromString(line.mid(6)));
                ++reported;
            } else if (line.startsWith(QLatin1String("edited ")) && line.size() == 43) {
                edited.insert(QUuid::fromString(line.mid(7)));
            }
        }
        CHECK(reported > 0);
        CHECK(protection::isProtected(path));

        auto problems = workshopfile::check(path);
        INFO(problems.message().toStdString());
        REQUIRE(problems.ok());
        INFO(problems->join(QStringLiteral("; ")).toStdString());
        CHECK(problems->isEmpty());
    }

    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    const WorkshopData &data = (*reopened)->data();
    int missing = 0;
    for (const QUuid &id : std::as_const(added))
        if (!data.notes.contains(id))
            ++missing;
    CHECK(missing == 0);
    int unedited = 0;
    for (const QUuid &id : std::as_const(edited)) {
        const Note *note = data.notes.find(id);
        if (!note || note->colour != NoteColour::Green || !note->text.endsWith(QLatin1String("(checked)")))
            ++unedited;
    }
    CHECK(unedited == 0);
    CHECK(added.size() >= kills);
    // The notes are in no readable form in the file.
    CHECK_FALSE(test::readAll(path).contains("run 3 edit"));
}
