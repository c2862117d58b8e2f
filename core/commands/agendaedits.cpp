// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Planning the agenda: items in place, boards linked to items, a board for each group.
#include "commands/edits.h"

#include "planning/agenda.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cg::edits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::edits", text, nullptr, n);
}

int nextBoardPosition(const WorkshopData &data)
{
    int last = -1;
    for (const Board &b : data.boards)
        last = std::max(last, b.position);
    return last + 1;
}

} // namespace

Result<Edit> insertAgendaItem(const WorkshopData &data, AgendaItem item, int index)
{
    item.title = item.title.trimmed();
    if (item.title.isEmpty())
        return fail(tr("An agenda item needs a title."));
    if (item.plannedMinutes < 0 || item.plannedMinutes > agenda::maxItemMinutes)
        return fail(tr("An agenda item lasts from 0 minutes to a whole day."));
    if (int(data.agendaItems.size()) >= agenda::maxItems)
        return fail(tr("An agenda holds at most %1 items.").arg(agenda::maxItems));
    if (item.id.isNull())
        item.id = newId();
    if (data.agendaItems.contains(item.id))
        return fail(tr("That agenda item is already in the workshop."));
    std::vector<const AgendaItem *> ordered = agenda::inOrder(data);
    index = index < 0 || index > int(ordered.size()) ? int(ordered.size()) : index;
    Edit edit { tr("Add agenda item %1").arg(item.title), CommandId::None, {}, {} };
    // Renumber everything from the insertion point on, so positions stay 0, 1, 2, ...
    for (int i = 0; i < int(ordered.size()); ++i) {
        const int wanted = i < index ? i : i + 1;
        if (ordered[std::size_t(i)]->position != wanted) {
            AgendaItem after = *ordered[std::size_t(i)];
            after.position = wanted;
            edit.changes.push_back(RowChange::updated(*ordered[std::size_t(i)], after));
        }
    }
    item.position = index;
    edit.changes.push_back(RowChange::inserted(std::move(item)));
    return edit;
}

Result<Edit> linkBoards(const WorkshopData &data, const QUuid &itemId, const QList<QUuid> &boardIds)
{
    const AgendaItem *item = data.agendaItems.find(itemId);
    if (!item)
        return fail(tr("That agenda item is no longer in the workshop."));
    const QSet<QUuid> wanted(boardIds.begin(), boardIds.end());
    for (const QUuid &id : wanted)
        if (!data.boards.contains(id))
            return fail(tr("That board is no longer in the workshop."));
    Edit edit { tr("Change the boards of %1").arg(item->title), CommandId::None, {}, {} };
    for (const Board &b : data.boards) {
        const bool linked = b.agendaItemId == itemId;
        if (linked == wanted.contains(b.id))
            continue;
        Board after = b;
        after.agendaItemId = linked ? QUuid() : itemId;
        edit.changes.push_back(RowChange::updated(b, after));
    }
    return edit;
}

Result<Edit> addGroupBoards(const WorkshopData &data, const QUuid &itemId)
{
    const AgendaItem *item = data.agendaItems.find(itemId);
    if (!item)
        return fail(tr("That agenda item is no longer in the workshop."));
    std::vector<const Group *> groups;
    for (const Group &g : data.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(),
        [](const Group *a, const Group *b) { return a->position < b->position; });
    Edit edit { tr("Make a board for each group"), CommandId::None, {}, {} };
    int position = nextBoardPosition(data);
    for (const Group *g : groups) {
        const bool has = std::any_of(data.boards.begin(), data.boards.end(),
            [&](const Board &b) { return b.groupId == g->id && b.agendaItemId == itemId; });
        if (has)
            continue;
        Board board;
        board.id = newId();
        // "Table 1 — Leaving hospital": the table reads first, since that is how a room is found.
        board.title = tr("%1 — %2").arg(g->name, item->title);
        board.kind = BoardKind::Breakout;
        board.groupId = g->id;
        board.agendaItemId = itemId;
        board.prompt = item->prompt;
        board.position = position++;
        edit.changes.push_back(RowChange::inserted(std::move(board)));
    }
    return edit;
}

} // namespace cg::edits
