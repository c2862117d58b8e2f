// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "share/releasenote.h"

#include "commands/edits.h"
#include "session/session.h"

namespace cg::share {

Result<void> setReleased(Session &session, const QUuid &noteId, bool released, const QString &actor)
{
    const Note *note = session.data().notes.find(noteId);
    if (note && note->released == released)
        return {};
    if (auto done = session.perform(edits::releaseNote(session.data(), noteId, released)); !done)
        return done;
    // Letting a sensitive note out is the facilitator's decision to answer for, so it is recorded
    // for good; undoing the release puts the note back out of public outputs.
    return session.record(edits::recordRelease(session.data(), noteId, released, actor, session.now()));
}

} // namespace cg::share
