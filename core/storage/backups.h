// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace cg {
class Database;
}

/// Rolling backups of a workshop: consistent snapshots (SQLite's VACUUM INTO) kept in a hidden
/// folder beside the file, `.NAME.backups/`, readable by the owner only. The app takes one when it
/// opens a workshop that changed since the newest backup, keeps the last few, and offers them
/// under File → Restore from Backup…. A withdrawal or a purge removes them all (Session), since a
/// backup would otherwise keep words that were deleted for good.
namespace cg::backups {

/// How many backups the app keeps unless the facilitator chooses otherwise.
inline constexpr int defaultKeep = 5;
/// The most it will keep (each is a full copy of the workshop).
inline constexpr int maxKeep = 50;

struct Backup
{
    QString path;
    QDateTime taken; ///< when the snapshot was taken (local time)
    qint64 bytes = 0;
};

/// The folder that holds \a workshopPath's backups (it may not exist).
QString folderFor(const QString &workshopPath);

/// \a workshopPath's backups, newest first. Files in the folder that are not backups (a draft
/// left by a killed run) are not listed.
std::vector<Backup> list(const QString &workshopPath);

/// Takes a snapshot of \a db (the workshop at \a workshopPath) unless the newest backup is at
/// least as new as the file, then removes all but the newest \a keep. Returns the new backup's
/// path, or an empty string when none was needed. \a keep of 0 takes none and keeps none.
Result<QString> take(Database &db, const QString &workshopPath, int keep);

/// Removes every backup of \a workshopPath and the folder. False (with the reason) when a file
/// could not be removed.
Result<void> removeAll(const QString &workshopPath);

} // namespace cg::backups
