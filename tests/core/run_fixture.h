// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A workshop with a four-item agenda and two tables, and a run clock whose time the test sets.

#include "commands/edits.h"
#include "planning/runclock.h"
#include "session/session.h"
#include "testsupport.h"

#include <memory>

namespace cg::test {

struct RunFixture
{
    TempDir dir;
    std::unique_ptr<Session> session;
    QDate day { 2026, 11, 22 };
    QDateTime time;
    RunClock clock { [this] { return time; } };
    QUuid welcome, breakout, tea, close, table1, table2;

    explicit RunFixture(QTime start = QTime(10, 0), QTime venueEnd = QTime(11, 30))
    {
        session = newSession(dir);
        session->setClock(FakeClock {});
        Workshop w = session->workshop();
        w.startTime = start;
        w.endTime = venueEnd;
        must(edits::editWorkshop(session->data(), w));
        welcome = addItem(QStringLiteral("Welcome"), AgendaKind::Plenary, 20);
        breakout = addItem(QStringLiteral("Leaving hospital"), AgendaKind::Breakout, 40);
        tea = addItem(QStringLiteral("Tea"), AgendaKind::Break, 15);
        close = addItem(QStringLiteral("Close"), AgendaKind::Feedback, 10);
        table1 = addGroup(QStringLiteral("Table 1"));
        table2 = addGroup(QStringLiteral("Table 2"));
        session->undoStack()->clear();
        at(start);
    }

    void must(Result<Edit> edit)
    {
        auto done = session->perform(std::move(edit));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
    }

    QUuid addItem(const QString &title, AgendaKind kind, int minutes)
    {
        AgendaItem item;
        item.id = newId();
        item.title = title;
        item.kind = kind;
        item.plannedMinutes = minutes;
        item.prompt = title + QStringLiteral(": what matters?");
        must(edits::addAgendaItem(session->data(), item));
        return item.id;
    }

    QUuid addGroup(const QString &name)
    {
        Group g;
        g.id = newId();
        g.name = name;
        must(edits::addGroup(session->data(), g));
        return g.id;
    }

    /// Sets the clock to \a clockTime on the workshop's day (\a dayOffset days later).
    void at(QTime clockTime, int dayOffset = 0)
    {
        time = QDateTime(day.addDays(dayOffset), clockTime, Qt::LocalTime);
    }
    void later(int seconds) { time = time.addSecs(seconds); }

    RunStatus status() const { return clock.status(session->data()); }
    const AgendaItem &item(const QUuid &id) const
    {
        const AgendaItem *found = session->data().agendaItems.find(id);
        REQUIRE(found);
        return *found;
    }
    int boardsFor(const QUuid &itemId) const
    {
        int n = 0;
        for (const Board &b : session->data().boards)
            n += b.agendaItemId == itemId ? 1 : 0;
        return n;
    }
    void reopen()
    {
        const QString path = session->filePath();
        session.reset();
        auto reopened = Session::open(path);
        REQUIRE(reopened.ok());
        session = std::move(*reopened);
    }
};

} // namespace cg::test
