// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/boardsmodel.h"

#include "models/listtext.h"
#include "session/session.h"

#include <algorithm>
#include <tuple>

namespace cg {

BoardsModel::BoardsModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Board, parent)
{
    load();
}

QList<QUuid> BoardsModel::orderedIds() const
{
    const WorkshopData &data = workshopData();
    // Boards not tied to an agenda item or group go last within their level.
    auto key = [&](const Board *board) {
        const AgendaItem *item = data.agendaItems.find(board->agendaItemId);
        const Group *group = data.groups.find(board->groupId);
        return std::make_tuple(item ? item->position : INT_MAX, group ? group->position : INT_MAX,
            board->position, board->created);
    };
    std::vector<const Board *> boards;
    for (const Board &board : data.boards)
        boards.push_back(&board);
    std::stable_sort(
        boards.begin(), boards.end(), [&](const Board *a, const Board *b) { return key(a) < key(b); });
    QList<QUuid> ids;
    for (const Board *board : boards)
        ids << board->id;
    return ids;
}

QStringList BoardsModel::headers() const
{
    return { tr("Board"), tr("Kind"), tr("Agenda item"), tr("Group"), tr("Notes"), tr("Themes"),
        tr("Votes") };
}

QVariant BoardsModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Board *board = data.boards.find(id);
    if (!board)
        return {};
    if (role == Qt::TextAlignmentRole && column >= Notes)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Title)
        return board->prompt;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Title:
        return board->title;
    case Kind:
        return sentenceCase(enumWords(board->kind));
    case AgendaItemColumn: {
        const AgendaItem *item = data.agendaItems.find(board->agendaItemId);
        return item ? item->title : QString();
    }
    case GroupColumn: {
        const Group *group = data.groups.find(board->groupId);
        return group ? group->name : QString();
    }
    case Notes:
        return int(std::count_if(
            data.notes.begin(), data.notes.end(), [&](const Note &note) { return note.boardId == id; }));
    case Themes:
        return int(std::count_if(
            data.themes.begin(), data.themes.end(), [&](const Theme &theme) { return theme.boardId == id; }));
    case Votes: {
        int dots = 0;
        for (const Vote &vote : data.votes) {
            const Note *note = data.notes.find(vote.noteId);
            const Theme *theme = data.themes.find(vote.themeId);
            if ((note && note->boardId == id) || (theme && theme->boardId == id))
                dots += vote.count;
        }
        return dots;
    }
    default:
        return {};
    }
}

bool BoardsModel::dependsOn(Entity entity) const
{
    switch (entity) {
    case Entity::Note:
    case Entity::Theme:
    case Entity::Vote:
    case Entity::Group:
    case Entity::AgendaItem:
        return true;
    default:
        return false;
    }
}

} // namespace cg
