// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace cg {

class RecentFiles;

/// Every menu command of the main window, with its shortcut, its menu and toolbar place, and
/// whether it can run now. The main window connects each action to what it does; this class only
/// keeps the desktop conventions (standard shortcuts, mnemonics, Undo/Redo named after the
/// command they undo) in one place.
class AppActions : public QObject
{
    Q_OBJECT

public:
    AppActions(QMainWindow *window, RecentFiles *recent);

    /// Follows \a stack for Undo/Redo (null when no workshop is open).
    void setUndoStack(QUndoStack *stack);
    /// Enables what makes sense with or without an open workshop and a board on screen.
    void updateState(bool workshopOpen, bool readOnly, bool boardShown);
    /// Lists the quick-capture bar's commands (CaptureBar::commands()) in Edit > Quick Capture, so that
    /// their keys can be found there; empty when no workshop is open.
    void setCaptureCommands(const QList<QAction *> &commands);

    QAction *newWorkshop;
    QAction *newFromTemplate;
    QAction *open;
    QMenu *openRecent;
    QAction *saveCopy;
    QAction *handOver;
    QAction *restoreBackup;
    QAction *purgePersonalData;
    QAction *protect;
    QAction *changePassphrase;
    QAction *removeProtection;
    QAction *prepareTableCopies;
    QAction *mergeTableCopies;
    QAction *saveAsTemplate;
    QAction *exportAgenda;
    QAction *close;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *find;
    QAction *workshopDetails;
    QAction *newBoard;
    QAction *newAction;
    QAction *newFeedback;
    QAction *addPhotos;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomToFit;
    QAction *resetZoom;
    QAction *fullScreen;
    QAction *presenter;
    QAction *addVote;
    QMenu *captureMenu;
    /// The toolbar's Undo and Redo: a fixed label (the menu's actions carry the command's name,
    /// which would make the toolbar jump about as it changes); the name is in the tooltip.
    QAction *undoButton;
    QAction *redoButton;
    QAction *preferences;
    QAction *about;
    QToolBar *toolBar;

Q_SIGNALS:
    void openRecentRequested(const QString &path);

private:
    void rebuildRecent();
    void rebuildCaptureMenu();

    QMainWindow *m_window;
    RecentFiles *m_recent;
    QUndoGroup *m_undoGroup;
    QList<QAction *> m_captureCommands;
};

} // namespace cg
