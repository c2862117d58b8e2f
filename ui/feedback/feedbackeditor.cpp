// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/feedbackeditor.h"

#include "actions/personfield.h"
#include "commands/edits.h"
#include "session/session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cg {

FeedbackEditor::FeedbackEditor(Session *session, QWidget *parent)
    : EditorPanel(session, parent)
    , m_question(new QComboBox(this))
    , m_answer(new QPlainTextEdit(this))
    , m_from(new PersonField(session, this))
    , m_fromHint(new QLabel(this))
{
    m_question->setEditable(true);
    m_question->setInsertPolicy(QComboBox::NoInsert);
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_question->setMinimumContentsLength(12);
    m_question->setAccessibleName(tr("Question"));
    m_question->lineEdit()->setPlaceholderText(tr("e.g. What were the best aspects of today?"));
    auto *questionLabel = new QLabel(tr("&Question:"), this);
    questionLabel->setBuddy(m_question);
    form()->addRow(questionLabel, m_question);

    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setPlaceholderText(tr("In their words"));
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(160);
    auto *answerLabel = new QLabel(tr("&Answer:"), this);
    answerLabel->setBuddy(m_answer);
    form()->addRow(answerLabel, m_answer);

    m_from->setAccessibleName(tr("Who gave this answer"));
    m_from->setPlaceholderText(tr("Empty: anonymous"));
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    m_fromHint->setObjectName(QStringLiteral("hint"));
    m_fromHint->setTextFormat(Qt::PlainText);
    m_fromHint->setWordWrap(true);
    auto *from = new QWidget(this);
    auto *fromLayout = new QVBoxLayout(from);
    fromLayout->setContentsMargins(0, 0, 0, 0);
    fromLayout->setSpacing(2);
    fromLayout->addWidget(m_from);
    fromLayout->addWidget(m_fromHint);
    from->setFocusProxy(m_from);
    form()->addRow(fromLabel, from);

    connect(m_question, &QComboBox::editTextChanged, this, [this] { setModified(); });
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] { setModified(); });
    connect(m_from, &QLineEdit::textEdited, this, [this] {
        setModified();
        updateFromHint();
    });
    connect(this, &EditorPanel::saved, this, [this] { m_lastQuestion = m_question->currentText().trimmed(); });
    finishSetup();
}

QString FeedbackEditor::headingFor(bool isNew) const
{
    if (isNew)
        return tr("New feedback answer");
    return currentId().isNull() ? tr("Choose an answer to change it") : tr("Feedback answer");
}

bool FeedbackEditor::concerns(const Change &change) const
{
    return change.entity == Entity::Feedback || change.entity == Entity::Participant;
}

void FeedbackEditor::fillQuestions(const QString &current)
{
    QStringList questions;
    for (const Feedback &f : session()->data().feedback)
        if (!questions.contains(f.question))
            questions << f.question;
    m_question->clear();
    m_question->addItems(questions);
    m_question->setEditText(current);
}

void FeedbackEditor::load(const QUuid &id)
{
    const Feedback *answer = session()->data().feedback.find(id);
    fillQuestions(answer ? answer->question : m_lastQuestion);
    m_answer->setPlainText(answer ? answer->answer : QString());
    m_from->setPerson(answer ? answer->participantId : QUuid());
    updateFromHint();
}

void FeedbackEditor::updateFromHint()
{
    const QString typed = m_from->text().trimmed();
    const names::Resolution who = m_from->resolution();
    if (typed.isEmpty())
        m_fromHint->setText(tr("Anonymous."));
    else if (who.isOne())
        m_fromHint->setText(tr("%1, in this workshop.").arg(m_from->nameOf(who.person)));
    else if (who.kind == names::Resolution::Kind::Several)
        m_fromHint->setText(tr("More than one person matches “%1”: choose one from the list.").arg(typed));
    else
        m_fromHint->setText(tr("No one called “%1” is in this workshop.").arg(typed));
}

Result<QUuid> FeedbackEditor::write()
{
    const names::Resolution who = m_from->resolution();
    const QString typed = m_from->text().trimmed();
    if (!typed.isEmpty() && who.kind == names::Resolution::Kind::Several)
        return fail(tr("More than one person matches “%1”. Choose one from the list.").arg(typed));
    if (!typed.isEmpty() && !who.isOne())
        return fail(tr("No one called “%1” is in this workshop. Choose a name from the list, or leave “From” "
                       "empty for an anonymous answer.")
                        .arg(typed));
    Feedback answer;
    if (const Feedback *stored = session()->data().feedback.find(currentId()))
        answer = *stored;
    answer.question = m_question->currentText();
    answer.answer = m_answer->toPlainText();
    answer.participantId = typed.isEmpty() ? QUuid() : who.person;
    if (isNew()) {
        answer.id = newId();
        auto done = session()->perform(edits::addFeedback(session()->data(), answer));
        if (!done)
            return done.error();
        return answer.id;
    }
    auto done = session()->perform(edits::editFeedback(session()->data(), answer));
    if (!done)
        return done.error();
    return answer.id;
}

} // namespace cg
