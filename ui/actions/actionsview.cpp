// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionsview.h"

#include "actions/actioneditor.h"
#include "commands/edits.h"
#include "models/actionsmodel.h"
#include "session/session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

ActionsView::ActionsView(Session *session, ActionsModel *model, QWidget *parent)
    : RecordsView(session, tr("Actions"), tr("What will happen next, who will do it and by when."), model,
                  new ActionEditor(session), &edits::removeAction, parent)
{
    newButton()->setText(tr("&New action"));
    newButton()->setToolTip(tr("Add an action (Ctrl+Shift+A)"));
}

ActionEditor *ActionsView::actionEditor() const
{
    return static_cast<ActionEditor *>(editor());
}

QUuid createActionFromNotes(Session *session, const QList<QUuid> &noteIds, QWidget *parent, QString *problem)
{
    auto draft = edits::draftActionFromNotes(session->data(), noteIds);
    if (!draft) {
        if (problem)
            *problem = draft.message();
        return {};
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(noteIds.size() == 1 ? ActionsView::tr("Action from a note")
                                              : ActionsView::tr("Action from %1 notes").arg(noteIds.size()));
    auto *editor = new ActionEditor(session, &dialog);
    editor->startFromDraft(*draft, noteIds);
    // The dialog's own buttons stand for the panel's: Save adds the action and closes.
    editor->saveButton()->setText(ActionsView::tr("&Add action"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    QUuid added;
    QObject::connect(editor, &EditorPanel::saved, &dialog, [&](const QUuid &id) {
        added = id;
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, dialog.sizeHint().height());
    editor->whatEdit()->setFocus();
    editor->whatEdit()->selectAll();
    dialog.exec();
    return added;
}

} // namespace cg
