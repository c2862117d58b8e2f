// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/runclock.h"

#include <QObject>
#include <QUuid>

class QTimer;

namespace cg {

class Session;

/// The run of the day for one open workshop: the core RunClock, a tick once a second while the
/// run is going, and the steps (start or pause, next, back, five more minutes, skip, clear) done
/// through the Session, so each is in the file and can be undone. Widgets (the run bar, the
/// countdown, the agenda's "Now" column) only listen to statusChanged().
class RunController : public QObject
{
    Q_OBJECT

public:
    /// \a now defaults to the system clock; tests pass their own.
    explicit RunController(Session *session, RunClock::TimeSource now = {}, QObject *parent = nullptr);

    const RunStatus &status() const { return m_status; }
    const RunClock &clock() const { return m_clock; }
    /// Moves the clock to another time source (tests; a null source is the system clock).
    void setTimeSource(RunClock::TimeSource now);
    /// The boards of an item in the order a facilitator would open them (by group, then board).
    QList<QUuid> boardsOf(const QUuid &itemId) const;

public Q_SLOTS:
    void startOrPause();
    void next();
    void back();
    void extend();
    void skip();
    void reset();
    /// Works out the status again now (the tick does this once a second).
    void refresh();

Q_SIGNALS:
    void statusChanged(const cg::RunStatus &status);
    /// A step made \a itemId the item under way (start, next, back, skip).
    void itemStarted(const QUuid &itemId);
    /// A step was refused or could not be saved; \a message says why, in plain words.
    void failed(const QString &message);
    /// Something to say in the status bar ("Started “Tea break”").
    void message(const QString &text);

private:
    void perform(Result<Edit> edit);

    Session *m_session;
    RunClock m_clock;
    QTimer *m_tick;
    RunStatus m_status;
};

} // namespace cg
