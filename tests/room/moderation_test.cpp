// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The moderation queue when the workshop changes under it: a board deleted while its notes
// wait, and notes merged into one before approval.
#include "roomfixture.h"

#include "commands/edits.h"
#include "session/session.h"

#include <QUndoStack>

using namespace cg;
using namespace cg::test;

namespace {

int notesOn(const Session &session, const QUuid &board)
{
    return int(std::count_if(session.data().notes.begin(), session.data().notes.end(),
        [&](const Note &n) { return n.boardId == board; }));
}

} // namespace

TEST_CASE("Approving skips notes whose board was deleted, keeps them waiting and says so",
    "[room][moderation]")
{
    RoomFixture room({}, true);
    const QByteArray a = room.join();
    const QByteArray b = room.join();
    const QUuid gone1 = QUuid::createUuid(), gone2 = QUuid::createUuid();
    REQUIRE(room.postNote(a, QUuid::createUuid(), QStringLiteral("stays 1")).status == 201);
    REQUIRE(room.postNote(a, gone1, QStringLiteral("for the deleted table"), room.board2).status == 201);
    REQUIRE(room.postNote(b, QUuid::createUuid(), QStringLiteral("stays 2")).status == 201);
    REQUIRE(room.postNote(b, gone2, QStringLiteral("also for it"), room.board2).status == 201);
    REQUIRE(room.session->perform(edits::removeBoard(room.session->data(), room.board2)));
    REQUIRE(!room.session->data().boards.contains(room.board2));

    SECTION("one at a time: a plain refusal, nothing lost")
    {
        const Result<void> one = room.service->approve(gone1);
        REQUIRE_FALSE(one);
        CHECK(one.message().contains(QStringLiteral("has been deleted")));
        CHECK(room.service->pending().size() == 4);
        CHECK(room.session->data().notes.size() == 0);
    }
    SECTION("approve all from a device: its other notes go on")
    {
        const auto approved = room.service->approveAllFrom(room.service->devices().front().id);
        REQUIRE(approved);
        CHECK(approved->approved == 1);
        CHECK(approved->boardGone == 1);
        CHECK(notesOn(*room.session, room.board) == 1);
        CHECK(room.service->pending().size() == 3);
        CHECK(room::approvalMessage(*approved)
            == QStringLiteral("1 note went on its board. 1 note was not approved: the board it was "
                              "sent to has been deleted. It is still waiting: reject it, or undo the "
                              "deletion and approve it."));
    }
    SECTION("approve all: every other note goes on as one step, the two stay waiting")
    {
        const int steps = room.session->undoStack()->count();
        const auto approved = room.service->approveAll();
        REQUIRE(approved);
        CHECK(approved->approved == 2);
        CHECK(approved->boardGone == 2);
        CHECK(room.session->undoStack()->count() == steps + 1);
        CHECK(notesOn(*room.session, room.board) == 2);
        REQUIRE(room.service->pending().size() == 2);
        CHECK(room::approvalMessage(*approved).contains(QStringLiteral("2 notes were not approved")));
        // A retry of a skipped note is still "waiting", not a second note.
        CHECK(room.postNote(a, gone1, QStringLiteral("for the deleted table"), room.board2)
                  .json()
                  .value(QStringLiteral("status"))
                  .toString()
            == QStringLiteral("waiting"));

        // Undoing the deletion brings the board back, and then they can be approved.
        room.session->undoStack()->undo(); // the approval
        room.session->undoStack()->undo(); // the deletion
        REQUIRE(room.session->data().boards.contains(room.board2));
        const auto again = room.service->approveAll();
        REQUIRE(again);
        CHECK(again->approved == 2);
        CHECK(again->boardGone == 0);
        CHECK(notesOn(*room.session, room.board2) == 2);
        CHECK(room.service->pending().empty());
    }
}

TEST_CASE("A merge can be undone while its note still waits", "[room][moderation][merge]")
{
    RoomFixture room({}, true);
    const QByteArray a = room.join();
    const QByteArray b = room.join();
    const QUuid one = QUuid::createUuid(), two = QUuid::createUuid(), three = QUuid::createUuid(),
                four = QUuid::createUuid();
    REQUIRE(room.postNote(a, one, QStringLiteral("one")).status == 201);
    REQUIRE(room.postNote(b, two, QStringLiteral("two")).status == 201);
    REQUIRE(room.postNote(a, three, QStringLiteral("three")).status == 201);
    REQUIRE(room.postNote(b, four, QStringLiteral("four")).status == 201);
    auto queue = [&] {
        QStringList words;
        for (const room::PendingNote &n : room.service->pending())
            words << n.text;
        return words.join(QLatin1Char('|'));
    };
    CHECK(!room.service->canUndoMerge());
    REQUIRE(room.service->merge({ one, three, four }, QStringLiteral("one three four")));
    CHECK(queue() == QStringLiteral("one three four|two"));
    // A phone sending a merged-away note again hears of the merged one.
    CHECK(room.postNote(b, four, QStringLiteral("four")).json().value(QStringLiteral("status")).toString()
        == QStringLiteral("waiting"));
    REQUIRE(room.service->canUndoMerge());
    REQUIRE(room.service->undoMerge());
    CHECK(queue() == QStringLiteral("one|two|three|four"));
    CHECK(room.service->pending()[3].id == four);
    CHECK(room.service->pending()[3].deviceId == room.service->pending()[1].deviceId);
    CHECK(!room.service->canUndoMerge());
    // Each answers for itself again: approving one puts exactly it on the board.
    REQUIRE(room.service->approve(three));
    CHECK(room.session->data().notes.contains(three));
    CHECK(room.postNote(b, four, QStringLiteral("four")).json().value(QStringLiteral("status")).toString()
        == QStringLiteral("waiting"));
    CHECK(room.session->data().notes.size() == 1);

    SECTION("not once the merged note has been approved")
    {
        REQUIRE(room.service->merge({ one, two }, QStringLiteral("one two")));
        REQUIRE(room.service->approve(one));
        CHECK(!room.service->canUndoMerge());
        CHECK(!room.service->undoMerge());
        CHECK(room.session->data().notes.find(one)->text == QStringLiteral("one two"));
        CHECK(!room.session->data().notes.contains(two));
    }
}
