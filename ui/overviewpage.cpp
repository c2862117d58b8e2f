// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "flowlayout.h"
#include "i18n/localeformat.h"
#include "models/consentlookup.h"
#include "models/listtext.h"
#include "people/accessneedssummary.h"
#include "planning/payments.h"
#include "session/session.h"
#include "workshopdetailsdialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
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
    , m_counts(new FlowLayout)
    , m_attention(new QVBoxLayout)
    , m_attentionBox(new QWidget)
    , m_money(new FlowLayout)
    , m_paymentsNote(new QLabel)
    , m_accessNeeds(new AccessNeedsSummaryView(session, nullptr, Audience::Team))
    , m_details(new QPushButton(tr("Edit &details…")))
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

    auto *paymentsHeading = new QLabel(tr("Payments"));
    paymentsHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_money->setHorizontalSpacing(14);
    m_money->setVerticalSpacing(14);
    m_paymentsNote->setWordWrap(true);
    m_paymentsNote->setTextFormat(Qt::PlainText);
    m_paymentsNote->setObjectName(QStringLiteral("hint"));
    m_accessNeeds->setObjectName(QStringLiteral("overviewAccessNeeds"));
    if (QLayout *own = m_accessNeeds->layout())
        own->setContentsMargins(0, 0, 0, 0);

    // Two columns under the counts: what to act on and what is owed on the left, the venue's
    // access needs on the right (a list of names that would push the rest down the page). When
    // the page is narrow (a small laptop, large type) they stack instead (resizeEvent).
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(attentionHeading);
    left->addWidget(m_attentionBox);
    left->addSpacing(18);
    left->addWidget(paymentsHeading);
    left->addLayout(m_money);
    left->addWidget(m_paymentsNote);
    left->addStretch();
    auto *columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns = columns;
    columns->setSpacing(36);
    columns->addLayout(left, 3);
    columns->addWidget(m_accessNeeds, 2, Qt::AlignTop);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->setSpacing(12);
    m_details->setAccessibleName(tr("Edit the workshop details"));
    m_details->setToolTip(tr("Title, date, times, venue, purpose, facilitators, payment rate (Ctrl+Shift+D)"));
    connect(m_details, &QPushButton::clicked, this, &OverviewPage::editDetails);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_details, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    layout->addWidget(m_when);
    layout->addWidget(m_purpose);
    layout->addSpacing(12);
    layout->addLayout(m_counts);
    layout->addSpacing(18);
    layout->addLayout(columns);
    layout->addStretch();
    setWidget(content);

    connect(session, &Session::editApplied, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::addCount(const QString &key, const QString &label, int value)
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
    m_counts->addWidget(card);
    sizeCard(card);
}

