// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The run clock, with time moved by hand: the countdown, pauses, extensions, skips, going back,
// the day re-flowed, an item past midnight and an app restarted in the middle of an item.
#include "run_fixture.h"

#include "planning/agenda.h"

using namespace cg;
using Phase = RunStatus::Phase;
using Warning = RunStatus::Warning;

TEST_CASE("before the run the plan is the plan", "[run][clock]")
{
    test::RunFixture f;
    const RunStatus s = f.status();
    CHECK(s.phase == Phase::NotStarted);
    CHECK(s.currentId.isNull());
    CHECK(s.nextId == f.welcome);
    REQUIRE(s.slots.size() == 4);
    CHECK(s.slots[1].plannedStart == QDateTime(f.day, QTime(10, 20)));
    CHECK(s.slots[1].start == s.slots[1].plannedStart);
    CHECK(s.plannedEnd == QDateTime(f.day, QTime(11, 25)));
    CHECK(s.venueEnd == QDateTime(f.day, QTime(11, 30)));
    CHECK_FALSE(s.endsAfterVenue());
    CHECK(s.lateSeconds == 0);
}

TEST_CASE("the countdown runs, pauses and carries on where it was", "[run][clock]")
{
    test::RunFixture f;
    f.must(f.clock.start(f.session->data()));
    RunStatus s = f.status();
    CHECK(s.phase == Phase::Running);
    CHECK(s.currentId == f.welcome);
    CHECK(s.remainingSeconds == 20 * 60);
    CHECK(s.nextId == f.breakout);

    f.at(QTime(10, 5));
    CHECK(f.status().remainingSeconds == 15 * 60);
    f.must(f.clock.startOrPause(f.session->data()));
    f.at(QTime(10, 12));
    s = f.status();
    CHECK(s.phase == Phase::Paused);
    CHECK(s.remainingSeconds == 15 * 60); // the clock stood still for seven minutes
    CHECK(s.elapsedSeconds == 5 * 60);
    // ...but the day did not: everything after is seven minutes later.
    CHECK(s.lateSeconds == 7 * 60);
    CHECK(s.slot(f.breakout)->start == QDateTime(f.day, QTime(10, 27)));

    f.must(f.clock.startOrPause(f.session->data()));
    f.at(QTime(10, 20));
    s = f.status();
    CHECK(s.phase == Phase::Running);
    CHECK(s.remainingSeconds == 7 * 60);
    CHECK(s.lateMinutes() == 7);
    CHECK(s.slot(f.welcome)->end == QDateTime(f.day, QTime(10, 27)));
    CHECK(s.expectedEnd == QDateTime(f.day, QTime(11, 32)));
    CHECK(s.endsAfterVenue());
}

TEST_CASE("two minutes left and time up are signalled, and over time counts on", "[run][clock]")
{
    test::RunFixture f;
    f.must(f.clock.start(f.session->data()));
    f.at(QTime(10, 18));
    CHECK(f.status().warning == Warning::None);
    CHECK(RunClock::countdownText(f.status().remainingSeconds) == QStringLiteral("2:00"));
    f.at(QTime(10, 18, 1));
    CHECK(f.status().warning == Warning::TwoMinutes);
    CHECK(RunClock::countdownText(f.status().remainingSeconds) == QStringLiteral("1:59"));
    f.at(QTime(10, 20));
    CHECK(f.status().warning == Warning::TimeUp);
    CHECK(f.status().remainingSeconds == 0);
    f.at(QTime(10, 21, 5));
    const RunStatus s = f.status();
    CHECK(s.warning == Warning::TimeUp);
    CHECK(s.remainingSeconds == -65);
    CHECK(RunClock::countdownText(s.remainingSeconds) == QString(QChar(0x2212)) + QStringLiteral("1:05"));
    // Over time, the item is expected to end now, and the rest of the day follows from now.
    CHECK(s.slot(f.welcome)->end == f.time);
    CHECK(s.slot(f.breakout)->start == f.time);
    CHECK(s.lateSeconds == 65);
}

