// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace cg {

/// The workshops opened lately, newest first, kept in the settings the app was given.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QSettings *settings, QObject *parent = nullptr);

    /// The remembered files, newest first, including any that have gone since (a USB stick
    /// that is not plugged in): they are listed as missing rather than forgotten.
    QStringList files() const;
    /// Puts \a path first; \a title is remembered to show instead of the file name (the
    /// start page cannot read files itself).
    void add(const QString &path, const QString &title = {});
    /// The workshop title last seen for \a path, or empty.
    QString title(const QString &path) const;
    /// Remembers \a title for \a path if it is listed (the title was changed), keeping its place.
    void setTitle(const QString &path, const QString &title);
    /// What to call \a path in a list: the workshop's title, else the file's name without ".cgw".
    QString displayName(const QString &path) const;
    /// Empty for a file that can be opened, else why not in two words: "(missing)" or
    /// "(cannot be read)".
    static QString unavailableNote(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList &files);

    QSettings *m_settings;
};

} // namespace cg
