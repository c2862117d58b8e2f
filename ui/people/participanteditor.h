// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/participant.h"
#include "result.h"
#include "session/change.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cg {

class Session;

/// The form for one person's details: names, pseudonym, role, organisation, contact, access
/// needs (the fixed set as checkboxes, plus their own words), attendance and notes. Saving goes
/// through the Session as one undoable step; nothing changes until "Save" is pressed.
class ParticipantEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantEditor(Session *session, QWidget *parent = nullptr);

    /// Shows the person with \a id; a null id starts a new, empty person.
    void setParticipant(const QUuid &id);
    QUuid participantId() const { return m_id; }
    /// The person as the form describes them now (not yet saved).
    Participant participant() const;
    /// Fills the form from \a participant (used for a new person and by tests).
    void load(const Participant &participant);
    bool isModified() const { return m_modified; }

    /// Adds or updates the person. On success the form shows the saved person.
    Result<QUuid> save();

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    /// A person was added or updated from this form.
    void saved(const QUuid &id);

private:
    void onChanged(const Change &change);
    void setModified(bool modified);
    void showMessage(const QString &text);

    Session *m_session = nullptr;
    QUuid m_id;
    Participant m_loaded;
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pseudonym = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    std::map<AccessNeed, QCheckBox *> m_needs;
    QLineEdit *m_accessNotes = nullptr;
    QComboBox *m_attendance = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cg
