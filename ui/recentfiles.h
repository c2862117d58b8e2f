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

    /// The remembered files that still exist, newest first.
    QStringList files() const;
    /// Puts \a path first; \a title is remembered to show instead of the file name (the
    /// start page cannot read files itself).
    void add(const QString &path, const QString &title = {});
    /// The workshop title last seen for \a path, or empty.
    QString title(const QString &path) const;
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
