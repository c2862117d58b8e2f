// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/checkinconsentform.h"

#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "flowlayout.h"
#include "people/consentdefaults.h"
#include "people/peoplewords.h"
#include "session/session.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cg {

// --- ConsentChoiceRow ----------------------------------------------------------------------------

ConsentChoiceRow::ConsentChoiceRow(ConsentScope scope, QWidget *parent)
    : QFrame(parent)
    , m_scope(scope)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("consentChoiceRow"));
    auto *layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    auto *text = new QVBoxLayout;
    auto *title = new QLabel(PeopleWords::scope(scope), this);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *question = new QLabel(PeopleWords::scopeQuestion(scope), this);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    m_current = new QLabel(this);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setObjectName(QStringLiteral("hint"));
    m_current->setWordWrap(true);
    // Title and current state share a line, so all six questions and the Save button fit on a
    // 1600x1000 screen without scrolling.
    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addSpacing(12);
    heading->addWidget(m_current, 1);
    text->setSpacing(2);
    text->addLayout(heading);
    text->addWidget(question);
    layout->addLayout(text, 1);

    // The radio buttons are for the mouse; the row itself takes the keys, so that Tab goes from
    // question to question rather than through eighteen buttons.
    m_yes = new QRadioButton(tr("Yes (Y)"), this);
    m_no = new QRadioButton(tr("No (N)"), this);
    m_notAsked = new QRadioButton(tr("Not asked (S)"), this);
    auto *group = new QButtonGroup(this);
    auto *answers = new QHBoxLayout;
    for (QRadioButton *b : { m_yes, m_no, m_notAsked }) {
        b->setFocusPolicy(Qt::NoFocus);
        group->addButton(b);
        answers->addWidget(b);
    }
    layout->addLayout(answers);
    // In a narrow window (200 %, large type) the answers go under the question.
    stackWhenNarrow(this, layout, [](const QWidget *host) { return ems(host, 46); });
    m_notAsked->setChecked(true);
    connect(m_yes, &QRadioButton::clicked, this, [this] { setAnswer(Answer::Yes); });
    connect(m_no, &QRadioButton::clicked, this, [this] { setAnswer(Answer::No); });
    connect(m_notAsked, &QRadioButton::clicked, this, [this] { setAnswer(Answer::NotAsked); });
    updateLook();
}

void ConsentChoiceRow::setAnswer(Answer answer)
{
    m_answer = answer;
    (answer == Answer::Yes ? m_yes : answer == Answer::No ? m_no : m_notAsked)->setChecked(true);
    updateLook();
}

void ConsentChoiceRow::setCurrentState(const QString &words)
{
    m_current->setText(tr("Now: %1").arg(words));
    updateLook();
}

void ConsentChoiceRow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Y:
        setAnswer(Answer::Yes);
        Q_EMIT answered();
        return;
    case Qt::Key_N:
        setAnswer(Answer::No);
        Q_EMIT answered();
        return;
    case Qt::Key_S:
        setAnswer(Answer::NotAsked);
        Q_EMIT answered();
        return;
    case Qt::Key_Space:
        setAnswer(m_answer == Answer::Yes ? Answer::No
                : m_answer == Answer::No  ? Answer::NotAsked
                                          : Answer::Yes);
        return;
    case Qt::Key_Down:
        focusNextChild();
        return;
    case Qt::Key_Up:
        focusPreviousChild();
        return;
    default:
        QFrame::keyPressEvent(event); // Enter and Escape go on to the form
    }
}

void ConsentChoiceRow::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    updateLook();
}

void ConsentChoiceRow::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    updateLook();
}

void ConsentChoiceRow::updateLook()
{
    // The row with focus gets a thick outline: the one the next key answers.
    setStyleSheet(hasFocus() ? QStringLiteral("QFrame#consentChoiceRow { border: 3px solid #1B5E7A; "
                                              "border-radius: 6px; background: #FFFDF9; }")
                             : QStringLiteral("QFrame#consentChoiceRow { border: 1px solid #D8CCB8; "
                                              "border-radius: 6px; }"));
    const QString answer = m_answer == Answer::Yes ? tr("yes")
        : m_answer == Answer::No                   ? tr("no")
                                                   : tr("not asked");
    setAccessibleName(tr("%1. %2 Answer: %3. %4")
                          .arg(PeopleWords::scope(m_scope), PeopleWords::scopeQuestion(m_scope), answer,
                              m_current->text()));
}

// --- CheckInConsentForm --------------------------------------------------------------------------

