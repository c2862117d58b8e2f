// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "backupsdialog.h"
#include "agenda/planhandler.h"
#include "appactions.h"
#include "elidedlabel.h"
#include "board/boardactions.h"
#include "board/boardcanvas.h"
#include "board/boardview.h"
#include "board/capturebar.h"
#include "io/demoworkshop.h"
#include "look.h"
#include "messagebanner.h"
#include "newworkshopdialog.h"
#include "preferencesdialog.h"
#include "people/consentdefaults.h"
#include "presenterwindow.h"
#include "purgedialog.h"
#include "tables/tablecopiesdialogs.h"
#include "recentfiles.h"
#include "room/roomcontroller.h"
#include "run/countdownpanel.h"
#include "run/runactions.h"
#include "run/runbar.h"
#include "run/runcontroller.h"
#include "protect/protectworkshop.h"
#include "seal/sealedfiles.h"
#include "session/session.h"
#include "startpage.h"
#include "storage/filelocation.h"
#include "platform/platform.h"
#include "storage/backups.h"
#include "workspace.h"

#include <algorithm>
#include <functional>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cg {

namespace {

/// Calls \a then once, just after \a widget has first been painted.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *widget, std::function<void()> then)
        : QObject(widget)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued twice: the rest of this paint (the pages inside) reaches the screen first,
            // then whatever that paint queued in its turn.
            QTimer::singleShot(0, this, [this] {
                QTimer::singleShot(0, this, [this] {
                    m_then();
                    deleteLater();
                });
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

// How the sealed-file steps report back: the status bar for success, the error banner otherwise.
sealui::Feedback sealFeedback(MainWindow *window)
{
    return { window->dialogFolder(), [window](const QString &text) { window->statusBar()->showMessage(text, 10000); },
        [window](const QString &text) { window->showError(text); } };
}

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_recent(new RecentFiles(settings, this))
    , m_preferences(Preferences::load(*settings))
    , m_actions(new AppActions(this, m_recent))
    , m_runActions(new RunActions(this))
    , m_plan(new PlanHandler(this))
    , m_errorBanner(new MessageBanner(this))
    , m_readOnlyBanner(new MessageBanner(this))
    , m_locationBanner(new MessageBanner(this))
    , m_retentionBanner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(m_recent, this))
    , m_runBar(new RunBar(m_runActions, this))
    , m_saveState(new ElidedLabel(this))
{
    setWindowTitle(tr("Common Ground"));
    m_readOnlyBanner->setDismissable(false);
    m_pages->addWidget(m_startPage);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_locationBanner);
    layout->addWidget(m_retentionBanner);
    layout->addWidget(m_runBar);
    m_room = new RoomController(this);
    layout->addWidget(m_room->indicator());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);

    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newWorkshop);
    connect(m_startPage, &StartPage::templateRequested, m_plan, &PlanHandler::newFromTemplate);
    connect(m_actions->newFromTemplate, &QAction::triggered, m_plan, &PlanHandler::newFromTemplate);
    connect(m_actions->saveAsTemplate, &QAction::triggered, m_plan, &PlanHandler::saveAsTemplateWithDialog);
    connect(m_actions->exportAgenda, &QAction::triggered, m_plan, &PlanHandler::exportAgendaWithDialog);
    connect(m_actions->workshopDetails, &QAction::triggered, m_plan, &PlanHandler::editDetails);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_startPage, &StartPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_actions, &AppActions::openRecentRequested, this, &MainWindow::openFile);
    connect(m_actions->newWorkshop, &QAction::triggered, this, &MainWindow::newWorkshop);
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(m_actions->saveCopy, &QAction::triggered, this, &MainWindow::saveCopyWithDialog);
    connect(m_actions->restoreBackup, &QAction::triggered, this, [this] {
        if (m_session)
            restoreWithDialog(m_session->filePath(), m_session->workshop().title);
        else if (!m_restorePath.isEmpty())
            restoreWithDialog(m_restorePath, QFileInfo(m_restorePath).completeBaseName());
    });
    connect(m_actions->purgePersonalData, &QAction::triggered, this, &MainWindow::purgeWithDialog);
    connect(m_actions->prepareTableCopies, &QAction::triggered, this, &MainWindow::prepareTableCopiesWithDialog);
    connect(m_actions->mergeTableCopies, &QAction::triggered, this, [this] { mergeTableCopiesWithDialog(); });
    connect(m_actions->handOver, &QAction::triggered, this, [this] {
        if (m_session)
            sealui::handOver(this, *m_session, sealFeedback(this));
    });
    auto protectStep = [this](void (*step)(QWidget *, Session &, const protectui::Hooks &)) {
        return [this, step] {
            if (!m_session)
                return;
            step(this, *m_session,
                { [this] { closeWorkshop(); }, [this](const QString &path) { return openFile(path); },
                    [this](const QString &text) { statusBar()->showMessage(text, 10000); },
                    [this](const QString &text) { showError(text); } });
        };
    };
    connect(m_actions->protect, &QAction::triggered, this, protectStep(&protectui::protectWorkshop));
    connect(m_actions->changePassphrase, &QAction::triggered, this, protectStep(&protectui::changePassphrase));
    connect(m_actions->removeProtection, &QAction::triggered, this, protectStep(&protectui::removeProtection));
    connect(m_actions->close, &QAction::triggered, this, &MainWindow::closeWorkshop);
    connect(m_actions->quit, &QAction::triggered, this, &QMainWindow::close);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->presenter, &QAction::toggled, this, &MainWindow::setPresenterVisible);
    connect(m_actions->fullScreen, &QAction::toggled, this, &MainWindow::setFullScreen);
    auto onBoard = [this](void (BoardView::*slot)()) {
        return [this, slot] {
            if (m_workspace && !m_workspace->currentBoard().isNull())
                (m_workspace->boardView()->*slot)();
        };
    };
    connect(m_actions->zoomIn, &QAction::triggered, this, onBoard(&BoardView::zoomIn));
    connect(m_actions->zoomOut, &QAction::triggered, this, onBoard(&BoardView::zoomOut));
    connect(m_actions->zoomToFit, &QAction::triggered, this, onBoard(&BoardView::zoomToFit));
    connect(m_actions->resetZoom, &QAction::triggered, this, onBoard(&BoardView::resetZoom));
    connect(m_actions->find, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->startFind();
    });
    auto onWorkspace = [this](void (Workspace::*slot)()) {
        return [this, slot] {
            if (m_workspace && m_session && !m_session->isReadOnly())
                (m_workspace->*slot)();
        };
    };
    connect(m_actions->newBoard, &QAction::triggered, this, onWorkspace(&Workspace::newBoard));
    connect(m_actions->newAction, &QAction::triggered, this, onWorkspace(&Workspace::newAction));
    connect(m_actions->newFeedback, &QAction::triggered, this, onWorkspace(&Workspace::newFeedback));
    connect(m_actions->addPhotos, &QAction::triggered, this, onWorkspace(&Workspace::addPhotos));
    connect(m_actions->addVote, &QAction::triggered, this, [this] {
        if (!m_workspace || m_workspace->currentBoard().isNull())
            return;
        BoardCanvas *canvas = m_workspace->boardView()->canvas();
        if (canvas->selectedNotes().isEmpty() && canvas->selectedTheme().isNull())
            statusBar()->showMessage(tr("Select a note or a theme first, then add a vote (%1).")
                                         .arg(m_actions->addVote->shortcut().toString(QKeySequence::NativeText)),
                6000);
        else
            canvas->actions()->addVoteToSelection();
    });

    applyPreferences();
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.9);
        move(available.center() - rect().center());
    }
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    // Saved on a bigger screen (or before a larger text size): never larger than this one.
    if (const QRect available = screen()->availableGeometry(); !available.contains(frameGeometry())) {
        resize(size().boundedTo(available.size()));
        move(available.topLeft() + QPoint(std::max(0, (available.width() - width()) / 2),
                                       std::max(0, (available.height() - height()) / 2)));
    }
    updateChrome();
    updateSaveState();
}

