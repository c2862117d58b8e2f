// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/writecommand.h"

#include "session/session.h"

namespace cg {

WriteCommand::WriteCommand(Session *session, Edit edit)
    : QUndoCommand(edit.text)
    , m_session(session)
    , m_edit(std::move(edit))
{
}

void WriteCommand::redo()
{
    if (!m_session->applyChanges(m_edit.changes, true))
        setObsolete(true);
}

void WriteCommand::undo()
{
    if (!m_session->applyChanges(m_edit.changes, false))
        setObsolete(true);
}

bool WriteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const WriteCommand *>(other);
    if (!next || next->m_edit.id != m_edit.id || next->m_edit.mergeKey != m_edit.mergeKey || m_edit.mergeKey.isEmpty())
        return false;
    // Only pure updates merge: keep our `before`, take their `after`.
    auto isUpdate = [](const RowChange &c) { return c.before && c.after; };
    if (!std::all_of(m_edit.changes.begin(), m_edit.changes.end(), isUpdate)
        || !std::all_of(next->m_edit.changes.begin(), next->m_edit.changes.end(), isUpdate))
        return false;
    for (const RowChange &change : next->m_edit.changes) {
        auto mine = std::find_if(m_edit.changes.begin(), m_edit.changes.end(), [&](const RowChange &c) {
            return c.entity() == change.entity() && c.id() == change.id();
        });
        if (mine != m_edit.changes.end())
            mine->after = change.after;
        else
            m_edit.changes.push_back(change);
    }
    return true;
}

} // namespace cg
