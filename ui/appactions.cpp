// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appactions.h"

#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace cg {

namespace {

QAction *makeAction(
    QObject *parent, const QString &text, const QString &icon, QList<QKeySequence> keys, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    action->setShortcuts(keys);
    action->setStatusTip(tip);
    action->setToolTip(keys.isEmpty() ? tip
                                      : tip + QStringLiteral(" (")
                + keys.first().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    return action;
}

} // namespace

AppActions::AppActions(QMainWindow *window, RecentFiles *recent)
    : QObject(window)
    , m_window(window)
    , m_recent(recent)
    , m_undoGroup(new QUndoGroup(this))
{
    newWorkshop = makeAction(this, tr("&New Workshop…"), QStringLiteral("document-new"),
        QKeySequence::keyBindings(QKeySequence::New), tr("Start a new workshop file"));
    newFromTemplate = makeAction(this, tr("New from &Template…"), QStringLiteral("document-new"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
        tr("Start a new workshop from a template: an agenda, groups and boards ready to use"));
    open = makeAction(this, tr("&Open…"), QStringLiteral("document-open"),
        QKeySequence::keyBindings(QKeySequence::Open), tr("Open a workshop file"));
    saveCopy = makeAction(this, tr("Save a Co&py…"), QStringLiteral("document-save-as"),
        QKeySequence::keyBindings(QKeySequence::SaveAs),
        tr("Write a complete copy of this workshop to another file"));
    handOver = makeAction(this, tr("&Hand Over Securely…"), QStringLiteral("document-encrypt"), {},
        tr("Seal a copy of this workshop into one encrypted file that opens only with a passphrase"));
    restoreBackup = makeAction(this, tr("Restore from &Backup…"), QStringLiteral("document-revert"), {},
        tr("Open one of this workshop's backups as a copy"));
    purgePersonalData = makeAction(this, tr("P&urge Personal Data…"), QStringLiteral("edit-delete"), {},
        tr("Once the retention date has come: replace names by pseudonyms and remove contact details, access "
           "needs and payments, keeping the notes"));
    protect = makeAction(this, tr("Protect &with Passphrase…"), QStringLiteral("document-encrypt"), {},
        tr("Encrypt this workshop's file and backups, so that it opens only with a passphrase"));
    changePassphrase = makeAction(this, tr("Change Pa&ssphrase…"), QStringLiteral("document-encrypt"), {},
        tr("Protect this workshop with a new passphrase"));
    removeProtection = makeAction(this, tr("Remove Protect&ion…"), QStringLiteral("document-decrypt"), {},
        tr("Stop encrypting this workshop's file"));
    prepareTableCopies = makeAction(this, tr("Prep&are Table Copies…"), QStringLiteral("document-export"), {},
        tr("Make one copy of this workshop per breakout group, for tables capturing on their own laptops"));
    mergeTableCopies = makeAction(this, tr("Mer&ge Table Copies…"), QStringLiteral("document-import"), {},
        tr("Bring the tables' copies back into this workshop, with every conflict shown first"));
    saveAsTemplate = makeAction(this, tr("Save as Te&mplate…"), QStringLiteral("document-save-as"), {},
        tr("Keep this workshop's agenda, boards and groups (no people, no notes) as a template"));
    exportAgenda = makeAction(this, tr("&Export Agenda…"), QStringLiteral("document-print"),
        QKeySequence::keyBindings(QKeySequence::Print), tr("Save the agenda for the room as a PDF or Markdown"));
    close = makeAction(this, tr("&Close Workshop"), QStringLiteral("document-close"),
        QKeySequence::keyBindings(QKeySequence::Close),
        tr("Close this workshop (everything is already saved)"));
    quit = makeAction(this, tr("&Quit"), QStringLiteral("application-exit"),
        { QKeySequence(Qt::CTRL | Qt::Key_Q) }, tr("Quit Common Ground"));
    quit->setMenuRole(QAction::QuitRole);

    // QUndoGroup's actions follow whichever stack is active and carry its command's text
    // ("Undo Add note"), so the menu always says what will be undone.
    undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcuts(QKeySequence::Undo);
    redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts(QKeySequence::Redo);
    find = makeAction(this, tr("&Find on Board…"), QStringLiteral("edit-find"),
        QKeySequence::keyBindings(QKeySequence::Find),
        tr("Highlight notes on this board that contain some words"));
    newBoard = makeAction(this, tr("New &Board…"), QStringLiteral("list-add"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B) }, tr("Make a sticky-note board"));
    // Ctrl+Shift+A adds a row on the page on screen (a person, an action, an answer), so it is not
    // taken for the whole window.
    newAction = makeAction(this, tr("New &Action"), QStringLiteral("appointment-new"), {},
        tr("Write down something that will happen next"));
    newFeedback = makeAction(this, tr("New Feedback Ans&wer"), QStringLiteral("mail-message-new"), {},
        tr("Type up an answer from a feedback form"));
    addPhotos = makeAction(this, tr("Add &Photos…"), QStringLiteral("insert-image"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) }, tr("Add photos of paper flipcharts"));

