// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace cg::journal {

/// What is beside a workshop file in its rollback journal (`NAME.cgw-journal`).
///
/// A crash or power cut in the middle of a change leaves a "hot" journal: the original pages of
/// what was being changed, which SQLite copies back the next time the file is opened for writing.
/// Copying files around (a USB stick, a cloud folder) can also leave a journal beside a file it
/// does not belong to; SQLite cannot tell, and applying such a journal writes another file's
/// pages into this one. So before SQLite sees a journal, Common Ground looks at it itself.
struct Inspection
{
    enum class State {
        None,    ///< no journal, an empty one, or one whose change had finished: nothing to undo
        Hot,     ///< an unfinished change of this file, to be undone
        Foreign, ///< a journal that does not belong to this file: never to be applied
        Live,    ///< another program is writing the file right now
    };
    State state = State::None;
    QString reason; ///< for Foreign: why it was judged not to belong (for the notice and check)
};

QString journalPath(const QString &databasePath);

/// Looks at the journal beside \a databasePath without changing anything. A journal belongs to
/// the file when the copy of page 1 it holds (if any) is from just before the interrupted change
/// (the file's change counter equals, or is one more than, the one in the journal's copy), and
/// undoing it in a private copy gives a sound workshop with the same identity as the file.
Inspection inspect(const QString &databasePath);

/// Copies the file and its journal into \a folder and lets SQLite undo the unfinished change
/// there, leaving the original untouched (for read-only opens and `check`). Returns the path of
/// the recovered copy.
Result<QString> recoverCopy(const QString &databasePath, const QString &folder);

/// Copies the file alone (without its journal) into \a folder, for reading a file whose journal
/// does not belong to it without ever applying that journal.
Result<QString> copyWithoutJournal(const QString &databasePath, const QString &folder);

/// Moves a journal that does not belong to the file out of SQLite's way, keeping it: renamed to
/// `NAME.cgw-journal.set-aside-YYYYMMDD-HHMMSS`. Returns the new name.
Result<QString> setAside(const QString &databasePath);

} // namespace cg::journal
