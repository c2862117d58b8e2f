// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/recordsview.h"

namespace cg {

class FeedbackEditor;
class FeedbackModel;

/// The Feedback page: what people said about the day, with the editor beside the list. "Save
/// and next" keeps the question, for typing up a pile of paper forms.
class FeedbackView : public RecordsView
{
    Q_OBJECT

public:
    FeedbackView(Session *session, FeedbackModel *model, QWidget *parent = nullptr);
    FeedbackEditor *feedbackEditor() const;
    /// Saves the answer being typed and starts the next one with the same question.
    bool saveAndNext();
};

} // namespace cg