CheckInConsentForm::CheckInConsentForm(Session *session, ConsentDefaults *defaults, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_defaults(defaults)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true); // a long name must not widen the page
    layout->addWidget(m_heading);
    auto *help
        = new QLabel(tr("Ask each question. Press Y for yes or N for no; S leaves it not asked. Tab moves "
                        "between questions. Enter saves, Escape goes back without saving."),
            this);
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    layout->addWidget(help);

    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("How the choices are given"));
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(14);
    for (ConsentMethod method : enumValues<ConsentMethod>())
        m_method->addItem(PeopleWords::method(method), int(method));
    form->addRow(tr("H&ow given:"), m_method);
    m_recordedBy = new QLineEdit(this);
    m_recordedBy->setAccessibleName(tr("Recorded by"));
    form->addRow(tr("Recorded &by:"), m_recordedBy);
    layout->addLayout(form);

    for (ConsentScope scope : enumValues<ConsentScope>()) {
        auto *row = new ConsentChoiceRow(scope, this);
        m_rows[std::size_t(scope)] = row;
        layout->addWidget(row);
        connect(row, &ConsentChoiceRow::answered, this, [this, scope] {
            const auto next = std::size_t(scope) + 1;
            if (next < m_rows.size())
                m_rows[next]->setFocus(Qt::TabFocusReason);
        });
    }

    auto *permanent = new QLabel(
        tr("Consent choices are kept as a permanent record. To change one, record the new choice."), this);
    permanent->setTextFormat(Qt::PlainText);
    permanent->setWordWrap(true);
    permanent->setObjectName(QStringLiteral("hint"));
    layout->addWidget(permanent);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new FlowLayout; // side by side, or one above the other in a narrow window
    buttons->setHorizontalSpacing(12);
    buttons->setVerticalSpacing(8);
    auto *back = new QPushButton(tr("Back without saving (Esc)"), this);
    back->setAutoDefault(false);
    auto *saveButton = new QPushButton(tr("Save choices (Enter)"), this);
    saveButton->setAutoDefault(false);
    saveButton->setObjectName(QStringLiteral("bigAction"));
    buttons->addWidget(saveButton);
    buttons->addWidget(back);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(back, &QPushButton::clicked, this, [this] { Q_EMIT finished(-1); });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
}

void CheckInConsentForm::start(const QUuid &participantId)
{
    m_id = participantId;
    const WorkshopData &data = m_session->data();
    const Participant *person = data.participants.find(participantId);
    m_heading->setText(person ? tr("Consent choices for %1").arg(person->displayName) : QString());
    m_method->setCurrentIndex(m_method->findData(int(m_defaults->method())));
    m_recordedBy->setText(m_defaults->recorderFor(data.workshop));
    m_message->hide();
    const ConsentPolicy policy(data);
    for (ConsentChoiceRow *row : m_rows) {
        row->setAnswer(ConsentChoiceRow::Answer::NotAsked);
        const ConsentState state = policy.state(participantId, row->scope());
        QString words = PeopleWords::stateSymbol(state) + QLatin1Char(' ') + PeopleWords::state(state);
        if (policy.decisionFor(participantId, row->scope(), false) == ConsentDecision::Withdrawn)
            words += QLatin1Char(' ') + tr("(a no now is recorded as a withdrawal)");
        row->setCurrentState(words);
    }
    m_rows.front()->setFocus(Qt::OtherFocusReason);
}

Result<int> CheckInConsentForm::save()
{
    const WorkshopData &data = m_session->data();
    if (!data.participants.contains(m_id))
        return fail(tr("That person is no longer in this workshop."));
    const auto method = ConsentMethod(m_method->currentData().toInt());
    const QString recordedBy = m_recordedBy->text().trimmed();
    m_defaults->setMethod(method);
    m_defaults->setRecordedBy(recordedBy);

    // Every answer in one step, so that the six are recorded together or not at all. What a "no"
    // records (a refusal, or the withdrawal of an earlier yes) is the policy's rule, in core.
    std::vector<std::pair<ConsentScope, bool>> answers;
    for (ConsentChoiceRow *row : m_rows) {
        if (row->answer() != ConsentChoiceRow::Answer::NotAsked)
            answers.emplace_back(row->scope(), row->answer() == ConsentChoiceRow::Answer::Yes);
    }
    const int count = int(answers.size());
    if (count > 0) {
        auto done = m_session->record(
            edits::recordConsentAnswers(data, m_id, answers, method, recordedBy, m_session->now()));
        if (!done) {
            m_message->setText(done.message());
            m_message->show();
            return done.error();
        }
    }
    Q_EMIT finished(count);
    return count;
}

void CheckInConsentForm::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        (void)save();
        return;
    case Qt::Key_Escape:
        Q_EMIT finished(-1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace cg