TEST_CASE("five more minutes move the rest of the day", "[run][clock]")
{
    test::RunFixture f;
    f.must(f.clock.start(f.session->data()));
    f.at(QTime(10, 10));
    f.must(f.clock.extend(f.session->data()));
    const RunStatus s = f.status();
    CHECK(s.allowedSeconds == 25 * 60);
    CHECK(s.remainingSeconds == 15 * 60);
    CHECK(s.lateMinutes() == 5);
    CHECK(s.slot(f.breakout)->start == QDateTime(f.day, QTime(10, 25)));
    CHECK(s.slot(f.breakout)->plannedStart == QDateTime(f.day, QTime(10, 20)));
    CHECK(s.expectedEnd == QDateTime(f.day, QTime(11, 30)));
    CHECK_FALSE(s.endsAfterVenue());
}

TEST_CASE("next records when items happened; back carries on with the time that was left", "[run][clock]")
{
    test::RunFixture f;
    f.must(f.clock.start(f.session->data()));
    f.at(QTime(10, 18));
    f.must(f.clock.next(f.session->data()));
    CHECK(f.item(f.welcome).actualEnd == QDateTime(f.day, QTime(10, 18)));
    CHECK(f.item(f.breakout).actualStart == QDateTime(f.day, QTime(10, 18)));
    CHECK(f.boardsFor(f.breakout) == 2);
    RunStatus s = f.status();
    CHECK(s.currentId == f.breakout);
    CHECK(s.slot(f.welcome)->state == agenda::RunState::Done);
    CHECK(s.lateMinutes() == -2); // two minutes ahead

    f.at(QTime(10, 21));
    f.must(f.clock.back(f.session->data()));
    s = f.status();
    CHECK(s.currentId == f.welcome);
    CHECK(s.remainingSeconds == 2 * 60);
    CHECK(s.slot(f.breakout)->state == agenda::RunState::Upcoming);
    CHECK(f.boardsFor(f.breakout) == 2); // the boards stay; starting again does not add more
    f.must(f.clock.next(f.session->data()));
    CHECK(f.boardsFor(f.breakout) == 2);
}

TEST_CASE("skipping takes an item out of the day", "[run][clock]")
{
    test::RunFixture f;
    f.must(edits::skipAgendaItem(f.session->data(), f.tea, f.time));
    RunStatus s = f.status();
    CHECK(s.phase == Phase::NotStarted);
    CHECK(s.slot(f.close)->start == QDateTime(f.day, QTime(11, 0)));
    CHECK(s.expectedEnd == QDateTime(f.day, QTime(11, 10)));

    f.must(f.clock.start(f.session->data()));
    f.at(QTime(10, 3));
    f.must(f.clock.skip(f.session->data()));
    s = f.status();
    CHECK(s.currentId == f.breakout);
    CHECK(f.item(f.breakout).actualStart == QDateTime(f.day, QTime(10, 3)));
    CHECK(s.slot(f.welcome)->state == agenda::RunState::Skipped);
    CHECK(s.lateMinutes() == -17);
    // Next goes past the skipped tea break to the close.
    f.at(QTime(10, 40));
    f.must(f.clock.next(f.session->data()));
    CHECK(f.status().currentId == f.close);
    f.at(QTime(10, 50));
    f.must(f.clock.next(f.session->data()));
    s = f.status();
    CHECK(s.phase == Phase::Finished);
    CHECK(s.expectedEnd == QDateTime(f.day, QTime(10, 50)));
    CHECK(f.clock.start(f.session->data()).message().contains(QStringLiteral("clear the run times")));
    // Back from the end reopens the last item.
    f.must(f.clock.back(f.session->data()));
    CHECK(f.status().currentId == f.close);
    f.must(f.clock.reset(f.session->data()));
    CHECK(f.status().phase == Phase::NotStarted);
}

