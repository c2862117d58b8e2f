// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "result.h"
#include "session/change.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cg {

class ConsentDefaults;
class Session;

/// One person's consent: the six scopes with where each stands now (in words and a shape, never
/// colour alone), the full history (who recorded each decision, when, how, against which
/// information sheet), and one action each to grant, refuse or withdraw the selected scope.
///
/// Consent is a permanent record: decisions go through Session::record() and are not undoable;
/// a change of mind is a new decision. The panel says so in plain words.
class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    /// \a defaults (method, recorded by) is shared with check-in; it must outlive the panel.
    ConsentPanel(Session *session, ConsentDefaults *defaults, QWidget *parent = nullptr);

    void setParticipant(const QUuid &id);
    QUuid participantId() const { return m_id; }

    /// Records \a decision for \a scope with the chosen method and recorder.
    Result<void> record(ConsentScope scope, ConsentDecision decision);
    /// The scope the action buttons apply to.
    ConsentScope currentScope() const;
    void setCurrentScope(ConsentScope scope);

    QTreeWidget *scopeList() const { return m_scopes; }
    QTreeWidget *historyList() const { return m_history; }

Q_SIGNALS:
    /// "Withdraw from the workshop…" was chosen for this person.
    void withdrawRequested(const QUuid &participantId);

private:
    void refresh();
    void updateButtons();
    void recordCurrent(ConsentDecision decision);
    void onChanged(const Change &change);

    Session *m_session = nullptr;
    ConsentDefaults *m_defaults = nullptr;
    QUuid m_id;

    QLabel *m_heading = nullptr;
    QTreeWidget *m_scopes = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_withdrawScope = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_recordedBy = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_withdrawAll = nullptr;
};

} // namespace cg
