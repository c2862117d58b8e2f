// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of boards, notes, themes and votes.
#include "commands/edits.h"

#include "model/limits.h"
#include "planning/boardlayout.h"
#include "planning/placement.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cg::edits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::edits", text, nullptr, n);
}

/// Appends the changes that take notes off the workshop: their votes, their links from actions,
/// then the notes themselves.
void appendNoteRemovals(const WorkshopData &data, const QSet<QUuid> &ids, Edit &edit)
{
    for (const Vote &v : data.votes)
        if (!v.noteId.isNull() && ids.contains(v.noteId))
            edit.changes.push_back(RowChange::removed(v));
    for (const Action &a : data.actions) {
        Action after = a;
        after.noteIds.removeIf([&](const QUuid &id) { return ids.contains(id); });
        if (after.noteIds.size() != a.noteIds.size())
            edit.changes.push_back(RowChange::updated(a, after));
    }
    // Cross-board themes let go of the notes before the notes go (undo puts them back after).
    for (const Theme &t : data.themes) {
        if (t.noteIds.isEmpty())
            continue;
        Theme after = t;
        after.noteIds.removeIf([&](const QUuid &id) { return ids.contains(id); });
        if (after.noteIds.size() != t.noteIds.size())
            edit.changes.push_back(RowChange::updated(t, after));
    }
    for (const Note &n : data.notes)
        if (ids.contains(n.id))
            edit.changes.push_back(RowChange::removed(n));
}

Result<void> checkNote(const WorkshopData &data, Note &note)
{
    if (!data.boards.contains(note.boardId))
        return fail(QCoreApplication::translate("cg::edits", "That board is no longer in the workshop."));
    if (note.text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("cg::edits", "A note needs some words on it."));
    if (note.authorKind == AuthorKind::Anonymous)
        note.authorId = QUuid();
    if (note.authorKind == AuthorKind::Participant && note.authorId.isNull())
        return fail(QCoreApplication::translate("cg::edits", "Choose who said this, or make the note anonymous."));
    if (!note.authorId.isNull() && !data.participants.contains(note.authorId))
        return fail(QCoreApplication::translate("cg::edits", "The author of this note is not in the workshop."));
    if (!note.themeId.isNull() && !data.themes.contains(note.themeId))
        return fail(QCoreApplication::translate("cg::edits", "That theme is no longer in the workshop."));
    if (!(note.width > 0) || !(note.height > 0))
        return fail(QCoreApplication::translate("cg::edits", "A note must have a size."));
    if (note.text.size() > limits::maxTextLength)
        return fail(QCoreApplication::translate("cg::edits", "A note can hold up to %1 characters; this one has %2.")
                        .arg(limits::maxTextLength)
                        .arg(note.text.size()));
    if (!limits::noteSizeOk(note.width) || !limits::noteSizeOk(note.height))
        return fail(QCoreApplication::translate("cg::edits", "A note can be from %1 to %2 points wide and high.")
                        .arg(limits::minNoteSize)
                        .arg(limits::maxSize));
    // NaN means "place it for me" (addNotes); any other position must be on the board.
    const bool placed = !std::isnan(note.x) || !std::isnan(note.y);
    if (placed && (!limits::coordinateOk(note.x) || !limits::coordinateOk(note.y)))
        return fail(QCoreApplication::translate("cg::edits", "A note must stay within %1 points of the middle of its board.")
                        .arg(limits::maxCoordinate, 0, 'f', 0));
    return {};
}

/// The rows a BoardLayout changed, in an order the foreign keys accept: new themes first, then
/// changed themes, then notes (undo runs it backwards).
void appendLayout(const BoardLayout &layout, Edit &edit)
{
    for (const Theme &t : layout.addedThemes())
        edit.changes.push_back(RowChange::inserted(t));
    for (const auto &[before, after] : layout.changedThemes())
        edit.changes.push_back(RowChange::updated(before, after));
    for (const Note &n : layout.addedNotes())
        edit.changes.push_back(RowChange::inserted(n));
    for (const auto &[before, after] : layout.changedNotes())
        edit.changes.push_back(RowChange::updated(before, after));
}

