// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "result.h"

#include <QUuid>
#include <QWidget>

#include <functional>

class QPushButton;

namespace cg {

class EditorPanel;
class FlowLayout;
class ListPage;
class Session;
class SessionTableModel;
struct WorkshopData;

/// A list of one kind of record with its editor beside it (Actions, Feedback): New, Delete and
/// the table on the left, the EditorPanel on the right. Choosing a row shows it in the panel;
/// leaving a row with unsaved changes saves them first (and stays if they cannot be saved, so
/// nothing typed is lost). Delete is one undoable edit.
class RecordsView : public QWidget
{
    Q_OBJECT

public:
    using Removal = std::function<Result<Edit>(const WorkshopData &, const QUuid &)>;

    RecordsView(Session *session, const QString &title, const QString &description, SessionTableModel *model,
                EditorPanel *editor, Removal removal, QWidget *parent = nullptr);

    ListPage *list() const { return m_list; }
    EditorPanel *editor() const { return m_editor; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    /// The toolbar row under the heading, for views that add their own buttons.

    /// Starts a new record in the editor and puts the keyboard there.
    void startNew();
    /// Deletes the current row; false when there is none or the Session refused.
    bool deleteCurrent();
    /// Shows \a id in the list and the editor.
    void select(const QUuid &id);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentChanged(const QUuid &id);

    Session *m_session;
    ListPage *m_list;
    EditorPanel *m_editor;
    Removal m_removal;
    FlowLayout *m_toolbar; // wraps rather than widen the page at 200 % or in large type
    QPushButton *m_new;
    QPushButton *m_delete;
    bool m_reselecting = false;
    bool m_switching = false; // saving on the way to another row: do not select the saved one
};

} // namespace cg