TEST_CASE("an evening item runs on past midnight", "[run][clock]")
{
    test::RunFixture f(QTime(23, 30), QTime(0, 45));
    const agenda::Timing plan = agenda::plan(f.session->data());
    CHECK(plan.start == 23 * 60 + 30);
    CHECK(plan.end == 24 * 60 + 55);
    REQUIRE(plan.venueEnd);
    CHECK(*plan.venueEnd == 24 * 60 + 45);
    CHECK(plan.overrunMinutes() == 10);
    CHECK(agenda::clockText(plan.slots[1].start) == QStringLiteral("23:50"));
    CHECK(agenda::clockText(plan.slots[2].start) == QStringLiteral("00:30 (next day)"));

    f.at(QTime(23, 50));
    f.must(f.clock.start(f.session->data()));
    f.at(QTime(0, 5), 1);
    RunStatus s = f.status();
    CHECK(s.currentId == f.welcome);
    CHECK(s.remainingSeconds == 5 * 60);
    CHECK(s.lateMinutes() == 20);
    CHECK(s.slot(f.welcome)->plannedEnd == QDateTime(f.day, QTime(23, 50)));
    f.must(f.clock.next(f.session->data()));
    CHECK(f.item(f.welcome).actualEnd == QDateTime(f.day.addDays(1), QTime(0, 5)));
    f.at(QTime(0, 25), 1);
    s = f.status();
    CHECK(s.currentId == f.breakout);
    CHECK(s.elapsedSeconds == 20 * 60);
    CHECK(s.slot(f.breakout)->plannedEnd == QDateTime(f.day.addDays(1), QTime(0, 30)));
    CHECK(s.expectedEnd == QDateTime(f.day.addDays(1), QTime(1, 10)));
    CHECK(s.endsAfterVenue());
}

TEST_CASE("an app restarted in the middle of an item carries on from the file", "[run][clock]")
{
    test::RunFixture f;
    f.must(f.clock.start(f.session->data()));
    f.at(QTime(10, 4));
    f.must(f.clock.extend(f.session->data(), 5));
    f.must(f.clock.pause(f.session->data()));
    f.at(QTime(10, 6));
    f.must(f.clock.resume(f.session->data()));
    f.at(QTime(10, 7));
    const RunStatus before = f.status();
    f.reopen(); // as if the laptop's battery ran out

    // A new clock, as a restarted app would make, two minutes later.
    QDateTime later = QDateTime(f.day, QTime(10, 9));
    RunClock restarted([&] { return later; });
    const RunStatus after = restarted.status(f.session->data());
    CHECK(after.phase == Phase::Running);
    CHECK(after.currentId == before.currentId);
    CHECK(after.allowedSeconds == 25 * 60);
    CHECK(after.elapsedSeconds == 7 * 60); // 9 minutes since the start, 2 of them paused
    CHECK(after.remainingSeconds == before.remainingSeconds - 2 * 60);

    // Closed while paused: still paused, with the same time left, however long it was closed.
    f.must(restarted.pause(f.session->data()));
    f.reopen();
    later = QDateTime(f.day, QTime(10, 40));
    const RunStatus paused = restarted.status(f.session->data());
    CHECK(paused.phase == Phase::Paused);
    CHECK(paused.remainingSeconds == 18 * 60);
    f.must(restarted.resume(f.session->data()));
    CHECK(restarted.status(f.session->data()).remainingSeconds == 18 * 60);
}

TEST_CASE("a run with the items moved about still makes sense", "[run][clock]")
{
    test::RunFixture f;
    f.must(f.clock.start(f.session->data()));
    f.at(QTime(10, 20));
    f.must(f.clock.next(f.session->data()));
    // The close is moved above the breakout under way: it is still to come, but has no time yet.
    f.must(edits::moveAgendaItem(f.session->data(), f.close, 0));
    RunStatus s = f.status();
    CHECK(s.currentId == f.breakout);
    CHECK_FALSE(s.slot(f.close)->start.isValid());
    CHECK(s.nextId == f.tea);
    // Removing the item under way leaves the day between items; start carries on.
    f.must(edits::removeAgendaItem(f.session->data(), f.breakout));
    s = f.status();
    CHECK(s.phase == Phase::BetweenItems);
    CHECK(s.nextId == f.close);
    f.must(f.clock.start(f.session->data()));
    CHECK(f.status().currentId == f.close);
}

TEST_CASE("countdowns read as the room expects", "[run][clock]")
{
    CHECK(RunClock::countdownText(0) == QStringLiteral("0:00"));
    CHECK(RunClock::countdownText(59) == QStringLiteral("0:59"));
    CHECK(RunClock::countdownText(15 * 60) == QStringLiteral("15:00"));
    CHECK(RunClock::countdownText(3600 + 2 * 60 + 3) == QStringLiteral("1:02:03"));
    CHECK(RunClock::countdownText(-5) == QString(QChar(0x2212)) + QStringLiteral("0:05"));
}
