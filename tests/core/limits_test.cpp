// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bounds of model/limits.h, kept by the edit builders, the file check (and so open), the
// JSON import and the generator alike; and a new board with its first note as one edit.
#include "commands/edits.h"
#include "io/generator.h"
#include "io/jsonarchive.h"
#include "model/limits.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <limits>

using namespace cg;

namespace {

QUuid addBoard(Session &session, const QString &title = QStringLiteral("Ideas"))
{
    Board board;
    board.id = newId();
    board.title = title;
    REQUIRE(session.perform(edits::addBoard(session.data(), board)).ok());
    return board.id;
}

Note noteOn(const QUuid &board)
{
    Note note;
    note.boardId = board;
    note.text = QStringLiteral("More buses on Sundays");
    note.x = 10;
    note.y = 10;
    return note;
}

} // namespace

TEST_CASE("note edits refuse sizes, positions and text beyond the limits", "[limits]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QUuid board = addBoard(*session);

    Note tall = noteOn(board);
    tall.height = 1e11;
    auto refused = edits::addNote(session->data(), tall);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("10000")));

    Note far = noteOn(board);
    far.x = limits::maxCoordinate * 2;
    CHECK_FALSE(edits::addNote(session->data(), far).ok());
    far.x = std::numeric_limits<double>::infinity();
    CHECK_FALSE(edits::addNote(session->data(), far).ok());

    Note wordy = noteOn(board);
    wordy.text = QString(limits::maxTextLength + 1, QLatin1Char('x'));
    CHECK_FALSE(edits::addNote(session->data(), wordy).ok());
    wordy.text.chop(1);
    CHECK(edits::addNote(session->data(), wordy).ok());

    REQUIRE(session->perform(edits::addNote(session->data(), noteOn(board))).ok());
    Note edited = *session->data().notes.begin();
    edited.width = 0.5;
    CHECK_FALSE(edits::editNote(session->data(), edited).ok());
    const QUuid noteId = edited.id;
    CHECK_FALSE(edits::setPaperVotes(session->data(), noteId, limits::maxVoteCount + 1).ok());
    CHECK(edits::setPaperVotes(session->data(), noteId, limits::maxVoteCount).ok());
}

TEST_CASE("a new board and its note are one edit: a refused note adds no board", "[limits][commands]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    Board board;
    board.title = QStringLiteral("Fresh");
    Note note;
    note.text = QString(limits::maxTextLength + 1, QLatin1Char('x'));
    note.x = note.y = std::numeric_limits<double>::quiet_NaN();
    CHECK_FALSE(session->perform(edits::addNoteOnNewBoard(session->data(), board, note)).ok());
    CHECK(session->data().boards.size() == 0);

    note.text = QStringLiteral("Fits");
    REQUIRE(session->perform(edits::addNoteOnNewBoard(session->data(), board, note)).ok());
    REQUIRE(session->data().boards.size() == 1);
    REQUIRE(session->data().notes.size() == 1);
    const Note &added = *session->data().notes.begin();
    CHECK(added.boardId == session->data().boards.begin()->id);
    CHECK(limits::coordinateOk(added.x));
    // One undo step takes both away, one redo brings both back.
    session->undoStack()->undo();
    CHECK(session->data().boards.size() == 0);
    CHECK(session->data().notes.size() == 0);
    session->undoStack()->redo();
    CHECK(session->data().boards.size() == 1);
    CHECK(session->data().notes.size() == 1);
}

TEST_CASE("check reports, and open refuses, a file with a note out of bounds", "[limits][storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("tall.cgw"));
    {
        auto session = test::newSession(dir, QStringLiteral("tall.cgw"));
        const QUuid board = addBoard(*session);
        REQUIRE(session->perform(edits::addNote(session->data(), noteOn(board))).ok());
    }
    REQUIRE(workshopfile::check(path).ok());
    CHECK(workshopfile::check(path)->isEmpty());
    {
        auto db = Database::open(path, Database::Access::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("UPDATE note SET height = 1e11")).ok());
    }
    auto problems = workshopfile::check(path);
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().contains(QStringLiteral("size out of bounds")));
    CHECK_FALSE(Session::open(path).ok());
}

TEST_CASE("the JSON import refuses values out of bounds, naming the row and field", "[limits][json]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QUuid board = addBoard(*session);
    REQUIRE(session->perform(edits::addNote(session->data(), noteOn(board))).ok());
    WorkshopData data = session->data();
    Note tall = *data.notes.begin();
    tall.height = 1e11;
    REQUIRE(data.notes.update(tall));
    auto read = io::archive::fromJson(io::archive::toJson(data));
    REQUIRE_FALSE(read.ok());
    CHECK(read.message().contains(QStringLiteral("notes[0].height")));
    CHECK(read.message().contains(QStringLiteral("out of bounds")));
}

TEST_CASE("the generator refuses more than the limits instead of running out of memory", "[limits][generator]")
{
    io::GeneratorOptions options;
    options.notes = 10'000'000;
    auto refused = io::generateWorkshop(options);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("200000")));
    options.notes = 120;
    options.participants = limits::maxGeneratedPeople + 1;
    CHECK_FALSE(io::generateWorkshop(options).ok());
}
