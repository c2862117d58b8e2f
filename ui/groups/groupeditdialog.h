// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace cg {

class Session;

/// Edits one breakout table: its name, table or room, table facilitator and what it offers
/// (step-free access, a hearing loop, a quiet space). One undoable edit when saved.
class GroupEditDialog : public QDialog
{
    Q_OBJECT

public:
    GroupEditDialog(Session *session, const QUuid &groupId, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *locationField() const { return m_location; }
    QComboBox *facilitatorField() const { return m_facilitator; }
    QCheckBox *stepFreeBox() const { return m_stepFree; }
    QCheckBox *hearingLoopBox() const { return m_hearingLoop; }
    QCheckBox *quietSpaceBox() const { return m_quietSpace; }

    /// Saves the changes; on success the dialog is accepted.
    Result<void> saveNow();

private:
    Session *m_session;
    QUuid m_group;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_facilitator = nullptr;
    QCheckBox *m_stepFree = nullptr;
    QCheckBox *m_hearingLoop = nullptr;
    QCheckBox *m_quietSpace = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cg
