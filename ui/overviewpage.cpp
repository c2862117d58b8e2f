// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "models/consentlookup.h"
#include "models/listtext.h"
#include "session/session.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

namespace {

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

OverviewPage::OverviewPage(Session *session, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_when(new QLabel)
    , m_purpose(new QLabel)
    , m_counts(new QGridLayout)
    , m_attention(new QVBoxLayout)
    , m_attentionBox(new QWidget)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Overview"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    m_title->setObjectName(QStringLiteral("workshopTitle"));
    m_title->setWordWrap(true);
    m_when->setObjectName(QStringLiteral("workshopWhen"));
    m_when->setWordWrap(true);
    m_purpose->setWordWrap(true);
    m_purpose->setObjectName(QStringLiteral("workshopPurpose"));
    for (QLabel *label : { m_title, m_when, m_purpose }) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_counts->setHorizontalSpacing(14);
    m_counts->setVerticalSpacing(14);

    auto *attentionHeading = new QLabel(tr("Needs attention"));
    attentionHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_attentionBox->setLayout(m_attention);
    m_attention->setContentsMargins(0, 0, 0, 0);
    m_attention->setSpacing(6);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_purpose);
    layout->addSpacing(12);
    layout->addLayout(m_counts);
    layout->addSpacing(18);
    layout->addWidget(attentionHeading);
    layout->addWidget(m_attentionBox);
    layout->addStretch();
    setWidget(content);

    connect(session, &Session::editApplied, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::addCount(int index, const QString &key, const QString &label, int value)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("countCard"));
    auto *number = new QLabel(QLocale().toString(value), card);
    number->setObjectName(QStringLiteral("count_") + key);
    number->setProperty("role", QStringLiteral("countNumber"));
    auto *caption = new QLabel(label, card);
    caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(number);
    layout->addWidget(caption);
    card->setAccessibleName(tr("%1: %2").arg(label, QLocale().toString(value)));
    card->setFocusPolicy(Qt::TabFocus); // so a screen reader user can step through the numbers
    constexpr int perRow = 5;
    m_counts->addWidget(card, index / perRow, index % perRow);
}

void OverviewPage::refresh()
{
    const WorkshopData &data = m_session->data();
    const Workshop &w = data.workshop;
    m_title->setText(w.title.isEmpty() ? tr("Untitled workshop") : w.title);
    QStringList when;
    if (w.date.isValid())
        when << QLocale().toString(w.date, QLocale::LongFormat);
    if (w.startTime.isValid())
        when << tr("from %1").arg(w.startTime.toString(QStringLiteral("HH:mm")));
    if (!w.venue.isEmpty())
        when << w.venue;
    m_when->setText(when.join(QStringLiteral(" · ")));
    m_purpose->setText(w.purpose);
    m_purpose->setVisible(!w.purpose.isEmpty());

    const auto arrived
        = std::count_if(data.participants.begin(), data.participants.end(), [](const Participant &p) {
              return p.attendance == Attendance::Arrived || p.attendance == Attendance::SteppedOut
                  || p.attendance == Attendance::Left;
          });
    int votes = 0;
    for (const Vote &vote : data.votes)
        votes += vote.count;
    const auto openActions = std::count_if(data.actions.begin(), data.actions.end(),
        [](const Action &a) { return a.status != ActionStatus::Done; });

    clearLayout(m_counts);
    int i = 0;
    addCount(i++, QStringLiteral("people"), tr("people invited"), int(data.participants.size()));
    addCount(i++, QStringLiteral("arrived"), tr("arrived on the day"), int(arrived));
    addCount(i++, QStringLiteral("groups"), tr("breakout groups"), int(data.groups.size()));
    addCount(i++, QStringLiteral("agenda"), tr("agenda items"), int(data.agendaItems.size()));
    addCount(i++, QStringLiteral("boards"), tr("boards"), int(data.boards.size()));
    addCount(i++, QStringLiteral("notes"), tr("notes"), int(data.notes.size()));
    addCount(i++, QStringLiteral("themes"), tr("themes"), int(data.themes.size()));
    addCount(i++, QStringLiteral("votes"), tr("dot votes"), votes);
    addCount(i++, QStringLiteral("openActions"), tr("open actions"), int(openActions));
    addCount(i++, QStringLiteral("feedback"), tr("feedback answers"), int(data.feedback.size()));

    clearLayout(m_attention);
    auto addLine = [this](const QString &text, bool heading = false) {
        if (heading && m_attention->count() > 0)
            m_attention->addSpacing(10);
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(heading ? QStringLiteral("attentionHeading") : QStringLiteral("attentionLine"));
        m_attention->addWidget(label);
    };
    const QList<QUuid> noConsent = peopleWithoutTakePartConsent(data);
    if (!noConsent.isEmpty()) {
        addLine(
            tr("No consent to take part recorded (%1 people). Until it is, nothing they say can appear in "
               "any report.")
                .arg(noConsent.size()),
            true);
        QStringList names;
        for (const QUuid &id : noConsent)
            names << personName(data, id);
        addLine(names.join(QStringLiteral(", ")));
    }
    if (openActions > 0) {
        addLine(tr("Open actions (%1):").arg(openActions), true);
        for (const Action &action : data.actions) {
            if (action.status == ActionStatus::Done)
                continue;
            QString owner = personName(data, action.ownerId);
            if (owner.isEmpty())
                owner = action.ownerName.isEmpty() ? tr("no one yet") : action.ownerName;
            const QString due = action.dueDate.isValid()
                ? tr(", by %1").arg(QLocale().toString(action.dueDate, QLocale::ShortFormat))
                : QString();
            addLine(QStringLiteral("•  ") + tr("%1 (%2%3)").arg(action.text, owner, due));
        }
    }
    if (noConsent.isEmpty() && openActions == 0)
        addLine(tr("Nothing needs your attention right now."));
}

QString OverviewPage::countText(const QString &key) const
{
    const auto *label = widget()->findChild<QLabel *>(QStringLiteral("count_") + key);
    return label ? label->text() : QString();
}

QStringList OverviewPage::attentionLines() const
{
    QStringList lines;
    for (int i = 0; i < m_attention->count(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_attention->itemAt(i)->widget()))
            lines << label->text();
    }
    return lines;
}

} // namespace cg
