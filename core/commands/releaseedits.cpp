// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Releasing a sensitive note for public outputs (consent rule 6), one note at a time.
#include "commands/edits.h"

#include <QCoreApplication>

namespace cg::edits {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::edits", text);
}

} // namespace

Result<Edit> releaseNote(const WorkshopData &data, const QUuid &noteId, bool released)
{
    const Note *note = data.notes.find(noteId);
    if (!note)
        return fail(tr("That note is no longer on its board."));
    if (!note->sensitive)
        return fail(tr("Only a note marked sensitive is held back from public outputs; this one is not."));
    Edit edit { released ? tr("Release note for public outputs") : tr("Hold note back from public outputs"),
        CommandId::None, {}, {} };
    if (note->released != released) {
        Note after = *note;
        after.released = released;
        edit.changes.push_back(RowChange::updated(*note, after));
    }
    return edit;
}

Result<Edit> recordRelease(
    const WorkshopData &data, const QUuid &noteId, bool released, const QString &actor, const QDateTime &now)
{
    const Note *note = data.notes.find(noteId);
    if (!note)
        return fail(tr("That note is no longer on its board."));
    const Board *board = data.boards.find(note->boardId);
    const QString where = board ? board->title : tr("a board");
    AuditEvent event;
    event.id = newId();
    event.at = now;
    event.kind = QStringLiteral("release");
    // Where, never what: the audit trail must not hold a sensitive note's words.
    event.summary = released ? tr("A sensitive note on “%1” was released for public outputs.").arg(where)
                             : tr("A sensitive note on “%1” was held back from public outputs again.").arg(where);
    event.actor = actor.trimmed();
    return appendAudit(data, std::move(event));
}

} // namespace cg::edits
