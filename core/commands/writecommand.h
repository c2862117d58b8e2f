// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"

#include <QUndoCommand>

namespace cg {

class Session;

/// The one QUndoCommand of Common Ground: it carries an Edit (typed row changes built by the
/// functions in commands/*.h) and writes it through the Session. Because redo applies exactly
/// the `after` rows and undo exactly the `before` rows, undo followed by redo leaves the file
/// with the same rows by construction.
///
/// When a write fails (disk full, file gone), the command marks itself obsolete so the undo
/// stack drops it, and the Session reports the error.
class WriteCommand : public QUndoCommand
{
public:
    WriteCommand(Session *session, Edit edit);

    void redo() override;
    void undo() override;
    int id() const override { return int(m_edit.id); }
    bool mergeWith(const QUndoCommand *other) override;

    const Edit &edit() const { return m_edit; }

private:
    Session *m_session;
    Edit m_edit;
};

} // namespace cg
