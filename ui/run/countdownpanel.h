// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/runclock.h"

#include <QWidget>

namespace cg {

class RunController;
class Session;

/// The countdown for the room: the item under way, its time left in very large figures, and its
/// prompt, readable from the back of a hall. Under two minutes left and at time up the panel
/// changes calmly, in colour and in words ("Under 2 minutes left", "Time is up"), never by colour alone; a
/// paused clock says "Paused". Wide and short (a strip above a board), it shows the title and
/// the time only; taller, it shows everything. It hides itself while no item is under way.
///
/// It shows no names: it is for the projector.
class CountdownPanel : public QWidget
{
    Q_OBJECT

public:
    CountdownPanel(Session *session, RunController *run, QWidget *parent = nullptr);

    /// What the panel says, as one line (for tests and screen readers).
    QString text() const;
    /// Whether it lays itself out as a strip (title and time only).
    bool isStrip() const;
    /// The colour its background is painted in now (tests check the calm changes).
    QColor background() const;
    /// The width of the frame drawn round it in high contrast, wider as time runs short (0: none).
    int frameWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onStatus(const RunStatus &status);
    bool isHighContrast() const;

    Session *m_session;
    RunStatus m_status;
};

} // namespace cg
