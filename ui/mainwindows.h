// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QSettings;

namespace cg {

class MainWindow;

/// The app's windows, and where a file handed over by a later launch (a double-click in the
/// file manager) is opened. A window holds one workshop and File → Open replaces it; a file that
/// arrives from outside must not close the workshop someone is running, so it goes to the
/// window that already has it, else to a window showing the start page, else to a new window.
class MainWindows : public QObject
{
    Q_OBJECT

public:
    explicit MainWindows(QSettings *settings, QObject *parent = nullptr);
    ~MainWindows() override;

    /// A new window, not yet shown, that deletes itself when closed (so that its workshop is
    /// closed and unlocked then, not when the last window goes).
    MainWindow *create();
    /// The windows still open, oldest first.
    QList<MainWindow *> windows() const;

    /// Opens each of \a files as above and brings its window to the front; with no files, brings
    /// the last window to the front.
    void openFiles(const QStringList &files);

Q_SIGNALS:
    void windowCreated(MainWindow *window);

private:
    MainWindow *windowShowing(const QString &path) const;
    MainWindow *emptyWindow() const;
    static void bringToFront(MainWindow *window);

    QSettings *m_settings;
    QList<QPointer<MainWindow>> m_windows;
};

} // namespace cg
