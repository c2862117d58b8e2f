// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QToolButton;

namespace cg {

class RunActions;
class RunController;
class Session;
struct RunStatus;

/// The strip across the main window while the day is running: the item under way and its time
/// left, how late or early the day is and when it is now expected to end, and the buttons of the
/// run (the Timekeeping menu's actions, with their function keys in the tooltips). The buttons
/// carry no mnemonics: the bar shows over every page, and its keys are the function keys.
class RunBar : public QFrame
{
    Q_OBJECT

public:
    RunBar(RunActions *actions, QWidget *parent = nullptr);

    void setController(Session *session, RunController *controller);

    QString itemText() const;
    QString timeText() const;
    QString latenessText() const;
    QString endingText() const;

private:
    void onStatus(const RunStatus &status);

    QPointer<RunController> m_controller;
    Session *m_session = nullptr;
    QMetaObject::Connection m_connection;
    QLabel *m_item;
    QLabel *m_time;
    QLabel *m_lateness;
    QLabel *m_ending;
};

} // namespace cg
