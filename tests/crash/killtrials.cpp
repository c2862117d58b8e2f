// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "killtrials.h"

#include "session/session.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

namespace cg::test {

void killTrials(const QString &path, const QStringList &extraArgs, quint32 seed, int kills,
    const std::function<void()> &afterKill)
{
    QRandomGenerator random(seed);
    QSet<QUuid> added;
    QSet<QUuid> edited;
    for (int run = 0; run < kills; ++run) {
        QProcess process;
        process.setProgram(QStringLiteral(CG_EDIT_LOOP_PATH));
        process.setArguments(QStringList { path, QString::number(run) } + extraArgs);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        REQUIRE(process.waitForStarted(10000));
        // Let it get going, then kill it at a random moment.
        REQUIRE(process.waitForReadyRead(20000));
        QThread::msleep(random.bounded(5, 250));
        process.kill(); // SIGKILL
        REQUIRE(process.waitForFinished(10000));
        CHECK(process.exitStatus() == QProcess::CrashExit);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        INFO("run " << run << ": " << QString::fromUtf8(process.readAllStandardError()).toStdString());
        int reported = 0;
        for (const QString &line : lines) {
            // A line cut off by the kill has no newline after it and may be incomplete: the edit
            // was committed (the line is printed after commit), but the id may be truncated.
            if (line.startsWith(QLatin1String("added ")) && line.size() == 42) {
                added.insert(QUuid::fromString(line.mid(6)));
                ++reported;
            } else if (line.startsWith(QLatin1String("edited ")) && line.size() == 43) {
                edited.insert(QUuid::fromString(line.mid(7)));
            }
        }
        CHECK(reported > 0);
        if (afterKill)
            afterKill();

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
}

} // namespace cg::test
