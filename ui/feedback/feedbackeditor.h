// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/editorpanel.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace cg {

class PersonField;

/// One answer to a feedback question: the question (one already asked, or a new one), the
/// answer in the person's words, and who gave it (empty: anonymous). Typing up a pile of paper
/// forms is quick: after a new answer is saved, the next one starts with the same question.
class FeedbackEditor : public EditorPanel
{
    Q_OBJECT

public:
    explicit FeedbackEditor(Session *session, QWidget *parent = nullptr);

    QComboBox *questionBox() const { return m_question; }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    PersonField *fromEdit() const { return m_from; }

protected:
    bool concerns(const Change &change) const override;
    void load(const QUuid &id) override;
    Result<QUuid> write() override;
    QString headingFor(bool isNew) const override;

private:
    void fillQuestions(const QString &current);
    void updateFromHint();

    QComboBox *m_question;
    QPlainTextEdit *m_answer;
    PersonField *m_from;
    QLabel *m_fromHint;
    QString m_lastQuestion;
};

} // namespace cg
