// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/consentpanel.h"

#include "commands/withdrawal.h"
#include "i18n/localeformat.h"
#include "consent/consentpolicy.h"
#include "people/consentdefaults.h"
#include "people/peoplewords.h"
#include "session/session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

namespace {

constexpr int ScopeRole = Qt::UserRole + 1;

QString when(const QDateTime &time)
{
    return QStringLiteral("%1, %2").arg(QLocale().toString(time.toLocalTime().date(), QStringLiteral("d MMM yyyy")), i18n::clock(time));
}

} // namespace

ConsentPanel::ConsentPanel(Session *session, ConsentDefaults *defaults, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_defaults(defaults)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    auto *permanent = new QLabel(
        tr("Consent choices are kept as a permanent record. To change one, record the new choice."), this);
    permanent->setTextFormat(Qt::PlainText);
    permanent->setWordWrap(true);
    permanent->setObjectName(QStringLiteral("hint"));
    layout->addWidget(permanent);

    m_scopes = new QTreeWidget(this);
    m_scopes->setObjectName(QStringLiteral("consentScopes"));
    m_scopes->setAccessibleName(tr("Consent choices"));
    m_scopes->setRootIsDecorated(false);
    m_scopes->setUniformRowHeights(true);
    m_scopes->setColumnCount(3);
    m_scopes->setHeaderLabels({ tr("Choice"), tr("Now"), tr("Last recorded") });
    m_scopes->setIconSize(QSize(20, 20));
    for (ConsentScope scope : enumValues<ConsentScope>()) {
        auto *item = new QTreeWidgetItem(m_scopes);
        item->setData(0, ScopeRole, int(scope));
        item->setText(0, PeopleWords::scope(scope));
        item->setToolTip(0, PeopleWords::scopeQuestion(scope));
    }
    m_scopes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_scopes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_scopes->header()->setStretchLastSection(true);
    m_scopes->setCurrentItem(m_scopes->topLevelItem(0));
    // Six rows and a header: no scrolling needed.
    m_scopes->setMinimumHeight(m_scopes->sizeHintForRow(0) * 7 + 16);
    layout->addWidget(m_scopes);

    auto *actions = new QHBoxLayout;
    m_grant = new QPushButton(PeopleWords::stateIcon(ConsentState::Granted), tr("&Grant"), this);
    m_refuse = new QPushButton(PeopleWords::stateIcon(ConsentState::Refused), tr("&Refuse"), this);
    m_withdrawScope
        = new QPushButton(PeopleWords::stateIcon(ConsentState::Withdrawn), tr("&Withdraw consent"), this);
    m_grant->setToolTip(tr("Record that they agreed (G in the list)"));
    m_refuse->setToolTip(tr("Record that they said no (R in the list)"));
    m_withdrawScope->setToolTip(tr("Record that they took back an earlier yes (W in the list)"));
    for (QPushButton *b : { m_grant, m_refuse, m_withdrawScope }) {
        b->setAutoDefault(false);
        actions->addWidget(b);
    }
    actions->addStretch();
    layout->addLayout(actions);
    connect(m_grant, &QPushButton::clicked, this, [this] { recordCurrent(ConsentDecision::Granted); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { recordCurrent(ConsentDecision::Refused); });
    connect(
        m_withdrawScope, &QPushButton::clicked, this, [this] { recordCurrent(ConsentDecision::Withdrawn); });
    // Single keys while the list has focus: pick a scope with the arrows, then G, R or W.
    const std::pair<Qt::Key, ConsentDecision> keys[] = { { Qt::Key_G, ConsentDecision::Granted },
        { Qt::Key_R, ConsentDecision::Refused }, { Qt::Key_W, ConsentDecision::Withdrawn } };
    for (const auto &[key, decision] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_scopes);
        shortcut->setContext(Qt::WidgetShortcut);
        const ConsentDecision d = decision;
        connect(shortcut, &QShortcut::activated, this, [this, d] { recordCurrent(d); });
    }

    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("How the choice was given"));
    for (ConsentMethod method : enumValues<ConsentMethod>())
        m_method->addItem(PeopleWords::method(method), int(method));
    form->addRow(tr("H&ow given:"), m_method);
    m_recordedBy = new QLineEdit(this);
    m_recordedBy->setAccessibleName(tr("Recorded by"));
    form->addRow(tr("Recorded &by:"), m_recordedBy);
    layout->addLayout(form);
    connect(m_method, &QComboBox::activated, this,
        [this] { m_defaults->setMethod(ConsentMethod(m_method->currentData().toInt())); });
    connect(m_recordedBy, &QLineEdit::editingFinished, this,
        [this] { m_defaults->setRecordedBy(m_recordedBy->text()); });
    connect(m_defaults, &ConsentDefaults::changed, this, [this] {
        m_method->setCurrentIndex(m_method->findData(int(m_defaults->method())));
        if (!m_recordedBy->hasFocus())
            m_recordedBy->setText(m_defaults->recorderFor(m_session->workshop()));
    });
    m_method->setCurrentIndex(m_method->findData(int(m_defaults->method())));
    m_recordedBy->setText(m_defaults->recorderFor(m_session->workshop()));

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *historyLabel = new QLabel(tr("Hi&story (newest first)"), this);
    historyLabel->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(historyLabel);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("consentHistory"));
    m_history->setAccessibleName(tr("Consent history"));
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(6);
    m_history->setHeaderLabels(
        { tr("When"), tr("Choice"), tr("Decision"), tr("How"), tr("Recorded by"), tr("Information sheet") });
    m_history->setIconSize(QSize(18, 18));
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyLabel->setBuddy(m_history);
    layout->addWidget(m_history, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_withdrawAll = new QPushButton(tr("Withdraw from the workshop…"), this);
    m_withdrawAll->setAccessibleName(tr("Withdraw from the workshop"));
    m_withdrawAll->setAutoDefault(false);
    bottom->addWidget(m_withdrawAll);
    layout->addLayout(bottom);
    connect(m_withdrawAll, &QPushButton::clicked, this, [this] {
        if (!m_id.isNull())
            Q_EMIT withdrawRequested(m_id);
    });

    connect(m_scopes, &QTreeWidget::currentItemChanged, this, &ConsentPanel::updateButtons);
    connect(m_session, &Session::changed, this, &ConsentPanel::onChanged);
    refresh();
}

