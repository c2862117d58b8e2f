// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/withdrawal.h"
#include "result.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cg {

class ConsentDefaults;
class Session;

/// "Withdraw from the workshop": the person's consent is withdrawn for taking part and for every
/// scope they had granted, and their contributions are either kept without their name or deleted.
/// Both choices are explained with what they would do to this person's notes, in numbers, and the
/// facilitator confirms before anything happens. The withdrawal is permanent (it also clears the
/// undo history, so deleted words cannot come back).
///
/// The logic is callable without exec(): set the mode, confirm and call apply().
class WithdrawalDialog : public QDialog
{
    Q_OBJECT

public:
    WithdrawalDialog(
        Session *session, const QUuid &participantId, ConsentDefaults *defaults, QWidget *parent = nullptr);

    void setMode(WithdrawMode mode);
    WithdrawMode mode() const;
    /// The "they have asked to withdraw" confirmation; nothing is applied without it.
    void setConfirmed(bool confirmed);
    bool isConfirmed() const;
    /// Withdraws the person as chosen. Accepts the dialog on success.
    Result<void> apply();
    /// What the last apply() did.
    WithdrawalCounts counts() const { return m_counts; }

private:
    void updateButton();

    Session *m_session = nullptr;
    QUuid m_participantId;
    ConsentDefaults *m_defaults = nullptr;
    WithdrawalCounts m_counts;

    QRadioButton *m_anonymise = nullptr;
    QRadioButton *m_delete = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_recordedBy = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_withdraw = nullptr;
};

} // namespace cg
