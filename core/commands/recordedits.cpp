// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of actions, feedback, attachments and payments.
#include "commands/edits.h"

#include <QCoreApplication>

namespace cg::edits {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::edits", text);
}

Result<void> checkAction(const WorkshopData &data, const Action &a)
{
    if (a.text.trimmed().isEmpty())
        return fail(tr("An action needs to say what will be done."));
    if (!a.ownerId.isNull() && !data.participants.contains(a.ownerId))
        return fail(tr("That person is not in this workshop."));
    if (!a.themeId.isNull() && !data.themes.contains(a.themeId))
        return fail(tr("That theme is no longer in the workshop."));
    for (const QUuid &id : a.noteIds)
        if (!data.notes.contains(id))
            return fail(tr("A linked note is no longer on its board."));
    return {};
}

Result<void> checkAttachment(const WorkshopData &data, const Attachment &a)
{
    if (!a.boardId.isNull() && !data.boards.contains(a.boardId))
        return fail(tr("That board is no longer in the workshop."));
    if (a.fileName.trimmed().isEmpty())
        return fail(tr("An attachment needs a file name."));
    for (const QUuid &id : a.peopleShown)
        if (!data.participants.contains(id))
            return fail(tr("Someone shown in the photo is not in this workshop."));
    return {};
}

Result<void> checkPayment(const WorkshopData &data, const Payment &p)
{
    if (!data.participants.contains(p.participantId))
        return fail(tr("That person is not in this workshop."));
    if (p.hoursSession < 0 || p.hoursPreparation < 0 || p.hoursTravel < 0)
        return fail(tr("Hours cannot be negative."));
    if (p.hoursSession > 24 * 7 || p.hoursPreparation > 24 * 7 || p.hoursTravel > 24 * 7)
        return fail(tr("That is more hours than there are in a week; check the number."));
    if (p.rateMinor < 0 || p.expensesTravelMinor < 0 || p.expensesCarerMinor < 0 || p.expensesOtherMinor < 0)
        return fail(tr("Amounts cannot be negative."));
    return {};
}

template<class T>
Result<Edit> updateOf(const WorkshopData &data, const T &updated, const QString &text, const QString &missing,
                      CommandId id = CommandId::None)
{
    const T *before = data.table<T>().find(updated.id);
    if (!before)
        return fail(missing);
    Edit edit{text, id, id == CommandId::None ? QString() : uuidKey(updated.id), {}};
    if (!(updated == *before))
        edit.changes.push_back(RowChange::updated(*before, updated));
    return edit;
}

template<class T>
Result<Edit> removalOf(const WorkshopData &data, const QUuid &id, const QString &text, const QString &missing)
{
    const T *row = data.table<T>().find(id);
    if (!row)
        return fail(missing);
    return Edit{text, CommandId::None, {}, {RowChange::removed(*row)}};
}

} // namespace

Result<Edit> addAction(const WorkshopData &data, Action action)
{
    if (auto ok = checkAction(data, action); !ok)
        return ok.error();
    return Edit{tr("Add action"), CommandId::None, {}, {RowChange::inserted(std::move(action))}};
}

Result<Edit> editAction(const WorkshopData &data, const Action &updated)
{
    if (auto ok = checkAction(data, updated); !ok)
        return ok.error();
    return updateOf(data, updated, tr("Edit action"), tr("That action is no longer in the workshop."));
}

Result<Edit> removeAction(const WorkshopData &data, const QUuid &actionId)
{
    return removalOf<Action>(data, actionId, tr("Remove action"), tr("That action is no longer in the workshop."));
}

Result<Edit> addFeedback(const WorkshopData &data, Feedback feedback)
{
    if (feedback.question.trimmed().isEmpty() || feedback.answer.trimmed().isEmpty())
        return fail(tr("Feedback needs a question and an answer."));
    if (!feedback.participantId.isNull() && !data.participants.contains(feedback.participantId))
        return fail(tr("That person is not in this workshop."));
    return Edit{tr("Add feedback"), CommandId::None, {}, {RowChange::inserted(std::move(feedback))}};
}

Result<Edit> editFeedback(const WorkshopData &data, const Feedback &updated)
{
    if (updated.question.trimmed().isEmpty() || updated.answer.trimmed().isEmpty())
        return fail(tr("Feedback needs a question and an answer."));
    if (!updated.participantId.isNull() && !data.participants.contains(updated.participantId))
        return fail(tr("That person is not in this workshop."));
    return updateOf(data, updated, tr("Edit feedback"), tr("That feedback is no longer in the workshop."));
}

Result<Edit> removeFeedback(const WorkshopData &data, const QUuid &feedbackId)
{
    return removalOf<Feedback>(data, feedbackId, tr("Remove feedback"), tr("That feedback is no longer in the workshop."));
}

Result<Edit> addAttachment(const WorkshopData &data, Attachment attachment)
{
    if (auto ok = checkAttachment(data, attachment); !ok)
        return ok.error();
    return Edit{tr("Attach %1").arg(attachment.fileName), CommandId::None, {}, {RowChange::inserted(std::move(attachment))}};
}

Result<Edit> editAttachment(const WorkshopData &data, const Attachment &updated)
{
    if (auto ok = checkAttachment(data, updated); !ok)
        return ok.error();
    return updateOf(data, updated, tr("Edit attachment"), tr("That attachment is no longer in the workshop."));
}

Result<Edit> removeAttachment(const WorkshopData &data, const QUuid &attachmentId)
{
    return removalOf<Attachment>(data, attachmentId, tr("Remove attachment"),
                                 tr("That attachment is no longer in the workshop."));
}

Result<Edit> setPayment(const WorkshopData &data, Payment payment)
{
    if (auto ok = checkPayment(data, payment); !ok)
        return ok.error();
    if (payment.status == PaymentStatus::Owed)
        payment.paidDate = QDate();
    for (const Payment &existing : data.payments) {
        if (existing.participantId == payment.participantId) {
            payment.id = existing.id;
            payment.created = existing.created;
            return updateOf(data, payment, tr("Edit payment"), tr("That payment is no longer in the workshop."),
                            CommandId::EditPayment);
        }
    }
    return Edit{tr("Add payment"), CommandId::None, {}, {RowChange::inserted(std::move(payment))}};
}

Result<Edit> removePayment(const WorkshopData &data, const QUuid &paymentId)
{
    return removalOf<Payment>(data, paymentId, tr("Remove payment"), tr("That payment is no longer in the workshop."));
}

} // namespace cg::edits
