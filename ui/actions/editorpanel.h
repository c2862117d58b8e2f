// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QUuid>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cg {

class Session;
struct Change;

/// The editor beside a list (an action, a feedback answer, a photo): a heading, a form, a line
/// for problems and Save / Discard. What is typed stays in the panel until Save (Ctrl+Return)
/// makes it one undoable edit through the Session; a row changed elsewhere (undo, another view)
/// reloads the panel unless the facilitator has unsaved changes in it.
class EditorPanel : public QWidget
{
    Q_OBJECT

public:
    EditorPanel(Session *session, QWidget *parent = nullptr);

    /// Shows an existing row (null: nothing, the panel is disabled).
    void showRecord(const QUuid &id);
    /// Starts a new, unsaved row.
    void startNew();
    QUuid currentId() const { return m_id; }
    bool isNew() const { return m_new; }
    bool isModified() const { return m_modified; }
    /// Saves what is in the panel; false (with the reason shown) when the Session refused.
    bool save();
    /// Puts back what is stored.
    void discard();
    QString problem() const;
    QPushButton *saveButton() const { return m_save; }
    /// Puts the keyboard in the first field of the form.
    void focusFirstField();
    /// Puts \a button in the row of Save and Discard, before Save.
    void addButton(QPushButton *button);

Q_SIGNALS:
    void saved(const QUuid &id);
    void statusMessage(const QString &message);

protected:
    /// The entity the panel edits, so that changes to its row reload it.
    virtual bool concerns(const Change &change) const = 0;
    /// Fills the fields from the stored row (or a fresh one when \a id is null).
    virtual void load(const QUuid &id) = 0;
    /// Builds and performs the edit; the id saved, or why not.
    virtual Result<QUuid> write() = 0;
    virtual QString headingFor(bool isNew) const = 0;

    Session *session() const { return m_session; }
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *body() const { return m_body; }
    /// Call from every field's "edited" signal.
    void setModified(bool modified = true);
    bool isLoading() const { return m_loading; }
    void showProblem(const QString &message);
    /// Call at the end of the subclass's constructor.
    void finishSetup();

private:
    void onChanged(const Change &change);
    void reload();

    Session *m_session;
    QUuid m_id;
    bool m_new = false;
    bool m_modified = false;
    bool m_loading = false;
    QLabel *m_heading;
    QFormLayout *m_form;
    QVBoxLayout *m_body;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_discard;
    QHBoxLayout *m_buttons;
};

} // namespace cg
