// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "result.h"

#include <QFrame>
#include <QUuid>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cg {

class ConsentDefaults;
class Session;

/// One consent question during check-in: the question in plain words, where it stands now, and
/// the answer being given (Yes, No or Not asked). Keyboard: Y or N answers and moves on to the
/// next question, S skips (leaves it not asked), Space changes the answer in place.
class ConsentChoiceRow : public QFrame
{
    Q_OBJECT

public:
    enum class Answer { NotAsked, Yes, No };

    ConsentChoiceRow(ConsentScope scope, QWidget *parent = nullptr);

    ConsentScope scope() const { return m_scope; }
    Answer answer() const { return m_answer; }
    void setAnswer(Answer answer);
    /// Shows where the scope stands before this check-in ("Now: Granted").
    void setCurrentState(const QString &words);

Q_SIGNALS:
    void answered();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateLook();

    ConsentScope m_scope;
    Answer m_answer = Answer::NotAsked;
    QLabel *m_current = nullptr;
    QRadioButton *m_yes = nullptr;
    QRadioButton *m_no = nullptr;
    QRadioButton *m_notAsked = nullptr;
};

/// Recording a person's six consent choices at the door, by keyboard alone: Y / N per question
/// (Tab and Shift+Tab move between them), Enter saves every answered question as a consent event
/// with the chosen method, Escape goes back without saving. A "no" to something they had agreed
/// to before is recorded as a withdrawal.
class CheckInConsentForm : public QWidget
{
    Q_OBJECT

public:
    CheckInConsentForm(Session *session, ConsentDefaults *defaults, QWidget *parent = nullptr);

    /// Starts the questions for \a participantId, all "not asked", focus on the first.
    void start(const QUuid &participantId);
    QUuid participantId() const { return m_id; }
    ConsentChoiceRow *row(ConsentScope scope) const { return m_rows[std::size_t(scope)]; }

    /// Records every answered question in one permanent step. Returns how many were recorded.
    Result<int> save();

Q_SIGNALS:
    /// Saved (with how many choices) or cancelled (-1): check-in goes back to its list.
    void finished(int recorded);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Session *m_session = nullptr;
    ConsentDefaults *m_defaults = nullptr;
    QUuid m_id;
    QLabel *m_heading = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_recordedBy = nullptr;
    QLabel *m_message = nullptr;
    std::array<ConsentChoiceRow *, 6> m_rows {};
};

} // namespace cg
