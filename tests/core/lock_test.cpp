// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs must never edit one workshop: while a session lives, every other opener is
// refused, whatever the session did (imports, consent, withdrawal, save a copy) and whatever else
// in this process opened and closed the file (which drops SQLite's own POSIX lock).
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "io/participantcsv.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>

using namespace cg;

namespace {

const QByteArray kSignups = "name,email,take_part,be_named\n"
                            "Aisha Rahman,aisha@example.org,yes,yes\n"
                            "Ben Carter,ben@example.org,yes,no\n";

} // namespace

TEST_CASE("a fresh session refuses every other opener", "[storage][lock]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    CHECK(test::secondOpensAllowed(*session) == QStringList());
}

TEST_CASE("the lock outlives a participants CSV import, with and without consent columns", "[storage][lock]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    SECTION("with consent answers (a permanent record)")
    {
        REQUIRE(io::importParticipantsCsv(*session, kSignups, QStringLiteral("signups.csv")).ok());
    }
    SECTION("without consent answers (one undoable step)")
    {
        REQUIRE(io::importParticipantsCsv(*session, "name\nAisha\nBen\n", QStringLiteral("signups.csv")).ok());
        session->undoStack()->undo();
        CHECK(test::secondOpensAllowed(*session, false) == QStringList());
        session->undoStack()->redo();
    }
    // What the GUI's file dialog does to every file in the folder it shows.
    QMimeDatabase mime;
    CHECK(mime.mimeTypeForFile(session->filePath()).isValid());
    CHECK(test::secondOpensAllowed(*session) == QStringList());
}

TEST_CASE("the lock outlives consent decisions, withdrawal and save a copy", "[storage][lock]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    REQUIRE(io::importParticipantsCsv(*session, kSignups, QStringLiteral("signups.csv")).ok());
    const QUuid aisha = session->data().participants.rows().front().id;
    REQUIRE(session
                ->record(edits::recordConsentDecision(session->data(), aisha, ConsentScope::BeQuoted,
                    ConsentDecision::Granted, ConsentMethod::Verbal, QStringLiteral("Sam"), session->now()))
                .ok());
    CHECK(test::secondOpensAllowed(*session, false) == QStringList());
    REQUIRE(session
                ->recordIrreversibly(edits::withdrawParticipant(session->data(), aisha, WithdrawMode::Delete,
                    QStringLiteral("Sam"), ConsentMethod::Verbal, session->now()))
                .ok());
    CHECK(test::secondOpensAllowed(*session, false) == QStringList());
    REQUIRE(session->saveCopy(dir.path(QStringLiteral("copy.cgw"))).ok());
    CHECK(test::secondOpensAllowed(*session) == QStringList());
    // The copy is a separate workshop and opens on its own.
    CHECK(Session::open(dir.path(QStringLiteral("copy.cgw"))).ok());
}

TEST_CASE("a refused second open does not unlock the first for third-party tools", "[storage][lock]")
{
    // The refused attempt opens and closes the file in this process; the next edit takes
    // SQLite's lock again, so what it writes is never interleaved with another writer's.
    test::TempDir dir;
    auto session = test::newSession(dir);
    CHECK_FALSE(Session::open(session->filePath()).ok());
    Board board;
    board.title = QStringLiteral("Table 2");
    REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
    CHECK(test::secondOpensAllowed(*session) == QStringList());
}

TEST_CASE("the lock goes with the session", "[storage][lock]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = test::newSession(dir);
        path = session->filePath();
    }
    auto again = Session::open(path);
    REQUIRE(again.ok());
    auto reader = Session::open(path, {.readOnly = true});
    CHECK_FALSE(reader.ok());
    again->reset();
    // Two readers may share a file that nobody is changing.
    auto first = Session::open(path, {.readOnly = true});
    auto second = Session::open(path, {.readOnly = true});
    CHECK(first.ok());
    CHECK(second.ok());
}

TEST_CASE("a named pipe is refused at once, not waited on", "[storage][refusal]")
{
    test::TempDir dir;
    const QString fifo = dir.path(QStringLiteral("x.cgw"));
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    auto opened = Session::open(fifo);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("not an ordinary file")));
}
