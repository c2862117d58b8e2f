// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"

#include "platform/platform.h"
#include "storage/workshopfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace cg::backups {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::backups", text);
}

// yyyyMMdd-HHmmss-zzz.cgw: sorts by time, and two backups within a second get distinct names.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8}-\\d{6}-\\d{3})\\.cgw$"));
    return pattern;
}

QString stampFormat()
{
    return QStringLiteral("yyyyMMdd-HHmmss-zzz");
}

} // namespace

QString folderFor(const QString &workshopPath)
{
    const QFileInfo info(workshopPath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.backups").arg(info.fileName()));
}

std::vector<Backup> list(const QString &workshopPath)
{
    std::vector<Backup> found;
    const QDir dir(folderFor(workshopPath));
    if (!dir.exists())
        return found;
    const QFileInfoList entries = dir.entryInfoList({ QStringLiteral("*.cgw") }, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const auto match = namePattern().match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(match.captured(1), stampFormat());
        if (taken.isValid())
            found.push_back({ entry.absoluteFilePath(), taken, entry.size() });
    }
    std::sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) { return a.taken > b.taken; });
    return found;
}

Result<QString> take(Database &db, const QString &workshopPath, int keep)
{
    keep = std::clamp(keep, 0, maxKeep);
    if (keep == 0)
        return QString();
    const QString folder = folderFor(workshopPath);
    const std::vector<Backup> existing = list(workshopPath);
    const QDateTime changed = QFileInfo(workshopPath).lastModified();
    if (!existing.empty() && QFileInfo(existing.front().path).lastModified() >= changed)
        return QString(); // nothing new since the newest backup
    if (!QDir().mkpath(folder))
        return fail(tr("The backup folder %1 could not be made.").arg(QDir::toNativeSeparators(folder)));
    platform::restrictFolderToOwner(folder);
    QString name = QDateTime::currentDateTime().toString(stampFormat()) + QStringLiteral(".cgw");
    const QString path = QDir(folder).filePath(name);
    if (QFileInfo::exists(path))
        return QString(); // one this very millisecond already
    if (auto copied = workshopfile::saveCopy(db, path); !copied)
        return fail(tr("A backup could not be taken: %1").arg(copied.message()));
    platform::restrictToOwner(path);
    // The oldest go once there are more than asked for.
    std::vector<Backup> all = list(workshopPath);
    for (std::size_t i = std::size_t(keep); i < all.size(); ++i)
        QFile::remove(all[i].path);
    return path;
}

Result<void> removeAll(const QString &workshopPath)
{
    const QString folder = folderFor(workshopPath);
    QDir dir(folder);
    if (!dir.exists())
        return {};
    QStringList left;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (!QFile::remove(entry.absoluteFilePath()))
            left << entry.fileName();
    }
    if (!left.isEmpty() || !QDir().rmdir(folder))
        return fail(tr("Some backups could not be removed from %1: %2")
                        .arg(QDir::toNativeSeparators(folder), left.join(QStringLiteral(", "))));
    return {};
}

} // namespace cg::backups