MainWindow::~MainWindow()
{
    m_room->stop(RoomController::Waiting::Discard); // it holds the Session; nobody is left to ask
    // The workspace and the presenter listen to the Session: they go before it does.
    delete m_presenter;
    delete m_workspace;
    m_workspace = nullptr;
    m_actions->setUndoStack(nullptr);
}

QString MainWindow::demoFolder() const
{
    return m_demoFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  : m_demoFolder;
}

bool MainWindow::isHiddenFolder(const QString &folder) const
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    for (const QString &special : { demoFolder(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) }) {
        const QString root = QDir::cleanPath(QFileInfo(special).absoluteFilePath());
        if (!root.isEmpty() && (path == root || path.startsWith(root + QLatin1Char('/'))))
            return true;
    }
    // A dot folder under the home folder (~/.local/share, ~/.cache): hidden in the file dialog.
    const QString home = QDir::cleanPath(QDir::homePath());
    if (path.startsWith(home + QLatin1Char('/'))) {
        for (const QString &part : path.mid(home.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts))
            if (part.startsWith(QLatin1Char('.')))
                return true;
    }
    return false;
}

QString MainWindow::dialogFolder() const
{
    const QString last = m_settings->value(QStringLiteral("dialogs/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir() && !isHiddenFolder(last))
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void MainWindow::showError(const QString &message)
{
    m_errorBanner->showMessage(message, MessageBanner::Tone::Error);
    Q_EMIT errorShown(message);
}

bool MainWindow::openFile(const QString &path)
{
    if (m_session && QFileInfo(m_session->filePath()) == QFileInfo(path)) {
        m_errorBanner->dismiss();
        return true; // already open: a second connection would be refused as "in use"
    }
    if (sealui::isSealedFile(path)) {
        const QString opened = sealui::openSealed(this, path, sealFeedback(this));
        return !opened.isEmpty() && openFile(opened);
    }
    // SQLite's page-by-page structure check waits until the workshop is on screen: with a large
    // file it takes as long as everything else there is to show (see adopt()).
    // A protected workshop: its passphrase first (the key stays while the file is open).
    protection::Unlocked unlocked;
    if (!protectui::unlockForOpening(this, path, unlocked))
        return false;
    workshopfile::OpenOptions options;
    options.deferQuickCheck = true;
    auto opened = Session::open(path, options);
    if (!opened) {
        showError(opened.message() + backupHint(path));
        if (!m_session && !backups::list(path).empty()) {
            m_restorePath = path;
            updateChrome();
        }
        return false;
    }
    return adopt(std::move(*opened));
}

void MainWindow::showReadOnly()
{
    m_readOnlyBanner->showMessage(
        tr("This workshop is open read-only: you can look at everything, but not change it. %1")
            .arg(m_session->readOnlyReason())
            .trimmed(),
        MessageBanner::Tone::Warning);
}

bool MainWindow::openDemo()
{
    const QString folder = demoFolder();
    if (!QDir().mkpath(folder)) {
        showError(tr("The demo workshop could not be copied because the folder %1 could not be made.")
                      .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    // A fresh copy every time: the facilitator can try anything, and the demo stays as shipped.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(folder).filePath(QStringLiteral("demo-%1.cgw").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("demo-%1-%2.cgw").arg(stamp).arg(n));
    auto demo = io::loadDemoWorkshop();
    if (!demo) {
        showError(tr("The demo workshop could not be opened. %1").arg(demo.message()));
        return false;
    }
    auto created = Session::createFrom(path, *demo);
    if (!created) {
        showError(tr("The demo workshop could not be opened. %1").arg(created.message()));
        return false;
    }
    return adopt(std::move(*created));
}

bool MainWindow::createWorkshop(const QString &path, const Workshop &workshop)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".cgw");
    auto created = Session::create(target, workshop);
    if (!created) {
        showError(created.message());
        return false;
    }
    return adopt(std::move(*created));
}

bool MainWindow::createWorkshopFrom(const QString &path, const WorkshopData &data)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".cgw");
    auto created = Session::createFrom(target, data);
    if (!created) {
        showError(created.message());
        return false;
    }
    return adopt(std::move(*created));
}

bool MainWindow::adopt(std::unique_ptr<Session> session)
{
    // Room mode belongs to the workshop open now: it stops (asking about waiting notes) first.
    if (!m_room->stop())
        return false;
    closeWorkshop();
    m_errorBanner->dismiss();
    m_session = std::move(session);
    m_restorePath.clear();
    Session *s = m_session.get();
    m_workspace = new Workspace(s, m_pages, m_settings);
    m_pages->addWidget(m_workspace);
    m_pages->setCurrentWidget(m_workspace);
    m_actions->setUndoStack(s->undoStack());
    m_actions->setCaptureCommands(m_workspace->boardView()->captureBar()->commands());

    connect(s, &Session::writeFailed, this, [this](const QString &message) {
        m_lastWriteError = message;
        showError(tr("That change was not saved, and the workshop is as it was before it. %1").arg(message));
        updateSaveState();
    });
    connect(s, &Session::editApplied, this, [this] {
        m_lastWriteError.clear();
        updateSaveState();
        updateChrome();
        // Open Recent and the start page show the title as it is now (Workshop Details).
        m_recent->setTitle(m_session->filePath(), m_session->workshop().title);
    });
    connect(m_workspace, &Workspace::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_workspace, &Workspace::pageChanged, this, &MainWindow::updateChrome);
    connect(m_workspace, &Workspace::boardShown, this, [this](const QUuid &boardId) {
        if (m_presenter && !boardId.isNull())
            m_presenter->showBoard(boardId);
    });
    connect(m_workspace, &Workspace::agendaItemChosen, this, [this](const QUuid &itemId) {
        if (m_presenter && !itemId.isNull())
            m_presenter->showAgendaItem(itemId);
    });
    RunController *run = m_workspace->runController();
    m_runActions->setController(run);
    m_runBar->setController(s, run);
    // After the workspace has opened the item's first board: a breakout's boards are at the
    // tables, so the room sees the prompt and the time; another item's board is shown with the
    // countdown above it.
    connect(run, &RunController::itemStarted, this, [this, run](const QUuid &itemId) {
        if (!m_presenter || !m_session)
            return;
        const AgendaItem *item = m_session->data().agendaItems.find(itemId);
        const QList<QUuid> boards = run->boardsOf(itemId);
        if (!item || item->kind == AgendaKind::Breakout || boards.isEmpty())
            m_presenter->showAgendaItem(itemId);
        else
            m_presenter->showBoard(boards.first());
    });

    if (s->isReadOnly())
        showReadOnly();
    if (!s->backupPath().isEmpty()) {
        m_errorBanner->showMessage(
            tr("This workshop was made with an older version of Common Ground and has been "
               "brought up to date. The original is kept at %1.")
                .arg(QDir::toNativeSeparators(s->backupPath())),
            MessageBanner::Tone::Information);
    }
    // The check a large file's open left until now, before anything can be changed: a damaged
    // file is then read-only (every write would run it first anyway).
    new AfterFirstPaint(m_workspace, [this, s] {
        if (m_session.get() != s)
            return;
        if (auto checked = s->finishChecks(); !checked) {
            showError(checked.message() + backupHint(s->filePath()));
            showReadOnly();
            updateChrome();
            updateSaveState();
            return;
        }
        // A snapshot of how the workshop was left last time, beside it (when it changed since).
        if (auto backup = s->takeBackup(m_preferences.backupsToKeep); !backup)
            showError(tr("No backup of this workshop could be taken. %1").arg(backup.message()));
    });
    // A sync folder or a network drive: said once, with the reason, each time the file is opened.
    if (const QString risk = filelocation::risk(s->filePath()); !risk.isEmpty())
        m_locationBanner->showMessage(risk, MessageBanner::Tone::Warning);
    showRetentionDue();
    m_recent->add(s->filePath(), s->workshop().title);
    // The demo's copies live in the app's own (hidden) data folder: not a place to offer for the
    // facilitator's own files.
    if (!isHiddenFolder(QFileInfo(s->filePath()).absolutePath()))
        m_settings->setValue(QStringLiteral("dialogs/lastFolder"), QFileInfo(s->filePath()).absolutePath());
    m_settings->setValue(QStringLiteral("session/lastWorkshop"), QFileInfo(s->filePath()).absoluteFilePath());
    m_workspace->setFocus();
    updateChrome();
    updateSaveState();
    Q_EMIT workshopOpened(s->filePath());
    return true;
}

void MainWindow::closeWorkshop()
{
    if (!m_session || !m_room->stop())
        return;
    if (m_presenter) {
        m_actions->presenter->setChecked(false);
        delete m_presenter;
    }
    m_actions->setUndoStack(nullptr);
    m_runActions->setController(nullptr);
    m_runBar->setController(nullptr, nullptr);
    m_actions->setCaptureCommands({});
    m_pages->setCurrentWidget(m_startPage);
    delete m_workspace;
    m_workspace = nullptr;
    m_session.reset();
    m_readOnlyBanner->dismiss();
    m_locationBanner->dismiss();
    m_retentionBanner->dismiss();
    m_lastWriteError.clear();
    updateChrome();
    updateSaveState();
    m_startPage->setFocus();
    Q_EMIT workshopClosed();
}

bool MainWindow::saveCopyTo(const QString &path)
{
    if (!m_session)
        return false;
    auto saved = m_session->saveCopy(path);
    if (!saved) {
        showError(tr("The copy could not be saved. %1").arg(saved.message()));
        return false;
    }
    statusBar()->showMessage(tr("A copy was saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::newWorkshop()
{
    NewWorkshopDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Workshop workshop = dialog.workshop();
    QString name = workshop.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the new workshop as"),
        QDir(dialogFolder()).filePath(name.simplified() + QStringLiteral(".cgw")),
        tr("Common Ground workshops (*.cgw)"));
    if (!path.isEmpty())
        createWorkshop(path, workshop);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a workshop"), dialogFolder(),
        tr("Common Ground workshops (*.cgw *.cgseal);;Sealed hand-over files (*.cgseal);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString MainWindow::backupHint(const QString &workshopPath) const
{
    const std::vector<backups::Backup> found = backups::list(workshopPath);
    if (found.empty())
        return {};
    return QLatin1Char(' ')
        + tr("Its newest backup is from %1: File → Restore from Backup… opens a backup as a copy.")
              .arg(QLocale().toString(found.front().taken, QLocale::ShortFormat));
}

bool MainWindow::restoreBackup(const QString &backupPath, const QString &target)
{
    // Checked first: a backup that does not open is said to be unusable, and nothing is copied.
    // A protected workshop's backups are protected too; the key is kept until the copy is open.
    protection::Unlocked unlocked;
    if (!protectui::unlockForOpening(this, backupPath, unlocked))
        return false;
    {
        workshopfile::OpenOptions options;
        options.readOnly = true;
        auto readable = Session::open(backupPath, options);
        if (!readable) {
            showError(tr("That backup cannot be used. %1").arg(readable.message()));
            return false;
        }
    }
    if (QFileInfo::exists(target)) {
        showError(tr("“%1” already exists; choose another name.").arg(QFileInfo(target).fileName()));
        return false;
    }
    if (!QFile::copy(backupPath, target)) {
        showError(tr("The backup could not be copied to %1.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    platform::restrictToOwner(target);
    return openFile(target);
}

void MainWindow::restoreWithDialog(const QString &workshopPath, const QString &title)
{
    BackupsDialog dialog(title, backups::list(workshopPath), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    const backups::Backup chosen = *dialog.chosen();
    const QFileInfo workshop(workshopPath);
    const QString stamp = chosen.taken.toString(QStringLiteral("yyyy-MM-dd HH.mm"));
    const QString suggestion = workshop.absoluteDir().filePath(
        tr("%1 (restored from %2)").arg(workshop.completeBaseName(), stamp) + QStringLiteral(".cgw"));
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save the restored workshop as"), suggestion, tr("Common Ground workshops (*.cgw)"));
    if (!target.isEmpty())
        restoreBackup(chosen.path, target);
}

void MainWindow::showRetentionDue()
{
    if (!m_session || m_session->isReadOnly())
        return;
    const Workshop &w = m_session->workshop();
    if (purge::retentionState(w, m_session->now().toLocalTime().date()) != RetentionState::Reached
        || purge::preview(m_session->data()).nothing()) {
        m_retentionBanner->dismiss();
        return;
    }
    m_retentionBanner->showMessage(
        tr("The retention date of this workshop was %1: the names, contact details, access needs and payments "
           "it holds are due to be purged. File → Purge Personal Data… shows exactly what would go.")
            .arg(QLocale().toString(w.retentionDate, QLocale::LongFormat)),
        MessageBanner::Tone::Warning);
}

void MainWindow::prepareTableCopiesWithDialog()
{
    if (!m_session)
        return;
    PrepareTableCopiesDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::mergeTableCopiesWithDialog(QStringList copies)
{
    if (!m_session || !m_workspace)
        return;
    if (copies.isEmpty()) {
        copies = QFileDialog::getOpenFileNames(this, tr("Merge Table Copies"),
            QFileInfo(m_session->filePath()).absolutePath(), tr("Workshops (*.cgw)"));
        if (copies.isEmpty())
            return;
    }
    MergeTableCopiesDialog dialog(m_session.get(), m_workspace->consentDefaults()->recorderFor(m_session->workshop()),
        copies, this);
    if (dialog.exec() == QDialog::Accepted || !dialog.result().copies.isEmpty())
        m_errorBanner->showMessage(tr("The table copies were merged: %1").arg(dialog.result().lines.join(QLatin1Char(' '))),
            MessageBanner::Tone::Information);
}

void MainWindow::purgeWithDialog()
{
    if (!m_session || !m_workspace)
        return;
    PurgeDialog dialog(m_session.get(), m_workspace->consentDefaults()->recorderFor(m_session->workshop()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_retentionBanner->dismiss();
    m_errorBanner->showMessage(tr("The personal data was purged. %1 The undo history and this workshop's backups "
                                  "were removed as well.")
                                   .arg(purge::goingLines(dialog.counts()).join(QLatin1Char(' '))),
        MessageBanner::Tone::Information);
    if (!dialog.warning().isEmpty())
        showError(dialog.warning());
    updateChrome();
}

void MainWindow::saveCopyWithDialog()
{
    if (!m_session)
        return;
    const QFileInfo current(m_session->filePath());
    const QString suggestion
        = QDir(dialogFolder()).filePath(current.completeBaseName() + tr(" (copy)") + QStringLiteral(".cgw"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of this workshop"), suggestion, tr("Common Ground workshops (*.cgw)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPreferences(dialog.preferences());
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    m_preferences.save(*m_settings);
    applyPreferences();
}

void MainWindow::applyPreferences()
{
    if (look::isHighContrast(QApplication::palette()) != m_preferences.highContrast)
        QApplication::setPalette(look::palette(m_preferences.highContrast));
    setStyleSheet(look::styleSheet(m_preferences.interfaceTextSize, m_preferences.highContrast));
    if (m_presenter)
        m_presenter->setTextPointSize(m_preferences.presenterTextSize);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::setPresenterVisible(bool visible)
{
    if (!visible) {
        if (m_presenter)
            m_presenter->close();
        return;
    }
    if (!m_session) {
        m_actions->presenter->setChecked(false);
        return;
    }
    if (!m_presenter) {
        m_presenter = new PresenterWindow(m_session.get(), m_preferences.presenterTextSize, this);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
        m_presenter->setCountdown(new CountdownPanel(m_session.get(), m_workspace->runController()));
        connect(m_presenter, &QObject::destroyed, this, [this] {
            const QSignalBlocker blocker(m_actions->presenter);
            m_actions->presenter->setChecked(false);
        });
        m_room->attachPresenter(m_presenter);
    }
    const QUuid board = m_workspace ? m_workspace->currentBoard() : QUuid();
    const QUuid running = m_workspace ? m_workspace->runController()->status().currentId : QUuid();
    if (!board.isNull())
        m_presenter->showBoard(board);
    else
        m_presenter->showAgendaItem(!running.isNull() ? running : m_workspace ? m_workspace->currentAgendaItem() : QUuid());
    m_presenter->present(this);
}

void MainWindow::setFullScreen(bool fullScreen)
{
    if (fullScreen)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_room->stop()) {
        event->ignore();
        return;
    }
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    if (m_presenter)
        m_presenter->close();
    event->accept();
}

void MainWindow::updateChrome()
{
    const bool open = m_session != nullptr;
    const bool board = m_workspace && !m_workspace->currentBoard().isNull();
    m_actions->updateState(open, open && m_session->isReadOnly(), board);
    // A file that could not be opened but has backups: they are one menu item away.
    if (!open && !m_restorePath.isEmpty())
        m_actions->restoreBackup->setEnabled(true);
    if (open) {
        const QString title = m_session->workshop().title;
        const bool isProtected = cryptovfs::isOpenProtected(m_session->filePath());
        m_actions->protect->setVisible(!isProtected);
        m_actions->changePassphrase->setVisible(isProtected);
        m_actions->removeProtection->setVisible(isProtected);
        const QString shown = title.isEmpty() ? tr("Untitled workshop") : title;
        setWindowTitle(isProtected ? tr("%1 (protected) — Common Ground").arg(shown)
                                   : tr("%1 — Common Ground").arg(shown));
        setWindowFilePath(m_session->filePath());
    } else {
        m_actions->protect->setVisible(true);
        m_actions->changePassphrase->setVisible(false);
        m_actions->removeProtection->setVisible(false);
        setWindowTitle(tr("Common Ground"));
        setWindowFilePath({});
    }
}

void MainWindow::updateSaveState()
{
    if (!m_session) {
        m_saveState->setFullText(tr("No workshop open"));
        return;
    }
    const QString path = QDir::toNativeSeparators(m_session->filePath());
    if (!m_lastWriteError.isEmpty())
        m_saveState->setFullText(tr("The last change was not saved — %1").arg(path));
    else if (m_session->isReadOnly())
        m_saveState->setFullText(tr("Read-only — %1").arg(path));
    else if (cryptovfs::isOpenProtected(m_session->filePath()))
        m_saveState->setFullText(tr("All changes saved, protected with a passphrase — %1").arg(path));
    else
        m_saveState->setFullText(tr("All changes saved — %1").arg(path));
    m_saveState->setToolTip(path);
}

QString MainWindow::saveStateText() const
{
    return m_saveState->fullText();
}

} // namespace cg
