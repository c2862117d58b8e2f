// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace cg {

class RunController;
struct RunStatus;

/// The commands of the run, in a "Timekeeping" menu of their own with function-key shortcuts
/// that work from any window of the app (the presenter too): F9 start, pause or carry on; F10
/// next item; Ctrl+F10 back; F8 five more minutes; Ctrl+Shift+F10 skip. They follow the run
/// controller of the open workshop (none when no workshop is open).
class RunActions : public QObject
{
    Q_OBJECT

public:
    explicit RunActions(QMainWindow *window);

    void setController(RunController *controller);
    RunController *controller() const { return m_controller; }

    QMenu *menu;
    QAction *startOrPause;
    QAction *next;
    QAction *back;
    QAction *extend;
    QAction *skip;
    QAction *reset;

private:
    void onStatus(const RunStatus &status);

    QPointer<RunController> m_controller;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace cg
