// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QString>

#include <optional>
#include <vector>

namespace cg {

/// Ids of the kinds of command that can merge with the next one of the same kind (typing into a
/// note, nudging a selection). Everything else is CommandId::None and never merges.
enum class CommandId {
    None = -1,
    EditWorkshop = 1,
    EditParticipant,
    EditNote,
    NudgeNotes,
    EditTheme,
    EditAgendaItem,
    EditGroup,
    EditBoard,
    EditPayment,
};

/// The merge key of an edit that concerns one row.
inline QString uuidKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// One row's change: insert (no before), update (both) or remove (no after).
struct RowChange
{
    std::optional<AnyRecord> before;
    std::optional<AnyRecord> after;

    static RowChange inserted(AnyRecord row) { return {std::nullopt, std::move(row)}; }
    static RowChange updated(AnyRecord before, AnyRecord after) { return {std::move(before), std::move(after)}; }
    static RowChange removed(AnyRecord row) { return {std::move(row), std::nullopt}; }

    Entity entity() const { return entityOf(after ? *after : *before); }
    QUuid id() const { return idOf(after ? *after : *before); }
};

/// A described set of row changes that is applied, and undone, as one step in one transaction.
/// Changes apply in order (so dependants come after what they depend on when inserting, and
/// before it when removing); undo applies the inverse in reverse order.
struct Edit
{
    QString text;          // "Add note", shown by Undo/Redo
    CommandId id = CommandId::None;
    QString mergeKey;      // edits of the same id and key merge (e.g. the note being typed into)
    std::vector<RowChange> changes;

    bool isEmpty() const { return changes.empty(); }
};

} // namespace cg