    workshopDetails = makeAction(this, tr("Wor&kshop Details…"), QStringLiteral("document-properties"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) },
        tr("Title, date, times, venue, purpose, facilitators, payment rate"));

    zoomIn = makeAction(this, tr("Zoom &In"), QStringLiteral("zoom-in"),
        QKeySequence::keyBindings(QKeySequence::ZoomIn), tr("Make the board bigger"));
    zoomOut = makeAction(this, tr("Zoom &Out"), QStringLiteral("zoom-out"),
        QKeySequence::keyBindings(QKeySequence::ZoomOut), tr("Make the board smaller"));
    zoomToFit = makeAction(this, tr("&Fit Board to Window"), QStringLiteral("zoom-fit-best"),
        { QKeySequence(Qt::CTRL | Qt::Key_9) }, tr("Show the whole board"));
    resetZoom = makeAction(this, tr("&Actual Size"), QStringLiteral("zoom-original"),
        { QKeySequence(Qt::CTRL | Qt::Key_0) }, tr("Show the board at 100%"));
    fullScreen = makeAction(this, tr("F&ull Screen"), QStringLiteral("view-fullscreen"),
        QKeySequence::keyBindings(QKeySequence::FullScreen), tr("Use the whole screen"));
    fullScreen->setCheckable(true);
    presenter = makeAction(this, tr("&Presenter View"), QStringLiteral("video-display"),
        { QKeySequence(Qt::Key_F5) }, tr("Show the current board or prompt on the projector"));
    presenter->setCheckable(true);
    // Alt+D ("dot"): Alt+V would be the View menu's.
    addVote = makeAction(this, tr("Add a &Dot Vote"), QStringLiteral("list-add"), { QKeySequence(Qt::ALT | Qt::Key_D) },
        tr("Add one dot vote to the selected notes or theme"));
    preferences = makeAction(this, tr("Pr&eferences…"), QStringLiteral("preferences-system"),
        QKeySequence::keyBindings(QKeySequence::Preferences), tr("Your name, text sizes"));
    if (preferences->shortcuts().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    about = makeAction(
        this, tr("&About Common Ground"), QStringLiteral("help-about"), {}, tr("Version and licence"));
    about->setMenuRole(QAction::AboutRole);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newWorkshop);
    file->addAction(newFromTemplate);
    file->addAction(open);
    openRecent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(saveCopy);
    file->addAction(handOver);
    file->addAction(restoreBackup);
    file->addAction(purgePersonalData);
    file->addAction(protect);
    file->addAction(changePassphrase);
    file->addAction(removeProtection);
    file->addSeparator();
    file->addAction(prepareTableCopies);
    file->addAction(mergeTableCopies);
    file->addAction(saveAsTemplate);
    file->addAction(exportAgenda);
    file->addSeparator();
    file->addAction(close);
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(addVote);
    // The quick-capture bar's keys, so that every one can be found in a menu. (Not a menu of its
    // own: every free letter for its title is some page's mnemonic already.)
    captureMenu = edit->addMenu(tr("&Quick Capture"));
    rebuildCaptureMenu();
    edit->addSeparator();
    edit->addAction(workshopDetails);
    edit->addAction(newBoard);
    edit->addAction(newAction);
    edit->addAction(newFeedback);
    edit->addAction(addPhotos);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomToFit);
    view->addAction(resetZoom);
    view->addSeparator();
    view->addAction(fullScreen);
    view->addAction(presenter);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);

    toolBar = window->addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->addAction(newWorkshop);
    toolBar->addAction(open);
    toolBar->addSeparator();
    undoButton = new QAction(undo->icon(), tr("Undo"), this);
    redoButton = new QAction(redo->icon(), tr("Redo"), this);
    for (const auto &pair : { std::pair { undoButton, undo }, std::pair { redoButton, redo } }) {
        // Named copies, not a structured binding: clang 14 (the sanitized tree) cannot capture one.
        QAction *const button = pair.first;
        QAction *const source = pair.second;
        const auto sync = [button, source] {
            button->setEnabled(source->isEnabled());
            const QString what = QString(source->text()).remove(QLatin1Char('&'));
            button->setToolTip(source->shortcut().isEmpty()
                    ? what
                    : what + QStringLiteral(" (") + source->shortcut().toString(QKeySequence::NativeText)
                        + QLatin1Char(')'));
            button->setStatusTip(what);
        };
        connect(source, &QAction::changed, button, sync);
        connect(button, &QAction::triggered, source, &QAction::trigger);
        sync();
    }
    toolBar->addAction(undoButton);
    toolBar->addAction(redoButton);
    toolBar->addSeparator();
    toolBar->addAction(find);
    toolBar->addAction(zoomToFit);
    toolBar->addSeparator();
    toolBar->addAction(presenter);

    // Every action works by keyboard from anywhere in the window, menus or not.
    for (QAction *action : { newWorkshop, newFromTemplate, open, saveCopy, restoreBackup, purgePersonalData, prepareTableCopies,
             mergeTableCopies, saveAsTemplate, exportAgenda, close,
             quit, undo, redo, find, workshopDetails, newBoard, newAction, newFeedback, addPhotos, zoomIn, zoomOut,
             zoomToFit, resetZoom, fullScreen, presenter, addVote, preferences, about })
        window->addAction(action);

    connect(recent, &RecentFiles::changed, this, &AppActions::rebuildRecent);
    // Files come and go (a USB stick): the menu says which are there when it opens.
    connect(openRecent, &QMenu::aboutToShow, this, &AppActions::rebuildRecent);
    rebuildRecent();
    updateState(false, false, false);
}

