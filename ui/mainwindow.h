// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "preferences.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QSettings;
class QStackedWidget;

namespace cg {

class AppActions;
class ElidedLabel;
class MessageBanner;
class PlanHandler;
class PresenterWindow;
class RecentFiles;
class RoomController;
class RunActions;
class RunBar;
class Session;
class StartPage;
class Workspace;

/// The application window: the start page when no workshop is open, otherwise the workspace of
/// the one open workshop. It owns the Session, turns every error from core into a banner that
/// stays until dismissed (never a modal dialog in the middle of a workshop), and keeps window
/// geometry, recent files and preferences in the QSettings it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a workshop file, replacing the open one; false (with the reason in the banner) if
    /// core refused it.
    bool openFile(const QString &path);
    /// Makes a fresh copy of the demo workshop in the demo folder and opens it.
    bool openDemo();
    /// Creates a new workshop file at \a path and opens it.
    bool createWorkshop(const QString &path, const Workshop &workshop);
    /// Creates a new workshop file at \a path holding \a data (from a template) and opens it.
    bool createWorkshopFrom(const QString &path, const WorkshopData &data);
    bool saveCopyTo(const QString &path);
    /// Opens a copy of \a backupPath, saved as \a target (which must not exist), after checking
    /// that the backup opens. Errors go to the banner.
    bool restoreBackup(const QString &backupPath, const QString &target);
    /// File → Restore from Backup… for \a workshopPath: the list, then where to save the copy.
    void restoreWithDialog(const QString &workshopPath, const QString &title);
    void closeWorkshop();

    /// Where demo copies are made (default: the app data folder).
    void setDemoFolder(const QString &folder) { m_demoFolder = folder; }
    QString demoFolder() const;

    Session *session() const { return m_session.get(); }
    Workspace *workspace() const { return m_workspace; }
    StartPage *startPage() const { return m_startPage; }
    AppActions *actions() const { return m_actions; }
    RunActions *runActions() const { return m_runActions; }
    RunBar *runBar() const { return m_runBar; }
    PlanHandler *plan() const { return m_plan; }
    MessageBanner *errorBanner() const { return m_errorBanner; }
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    /// Why the workshop's folder is a risky place for it (a sync folder, a network drive).
    MessageBanner *locationBanner() const { return m_locationBanner; }
    PresenterWindow *presenter() const { return m_presenter; }
    /// Room mode (phones posting notes): stopped before the workshop closes or the window does.
    RoomController *room() const { return m_room; }
    QString saveStateText() const;
    const Preferences &preferences() const { return m_preferences; }
    /// Keeps \a preferences in the settings and applies them (text size at once).
    void setPreferences(const Preferences &preferences);
    /// Where the file dialogs open: the folder last used for a workshop, else Documents.
    QString dialogFolder() const;

    /// Shows \a message in the error banner (and emits errorShown).
    void showError(const QString &message);

public Q_SLOTS:
    void newWorkshop();
    void openWithDialog();
    void saveCopyWithDialog();
    /// File → Purge Personal Data…: the retention purge, previewed (PurgeDialog).
    void purgeWithDialog();
    /// File → Prepare Table Copies… / Merge Table Copies… (\a copies: none asks for them first).
    void prepareTableCopiesWithDialog();
    void mergeTableCopiesWithDialog(QStringList copies = {});
    void showPreferences();
    void showAbout();
    void setPresenterVisible(bool visible);
    void setFullScreen(bool fullScreen);

Q_SIGNALS:
    void errorShown(const QString &message);
    void workshopOpened(const QString &path);
    void workshopClosed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showReadOnly();
    /// The retention date has come and there is personal data left: say so, and where to purge.
    void showRetentionDue();
    /// " There is a backup from …" when \a workshopPath has backups, to follow an error about it.
    QString backupHint(const QString &workshopPath) const;
    bool adopt(std::unique_ptr<Session> session);
    void updateChrome();
    void updateSaveState();
    void applyPreferences();
    /// The demo's folder, the app's data folder, or a dot folder in the home folder.
    bool isHiddenFolder(const QString &folder) const;

    QSettings *m_settings;
    RecentFiles *m_recent;
    Preferences m_preferences;
    AppActions *m_actions;
    RunActions *m_runActions;
    RoomController *m_room = nullptr;
    PlanHandler *m_plan;
    MessageBanner *m_errorBanner;
    MessageBanner *m_readOnlyBanner;
    MessageBanner *m_locationBanner;
    MessageBanner *m_retentionBanner;
    QString m_restorePath; // a workshop that could not be opened, whose backups Restore offers
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    RunBar *m_runBar;
    ElidedLabel *m_saveState;
    std::unique_ptr<Session> m_session;
    Workspace *m_workspace = nullptr;
    QPointer<PresenterWindow> m_presenter;
    QString m_demoFolder;
    QString m_lastWriteError;
};

} // namespace cg