/// "Move note", or what the move meant when it put notes into a theme or took them out of one.
QString describeDrop(const WorkshopData &data, const BoardLayout &layout, int moved)
{
    QSet<QUuid> joined;
    QSet<QUuid> left;
    int joining = 0;
    int leaving = 0;
    for (const auto &[before, after] : layout.changedNotes()) {
        if (before.themeId == after.themeId)
            continue;
        if (!after.themeId.isNull()) {
            joined.insert(after.themeId);
            ++joining;
        } else {
            left.insert(before.themeId);
            ++leaving;
        }
    }
    auto themeName = [&](const QUuid &id) {
        const Theme *t = layout.theme(id);
        if (!t)
            t = data.themes.find(id);
        return t ? t->name : QString();
    };
    if (joined.size() == 1 && leaving == 0)
        return (joining == 1 ? tr("Add note to “%1”") : tr("Add %n notes to “%1”", joining))
            .arg(themeName(*joined.begin()));
    if (left.size() == 1 && joining == 0)
        return (leaving == 1 ? tr("Take note out of “%1”") : tr("Take %n notes out of “%1”", leaving))
            .arg(themeName(*left.begin()));
    return moved == 1 ? tr("Move note") : tr("Move %n notes", moved);
}

/// The board all of \a noteIds are on; an error when they are on several or are gone.
Result<QUuid> boardOf(const WorkshopData &data, const QList<QUuid> &noteIds)
{
    QUuid board;
    for (const QUuid &id : noteIds) {
        const Note *n = data.notes.find(id);
        if (!n)
            return fail(tr("That note is no longer on the board."));
        if (!board.isNull() && n->boardId != board)
            return fail(tr("A theme groups notes on one board; these are on different boards."));
        board = n->boardId;
    }
    if (board.isNull())
        return fail(tr("Select the notes that belong together first."));
    return board;
}

} // namespace

namespace {

Result<void> checkBoardText(const Board &board)
{
    if (board.title.trimmed().isEmpty())
        return fail(tr("A board needs a title."));
    if (board.title.size() > 300)
        return fail(tr("A board's title can be up to 300 characters; put the rest in its prompt."));
    if (board.prompt.size() > 5000)
        return fail(tr("A board's prompt can be up to 5,000 characters."));
    return {};
}

} // namespace

Result<Edit> addBoard(const WorkshopData &data, Board board)
{
    board.title = board.title.trimmed();
    if (auto ok = checkBoardText(board); !ok)
        return ok.error();
    if (!board.groupId.isNull() && !data.groups.contains(board.groupId))
        return fail(tr("That group is no longer in the workshop."));
    if (!board.agendaItemId.isNull() && !data.agendaItems.contains(board.agendaItemId))
        return fail(tr("That agenda item is no longer in the workshop."));
    int last = -1;
    for (const Board &b : data.boards)
        last = std::max(last, b.position);
    board.position = last + 1;
    return Edit{tr("Add board %1").arg(board.title), CommandId::None, {}, {RowChange::inserted(std::move(board))}};
}

Result<Edit> editBoard(const WorkshopData &data, const Board &updated)
{
    const Board *before = data.boards.find(updated.id);
    if (!before)
        return fail(tr("That board is no longer in the workshop."));
    if (auto ok = checkBoardText(updated); !ok)
        return ok.error();
    if (!updated.groupId.isNull() && !data.groups.contains(updated.groupId))
        return fail(tr("That group is no longer in the workshop."));
    if (!updated.agendaItemId.isNull() && !data.agendaItems.contains(updated.agendaItemId))
        return fail(tr("That agenda item is no longer in the workshop."));
    Edit edit{tr("Edit board %1").arg(updated.title), CommandId::EditBoard, uuidKey(updated.id), {}};
    if (!(updated == *before))
        edit.changes.push_back(RowChange::updated(*before, updated));
    return edit;
}

