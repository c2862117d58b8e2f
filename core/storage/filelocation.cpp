// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/filelocation.h"

#include "platform/platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cg::filelocation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::filelocation", text);
}

struct Service
{
    const char *name;       // as people know it
    const char *folders[4]; // folder names (case-insensitive) or prefixes ending in '*'
};

// The folder names each service's desktop client makes, as installed by default (OneDrive for
// work or school adds " - Organisation"; GNOME's online accounts mount Google Drive under gvfs).
constexpr Service services[] = {
    { "OneDrive", { "OneDrive", "OneDrive - *", "OneDrive-*", nullptr } },
    { "Dropbox", { "Dropbox", "Dropbox (*", nullptr, nullptr } },
    { "Google Drive", { "Google Drive", "GoogleDrive", "google-drive:*", "My Drive" } },
    { "iCloud Drive", { "iCloud Drive", "iCloudDrive", "Mobile Documents", nullptr } },
    { "Nextcloud", { "Nextcloud", nullptr, nullptr, nullptr } },
    { "ownCloud", { "ownCloud", nullptr, nullptr, nullptr } },
    { "pCloud", { "pCloudDrive", "pCloud Drive", nullptr, nullptr } },
    { "MEGA", { "MEGA", "MEGAsync", nullptr, nullptr } },
    { "Box", { "Box", "Box Sync", nullptr, nullptr } },
    { "Syncthing", { "Sync", nullptr, nullptr, nullptr } },
};

bool folderMatches(const QString &folder, const char *pattern)
{
    const QString want = QString::fromUtf8(pattern);
    if (want.endsWith(QLatin1Char('*')))
        return folder.startsWith(want.chopped(1), Qt::CaseInsensitive);
    return folder.compare(want, Qt::CaseInsensitive) == 0;
}

} // namespace

QString syncService(const QString &path)
{
    // The folders only: a file called "dropbox-notes.cgw" in Documents is in no sync folder.
    const QString folder = QDir::cleanPath(QFileInfo(path).absolutePath());
    const QStringList parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const Service &service : services) {
            for (const char *pattern : service.folders) {
                if (pattern && folderMatches(part, pattern))
                    return QString::fromUtf8(service.name);
            }
        }
    }
    return {};
}

QString risk(const QString &path)
{
    if (const QString service = syncService(path); !service.isEmpty()) {
        return tr("This workshop is in a %1 folder. %1 can copy the file while a change is half "
                  "written, makes conflicting copies when it is changed on two laptops, and keeps "
                  "people's details on its own computers. Keep workshops in a folder on this "
                  "laptop (such as Documents), and use File → Hand Over Securely… to pass one on.")
            .arg(service);
    }
    if (const QString network = platform::networkFileSystem(path); !network.isEmpty()) {
        return tr("This workshop is on a network or remote drive (%1). If the connection drops in "
                  "the middle of a change the file can be damaged, and the lock that keeps a second "
                  "laptop out may not hold. Copy it to this laptop, work on the copy, and copy it "
                  "back afterwards.")
            .arg(network);
    }
    return {};
}

} // namespace cg::filelocation
