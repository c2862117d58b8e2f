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

/// Checks an action and puts it in its stored form: trimmed words, an owner who is either a
/// participant or a free-text name (not both), each linked note once.
Result<void> checkAction(const WorkshopData &data, Action &a)
{
    a.text = a.text.trimmed();
    a.ownerName = a.ownerName.trimmed();
    if (a.text.isEmpty())
        return fail(tr("An action needs to say what will be done."));
    if (a.text.size() > 4000)
        return fail(tr("An action can be up to 4,000 characters; say the rest in a linked note."));
    if (a.ownerName.size() > 200)
        return fail(tr("The name of who will do it can be up to 200 characters."));
    if (!a.ownerId.isNull() && !data.participants.contains(a.ownerId))
        return fail(tr("That person is not in this workshop."));
    if (!a.ownerId.isNull())
        a.ownerName.clear();
    if (!a.themeId.isNull() && !data.themes.contains(a.themeId))
        return fail(tr("That theme is no longer in the workshop."));
    QList<QUuid> unique;
    for (const QUuid &id : a.noteIds) {
        if (!data.notes.contains(id))
            return fail(tr("A linked note is no longer on its board."));
        if (!unique.contains(id))
            unique << id;
    }
    a.noteIds = unique;
    return {};
}

Result<void> checkFeedback(const WorkshopData &data, Feedback &f)
{
    f.question = f.question.trimmed();
    f.answer = f.answer.trimmed();
    if (f.question.isEmpty() || f.answer.isEmpty())
        return fail(tr("Feedback needs a question and an answer."));
    if (f.question.size() > 1000)
        return fail(tr("A feedback question can be up to 1,000 characters."));
    if (f.answer.size() > 20000)
        return fail(tr("A feedback answer can be up to 20,000 characters."));
    if (!f.participantId.isNull() && !data.participants.contains(f.participantId))
        return fail(tr("That person is not in this workshop."));
    return {};
}