Result<Edit> removeBoard(const WorkshopData &data, const QUuid &boardId)
{
    const Board *board = data.boards.find(boardId);
    if (!board)
        return fail(tr("That board is no longer in the workshop."));
    Edit edit{tr("Remove board %1").arg(board->title), CommandId::None, {}, {}};
    QSet<QUuid> notes;
    QSet<QUuid> themes;
    for (const Note &n : data.notes)
        if (n.boardId == boardId)
            notes.insert(n.id);
    for (const Theme &t : data.themes)
        if (t.boardId == boardId)
            themes.insert(t.id);
    // Votes on the board's themes, actions pointing at its themes or notes.
    for (const Vote &v : data.votes)
        if (!v.themeId.isNull() && themes.contains(v.themeId))
            edit.changes.push_back(RowChange::removed(v));
    for (const Action &a : data.actions) {
        if (!a.themeId.isNull() && themes.contains(a.themeId)) {
            Action after = a;
            after.themeId = QUuid();
            after.noteIds.removeIf([&](const QUuid &id) { return notes.contains(id); });
            edit.changes.push_back(RowChange::updated(a, after));
        }
    }
    WorkshopData const *view = &data;
    // Action note links for actions not already updated above.
    Edit noteEdit;
    appendNoteRemovals(*view, notes, noteEdit);
    for (RowChange &change : noteEdit.changes) {
        if (change.entity() == Entity::Action) {
            const Action &a = std::get<Action>(*change.before);
            if (!a.themeId.isNull() && themes.contains(a.themeId))
                continue; // handled with the theme above
        }
        edit.changes.push_back(std::move(change));
    }
    for (const Theme &t : data.themes)
        if (themes.contains(t.id))
            edit.changes.push_back(RowChange::removed(t));
    for (const Attachment &a : data.attachments) {
        if (a.boardId == boardId) {
            Attachment after = a;
            after.boardId = QUuid();
            edit.changes.push_back(RowChange::updated(a, after));
        }
    }
    edit.changes.push_back(RowChange::removed(*board));
    return edit;
}

QList<QUuid> boardOrder(const WorkshopData &data)
{
    std::vector<const Board *> boards;
    boards.reserve(data.boards.size());
    for (const Board &b : data.boards)
        boards.push_back(&b);
    std::stable_sort(boards.begin(), boards.end(), [](const Board *a, const Board *b) {
        return std::tie(a->position, a->created) < std::tie(b->position, b->created);
    });
    QList<QUuid> ids;
    ids.reserve(qsizetype(boards.size()));
    for (const Board *b : boards)
        ids << b->id;
    return ids;
}

Result<Edit> moveBoard(const WorkshopData &data, const QUuid &boardId, int newIndex)
{
    const Board *board = data.boards.find(boardId);
    if (!board)
        return fail(tr("That board is no longer in the workshop."));
    QList<QUuid> order = boardOrder(data);
    order.removeOne(boardId);
    order.insert(std::clamp(newIndex, 0, int(order.size())), boardId);
    Edit edit{tr("Move board %1").arg(board->title), CommandId::None, {}, {}};
    for (int i = 0; i < int(order.size()); ++i) {
        const Board *before = data.boards.find(order.at(i));
        if (before->position == i)
            continue;
        Board after = *before;
        after.position = i;
        edit.changes.push_back(RowChange::updated(*before, after));
    }
    return edit;
}

BoardContents boardContents(const WorkshopData &data, const QUuid &boardId)
{
    BoardContents contents;
    QSet<QUuid> notes;
    QSet<QUuid> themes;
    for (const Note &n : data.notes) {
        if (n.boardId == boardId) {
            notes.insert(n.id);
            ++contents.notes;
        }
    }
    for (const Theme &t : data.themes) {
        if (t.boardId == boardId && !boardId.isNull()) {
            themes.insert(t.id);
            ++contents.themes;
        }
    }
    for (const Vote &v : data.votes)
        if (notes.contains(v.noteId) || themes.contains(v.themeId))
            contents.votes += v.count;
    for (const Attachment &a : data.attachments)
        if (a.boardId == boardId && !boardId.isNull())
            ++contents.photos;
    return contents;
}

