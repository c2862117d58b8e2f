// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/recordsview.h"

namespace cg {

class ActionEditor;
class ActionsModel;

/// The Actions page: what will happen next, who will do it and by when, with the editor beside
/// the list. New (Ctrl+Shift+A from anywhere), Delete (undoable), Enter to edit.
class ActionsView : public RecordsView
{
    Q_OBJECT

public:
    ActionsView(Session *session, ActionsModel *model, QWidget *parent = nullptr);
    ActionEditor *actionEditor() const;
};

/// Asks for an action made from notes on a board (what the notes say, their theme, the notes
/// linked) in a dialog, and adds it. What the board canvas's "Create action…" calls. Returns the
/// new action's id, or null when the facilitator cancelled or it could not be made (with the
/// reason in \a problem).
QUuid createActionFromNotes(Session *session, const QList<QUuid> &noteIds, QWidget *parent,
                            QString *problem = nullptr);

} // namespace cg
