// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runcontroller.h"

#include "session/session.h"

#include <QTimer>

#include <algorithm>

namespace cg {

RunController::RunController(Session *session, RunClock::TimeSource now, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(std::move(now))
    , m_tick(new QTimer(this))
{
    // Twice a second, so that the countdown never skips a second when a tick comes late.
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &RunController::refresh);
    connect(session, &Session::editApplied, this, &RunController::refresh);
    refresh();
}

void RunController::setTimeSource(RunClock::TimeSource now)
{
    m_clock.setTimeSource(std::move(now));
    refresh();
}

QList<QUuid> RunController::boardsOf(const QUuid &itemId) const
{
    const WorkshopData &data = m_session->data();
    std::vector<const Board *> boards;
    for (const Board &b : data.boards)
        if (b.agendaItemId == itemId)
            boards.push_back(&b);
    auto groupPosition = [&](const Board *b) {
        const Group *g = data.groups.find(b->groupId);
        return g ? g->position : INT_MAX;
    };
    std::stable_sort(boards.begin(), boards.end(), [&](const Board *a, const Board *b) {
        return std::pair(groupPosition(a), a->position) < std::pair(groupPosition(b), b->position);
    });
    QList<QUuid> ids;
    for (const Board *b : boards)
        ids << b->id;
    return ids;
}

void RunController::refresh()
{
    m_status = m_clock.status(m_session->data());
    const bool ticking = m_status.isUnderWay() || m_status.phase == RunStatus::Phase::BetweenItems;
    if (ticking && !m_tick->isActive())
        m_tick->start();
    else if (!ticking)
        m_tick->stop();
    Q_EMIT statusChanged(m_status);
}

void RunController::perform(Result<Edit> edit)
{
    const QUuid before = m_status.currentId;
    const QString text = edit ? edit->text : QString();
    auto done = m_session->perform(std::move(edit));
    if (!done) {
        Q_EMIT failed(done.message());
        return;
    }
    refresh();
    Q_EMIT message(text);
    if (!m_status.currentId.isNull() && m_status.currentId != before)
        Q_EMIT itemStarted(m_status.currentId);
}

void RunController::startOrPause()
{
    perform(m_clock.startOrPause(m_session->data()));
}

void RunController::next()
{
    perform(m_clock.next(m_session->data()));
}

void RunController::back()
{
    perform(m_clock.back(m_session->data()));
}

void RunController::extend()
{
    perform(m_clock.extend(m_session->data(), 5));
}

void RunController::skip()
{
    perform(m_clock.skip(m_session->data()));
}

void RunController::reset()
{
    perform(m_clock.reset(m_session->data()));
}

} // namespace cg