Result<Edit> addNotes(const WorkshopData &data, std::vector<Note> notes)
{
    Edit edit{notes.size() == 1 ? tr("Add note") : tr("Add %n notes", int(notes.size())), CommandId::None, {}, {}};
    // Auto-placed notes must not land on each other either: place them against a scratch copy of
    // the board that includes the ones placed so far.
    WorkshopData scratch;
    bool needsScratch = std::any_of(notes.begin(), notes.end(), [](const Note &n) { return std::isnan(n.x) || std::isnan(n.y); });
    if (needsScratch) {
        for (const Note &n : data.notes)
            if (std::any_of(notes.begin(), notes.end(), [&](const Note &m) { return m.boardId == n.boardId; }))
                scratch.notes.insert(n);
        for (const Theme &t : data.themes)
            scratch.themes.insert(t);
    }
    for (Note &note : notes) {
        if (note.id.isNull())
            note.id = newId();
        if (auto ok = checkNote(data, note); !ok)
            return ok.error();
        if (std::isnan(note.x) || std::isnan(note.y)) {
            const QPointF spot = placement::nextFreePosition(scratch, note.boardId, {note.width, note.height});
            note.x = spot.x();
            note.y = spot.y();
        }
        if (needsScratch)
            scratch.notes.insert(note);
        edit.changes.push_back(RowChange::inserted(note));
    }
    return edit;
}

Result<Edit> addNoteOnNewBoard(const WorkshopData &data, Board board, Note note)
{
    if (board.id.isNull())
        board.id = newId();
    auto edit = addBoard(data, board);
    if (!edit)
        return edit;
    // The note is checked and placed against a scratch copy that has the new board (empty, so
    // no notes are needed), so a note that fails leaves no board behind: one edit, one write.
    WorkshopData scratch;
    scratch.boards = data.boards;
    scratch.participants = data.participants;
    scratch.themes = data.themes;
    const Board &added = std::get<Board>(*edit->changes.front().after);
    scratch.boards.insert(added);
    note.boardId = added.id;
    auto noteEdit = addNote(scratch, std::move(note));
    if (!noteEdit)
        return noteEdit.error();
    edit->text = tr("Add note on new board %1").arg(added.title);
    for (RowChange &change : noteEdit->changes)
        edit->changes.push_back(std::move(change));
    return edit;
}

Result<Edit> addNote(const WorkshopData &data, Note note)
{
    std::vector<Note> one;
    one.push_back(std::move(note));
    return addNotes(data, std::move(one));
}

Result<Edit> editNote(const WorkshopData &data, const Note &updated)
{
    const Note *before = data.notes.find(updated.id);
    if (!before)
        return fail(tr("That note is no longer on the board."));
    Note after = updated;
    if (auto ok = checkNote(data, after); !ok)
        return ok.error();
    QString text = tr("Edit note");
    if (after.text == before->text) {
        if (after.colour != before->colour)
            text = tr("Change note colour");
        else if (after.verbatim != before->verbatim)
            text = after.verbatim ? tr("Mark note as a quote") : tr("Unmark note as a quote");
        else if (after.sensitive != before->sensitive)
            text = after.sensitive ? tr("Mark note as sensitive") : tr("Unmark note as sensitive");
        else if (after.authorKind != before->authorKind || after.authorId != before->authorId)
            text = tr("Change note author");
    }
    Edit edit{text, CommandId::EditNote, uuidKey(after.id), {}};
    if (!(after == *before))
        edit.changes.push_back(RowChange::updated(*before, after));
    return edit;
}

Result<Edit> moveNotes(const WorkshopData &data, const std::vector<std::pair<QUuid, QPointF>> &positions)
{
    Edit edit{positions.size() == 1 ? tr("Move note") : tr("Move %n notes", int(positions.size())), CommandId::None, {}, {}};
    for (const auto &[id, pos] : positions) {
        const Note *before = data.notes.find(id);
        if (!before)
            return fail(tr("That note is no longer on the board."));
        if (!std::isfinite(pos.x()) || !std::isfinite(pos.y()))
            return fail(tr("A note cannot be moved off the board."));
        if (before->x == pos.x() && before->y == pos.y())
            continue;
        Note after = *before;
        after.x = pos.x();
        after.y = pos.y();
        edit.changes.push_back(RowChange::updated(*before, after));
    }
    return edit;
}

