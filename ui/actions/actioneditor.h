// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/editorpanel.h"
#include "model/action.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cg {

class PersonField;

/// What will be done, who will do it (someone in the workshop, or any name: "Ward 4 admin
/// team"), by when, how far it has got, and the theme and notes it came from.
class ActionEditor : public EditorPanel
{
    Q_OBJECT

public:
    explicit ActionEditor(Session *session, QWidget *parent = nullptr);

    /// Starts a new action from a draft (e.g. edits::draftActionFromNotes), to be added with
    /// edits::addActionFromNotes for \a fromNotes (or edits::addAction when empty).
    void startFromDraft(const Action &draft, const QList<QUuid> &fromNotes);

    QPlainTextEdit *whatEdit() const { return m_what; }
    PersonField *ownerEdit() const { return m_owner; }
    QCheckBox *hasDueDate() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *themeBox() const { return m_theme; }
    QListWidget *notesList() const { return m_notes; }

protected:
    bool concerns(const Change &change) const override;
    void load(const QUuid &id) override;
    Result<QUuid> write() override;
    QString headingFor(bool isNew) const override;

private:
    Action fromFields() const;
    void fillThemes(const QUuid &current);
    void fillNotes(const QList<QUuid> &ids);
    void updateOwnerHint();

    std::optional<Action> m_draft;
    QList<QUuid> m_fromNotes;
    QPlainTextEdit *m_what;
    PersonField *m_owner;
    QLabel *m_ownerHint;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_status;
    QComboBox *m_theme;
    QListWidget *m_notes;
    QPushButton *m_unlink;
    QLabel *m_noNotes;
};

} // namespace cg
