// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cg {

namespace {
const QString key = QStringLiteral("recentFiles");
const QString titlesKey = QStringLiteral("recentTitles");
} // namespace

RecentFiles::RecentFiles(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QStringList RecentFiles::stored() const
{
    return m_settings->value(key).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    m_settings->setValue(key, files);
    Q_EMIT changed();
}

QStringList RecentFiles::files() const
{
    return stored();
}

void RecentFiles::add(const QString &path, const QString &title)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    // Titles are kept only for the files still listed.
    const QVariantMap old = m_settings->value(titlesKey).toMap();
    QVariantMap titles;
    for (const QString &file : std::as_const(files)) {
        if (old.contains(file))
            titles.insert(file, old.value(file));
    }
    if (!title.isEmpty())
        titles.insert(absolute, title);
    m_settings->setValue(titlesKey, titles);
    store(files);
}

QString RecentFiles::title(const QString &path) const
{
    return m_settings->value(titlesKey).toMap().value(QFileInfo(path).absoluteFilePath()).toString();
}

void RecentFiles::setTitle(const QString &path, const QString &title)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (title.isEmpty() || !stored().contains(absolute) || this->title(absolute) == title)
        return;
    QVariantMap titles = m_settings->value(titlesKey).toMap();
    titles.insert(absolute, title);
    m_settings->setValue(titlesKey, titles);
    Q_EMIT changed();
}

QString RecentFiles::displayName(const QString &path) const
{
    const QString known = title(path);
    return known.isEmpty() ? QFileInfo(path).completeBaseName() : known;
}

QString RecentFiles::unavailableNote(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("(missing)");
    if (!info.isFile() || !info.isReadable())
        return tr("(cannot be read)");
    return {};
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = stored();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    m_settings->remove(titlesKey);
    store({});
}

} // namespace cg
