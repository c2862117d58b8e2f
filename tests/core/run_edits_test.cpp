// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit of the run and of agenda planning: do, check, undo, redo, reopen with the file's rows
// compared.
#include "roundtrip.h"
#include "run_fixture.h"

#include "planning/agenda.h"

using namespace cg;
using test::roundTrip;

TEST_CASE("run steps: do, undo, redo, reopen", "[run][commands]")
{
    test::RunFixture f;
    const QUuid welcome = f.welcome, breakout = f.breakout, tea = f.tea, close = f.close;
    const QDateTime ten = f.time;

    SECTION("start")
    {
        roundTrip(f.session, f.clock.start(f.session->data()), [=](const WorkshopData &d) {
            CHECK(d.agendaItems.find(welcome)->actualStart == ten);
            CHECK(agenda::currentItem(d)->id == welcome);
        });
    }
    SECTION("pause and carry on")
    {
        f.must(f.clock.start(f.session->data()));
        f.later(300);
        const QDateTime pausedAt = f.time;
        roundTrip(f.session, f.clock.pause(f.session->data()),
            [=](const WorkshopData &d) { CHECK(d.agendaItems.find(welcome)->pausedAt == pausedAt); });
        f.later(90);
        roundTrip(f.session, f.clock.startOrPause(f.session->data()), [=](const WorkshopData &d) {
            CHECK_FALSE(d.agendaItems.find(welcome)->pausedAt.isValid());
            CHECK(d.agendaItems.find(welcome)->pausedSeconds == 90);
        });
    }
    SECTION("next into a breakout makes a board for each group")
    {
        f.must(f.clock.start(f.session->data()));
        f.later(20 * 60);
        const QDateTime ended = f.time;
        const QUuid table1 = f.table1, table2 = f.table2;
        roundTrip(f.session, f.clock.next(f.session->data()), [=](const WorkshopData &d) {
            CHECK(d.agendaItems.find(welcome)->actualEnd == ended);
            CHECK(d.agendaItems.find(breakout)->actualStart == ended);
            QStringList titles;
            QList<QUuid> groups;
            for (const Board &b : d.boards) {
                if (b.agendaItemId != breakout)
                    continue;
                titles << b.title;
                groups << b.groupId;
                CHECK(b.kind == BoardKind::Breakout);
                CHECK(b.prompt == d.agendaItems.find(breakout)->prompt);
            }
            CHECK(titles
                == QStringList { QStringLiteral("Table 1 — Leaving hospital"),
                    QStringLiteral("Table 2 — Leaving hospital") });
            CHECK(groups == QList<QUuid> { table1, table2 });
        });
    }
    SECTION("back")
    {
        f.must(f.clock.start(f.session->data()));
        f.later(60);
        f.must(f.clock.next(f.session->data()));
        f.later(60);
        roundTrip(f.session, f.clock.back(f.session->data()), [=](const WorkshopData &d) {
            CHECK(agenda::currentItem(d)->id == welcome);
            CHECK(agenda::runState(*d.agendaItems.find(breakout)) == agenda::RunState::Upcoming);
        });
    }
    SECTION("extend")
    {
        f.must(f.clock.start(f.session->data()));
        roundTrip(f.session, f.clock.extend(f.session->data(), 5),
            [=](const WorkshopData &d) { CHECK(d.agendaItems.find(welcome)->extraMinutes == 5); });
    }
    SECTION("skip the item under way")
    {
        f.must(f.clock.start(f.session->data()));
        f.later(120);
        roundTrip(f.session, f.clock.skip(f.session->data()), [=](const WorkshopData &d) {
            CHECK(d.agendaItems.find(welcome)->skipped);
            CHECK_FALSE(d.agendaItems.find(welcome)->actualStart.isValid());
            CHECK(agenda::currentItem(d)->id == breakout);
        });
    }
    SECTION("skip one still to come, and put it back")
    {
        roundTrip(f.session, edits::skipAgendaItem(f.session->data(), tea, f.time),
            [=](const WorkshopData &d) { CHECK(d.agendaItems.find(tea)->skipped); });
        roundTrip(f.session, edits::skipAgendaItem(f.session->data(), tea, f.time),
            [=](const WorkshopData &d) { CHECK_FALSE(d.agendaItems.find(tea)->skipped); });
    }
    SECTION("clear the run times")
    {
        f.must(f.clock.start(f.session->data()));
        f.must(f.clock.extend(f.session->data(), 10));
        f.later(600);
        f.must(f.clock.next(f.session->data()));
        f.must(edits::skipAgendaItem(f.session->data(), close, f.time));
        roundTrip(f.session, f.clock.reset(f.session->data()), [](const WorkshopData &d) {
            for (const AgendaItem &a : d.agendaItems) {
                CHECK_FALSE(a.actualStart.isValid());
                CHECK_FALSE(a.actualEnd.isValid());
                CHECK(a.extraMinutes == 0);
                CHECK_FALSE(a.skipped);
            }
        });
    }
}