void AppActions::rebuildRecent()
{
    openRecent->clear();
    const QStringList files = m_recent->files();
    int n = 1;
    for (const QString &path : files) {
        // The workshop's title (a menu would take a lone "&" in it for a shortcut), the file's name
        // beside it when they differ, and a note when it cannot be opened now.
        QString text = m_recent->displayName(path);
        if (const QString fileName = QFileInfo(path).fileName(); text != QFileInfo(path).completeBaseName())
            text = tr("%1 — %2").arg(text, fileName);
        if (const QString note = RecentFiles::unavailableNote(path); !note.isEmpty())
            text = tr("%1 %2").arg(text, note);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = n < 10 ? QStringLiteral("&%1  %2").arg(n).arg(text) : text;
        QAction *action = openRecent->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRecentRequested(path); });
        ++n;
    }
    if (!files.isEmpty()) {
        openRecent->addSeparator();
        QAction *clear = openRecent->addAction(tr("&Clear Recent Workshops"));
        connect(clear, &QAction::triggered, m_recent, &RecentFiles::clear);
    }
    openRecent->setEnabled(!files.isEmpty());
}

void AppActions::setCaptureCommands(const QList<QAction *> &commands)
{
    m_captureCommands = commands;
    rebuildCaptureMenu();
}

void AppActions::rebuildCaptureMenu()
{
    // The capture bar's actions go in as they are: their shortcut contexts (the bar, or the board
    // page while it is shown) still decide where the keys work.
    captureMenu->clear();
    for (QAction *action : std::as_const(m_captureCommands))
        captureMenu->addAction(action);
    captureMenu->setEnabled(!m_captureCommands.isEmpty());
}

void AppActions::setUndoStack(QUndoStack *stack)
{
    if (stack && !m_undoGroup->stacks().contains(stack))
        m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
}

void AppActions::updateState(bool workshopOpen, bool readOnly, bool boardShown)
{
    saveCopy->setEnabled(workshopOpen);
    handOver->setEnabled(workshopOpen);
    restoreBackup->setEnabled(workshopOpen);
    purgePersonalData->setEnabled(workshopOpen && !readOnly);
    // Which of the three applies is the main window's to say (it knows whether the file is protected).
    for (QAction *action : { protect, changePassphrase, removeProtection })
        action->setEnabled(workshopOpen && !readOnly);
    prepareTableCopies->setEnabled(workshopOpen);
    mergeTableCopies->setEnabled(workshopOpen && !readOnly);
    saveAsTemplate->setEnabled(workshopOpen);
    exportAgenda->setEnabled(workshopOpen);
    workshopDetails->setEnabled(workshopOpen);
    close->setEnabled(workshopOpen);
    presenter->setEnabled(workshopOpen);
    find->setEnabled(boardShown);
    for (QAction *action : { newBoard, newAction, newFeedback, addPhotos })
        action->setEnabled(workshopOpen && !readOnly);
    addVote->setEnabled(boardShown && !readOnly);
    for (QAction *action : { zoomIn, zoomOut, zoomToFit, resetZoom })
        action->setEnabled(boardShown);
    // Undo and redo enable themselves from the stack; a read-only file has nothing to undo.
}

} // namespace cg