Result<Edit> nudgeNotes(const WorkshopData &data, const QList<QUuid> &noteIds, QPointF offset)
{
    std::vector<std::pair<QUuid, QPointF>> positions;
    QStringList keys;
    for (const QUuid &id : noteIds) {
        const Note *n = data.notes.find(id);
        if (!n)
            return fail(tr("That note is no longer on the board."));
        positions.emplace_back(id, QPointF(n->x, n->y) + offset);
        keys << uuidKey(id);
    }
    auto edit = moveNotes(data, positions);
    if (edit) {
        keys.sort();
        edit->id = CommandId::NudgeNotes;
        edit->mergeKey = keys.join(QLatin1Char(','));
    }
    return edit;
}

Result<Edit> removeNotes(const WorkshopData &data, const QList<QUuid> &noteIds)
{
    QSet<QUuid> ids;
    for (const QUuid &id : noteIds) {
        if (!data.notes.contains(id))
            return fail(tr("That note is no longer on the board."));
        ids.insert(id);
    }
    Edit edit{ids.size() == 1 ? tr("Delete note") : tr("Delete %n notes", int(ids.size())), CommandId::None, {}, {}};
    appendNoteRemovals(data, ids, edit);
    return edit;
}

Result<Edit> groupAsTheme(const WorkshopData &data, const QList<QUuid> &noteIds, const QString &name)
{
    if (noteIds.isEmpty())
        return fail(tr("Select the notes that belong together first."));
    const QString themeName = name.trimmed();
    if (themeName.isEmpty())
        return fail(tr("A theme needs a name."));
    auto board = boardOf(data, noteIds);
    if (!board)
        return board.error();
    Theme theme;
    theme.id = newId();
    theme.name = themeName;
    // Alternate the two theme colours, so neighbouring themes are told apart.
    int onBoard = 0;
    for (const Theme &t : data.themes)
        onBoard += t.boardId == *board ? 1 : 0;
    theme.colour = onBoard % 2 == 0 ? NoteColour::Blue : NoteColour::Purple;
    BoardLayout layout(data, *board);
    if (auto ok = layout.group(theme, noteIds); !ok)
        return ok.error();
    const int members = int(QSet<QUuid>(noteIds.begin(), noteIds.end()).size());
    Edit edit{(members == 1 ? tr("Group note as “%1”") : tr("Group %n notes as “%1”", members)).arg(themeName),
        CommandId::None, {}, {}};
    appendLayout(layout, edit);
    return edit;
}

Result<Edit> dropNotes(const WorkshopData &data, const std::vector<std::pair<QUuid, QPointF>> &positions)
{
    QList<QUuid> ids;
    for (const auto &[id, pos] : positions)
        ids << id;
    if (ids.isEmpty())
        return Edit{tr("Move note"), CommandId::None, {}, {}};
    auto board = boardOf(data, ids);
    if (!board)
        return board.error();
    BoardLayout layout(data, *board);
    if (auto ok = layout.drop(positions, BoardLayout::Join::Centre); !ok)
        return ok.error();
    Edit edit{describeDrop(data, layout, int(ids.size())), CommandId::None, {}, {}};
    appendLayout(layout, edit);
    return edit;
}

Result<Edit> nudgeOnBoard(const WorkshopData &data, const QList<QUuid> &noteIds, QPointF offset)
{
    auto board = boardOf(data, noteIds);
    if (!board)
        return board.error();
    if (!std::isfinite(offset.x()) || !std::isfinite(offset.y()))
        return fail(tr("A note cannot be moved off the board."));
    std::vector<std::pair<QUuid, QPointF>> positions;
    QStringList keys;
    const double dx = offset.x() > 0 ? 1 : offset.x() < 0 ? -1 : 0;
    const double dy = offset.y() > 0 ? 1 : offset.y() < 0 ? -1 : 0;
    for (const QUuid &id : noteIds) {
        const Note *n = data.notes.find(id);
        QPointF to = QPointF(n->x, n->y) + offset;
        if (!n->themeId.isNull() && data.themes.contains(n->themeId)) {
            // Notes in a theme step from place to place in its rows (and out at its edge): a few
            // pixels would only put them back where the layout has them. The slight lean decides
            // which neighbour they pass.
            to = QPointF(n->x + dx * (n->width + BoardLayout::gap), n->y + dy * (n->height + BoardLayout::gap));
            to += dy != 0 ? QPointF(-1, 0) : QPointF(dx, 0);
        }
        positions.emplace_back(id, to);
        keys << uuidKey(id);
    }
    BoardLayout layout(data, *board);
    if (auto ok = layout.drop(positions, BoardLayout::Join::Touch); !ok)
        return ok.error();
    keys.sort();
    Edit edit{describeDrop(data, layout, int(noteIds.size())), CommandId::NudgeNotes, keys.join(QLatin1Char(',')), {}};
    appendLayout(layout, edit);
    return edit;
}

