// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindows.h"

#include "mainwindow.h"
#include "presenterwindow.h" // mainwindow.h's presenter() needs the whole type
#include "session/session.h"

#include <QFileInfo>

namespace cg {

MainWindows::MainWindows(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

MainWindows::~MainWindows()
{
    // Top-level widgets that delete themselves on close; those still open go now, before the
    // settings they write to.
    for (const QPointer<MainWindow> &window : std::as_const(m_windows))
        delete window.data();
}

QList<MainWindow *> MainWindows::windows() const
{
    QList<MainWindow *> out;
    for (const QPointer<MainWindow> &window : m_windows) {
        if (window)
            out << window.data();
    }
    return out;
}

MainWindow *MainWindows::windowShowing(const QString &path) const
{
    const QFileInfo wanted(path);
    for (MainWindow *window : windows()) {
        if (window->session() && QFileInfo(window->session()->filePath()) == wanted)
            return window;
    }
    return nullptr;
}

MainWindow *MainWindows::emptyWindow() const
{
    for (MainWindow *window : windows()) {
        if (!window->session())
            return window;
    }
    return nullptr;
}

MainWindow *MainWindows::create()
{
    auto *window = new MainWindow(m_settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Not exactly over the window it was made from, so that both can be seen to be there.
    if (const QList<MainWindow *> open = windows(); !open.isEmpty())
        window->move(open.last()->pos() + QPoint(32, 32));
    m_windows.append(window);
    Q_EMIT windowCreated(window);
    return window;
}

void MainWindows::bringToFront(MainWindow *window)
{
    if (window->isMinimized())
        window->showNormal();
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindows::openFiles(const QStringList &files)
{
    if (files.isEmpty()) {
        const QList<MainWindow *> open = windows();
        if (!open.isEmpty())
            bringToFront(open.last());
        else
            bringToFront(create());
        return;
    }
    for (const QString &file : files) {
        MainWindow *window = windowShowing(file);
        if (!window) {
            window = emptyWindow();
            if (!window)
                window = create();
            window->show();
            // A file that cannot be opened leaves its reason in that window's banner.
            window->openFile(QFileInfo(file).absoluteFilePath());
        }
        bringToFront(window);
    }
}

} // namespace cg
