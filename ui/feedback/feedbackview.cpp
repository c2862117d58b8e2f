// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/feedbackview.h"

#include "commands/edits.h"
#include "feedback/feedbackeditor.h"
#include "models/feedbackmodel.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace cg {

FeedbackView::FeedbackView(Session *session, FeedbackModel *model, QWidget *parent)
    : RecordsView(session, tr("Feedback"), tr("What people said about the day."), model, new FeedbackEditor(session),
                  &edits::removeFeedback, parent)
{
    newButton()->setText(tr("&New answer"));
    newButton()->setToolTip(tr("Type up a feedback answer (Ctrl+Shift+A)"));
    auto *next = new QPushButton(tr("Save and ne&xt"), editor());
    next->setToolTip(tr("Save this answer and start the next with the same question (Ctrl+Shift+Return)"));
    next->setAccessibleName(tr("Save and start the next answer"));
    editor()->addButton(next);
    connect(next, &QPushButton::clicked, this, [this] { (void)saveAndNext(); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), editor());
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { (void)saveAndNext(); });
}

FeedbackEditor *FeedbackView::feedbackEditor() const
{
    return static_cast<FeedbackEditor *>(editor());
}

bool FeedbackView::saveAndNext()
{
    if (editor()->isModified() || editor()->isNew()) {
        if (!editor()->save())
            return false;
    }
    startNew();
    feedbackEditor()->answerEdit()->setFocus();
    return true;
}

} // namespace cg