Result<Edit> addNoteAt(const WorkshopData &data, Note note)
{
    if (note.id.isNull())
        note.id = newId();
    note.themeId = QUuid();
    if (auto ok = checkNote(data, note); !ok)
        return ok.error();
    if (!std::isfinite(note.x) || !std::isfinite(note.y))
        return addNote(data, std::move(note));
    BoardLayout layout(data, note.boardId);
    if (auto ok = layout.add(note); !ok)
        return ok.error();
    Edit edit{tr("Add note"), CommandId::None, {}, {}};
    appendLayout(layout, edit);
    return edit;
}

Result<Edit> addToTheme(const WorkshopData &data, const QList<QUuid> &noteIds, const QUuid &themeId)
{
    const Theme *theme = data.themes.find(themeId);
    if (!theme)
        return fail(tr("That theme is no longer in the workshop."));
    auto board = boardOf(data, noteIds);
    if (!board)
        return board.error();
    if (*board != theme->boardId)
        return fail(tr("A theme groups notes on one board; these are on different boards."));
    BoardLayout layout(data, *board);
    if (auto ok = layout.addToTheme(noteIds, themeId); !ok)
        return ok.error();
    Edit edit{(noteIds.size() == 1 ? tr("Add note to “%1”") : tr("Add %n notes to “%1”", int(noteIds.size())))
                  .arg(theme->name),
        CommandId::None, {}, {}};
    appendLayout(layout, edit);
    return edit;
}

Result<Edit> takeOutOfTheme(const WorkshopData &data, const QList<QUuid> &noteIds)
{
    auto board = boardOf(data, noteIds);
    if (!board)
        return board.error();
    BoardLayout layout(data, *board);
    if (auto ok = layout.takeOut(noteIds); !ok)
        return ok.error();
    Edit edit{describeDrop(data, layout, int(noteIds.size())), CommandId::None, {}, {}};
    appendLayout(layout, edit);
    return edit;
}

Result<Edit> dropTheme(const WorkshopData &data, const QUuid &themeId, QPointF offset)
{
    const Theme *theme = data.themes.find(themeId);
    if (!theme)
        return fail(tr("That theme is no longer in the workshop."));
    BoardLayout layout(data, theme->boardId);
    if (auto ok = layout.moveTheme(themeId, offset); !ok)
        return ok.error();
    Edit edit{tr("Move theme %1").arg(theme->name), CommandId::None, {}, {}};
    appendLayout(layout, edit);
    return edit;
}

Result<Edit> editTheme(const WorkshopData &data, const Theme &updated)
{
    const Theme *before = data.themes.find(updated.id);
    if (!before)
        return fail(tr("That theme is no longer in the workshop."));
    if (updated.name.trimmed().isEmpty())
        return fail(tr("A theme needs a name."));
    Edit edit{tr("Edit theme %1").arg(updated.name), CommandId::EditTheme, uuidKey(updated.id), {}};
    if (!(updated == *before))
        edit.changes.push_back(RowChange::updated(*before, updated));
    return edit;
}

Result<Edit> moveTheme(const WorkshopData &data, const QUuid &themeId, QPointF offset)
{
    const Theme *before = data.themes.find(themeId);
    if (!before)
        return fail(tr("That theme is no longer in the workshop."));
    if (!std::isfinite(offset.x()) || !std::isfinite(offset.y()))
        return fail(tr("A theme cannot be moved off the board."));
    Edit edit{tr("Move theme %1").arg(before->name), CommandId::None, {}, {}};
    Theme after = *before;
    after.x += offset.x();
    after.y += offset.y();
    edit.changes.push_back(RowChange::updated(*before, after));
    for (const Note &n : data.notes) {
        if (n.themeId == themeId) {
            Note moved = n;
            moved.x += offset.x();
            moved.y += offset.y();
            edit.changes.push_back(RowChange::updated(n, moved));
        }
    }
    return edit;
}