Result<void> checkAttachment(const WorkshopData &data, Attachment &a)
{
    a.fileName = a.fileName.trimmed();
    if (!a.boardId.isNull() && !data.boards.contains(a.boardId))
        return fail(tr("That board is no longer in the workshop."));
    if (a.fileName.isEmpty())
        return fail(tr("An attachment needs a file name."));
    if (a.fileName.size() > 255)
        return fail(tr("The file name is too long (at most 255 characters)."));
    if (a.caption.size() > 2000)
        return fail(tr("A caption can be up to 2,000 characters."));
    if (a.width < 0 || a.height < 0 || a.originalWidth < 0 || a.originalHeight < 0)
        return fail(tr("A picture cannot have a negative size."));
    QList<QUuid> unique;
    for (const QUuid &id : a.peopleShown) {
        if (!data.participants.contains(id))
            return fail(tr("Someone shown in the photo is not in this workshop."));
        if (!unique.contains(id))
            unique << id;
    }
    a.peopleShown = unique;
    if (!a.data.isNull()) {
        if (a.data.size() > edits::maxAttachmentBytes)
            return fail(tr("“%1” is too large to keep in the workshop (at most %2 MB).")
                            .arg(a.fileName)
                            .arg(edits::maxAttachmentBytes / (1024 * 1024)));
        a.byteSize = a.data.size();
    }
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

Result<Action> draftActionFromNotes(const WorkshopData &data, const QList<QUuid> &noteIds)
{
    if (noteIds.isEmpty())
        return fail(tr("Select the notes the action comes from first."));
    Action action;
    QStringList words;
    QUuid theme;
    bool oneTheme = true;
    for (const QUuid &id : noteIds) {
        const Note *note = data.notes.find(id);
        if (!note)
            return fail(tr("A linked note is no longer on its board."));
        if (!action.noteIds.contains(id))
            action.noteIds << id;
        words << note->text.simplified();
        if (action.noteIds.size() == 1)
            theme = note->themeId;
        else if (note->themeId != theme)
            oneTheme = false;
    }
    // One note: its words are where the action starts; several: the facilitator sums them up.
    if (words.size() == 1)
        action.text = words.front().left(4000);
    if (oneTheme)
        action.themeId = theme;
    return action;
}

Result<Edit> addActionFromNotes(const WorkshopData &data, const QList<QUuid> &noteIds, Action action)
{
    auto draft = draftActionFromNotes(data, noteIds);
    if (!draft)
        return draft.error();
    for (const QUuid &id : draft->noteIds)
        if (!action.noteIds.contains(id))
            action.noteIds << id;
    if (auto ok = checkAction(data, action); !ok)
        return ok.error();
    const QString text = noteIds.size() == 1 ? tr("Add action from a note")
                                             : tr("Add action from %1 notes").arg(noteIds.size());
    return Edit{text, CommandId::None, {}, {RowChange::inserted(std::move(action))}};
}

Result<Edit> editAction(const WorkshopData &data, const Action &updated)
{
    Action after = updated;
    if (auto ok = checkAction(data, after); !ok)
        return ok.error();
    return updateOf(data, after, tr("Edit action"), tr("That action is no longer in the workshop."));
}

Result<Edit> removeAction(const WorkshopData &data, const QUuid &actionId)
{
    return removalOf<Action>(data, actionId, tr("Delete action"), tr("That action is no longer in the workshop."));
}

Result<Edit> addFeedback(const WorkshopData &data, Feedback feedback)
{
    if (auto ok = checkFeedback(data, feedback); !ok)
        return ok.error();
    return Edit{tr("Add feedback"), CommandId::None, {}, {RowChange::inserted(std::move(feedback))}};
}

Result<Edit> editFeedback(const WorkshopData &data, const Feedback &updated)
{
    Feedback after = updated;
    if (auto ok = checkFeedback(data, after); !ok)
        return ok.error();
    return updateOf(data, after, tr("Edit feedback"), tr("That feedback is no longer in the workshop."));
}

Result<Edit> removeFeedback(const WorkshopData &data, const QUuid &feedbackId)
{
    return removalOf<Feedback>(data, feedbackId, tr("Delete feedback"), tr("That feedback is no longer in the workshop."));
}

Result<Edit> addAttachment(const WorkshopData &data, Attachment attachment)
{
    if (attachment.data.isEmpty())
        return fail(tr("“%1” is empty: there is nothing to attach.").arg(attachment.fileName.trimmed()));
    if (auto ok = checkAttachment(data, attachment); !ok)
        return ok.error();
    return Edit{tr("Add photo %1").arg(attachment.fileName), CommandId::None, {},
                {RowChange::inserted(std::move(attachment))}};
}

Result<Edit> editAttachment(const WorkshopData &data, const Attachment &updated)
{
    const Attachment *before = data.attachments.find(updated.id);
    if (!before)
        return fail(tr("That attachment is no longer in the workshop."));
    Attachment after = updated;
    if (after.data.isNull()) {
        // The stored picture stays: so do its sizes.
        after.byteSize = before->byteSize;
        after.width = before->width;
        after.height = before->height;
        after.originalWidth = before->originalWidth;
        after.originalHeight = before->originalHeight;
    } else if (after.data.isEmpty()) {
        return fail(tr("“%1” is empty: there is nothing to attach.").arg(after.fileName.trimmed()));
    }
    if (auto ok = checkAttachment(data, after); !ok)
        return ok.error();
    return updateOf(data, after, tr("Edit photo %1").arg(after.fileName), tr("That attachment is no longer in the workshop."));
}

Result<Edit> removeAttachment(const WorkshopData &data, const QUuid &attachmentId)
{
    const Attachment *a = data.attachments.find(attachmentId);
    return removalOf<Attachment>(data, attachmentId, tr("Delete photo %1").arg(a ? a->fileName : QString()),
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