void ConsentPanel::setParticipant(const QUuid &id)
{
    m_id = m_session->data().participants.contains(id) ? id : QUuid();
    m_message->hide();
    refresh();
}

ConsentScope ConsentPanel::currentScope() const
{
    const QTreeWidgetItem *item = m_scopes->currentItem();
    return item ? ConsentScope(item->data(0, ScopeRole).toInt()) : ConsentScope::TakePart;
}

void ConsentPanel::setCurrentScope(ConsentScope scope)
{
    m_scopes->setCurrentItem(m_scopes->topLevelItem(int(scope)));
}

void ConsentPanel::recordCurrent(ConsentDecision decision)
{
    // Whether the decision may be recorded (and what a refusal of a yes records) is the policy's
    // rule, applied by the edit; the panel shows its answer.
    (void)record(currentScope(), decision);
}

Result<void> ConsentPanel::record(ConsentScope scope, ConsentDecision decision)
{
    if (m_id.isNull())
        return fail(tr("Choose a person first."));
    const auto method = ConsentMethod(m_method->currentData().toInt());
    const QString recordedBy = m_recordedBy->text().trimmed();
    m_defaults->setMethod(method);
    m_defaults->setRecordedBy(recordedBy);
    auto done = m_session->record(edits::recordConsentDecision(
        m_session->data(), m_id, scope, decision, method, recordedBy, m_session->now()));
    if (!done) {
        m_message->setText(done.message());
    } else {
        const ConsentState recorded = ConsentPolicy(m_session->data()).state(m_id, scope);
        m_message->setText(tr("Recorded: %1 — %2 (%3).")
                               .arg(PeopleWords::scope(scope), PeopleWords::state(recorded),
                                   PeopleWords::method(method)));
    }
    m_message->show();
    return done;
}

void ConsentPanel::onChanged(const Change &change)
{
    if (change.entity == Entity::ConsentEvent || change.entity == Entity::Workshop
        || (change.entity == Entity::Participant && change.id == m_id)) {
        if (change.entity == Entity::Participant && change.kind == Change::Kind::Removed)
            m_id = QUuid();
        refresh();
    }
}

void ConsentPanel::refresh()
{
    const WorkshopData &data = m_session->data();
    const Participant *person = data.participants.find(m_id);
    setEnabled(person != nullptr);
    m_heading->setText(
        person ? tr("Consent for %1").arg(person->displayName) : tr("Consent: choose a person"));
    const ConsentPolicy policy(data);
    for (int i = 0; i < m_scopes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_scopes->topLevelItem(i);
        const auto scope = ConsentScope(item->data(0, ScopeRole).toInt());
        const ConsentState state = person ? policy.state(m_id, scope) : ConsentState::NotRecorded;
        item->setIcon(1, PeopleWords::stateIcon(state));
        item->setText(1, PeopleWords::state(state));
        const ConsentEvent *event = person ? policy.currentEvent(m_id, scope) : nullptr;
        const QString last = event
            ? tr("%1, %2, by %3")
                  .arg(when(event->recordedAt), PeopleWords::method(event->method).toLower(),
                      event->recordedBy.isEmpty() ? tr("(no name)") : event->recordedBy)
            : QString();
        item->setText(2, last);
        item->setToolTip(2, last);
        // Screen readers read the row as one sentence.
        item->setData(0, Qt::AccessibleTextRole,
            tr("%1: %2").arg(PeopleWords::scope(scope), PeopleWords::state(state)));
    }

    m_history->clear();
    if (person) {
        auto history = consentHistory(data, m_id);
        std::reverse(history.begin(), history.end());
        for (const ConsentEvent &e : history) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(0, when(e.recordedAt));
            item->setText(1, PeopleWords::scope(e.scope));
            item->setIcon(2, PeopleWords::stateIcon(consentStateOf(e.decision), 18));
            item->setText(2, PeopleWords::state(consentStateOf(e.decision)));
            item->setText(3, PeopleWords::method(e.method));
            item->setText(4, e.recordedBy);
            item->setText(5, e.infoSheetVersion);
        }
    }
    updateButtons();
}

void ConsentPanel::updateButtons()
{
    const bool withdrawable
        = !m_id.isNull() && ConsentPolicy(m_session->data()).mayWithdraw(m_id, currentScope());
    m_withdrawScope->setEnabled(withdrawable);
    const QString scope = PeopleWords::scope(currentScope());
    m_grant->setAccessibleName(tr("Grant: %1").arg(scope));
    m_refuse->setAccessibleName(tr("Refuse: %1").arg(scope));
    m_withdrawScope->setAccessibleName(tr("Withdraw consent: %1").arg(scope));
}

} // namespace cg