Result<Edit> removeTheme(const WorkshopData &data, const QUuid &themeId)
{
    const Theme *theme = data.themes.find(themeId);
    if (!theme)
        return fail(tr("That theme is no longer in the workshop."));
    Edit edit{tr("Ungroup theme %1").arg(theme->name), CommandId::None, {}, {}};
    for (const Vote &v : data.votes)
        if (v.themeId == themeId)
            edit.changes.push_back(RowChange::removed(v));
    for (const Action &a : data.actions) {
        if (a.themeId == themeId) {
            Action after = a;
            after.themeId = QUuid();
            edit.changes.push_back(RowChange::updated(a, after));
        }
    }
    for (const Note &n : data.notes) {
        if (n.themeId == themeId) {
            Note after = n;
            after.themeId = QUuid();
            edit.changes.push_back(RowChange::updated(n, after));
        }
    }
    edit.changes.push_back(RowChange::removed(*theme));
    return edit;
}

Result<Edit> addVote(const WorkshopData &data, Vote vote)
{
    if (vote.noteId.isNull() == vote.themeId.isNull())
        return fail(tr("A vote is for one note or one theme."));
    if (!vote.noteId.isNull() && !data.notes.contains(vote.noteId))
        return fail(tr("That note is no longer on the board."));
    if (!vote.themeId.isNull() && !data.themes.contains(vote.themeId))
        return fail(tr("That theme is no longer in the workshop."));
    if (!vote.participantId.isNull() && !data.participants.contains(vote.participantId))
        return fail(tr("That person is not in this workshop."));
    if (vote.count < 1)
        return fail(tr("A vote counts at least one dot."));
    if (vote.count > limits::maxVoteCount)
        return fail(tr("A vote can count up to %1 dots.").arg(limits::maxVoteCount));
    return Edit{vote.count == 1 ? tr("Add a vote") : tr("Add %n votes", vote.count), CommandId::None, {},
                {RowChange::inserted(std::move(vote))}};
}

Result<Edit> removeVote(const WorkshopData &data, const QUuid &voteId)
{
    const Vote *vote = data.votes.find(voteId);
    if (!vote)
        return fail(tr("That vote is no longer there."));
    return Edit{tr("Remove a vote"), CommandId::None, {}, {RowChange::removed(*vote)}};
}

Result<Edit> setPaperVotes(const WorkshopData &data, const QUuid &noteId, int count)
{
    if (!data.notes.contains(noteId))
        return fail(tr("That note is no longer on the board."));
    if (count < 0)
        return fail(tr("The number of votes cannot be negative."));
    if (count > limits::maxVoteCount)
        return fail(tr("Up to %1 paper votes can be entered for one note.").arg(limits::maxVoteCount));
    Edit edit{tr("Enter %n paper votes", count), CommandId::None, {}, {}};
    const Vote *paper = nullptr;
    for (const Vote &v : data.votes) {
        if (v.noteId == noteId && v.onPaper && v.participantId.isNull()) {
            if (paper) // keep one paper tally per note
                edit.changes.push_back(RowChange::removed(v));
            else
                paper = &v;
        }
    }
    if (paper && count == 0) {
        edit.changes.push_back(RowChange::removed(*paper));
    } else if (paper && paper->count != count) {
        Vote after = *paper;
        after.count = count;
        edit.changes.push_back(RowChange::updated(*paper, after));
    } else if (!paper && count > 0) {
        Vote vote;
        vote.noteId = noteId;
        vote.count = count;
        vote.onPaper = true;
        edit.changes.push_back(RowChange::inserted(vote));
    }
    return edit;
}

int voteCount(const WorkshopData &data, const QUuid &noteId)
{
    int total = 0;
    for (const Vote &v : data.votes)
        if (v.noteId == noteId)
            total += v.count;
    return total;
}

} // namespace cg::edits
