// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runbar.h"

#include "run/runactions.h"
#include "run/runcontroller.h"
#include "run/runtext.h"
#include "session/session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cg {

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/// The bar's short words for an action (the menu has the long ones).
QString shortText(const RunActions *actions, const QAction *action)
{
    if (action == actions->back)
        return RunBar::tr("Back");
    if (action == actions->next)
        return action->data().toString() == QLatin1String("finish") ? RunBar::tr("Finish")
                                                                    : RunBar::tr("Next");
    if (action == actions->extend)
        return RunBar::tr("+5 min");
    if (action == actions->skip)
        return RunBar::tr("Skip");
    const QString step = action->data().toString();
    if (step == QLatin1String("pause"))
        return RunBar::tr("Pause");
    if (step == QLatin1String("carryOn"))
        return RunBar::tr("Carry on");
    if (step == QLatin1String("startNext"))
        return RunBar::tr("Start next");
    return RunBar::tr("Start");
}

} // namespace

RunBar::RunBar(RunActions *actions, QWidget *parent)
    : QFrame(parent)
    , m_item(new QLabel(this))
    , m_time(new QLabel(this))
    , m_lateness(new QLabel(this))
    , m_ending(new QLabel(this))
{
    setObjectName(QStringLiteral("runBar"));
    setAccessibleName(tr("The day as it runs"));
    setFrameShape(QFrame::NoFrame);
    // Its own calm band, apart from the page (and from the banners, which are for problems).
    setStyleSheet(QStringLiteral("QFrame#runBar { background: #E1EEF4; border-bottom: 1px solid #1B5E7A; }"
                                 "QLabel#runTime { font-size: 20pt; font-weight: 700; color: #1C1916; }"
                                 "QLabel#runItem { font-weight: 600; }"));
    m_time->setObjectName(QStringLiteral("runTime"));
    m_item->setObjectName(QStringLiteral("runItem"));
    for (QLabel *label : { m_item, m_time, m_lateness, m_ending }) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    m_item->setWordWrap(true);
    m_ending->setWordWrap(true);

    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_item);
    auto *line = new QHBoxLayout;
    line->setSpacing(14);
    line->addWidget(m_lateness);
    line->addWidget(m_ending, 1);
    words->addLayout(line);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_time);
    layout->addLayout(words, 1);
    for (QAction *action :
        { actions->back, actions->startOrPause, actions->next, actions->extend, actions->skip }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setMinimumHeight(40);
        // The action's text carries a menu mnemonic; on the bar it would claim Alt+letter on every
        // page, so the button shows the words alone.
        auto retitle = [button, action, actions] {
            button->setText(shortText(actions, action));
            button->setAccessibleName(withoutMnemonic(action->text()));
        };
        connect(action, &QAction::changed, button, retitle);
        retitle();
        layout->addWidget(button);
    }
    hide();
}

void RunBar::setController(Session *session, RunController *controller)
{
    disconnect(m_connection);
    m_controller = controller;
    m_session = session;
    if (!controller) {
        hide();
        return;
    }
    m_connection = connect(controller, &RunController::statusChanged, this, &RunBar::onStatus);
    onStatus(controller->status());
}

void RunBar::onStatus(const RunStatus &status)
{
    using Phase = RunStatus::Phase;
    const bool shown = status.isUnderWay() || status.phase == Phase::BetweenItems;
    setVisible(shown);
    if (!shown || !m_session)
        return;
    const AgendaItem *item = m_session->data().agendaItems.find(status.currentId);
    if (item) {
        m_time->setText(RunClock::countdownText(std::max<qint64>(0, status.remainingSeconds)));
        const QString warning = runtext::warning(status);
        m_item->setText(warning.isEmpty() ? tr("Now: %1").arg(item->title)
                                          : tr("Now: %1 — %2").arg(item->title, warning));
    } else {
        m_time->setText(QString());
        const AgendaItem *next = m_session->data().agendaItems.find(status.nextId);
        m_item->setText(next ? tr("Between items. Next: %1").arg(next->title) : tr("Between items."));
    }
    m_time->setAccessibleName(tr("Time left: %1").arg(m_time->text()));
    m_lateness->setText(runtext::lateness(status));
    m_ending->setText(runtext::ending(status));
}

QString RunBar::itemText() const
{
    return m_item->text();
}

QString RunBar::timeText() const
{
    return m_time->text();
}

QString RunBar::latenessText() const
{
    return m_lateness->text();
}

QString RunBar::endingText() const
{
    return m_ending->text();
}

} // namespace cg
