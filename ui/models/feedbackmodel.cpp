// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/feedbackmodel.h"

#include "models/listtext.h"
#include "session/session.h"

#include <algorithm>

namespace cg {

FeedbackModel::FeedbackModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Feedback, parent)
{
    load();
}

QList<QUuid> FeedbackModel::orderedIds() const
{
    std::vector<const Feedback *> answers;
    for (const Feedback &answer : workshopData().feedback)
        answers.push_back(&answer);
    std::stable_sort(answers.begin(), answers.end(), [](const Feedback *a, const Feedback *b) {
        const int byQuestion = a->question.localeAwareCompare(b->question);
        return byQuestion != 0 ? byQuestion < 0 : a->created < b->created;
    });
    QList<QUuid> ids;
    for (const Feedback *answer : answers)
        ids << answer->id;
    return ids;
}

QStringList FeedbackModel::headers() const
{
    return { tr("Question"), tr("Answer"), tr("From") };
}

QVariant FeedbackModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Feedback *answer = data.feedback.find(id);
    if (!answer || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    switch (column) {
    case Question:
        return answer->question;
    case Answer:
        return answer->answer;
    case From: {
        const QString name = personName(data, answer->participantId);
        return name.isEmpty() ? tr("Anonymous") : name;
    }
    default:
        return {};
    }
}

bool FeedbackModel::dependsOn(Entity entity) const
{
    return entity == Entity::Participant;
}

} // namespace cg
