// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Where a workshop file is kept, and why some places are a risk for it. A sync service (OneDrive,
/// Dropbox, Google Drive, …) uploads whatever is in its folder, including a file half-way through
/// a change, makes conflicting copies when two laptops change it, and puts people's details on
/// the service's computers; a network drive can drop in the middle of a write and may not honour
/// the lock that keeps a second laptop out. The app and the command line warn with the reason.
namespace cg::filelocation {

/// The sync service whose folder holds \a path, judged by the names of the folders on the way to
/// it ("OneDrive", "Dropbox", "Google Drive", …), or empty.
QString syncService(const QString &path);

/// A warning for the facilitator about keeping a workshop at \a path, or empty when it is a
/// folder on this computer that no sync service looks after.
QString risk(const QString &path);

} // namespace cg::filelocation