TEST_CASE("run steps that make no sense are refused in plain words and change nothing", "[run][commands]")
{
    test::RunFixture f;
    const QStringList before = test::dumpRows(*f.session);
    CHECK(f.clock.pause(f.session->data()).message() == QStringLiteral("No agenda item is under way."));
    CHECK_FALSE(f.clock.back(f.session->data()).ok());
    CHECK_FALSE(f.clock.extend(f.session->data()).ok());
    f.must(f.clock.start(f.session->data()));
    CHECK(f.clock.start(f.session->data()).message().contains(QStringLiteral("already under way")));
    CHECK(f.clock.back(f.session->data()).message().contains(QStringLiteral("first item")));
    CHECK_FALSE(f.clock.extend(f.session->data(), 0).ok());
    CHECK_FALSE(f.clock.extend(f.session->data(), 121).ok());
    CHECK_FALSE(f.clock.resume(f.session->data()).ok());
    f.session->undoStack()->undo();
    CHECK(test::dumpRows(*f.session) == before);

    test::TempDir dir;
    auto empty = test::newSession(dir, QStringLiteral("empty.cgw"));
    CHECK(edits::startRun(empty->data(), f.time).message().contains(QStringLiteral("no items")));
}

TEST_CASE("agenda planning edits: insert, link boards, a board for each group", "[run][commands][agenda]")
{
    test::RunFixture f;
    const QUuid welcome = f.welcome, breakout = f.breakout;

    SECTION("insert in the middle renumbers")
    {
        AgendaItem item;
        item.title = QStringLiteral("  Icebreaker  ");
        item.plannedMinutes = 10;
        roundTrip(f.session, edits::insertAgendaItem(f.session->data(), item, 1), [=](const WorkshopData &d) {
            const auto order = agenda::inOrder(d);
            REQUIRE(order.size() == 5);
            CHECK(order[0]->id == welcome);
            CHECK(order[1]->title == QStringLiteral("Icebreaker"));
            CHECK(order[2]->id == breakout);
            for (int i = 0; i < 5; ++i)
                CHECK(order[std::size_t(i)]->position == i);
        });
    }
    SECTION("link and unlink boards")
    {
        Board a;
        a.id = newId();
        a.title = QStringLiteral("Hopes");
        f.must(edits::addBoard(f.session->data(), a));
        Board b;
        b.id = newId();
        b.title = QStringLiteral("Worries");
        b.agendaItemId = breakout;
        f.must(edits::addBoard(f.session->data(), b));
        const QUuid aId = a.id, bId = b.id;
        roundTrip(f.session, edits::linkBoards(f.session->data(), welcome, { aId, bId }),
            [=](const WorkshopData &d) {
                CHECK(d.boards.find(aId)->agendaItemId == welcome);
                CHECK(d.boards.find(bId)->agendaItemId == welcome);
            });
        roundTrip(
            f.session, edits::linkBoards(f.session->data(), welcome, { bId }), [=](const WorkshopData &d) {
                CHECK(d.boards.find(aId)->agendaItemId.isNull());
                CHECK(d.boards.find(bId)->agendaItemId == welcome);
            });
    }
    SECTION("a board for each group, only where one is missing")
    {
        roundTrip(f.session, edits::addGroupBoards(f.session->data(), breakout),
            [&](const WorkshopData &) { CHECK(f.boardsFor(breakout) == 2); });
        auto again = edits::addGroupBoards(f.session->data(), breakout);
        REQUIRE(again.ok());
        CHECK(again->isEmpty());
    }
    SECTION("bounds")
    {
        AgendaItem item;
        item.title = QStringLiteral("Too long");
        item.plannedMinutes = agenda::maxItemMinutes + 1;
        CHECK_FALSE(edits::insertAgendaItem(f.session->data(), item, 0).ok());
        item.title = QStringLiteral("   ");
        item.plannedMinutes = 5;
        CHECK_FALSE(edits::insertAgendaItem(f.session->data(), item, 0).ok());
    }
}
