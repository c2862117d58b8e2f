// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/selectionedits.h"

#include "commands/edits.h"
#include "planning/boardlayout.h"

#include <QCoreApplication>

#include <cmath>

namespace cg::selectionedits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::selectionedits", text, nullptr, n);
}

void append(Edit &combined, Edit &&part)
{
    for (RowChange &c : part.changes)
        combined.changes.push_back(std::move(c));
}

} // namespace

Result<Edit> editNotes(
    const WorkshopData &data, const QList<QUuid> &noteIds, const std::function<void(Note &)> &change)
{
    Edit combined;
    for (const QUuid &id : noteIds) {
        const Note *note = data.notes.find(id);
        if (!note)
            return fail(tr("That note is no longer on the board."));
        Note after = *note;
        change(after);
        auto edit = edits::editNote(data, after);
        if (!edit)
            return edit.error();
        if (combined.text.isEmpty())
            combined.text
                = noteIds.size() == 1 ? edit->text : tr("%1 (%n notes)", int(noteIds.size())).arg(edit->text);
        append(combined, std::move(*edit));
    }
    return combined;
}

Result<Edit> addVotes(const WorkshopData &data, const QList<QUuid> &noteIds, const QUuid &themeId)
{
    Edit combined { noteIds.size() > 1 ? tr("Add a vote to %n notes", int(noteIds.size())) : tr("Add a vote"),
        CommandId::None, {}, {} };
    const QList<QUuid> targets = noteIds.isEmpty() && !themeId.isNull() ? QList<QUuid> { themeId } : noteIds;
    for (const QUuid &target : targets) {
        Vote vote;
        vote.id = newId();
        (noteIds.isEmpty() ? vote.themeId : vote.noteId) = target;
        auto edit = edits::addVote(data, vote);
        if (!edit)
            return edit.error();
        append(combined, std::move(*edit));
    }
    return combined;
}

Result<Edit> removeLatestVotes(const WorkshopData &data, const QList<QUuid> &targets,
    const std::function<QList<QUuid>(const QUuid &)> &votesOn)
{
    Edit combined { tr("Remove a vote"), CommandId::None, {}, {} };
    for (const QUuid &target : targets) {
        const Vote *latest = nullptr;
        for (const QUuid &id : votesOn(target)) {
            const Vote *v = data.votes.find(id);
            if (v && !v->onPaper && (!latest || v->created >= latest->created))
                latest = v;
        }
        if (!latest)
            continue;
        if (latest->count > 1) {
            Vote after = *latest;
            after.count -= 1;
            combined.changes.push_back(RowChange::updated(*latest, after));
            continue;
        }
        auto edit = edits::removeVote(data, latest->id);
        if (!edit)
            return edit.error();
        append(combined, std::move(*edit));
    }
    return combined;
}

Result<Edit> setPaperVotes(const WorkshopData &data, const QHash<QUuid, int> &counts)
{
    Edit combined { tr("Enter paper votes"), CommandId::None, {}, {} };
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        auto edit = edits::setPaperVotes(data, it.key(), it.value());
        if (!edit)
            return edit.error();
        append(combined, std::move(*edit));
    }
    return combined;
}

bool readingOrder(const Note &a, const Note &b)
{
    return cg::readingOrder(a, b);
}

const Note *nearestInDirection(const std::vector<const Note *> &notes, const Note &from, int dx, int dy)
{
    const QPointF origin = from.rect().center();
    const Note *best = nullptr;
    double bestScore = 0;
    for (const Note *note : notes) {
        if (note->id == from.id)
            continue;
        const QPointF d = note->rect().center() - origin;
        const double along = d.x() * dx + d.y() * dy;
        const double across = dx != 0 ? d.y() : d.x();
        if (along <= 1)
            continue;
        const double score = along + 2.5 * std::abs(across);
        if (!best || score < bestScore) {
            best = note;
            bestScore = score;
        }
    }
    return best;
}

} // namespace cg::selectionedits
