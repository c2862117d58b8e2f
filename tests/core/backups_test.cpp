// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "session/session.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "damage.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace cg;

namespace {

void addBoard(Session &session, const QString &title)
{
    Board board;
    board.title = title;
    REQUIRE(session.perform(edits::addBoard(session.data(), board)).ok());
    // File times are kept to a few milliseconds: make "changed since the backup" unambiguous.
    QThread::msleep(15);
}

} // namespace

TEST_CASE("a backup is a private snapshot, taken only when the workshop changed since the last", "[backups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    addBoard(*session, QStringLiteral("Before the break"));
    const QString path = session->filePath();

    auto first = session->takeBackup(backups::defaultKeep);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->isEmpty());
    CHECK(QFileInfo(*first).absolutePath() == backups::folderFor(path));
    CHECK(QFileInfo(backups::folderFor(path)).fileName().startsWith(QLatin1Char('.'))); // out of the way
    CHECK((QFileInfo(*first).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
    CHECK((QFileInfo(backups::folderFor(path)).permissions() & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup)) == 0);
    {
        auto copy = Session::open(*first);
        REQUIRE(copy.ok());
        CHECK(test::sameContent((*copy)->data(), session->data()));
    }
    QThread::msleep(15);
    // Nothing changed since: no second copy of the same thing.
    auto again = session->takeBackup(backups::defaultKeep);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(backups::list(path).size() == 1);

    addBoard(*session, QStringLiteral("After the break"));
    auto second = session->takeBackup(backups::defaultKeep);
    REQUIRE(second.ok());
    REQUIRE_FALSE(second->isEmpty());
    const auto listed = backups::list(path);
    REQUIRE(listed.size() == 2);
    CHECK(listed.front().path == *second); // newest first
    CHECK(listed.front().taken >= listed.back().taken);
    CHECK(listed.front().bytes > 0);
}

TEST_CASE("only the newest backups are kept, and none when none are wanted", "[backups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QString path = session->filePath();
    QStringList taken;
    for (int i = 0; i < 4; ++i) {
        addBoard(*session, QStringLiteral("Board %1").arg(i));
        auto backup = session->takeBackup(2);
        REQUIRE(backup.ok());
        taken << *backup;
        QThread::msleep(5);
    }
    const auto listed = backups::list(path);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).path == taken.at(3));
    CHECK(listed.at(1).path == taken.at(2));
    CHECK_FALSE(QFileInfo::exists(taken.at(0)));

    addBoard(*session, QStringLiteral("One more"));
    auto none = session->takeBackup(0);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK(backups::list(path).size() == 2);
}

TEST_CASE("files in the backup folder that are not backups are neither listed nor counted", "[backups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QString path = session->filePath();
    REQUIRE(session->takeBackup(backups::defaultKeep).ok());
    QFile stray(QDir(backups::folderFor(path)).filePath(QStringLiteral("notes.cgw")));
    REQUIRE(stray.open(QIODevice::WriteOnly));
    stray.close();
    CHECK(backups::list(path).size() == 1);
}

TEST_CASE("a withdrawal removes every backup, which would otherwise keep the deleted words", "[backups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    Participant person;
    person.displayName = QStringLiteral("Aisha Khan");
    REQUIRE(session->perform(edits::addParticipant(session->data(), person)).ok());
    const QUuid aisha = session->data().participants.rows().front().id;
    REQUIRE(session
                ->record(edits::recordConsentDecision(session->data(), aisha, ConsentScope::TakePart,
                    ConsentDecision::Granted, ConsentMethod::Verbal, QStringLiteral("Sam"), session->now()))
                .ok());
    addBoard(*session, QStringLiteral("Table 1"));
    Note note;
    note.boardId = session->data().boards.rows().front().id;
    note.authorKind = AuthorKind::Participant;
    note.authorId = aisha;
    note.text = QStringLiteral("Words only Aisha said");
    REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
    QThread::msleep(15);
    auto backup = session->takeBackup(backups::defaultKeep);
    REQUIRE(backup.ok());
    REQUIRE(test::readAll(*backup).contains("Words only Aisha said"));

    REQUIRE(session
                ->recordIrreversibly(edits::withdrawParticipant(session->data(), aisha, WithdrawMode::Delete,
                    QStringLiteral("Sam"), ConsentMethod::Verbal, session->now()))
                .ok());
    CHECK(backups::list(session->filePath()).empty());
    CHECK_FALSE(QFileInfo::exists(*backup));
    CHECK_FALSE(QFileInfo::exists(backups::folderFor(session->filePath())));
    CHECK(backups::removeAll(session->filePath()).ok()); // none left: nothing to do
}

TEST_CASE("no backup is taken of a damaged or read-only workshop", "[backups]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir);
        path = session->filePath();
    }
    test::breakOnlyForQuickCheck(path);
    workshopfile::OpenOptions deferred;
    deferred.deferQuickCheck = true;
    {
        auto opened = Session::open(path, deferred);
        REQUIRE(opened.ok());
        CHECK_FALSE((*opened)->takeBackup(backups::defaultKeep).ok());
        CHECK(backups::list(path).empty());
    }
    QString sound;
    {
        auto session = test::newSession(dir, QStringLiteral("sound.cgw"));
        sound = session->filePath();
    }
    workshopfile::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto looked = Session::open(sound, readOnly);
    REQUIRE(looked.ok());
    auto none = (*looked)->takeBackup(backups::defaultKeep);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK(backups::list(sound).empty());
}
