// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/boardsmodel.h"

#include "commands/edits.h"
#include "models/listtext.h"
#include "session/session.h"


namespace cg {

BoardsModel::BoardsModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Board, parent)
{
    load();
}

QList<QUuid> BoardsModel::orderedIds() const
{
    // The facilitator's order (the day's order, as they set it in the navigator).
    return edits::boardOrder(workshopData());
}

QStringList BoardsModel::headers() const
{
    return { tr("Board"), tr("Kind"), tr("Group"), tr("Notes"), tr("Themes"), tr("Votes"), tr("Agenda item") };
}

const BoardsModel::Counts &BoardsModel::countsFor(const QUuid &board) const
{
    if (m_counts.isEmpty()) {
        // One pass over notes, themes and votes for every board, instead of one per cell.
        const WorkshopData &data = workshopData();
        m_counts.insert(QUuid(), Counts{}); // marks the cache as built, even with no boards
        for (const Note &note : data.notes)
            ++m_counts[note.boardId].notes;
        for (const Theme &theme : data.themes)
            ++m_counts[theme.boardId].themes;
        for (const Vote &vote : data.votes) {
            QUuid target;
            if (const Note *note = data.notes.find(vote.noteId))
                target = note->boardId;
            else if (const Theme *theme = data.themes.find(vote.themeId))
                target = theme->boardId;
            if (!target.isNull())
                m_counts[target].dots += vote.count;
        }
    }
    static const Counts none;
    auto it = m_counts.constFind(board);
    return it == m_counts.constEnd() ? none : *it;
}

QVariant BoardsModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Board *board = data.boards.find(id);
    if (!board)
        return {};
    if (role == Qt::TextAlignmentRole && column >= Notes && column <= Votes)
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
        return countsFor(id).notes;
    case Themes:
        return countsFor(id).themes;
    case Votes:
        return countsFor(id).dots;
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