void OverviewPage::sizeCard(QFrame *card) const
{
    // Cards of one width (wider only when an amount needs it) that wrap onto the next line when
    // the page is too narrow for them all. Measured once the style sheet's large figures apply.
    card->ensurePolished();
    for (QWidget *child : card->findChildren<QWidget *>())
        child->ensurePolished();
    const int width = std::max(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20, card->minimumSizeHint().width());
    card->setFixedWidth(width);
    card->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_columns->setDirection(viewport()->width() < em * 48 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void OverviewPage::refresh()
{
    const WorkshopData &data = m_session->data();
    const Workshop &w = data.workshop;
    m_title->setText(w.title.isEmpty() ? tr("Untitled workshop") : w.title);
    QStringList when;
    if (w.date.isValid())
        when << QLocale().toString(w.date, QLocale::LongFormat);
    if (w.startTime.isValid() && w.endTime.isValid())
        when << tr("%1 to %2").arg(i18n::clock(w.startTime), i18n::clock(w.endTime));
    else if (w.startTime.isValid())
        when << tr("from %1").arg(i18n::clock(w.startTime));
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
    addCount(QStringLiteral("people"), tr("people invited"), int(data.participants.size()));
    addCount(QStringLiteral("arrived"), tr("arrived on the day"), int(arrived));
    addCount(QStringLiteral("groups"), tr("breakout groups"), int(data.groups.size()));
    addCount(QStringLiteral("agenda"), tr("agenda items"), int(data.agendaItems.size()));
    addCount(QStringLiteral("boards"), tr("boards"), int(data.boards.size()));
    addCount(QStringLiteral("notes"), tr("notes"), int(data.notes.size()));
    addCount(QStringLiteral("themes"), tr("themes"), int(data.themes.size()));
    addCount(QStringLiteral("votes"), tr("dot votes"), votes);
    addCount(QStringLiteral("openActions"), tr("open actions"), int(openActions));
    addCount(QStringLiteral("feedback"), tr("feedback answers"), int(data.feedback.size()));

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
    const QList<QUuid> noConsent = peopleWithoutTakePartConsent(ConsentPolicy(data));
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
    refreshPayments();
}

void OverviewPage::refreshPayments()
{
    const WorkshopData &data = m_session->data();
    const PaymentTotals totals = paymentTotals(data);
    const QString currency = data.workshop.currency;
    clearLayout(m_money);
    // Spelled out rather than "%n" plurals: English needs "1 person", and the app ships no
    // translation files yet to supply it.
    auto people = [](int n) { return n == 1 ? tr("1 person") : tr("%1 people").arg(n); };
    auto card = [this](const QString &key, const QString &amount, const QString &caption) {
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("countCard"));
        auto *number = new QLabel(amount, frame);
        number->setObjectName(QStringLiteral("money_") + key);
        number->setProperty("role", QStringLiteral("countNumber"));
        auto *label = new QLabel(caption, frame);
        label->setWordWrap(true);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(16, 12, 16, 12);
        box->addWidget(number);
        box->addWidget(label);
        frame->setAccessibleName(tr("%1: %2").arg(caption, amount));
        frame->setFocusPolicy(Qt::TabFocus);
        m_money->addWidget(frame);
        sizeCard(frame);
    };
    card(QStringLiteral("owed"), formatMoney(totals.owedMinor, currency),
        tr("owed to %1").arg(people(totals.owedCount)));
    card(QStringLiteral("paid"), formatMoney(totals.paidMinor, currency),
        tr("paid to %1").arg(people(totals.paidCount)));
    card(QStringLiteral("total"), formatMoney(totals.totalMinor, currency),
        tr("in all: %1 fees, %2 expenses")
            .arg(formatMoney(totals.feesMinor, currency), formatMoney(totals.expensesMinor, currency)));
    QStringList notes;
    if (totals.peopleWithoutPayment > 0)
        notes << tr("No payment recorded yet for %1.").arg(people(totals.peopleWithoutPayment));
    if (totals.declined > 0)
        notes << tr("%1 declined payment.").arg(people(totals.declined));
    if (totals.mayAffectBenefits > 0)
        notes << tr("Payment may affect the benefits of %1: check they have had the signpost.")
                     .arg(people(totals.mayAffectBenefits));
    m_paymentsNote->setText(notes.join(QLatin1Char(' ')));
    m_paymentsNote->setVisible(!notes.isEmpty());
}

void OverviewPage::editDetails()
{
    WorkshopDetailsDialog dialog(m_session, this);
    dialog.exec();
}

QString OverviewPage::paymentsText() const
{
    QStringList parts;
    for (int i = 0; i < m_money->count(); ++i) {
        if (QWidget *frame = m_money->itemAt(i)->widget()) {
            const QList<QLabel *> labels = frame->findChildren<QLabel *>();
            QStringList words;
            for (const QLabel *label : labels)
                words << label->text();
            parts << words.join(QLatin1Char(' '));
        }
    }
    if (m_paymentsNote->isVisibleTo(m_paymentsNote->parentWidget()))
        parts << m_paymentsNote->text();
    return parts.join(QLatin1Char('\n'));
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
