// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/roomcontroller.h"
#include "room/notetakerlinks.h"

#include "commands/edits.h"
#include "mainwindow.h"
#include "presenterwindow.h"
#include "room/joinpanel.h"
#include "run/runactions.h"
#include "run/runcontroller.h"
#include "room/moderationpanel.h"
#include "room/roomsamples.h"
#include "room/votedialog.h"
#include "joinqr.h"
#include "roomserver.h"
#include "roomservice.h"
#include "session/session.h"
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace cg {

namespace {

QAction *makeAction(
    QObject *parent, const QString &text, const QString &icon, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setStatusTip(tip);
    action->setToolTip(key.isEmpty()
            ? tip
            : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    return action;
}

/// "14:30", or "Wed 02:30" when it is not today: hours and minutes, as the queue shows times.
QString untilText(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == now.toLocalTime().date())
        return time;
    return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QString devicesText(int n)
{
    return n == 1 ? RoomController::tr("1 device") : RoomController::tr("%1 devices").arg(n);
}

} // namespace

RoomController::RoomController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_indicator(new QFrame(window))
    , m_indicatorLabel(new QLabel(m_indicator))
    , m_queueButton(new QPushButton(m_indicator))
    , m_stopButton(new QPushButton(tr("Stop Room Mode"), m_indicator))
    , m_closeVoteButton(new QPushButton(tr("Close Vote"), m_indicator))
    , m_dock(new QDockWidget(tr("Notes from phones"), window))
{
    toggleRoom = makeAction(this, tr("&Start Room Mode…"), QStringLiteral("network-wireless"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Let people send notes from their phones over this room's own network"));
    showQueue = makeAction(this, tr("Notes from &Phones"), QStringLiteral("mail-message"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), tr("Show the notes waiting for your approval"));
    newJoinCode = makeAction(this, tr("&New Join Code"), QStringLiteral("view-refresh"), {},
        tr("Replace the join code: the old one stops working, devices already in stay in"));
    showJoinCode = makeAction(this, tr("Show Join Code on P&resenter"), QStringLiteral("video-display"), {},
        tr("Show the address, the join code and a QR code beside the projected slide"));
    noteTakerLinks = makeAction(this, tr("Note-&Taker Links…"), QStringLiteral("insert-link"), {},
        tr("Show each table's note-taker link and QR code, to scan with a tablet or print"));
    showJoinCode->setCheckable(true);
    showJoinCode->setChecked(true);
    openVote = makeAction(this, tr("Open &Dot Vote on This Board…"), QStringLiteral("emblem-default"), {},
        tr("Let the phones place dots on this board's notes, a number each"));
    closeVote = makeAction(this, tr("&Close Vote"), QStringLiteral("process-stop"), {},
        tr("End the dot vote: phones can place or take back no more dots"));

    // A submenu of Timekeeping (running the room), where R is free: as a menu of its own it had no
    // Alt-letter left, since R, O and M are each some page's label already (Role, Organisation,
    // Name), and an ambiguous one would silence both.
    QMenu *run = window->runActions()->menu;
    menu = new QMenu(tr("&Room Mode"), run);
    run->addSeparator();
    run->addMenu(menu);
    menu->addAction(toggleRoom);
    menu->addAction(showQueue);
    menu->addSeparator();
    menu->addAction(newJoinCode);
    menu->addAction(showJoinCode);
    menu->addAction(noteTakerLinks);
    menu->addSeparator();
    menu->addAction(openVote);
    menu->addAction(closeVote);
    for (QAction *action : { toggleRoom, showQueue, newJoinCode, showJoinCode, noteTakerLinks, openVote, closeVote })
        window->addAction(action);
    connect(noteTakerLinks, &QAction::triggered, this, &RoomController::showNoteTakerLinks);

    connect(toggleRoom, &QAction::triggered, this, [this] {
        if (isOn())
            stop();
        else
            startWithDialog();
    });
    connect(showQueue, &QAction::triggered, this, [this] {
        if (!m_panel)
            return;
        m_dock->show();
        m_dock->raise();
        m_panel->focusQueue();
    });
    connect(newJoinCode, &QAction::triggered, this, [this] {
        if (!m_service)
            return;
        m_service->newJoinCode();
        placeJoinPanel();
        updateIndicator();
        m_window->statusBar()->showMessage(
            tr("The new join code is %1. The old one no longer works; devices already in stay in.")
                .arg(m_service->joinCode()),
            10000);
    });
    connect(showJoinCode, &QAction::toggled, this, [this] { placeJoinPanel(); });
    connect(openVote, &QAction::triggered, this, &RoomController::openVoteWithDialog);
    connect(closeVote, &QAction::triggered, this, [this] {
        if (!m_service || !m_service->voteOpen())
            return;
        m_service->closeVote();
        m_window->statusBar()->showMessage(tr("The vote is closed. The dots placed stay on the notes."), 10000);
    });

    m_indicator->setObjectName(QStringLiteral("roomIndicator"));
    m_indicator->setStyleSheet(
        QStringLiteral("QFrame#roomIndicator { background: #1B5E7A; border-bottom: 1px solid #0F3B4D; }"
                       " QLabel#roomIndicatorText { color: white; font-weight: 600; }"));
    m_indicatorLabel->setObjectName(QStringLiteral("roomIndicatorText"));
    m_indicatorLabel->setTextFormat(Qt::PlainText);
    m_indicatorLabel->setWordWrap(true);
    m_indicatorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(m_indicator);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_indicatorLabel, 1);
    layout->addWidget(m_closeVoteButton);
    layout->addWidget(m_queueButton);
    layout->addWidget(m_stopButton);
    m_closeVoteButton->setToolTip(closeVote->toolTip());
    m_closeVoteButton->setAccessibleName(tr("Close Vote"));
    m_closeVoteButton->hide();
    connect(m_closeVoteButton, &QPushButton::clicked, closeVote, &QAction::trigger);
    m_queueButton->setToolTip(showQueue->toolTip());
    m_queueButton->setText(tr("Notes from Phones"));
    m_queueButton->setAccessibleName(m_queueButton->text());
    m_stopButton->setToolTip(tr("Stop room mode; everything received is kept (%1)")
                                 .arg(toggleRoom->shortcut().toString(QKeySequence::NativeText)));
    m_stopButton->setAccessibleName(tr("Stop Room Mode"));
    connect(m_queueButton, &QPushButton::clicked, showQueue, &QAction::trigger);
    connect(m_stopButton, &QPushButton::clicked, this, [this] { stop(); });
    m_indicator->hide();

    m_dock->setObjectName(QStringLiteral("roomDock"));
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    connect(window, &MainWindow::workshopOpened, this, &RoomController::updateActions);
    connect(window, &MainWindow::workshopClosed, this, &RoomController::updateActions);
    updateActions();
}

RoomController::~RoomController()
{
    stop(Waiting::Discard);
}

Result<void> RoomController::start(const RoomStart &how)
{
    Session *session = m_window->session();
    if (!session)
        return fail(tr("Open a workshop first: notes from phones go into it."));
    if (session->isReadOnly())
        return fail(tr("This workshop is open read-only, so notes from phones could not be kept in it."));
    if (isOn())
        return fail(tr("Room mode is already on."));
    QHostAddress address;
    if (!address.setAddress(how.address))
        return fail(tr("“%1” is not an address room mode can listen on.").arg(how.address));
    auto service = std::make_unique<room::RoomService>(*session);
    service->setModeration(how.moderated);
    auto server = std::make_unique<room::RoomServer>(*service);
    if (auto started = server->start(address, how.port); !started)
        return started;
    m_last = how;
    m_service = std::move(service);
    m_server = std::move(server);
    connect(m_service.get(), &room::RoomService::devicesChanged, this, &RoomController::updateIndicator);
    connect(m_service.get(), &room::RoomService::pendingChanged, this, &RoomController::updateIndicator);
    connect(m_service.get(), &room::RoomService::voteChanged, this, [this] {
        updateIndicator();
        updateActions();
    });
    connect(m_service.get(), &room::RoomService::joinCodeChanged, this, [this] {
        placeJoinPanel();
        updateIndicator();
    });

    m_panel = new ModerationPanel(*m_service, *session, m_dock);
    connect(m_panel, &ModerationPanel::failed, m_window, &MainWindow::showError);
    connect(m_panel, &ModerationPanel::statusMessage, this,
        [this](const QString &message) { m_window->statusBar()->showMessage(message, 8000); });
    m_dock->setWidget(m_panel);
    m_dock->show();
    m_indicator->show();
    if (!m_presenter)
        m_presenter = m_window->presenter();
    placeJoinPanel();
    updateIndicator();
    updateActions();
    m_window->statusBar()->showMessage(tr("Room mode is on: phones open %1 and type the code %2.")
                                           .arg(m_server->url(), m_service->joinCode()),
        10000);
    Q_EMIT started();
    return {};
}

Result<void> RoomController::startForPictures()
{
    RoomStart how;
    how.address = QStringLiteral("127.0.0.1");
    how.port = 0;
    if (auto started = start(how); !started)
        return started;
    postSampleNotes(*m_service, *m_window->session());
    const QList<QUuid> boards = edits::boardOrder(m_window->session()->data());
    if (!boards.isEmpty())
        (void)m_service->openVote(boards.front(), 3);
    return {};
}

void RoomController::startWithDialog()
{
    if (isOn())
        return;
    RoomStartDialog dialog(
        roomAddresses(), m_last, [this](const RoomStart &how) { return start(how); }, m_window);
    dialog.exec();
}

bool RoomController::stop(Waiting waiting)
{
    if (!isOn())
        return true;
    m_service->flush(); // notes gathered in the last few milliseconds go into the file now
    const int pending = int(m_service->pending().size());
    if (pending > 0 && waiting == Waiting::Ask) {
        // Phones asked to wait while the facilitator decides: their notes stay on the phone rather
        // than arriving in a queue that may be about to be discarded.
        m_service->setPaused(true);
        QMessageBox box(QMessageBox::Question, tr("Stop room mode"),
            pending == 1 ? tr("1 note from a phone is still waiting for your approval.")
                         : tr("%1 notes from phones are still waiting for your approval.").arg(pending),
            QMessageBox::NoButton, m_window);
        box.setInformativeText(
            tr("Approve them to put them on their boards, or discard them: a discarded note is "
               "not kept anywhere."));
        QPushButton *approve = box.addButton(tr("Approve All and Stop"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard Them and Stop"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep Room Mode On"), QMessageBox::RejectRole);
        box.setDefaultButton(approve);
        box.setEscapeButton(keep);
        box.exec();
        if (!m_service)
            return true; // stopped meanwhile
        m_service->setPaused(false);
        if (box.clickedButton() == approve)
            waiting = Waiting::ApproveAll;
        else if (box.clickedButton() == discard)
            waiting = Waiting::Discard;
        else
            return false;
    }
    if (waiting == Waiting::ApproveAll && !m_service->pending().empty()) {
        auto approved = m_service->approveAll();
        if (!approved) {
            m_window->showError(
                tr("The waiting notes could not be put on their boards, so room mode is still on. %1")
                    .arg(approved.message()));
            return false;
        }
        if (approved->boardGone > 0) {
            // Stopping now would lose them: room mode stays on until the facilitator decides.
            m_window->showError(
                tr("Room mode is still on. %1").arg(room::approvalMessage(*approved)));
            return false;
        }
    }
    // What listens to the service goes first, then the server (no new requests), then the service.
    delete m_panel;
    delete m_join;
    m_dock->hide();
    m_indicator->hide();
    m_server.reset();
    m_service->flush();
    m_service.reset();
    updateActions();
    m_window->statusBar()->showMessage(
        tr("Room mode is off. Every note received is in the workshop."), 10000);
    Q_EMIT stopped();
    return true;
}

void RoomController::openVoteWithDialog()
{
    if (!m_service)
        return;
    Session *session = m_window->session();
    if (session->data().boards.size() == 0) {
        m_window->showError(tr("There is no board to vote on yet. Add a board first."));
        return;
    }
    const QUuid onScreen = m_window->workspace() ? m_window->workspace()->currentBoard() : QUuid();
    VoteDialog dialog(*session, onScreen.isNull() ? m_service->voteBoard() : onScreen, m_window);
    if (dialog.exec() != QDialog::Accepted || !m_service)
        return;
    if (auto opened = m_service->openVote(dialog.board(), dialog.dots()); !opened) {
        m_window->showError(opened.message());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("The vote is open: phones in the room can place their dots now."), 10000);
}

void RoomController::attachPresenter(PresenterWindow *presenter)
{
    m_presenter = presenter;
    placeJoinPanel();
}

void RoomController::placeJoinPanel()
{
    if (!isOn() || !m_presenter) {
        delete m_join;
        return;
    }
    if (!m_join) {
        m_join = new JoinPanel(m_presenter);
        m_presenter->addPanel(m_join, Qt::RightEdge);
    }
    m_join->setRoom(m_server->url(), m_service->joinCode());
    // An expired code on the projector would only send people to a refusal.
    m_join->setVisible(showJoinCode->isChecked() && !m_service->joinCodeExpired());
}

ModerationPanel *RoomController::panel() const
{
    return m_panel;
}

JoinPanel *RoomController::joinPanel() const
{
    return m_join;
}

QString RoomController::indicatorText() const
{
    return m_indicatorLabel->text();
}

void RoomController::updateIndicator()
{
    if (!isOn())
        return;
    if (m_service->joinCodeExpired())
        m_indicatorLabel->setText(
            tr("Room mode is on — %1. The join code %2 has expired, so no more phones can join: "
               "make a new one (Room Mode → New Join Code).")
                .arg(devicesText(m_service->deviceCount()), m_service->joinCode()));
    else
        m_indicatorLabel->setText(
            tr("Room mode is on — %1. Phones open %2 and type the code %3 (it works until %4).")
                .arg(devicesText(m_service->deviceCount()), m_server->url(), m_service->joinCode(),
                    untilText(m_service->joinCodeExpires(), m_window->session()->now())));
    if (m_service->voteOpen()) {
        const Board *board = m_window->session()->data().boards.find(m_service->voteBoard());
        const int dots = m_service->voteDots();
        m_indicatorLabel->setText(m_indicatorLabel->text() + QLatin1Char(' ')
            + (dots == 1 ? tr("Dot vote open on “%1”: 1 dot per phone.").arg(board ? board->title : QString())
                         : tr("Dot vote open on “%1”: %2 dots per phone.")
                               .arg(board ? board->title : QString())
                               .arg(dots)));
    }
    m_closeVoteButton->setVisible(m_service->voteOpen());
    m_indicator->setAccessibleName(m_indicatorLabel->text());
    const int waiting = int(m_service->pending().size());
    m_queueButton->setText(waiting > 0 ? tr("Notes Waiting (%1)").arg(waiting) : tr("Notes from Phones"));
    m_queueButton->setAccessibleName(m_queueButton->text());
}

void RoomController::showNoteTakerLinks()
{
    Session *session = m_window->session();
    if (!isOn() || !session)
        return;
    std::vector<NoteTakerJoin> joins;
    for (const QUuid &id : edits::boardOrder(session->data())) {
        const cg::Board *board = session->data().boards.find(id);
        joins.push_back({ id, board->title, room::noteTakerLink(m_server->url(), m_service->joinCode(), id) });
    }
    if (joins.empty())
        return m_window->showError(tr("There are no boards yet: add a board for each table first."));
    auto *dialog = new NoteTakerLinksDialog(std::move(joins), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("noteTakerLinks"));
    dialog->show();
}

void RoomController::updateActions()
{
    const Session *session = m_window->session();
    toggleRoom->setText(isOn() ? tr("&Stop Room Mode") : tr("&Start Room Mode…"));
    toggleRoom->setEnabled(isOn() || (session && !session->isReadOnly()));
    for (QAction *action : { showQueue, newJoinCode, showJoinCode, noteTakerLinks, openVote })
        action->setEnabled(isOn());
    closeVote->setEnabled(isOn() && m_service->voteOpen());
}

} // namespace cg
