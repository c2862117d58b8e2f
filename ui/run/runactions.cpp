// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runactions.h"

#include "run/runcontroller.h"

#include <QAction>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace cg {

namespace {

QAction *makeAction(
    QObject *parent, const QString &text, const QString &icon, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        // From the presenter window too, where the facilitator may have clicked last.
        action->setShortcutContext(Qt::ApplicationShortcut);
    }
    action->setStatusTip(tip);
    action->setToolTip(key.isEmpty()
            ? tip
            : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    return action;
}

} // namespace

RunActions::RunActions(QMainWindow *window)
    : QObject(window)
{
    startOrPause = makeAction(this, tr("&Start the Day"), QStringLiteral("media-playback-start"),
        QKeySequence(Qt::Key_F9), tr("Start the first agenda item, pause it, or carry on"));
    next = makeAction(this, tr("&Next Item"), QStringLiteral("media-skip-forward"), QKeySequence(Qt::Key_F10),
        tr("End this item and start the next one"));
    back = makeAction(this, tr("&Back to the Item Before"), QStringLiteral("media-skip-backward"),
        QKeySequence(Qt::CTRL | Qt::Key_F10), tr("Go back to the item before, with the time it had left"));
    extend = makeAction(this, tr("&Five More Minutes"), QStringLiteral("list-add"), QKeySequence(Qt::Key_F8),
        tr("Give this item five more minutes"));
    skip = makeAction(this, tr("S&kip This Item"), QStringLiteral("go-jump"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F10), tr("Leave this item out and start the next one"));
    reset = makeAction(this, tr("&Clear the Run Times"), QStringLiteral("edit-clear"), {},
        tr("Forget when items started and ended, extensions and skips (after a rehearsal)"));

    // Before Help, as the last menu but one.
    QMenuBar *bar = window->menuBar();
    menu = new QMenu(tr("Time&keeping"), bar);
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    menu->addAction(startOrPause);
    menu->addAction(next);
    menu->addAction(back);
    menu->addSeparator();
    menu->addAction(extend);
    menu->addAction(skip);
    menu->addSeparator();
    menu->addAction(reset);
    for (QAction *action : { startOrPause, next, back, extend, skip, reset })
        window->addAction(action);
    setController(nullptr);
}

void RunActions::setController(RunController *controller)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_controller = controller;
    if (!controller) {
        for (QAction *action : { startOrPause, next, back, extend, skip, reset })
            action->setEnabled(false);
        startOrPause->setText(tr("&Start the Day"));
        return;
    }
    m_connections << connect(startOrPause, &QAction::triggered, controller, &RunController::startOrPause)
                  << connect(next, &QAction::triggered, controller, &RunController::next)
                  << connect(back, &QAction::triggered, controller, &RunController::back)
                  << connect(extend, &QAction::triggered, controller, &RunController::extend)
                  << connect(skip, &QAction::triggered, controller, &RunController::skip)
                  << connect(reset, &QAction::triggered, controller, &RunController::reset)
                  << connect(controller, &RunController::statusChanged, this, &RunActions::onStatus);
    onStatus(controller->status());
}

void RunActions::onStatus(const RunStatus &status)
{
    using Phase = RunStatus::Phase;
    const bool underWay = status.isUnderWay();
    switch (status.phase) {
    // The data names the step, for the run bar's short words.
    case Phase::NotStarted:
        startOrPause->setText(tr("&Start the Day"));
        startOrPause->setData(QStringLiteral("start"));
        startOrPause->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
        break;
    case Phase::Running:
        startOrPause->setText(tr("&Pause"));
        startOrPause->setData(QStringLiteral("pause"));
        startOrPause->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
        break;
    case Phase::Paused:
        startOrPause->setText(tr("&Carry On"));
        startOrPause->setData(QStringLiteral("carryOn"));
        startOrPause->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
        break;
    case Phase::BetweenItems:
    case Phase::Finished:
        startOrPause->setText(tr("&Start the Next Item"));
        startOrPause->setData(QStringLiteral("startNext"));
        startOrPause->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
        break;
    }
    startOrPause->setEnabled(status.phase != Phase::Finished && !status.slots.empty());
    next->setEnabled(underWay || (!status.nextId.isNull() && status.phase != Phase::Finished));
    const bool last = underWay && status.nextId.isNull();
    next->setText(last ? tr("&Finish the Day") : tr("&Next Item"));
    next->setData(last ? QStringLiteral("finish") : QStringLiteral("next"));
    back->setEnabled(status.phase != Phase::NotStarted);
    extend->setEnabled(underWay);
    skip->setEnabled(underWay);
    reset->setEnabled(status.phase != Phase::NotStarted
        || std::any_of(status.slots.begin(), status.slots.end(),
            [](const RunSlot &s) { return s.state == agenda::RunState::Skipped; }));
}

} // namespace cg
