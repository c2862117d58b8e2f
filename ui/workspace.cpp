// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"
#include "look.h"

#include "agenda/agendaview.h"
#include "actions/actionsview.h"
#include "board/boardview.h"
#include "boards/boardcommands.h"
#include "boards/boardspage.h"
#include "feedback/feedbackview.h"
#include "groups/groupsview.h"
#include "flowlayout.h"
#include "listpage.h"
#include "models/actionsmodel.h"
#include "models/agendamodel.h"
#include "models/boardsmodel.h"
#include "models/feedbackmodel.h"
#include "models/groupsmodel.h"
#include "overviewpage.h"
#include "people/accessneedssummary.h"
#include "people/checkinview.h"
#include "people/consentdefaults.h"
#include "people/paymentsview.h"
#include "people/peopleview.h"
#include "run/runcontroller.h"
#include "photos/photospage.h"
#include "sensemaking/sensemakingpage.h"
#include "session/session.h"
#include "sharepage.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cg {

Workspace::Workspace(Session *session, QWidget *parent, QSettings *settings)
    : QWidget(parent)
    , m_session(session)
    , m_consentDefaults(new ConsentDefaults(settings, this))
    , m_agenda(new AgendaModel(session, this))
    , m_groups(new GroupsModel(session, this))
    , m_boards(new BoardsModel(session, this))
    , m_actions(new ActionsModel(session, this))
    , m_feedback(new FeedbackModel(session, this))
    , m_navigator(new Navigator(m_boards, this))
    , m_stack(new QStackedWidget(this))
    , m_settings(settings)
{
    // The navigator and the (still empty) stack go into the splitter first: moving a stack full of
    // pages to a new parent makes every widget in it take its style again, which took longer than
    // loading a 20,000-note workshop.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_stack);
    // The overview has no scroll area of its own to sit in: a plain holder, first in the stack.
    auto *overviewHolder = new QWidget(m_stack);
    auto *holderLayout = new QVBoxLayout(overviewHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_pages.insert(Page::Overview, overviewHolder);
    m_stack->addWidget(overviewHolder);
    // The run of the day and the board commands work whether or not their pages were ever shown.
    m_run = new RunController(session, {}, this);
    m_boardCommands = new BoardCommands(session, this);
    m_navigator->setBoardCommands(m_boardCommands);
    connect(m_boardCommands, &BoardCommands::statusMessage, this, &Workspace::statusMessage);
    connect(m_boardCommands, &BoardCommands::openRequested, this, &Workspace::showBoard);
    connect(m_boardCommands, &BoardCommands::boardCreated, this, [this](const QUuid &id) {
        showBoard(id);
        m_boardView->focusCapture();
    });
    // Every other page is made when it is first needed (ensurePage): with a large workshop the
    // pages together cost several times what the board the facilitator opens costs, and that is
    // what they are waiting for. Each sits in a scroll area: a stack is as wide and tall as its
    // largest page, and at 200 % or in 22 pt type a form would otherwise push the window past a
    // laptop's screen (and the status bar off it).
    for (const Page page : { Page::Agenda, Page::People, Page::CheckIn, Page::Payments, Page::Groups, Page::Boards,
             Page::Actions, Page::Feedback, Page::Photos, Page::SenseMaking, Page::Share }) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_pages.insert(page, scroll);
        m_stack->addWidget(scroll);
    }
    // The board on screen was deleted (here or by undo): back to the list of boards.
    connect(m_session, &Session::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Board && change.kind == Change::Kind::Removed && m_page == Page::Board
            && change.id == m_boardView->board()) {
            QTimer::singleShot(0, this, [this] {
                if (m_page == Page::Board && !m_session->data().boards.contains(m_boardView->board()))
                    showPage(Page::Boards);
            });
        }
    });
    m_boardPage = makeBoardPage();
    m_pages.insert(Page::Board, m_boardPage);
    m_stack->addWidget(m_boardPage);

    // Starting an item with boards (a breakout makes one per group) opens the first of them.
    connect(m_run, &RunController::itemStarted, this, [this](const QUuid &itemId) {
        const QList<QUuid> itemBoards = m_run->boardsOf(itemId);
        if (!itemBoards.isEmpty())
            showBoard(itemBoards.first());
    });
    connect(m_run, &RunController::message, this, &Workspace::statusMessage);
    connect(m_run, &RunController::failed, this, &Workspace::statusMessage);
    connect(m_navigator, &Navigator::pageChosen, this, &Workspace::showPage);
    connect(m_navigator, &Navigator::boardChosen, this, &Workspace::showBoard);
    // Choosing a place (Enter or a click, not passing it with the arrows) takes the keyboard there,
    // so the first letter typed lands in check-in's search box or the board's note box.
    connect(m_navigator, &Navigator::placeEntered, this, &Workspace::enterPage);

    // F6 moves between panes (a common desktop convention): from anywhere in a page back to the
    // navigator, and from the navigator into the page. Alt+digits belong to the capture bar.
    auto *switchPane = new QShortcut(QKeySequence(Qt::Key_F6), this);
    switchPane->setContext(Qt::WidgetWithChildrenShortcut);
    connect(switchPane, &QShortcut::activated, this, [this] {
        if (m_navigator->hasFocus())
            m_stack->currentWidget()->setFocus();
        else
            m_navigator->setFocus();
    });

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 360, 1240 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_navigator);
}

Workspace::~Workspace() = default;

void Workspace::ensurePage(Page page) const
{
    // The accessors are const; making a page on first use changes nothing anyone could observe.
    const_cast<Workspace *>(this)->makePage(page);
}

void Workspace::makePage(Page page)
{
    QWidget *made = nullptr;
    switch (page) {
    case Page::Agenda:
        if (m_agendaView)
            return;
        m_agendaView = new AgendaView(m_session, m_agenda, m_run, m_stack);
        m_agendaAccess = m_agendaView->accessNeeds();
        connect(m_agendaView, &AgendaView::currentChanged, this, &Workspace::agendaItemChosen);
        connect(m_agendaView, &AgendaView::statusMessage, this, &Workspace::statusMessage);
        connect(m_agendaView, &AgendaView::boardRequested, this, &Workspace::showBoard);
        made = m_agendaView;
        break;
    case Page::People:
    case Page::CheckIn:
    case Page::Payments:
        // People, check-in and payments share the consent defaults, so the method and "recorded
        // by" chosen at check-in are what the people page offers next: they are made together.
        if (m_peopleView)
            return;
        m_peopleView = new PeopleView(m_session, m_stack, m_consentDefaults);
        m_checkIn = new CheckInView(m_session, m_stack, m_consentDefaults);
        m_payments = new PaymentsView(m_session, m_stack);
        for (const auto &[each, widget] : { std::pair<Page, QWidget *> { Page::People, m_peopleView },
                 { Page::CheckIn, m_checkIn }, { Page::Payments, m_payments } }) {
            if (QLayout *layout = widget->layout())
                layout->setContentsMargins(28, 24, 28, 20); // as the list pages
            place(each, widget);
        }
        return;
    case Page::Groups:
        if (m_groupsView)
            return;
        m_groupsView = new GroupsView(m_session, m_groups, m_stack);
        connect(m_groupsView, &GroupsView::statusMessage, this, &Workspace::statusMessage);
        made = m_groupsView;
        break;
    case Page::Boards:
        if (m_boardsPage)
            return;
        m_boardsPage = new BoardsPage(m_boards, m_boardCommands, m_stack);
        connect(m_boardsPage, &BoardsPage::openRequested, this, &Workspace::showBoard);
        made = m_boardsPage;
        break;
    case Page::Actions:
        if (m_actionsView)
            return;
        m_actionsView = new ActionsView(m_session, m_actions, m_stack);
        connect(m_actionsView, &RecordsView::statusMessage, this, &Workspace::statusMessage);
        made = m_actionsView;
        break;
    case Page::Feedback:
        if (m_feedbackView)
            return;
        m_feedbackView = new FeedbackView(m_session, m_feedback, m_stack);
        connect(m_feedbackView, &RecordsView::statusMessage, this, &Workspace::statusMessage);
        made = m_feedbackView;
        break;
    case Page::Photos:
        if (m_photosPage)
            return;
        m_photosPage = new PhotosPage(m_session, m_stack);
        connect(m_photosPage, &PhotosPage::statusMessage, this, &Workspace::statusMessage);
        made = m_photosPage;
        break;
    case Page::SenseMaking:
        if (m_senseMaking)
            return;
        m_senseMaking = new SenseMakingPage(m_session, m_stack);
        connect(m_senseMaking, &SenseMakingPage::statusMessage, this, &Workspace::statusMessage);
        made = m_senseMaking;
        break;
    case Page::Share:
        if (m_share)
            return;
        m_share = new SharePage(m_session, m_stack, m_settings, m_consentDefaults);
        made = m_share;
        break;
    case Page::Overview:
        if (m_overview)
            return;
        m_overview = new OverviewPage(m_session, m_stack);
        made = m_overview;
        break;
    case Page::Board:
        return; // made with the workspace
    }
    place(page, made);
}

void Workspace::place(Page page, QWidget *widget)
{
    QWidget *holder = m_pages.value(page);
    if (auto *scroll = qobject_cast<QScrollArea *>(holder)) {
        scroll->setWidget(widget);
    } else {
        holder->layout()->addWidget(widget);
        widget->show(); // now, not when the layout next gets round to it: no empty frame first
    }
    holder->setFocusProxy(widget);
}

QWidget *Workspace::makeBoardPage()
{
    auto *page = new QWidget(m_stack);
    m_boardView = new BoardView(m_session, page);
    connect(m_boardView, &BoardView::statusMessage, this, &Workspace::statusMessage);

    m_findBar = new QWidget(page);
    m_findText = new QLineEdit(m_findBar);
    m_findText->setPlaceholderText(tr("Find notes containing…"));
    m_findText->setAccessibleName(tr("Find on this board"));
    look::addClearButton(m_findText);
    m_findCount = new QLabel(m_findBar);
    auto *label = new QLabel(tr("F&ind:"), m_findBar);
    label->setBuddy(m_findText);
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(12, 6, 12, 6);
    row->addWidget(label);
    row->addWidget(m_findText, 1);
    row->addWidget(m_findCount);
    row->addWidget(close);
    m_findBar->hide();

    auto hideFind = [this] {
        m_findText->clear();
        m_findBar->hide();
        m_boardView->setFocus();
    };
    connect(close, &QToolButton::clicked, this, hideFind);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findText);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, hideFind);
    connect(m_findText, &QLineEdit::textChanged, m_boardView, &BoardView::find);
    connect(m_boardView, &BoardView::findResults, this, [this](int matches) {
        m_findCount->setText(
            m_findText->text().isEmpty() ? QString() : tr("Matching notes: %1").arg(matches));
    });

    // The board's title and prompt over the canvas: the question the table is answering.
    m_boardTitle = new QLabel(page);
    m_boardTitle->setObjectName(QStringLiteral("sectionHeading"));
    m_boardTitle->setTextFormat(Qt::PlainText);
    m_boardPrompt = new QLabel(page);
    m_boardPrompt->setObjectName(QStringLiteral("hint"));
    m_boardPrompt->setTextFormat(Qt::PlainText);
    m_boardPrompt->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->setContentsMargins(16, 10, 16, 8);
    heading->setSpacing(2);
    heading->addWidget(m_boardTitle);
    heading->addWidget(m_boardPrompt);
    connect(m_session, &Session::editApplied, this, &Workspace::updateBoardHeading);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(heading);
    layout->addWidget(m_findBar);
    layout->addWidget(m_boardView, 1);
    page->setFocusProxy(m_boardView);
    return page;
}

ListPage *Workspace::listPage(Page page) const
{
    if (page == Page::Boards || page == Page::Actions || page == Page::Feedback)
        ensurePage(page);
    if (page == Page::Boards)
        return m_boardsPage->list();
    if (page == Page::Actions)
        return m_actionsView->list();
    if (page == Page::Feedback)
        return m_feedbackView->list();
    return nullptr;
}

void Workspace::showPage(Page page)
{
    if (page == Page::Board) {
        showBoard(m_boardView->board());
        return;
    }
    makePage(page);
    (void)listPage(page); // makes a list page's rows on its first showing
    const bool leavingBoard = m_page == Page::Board;
    m_page = page;
    m_stack->setCurrentWidget(m_pages.value(page));
    m_navigator->showPage(page);
    if (leavingBoard)
        Q_EMIT boardShown({});
    Q_EMIT pageChanged(page);
}

void Workspace::showBoard(const QUuid &boardId)
{
    if (!m_session->data().boards.contains(boardId))
        return;
    m_page = Page::Board;
    if (m_boardView->board() != boardId) {
        m_boardView->setBoard(boardId);
        // Fit once the page has its final size (it may be about to be shown for the first time).
        QTimer::singleShot(0, m_boardView, &BoardView::zoomToFit);
    }
    updateBoardHeading();
    m_stack->setCurrentWidget(m_boardPage);
    m_navigator->showBoard(boardId);
    Q_EMIT pageChanged(Page::Board);
    Q_EMIT boardShown(boardId);
}

void Workspace::updateBoardHeading()
{
    const Board *board = m_session->data().boards.find(m_boardView->board());
    m_boardTitle->setText(board ? board->title : QString());
    m_boardPrompt->setText(board ? board->prompt : QString());
    m_boardPrompt->setVisible(board && !board->prompt.isEmpty());
}

QUuid Workspace::currentBoard() const
{
    return m_page == Page::Board ? m_boardView->board() : QUuid();
}

QUuid Workspace::currentAgendaItem() const
{
    return agendaView()->currentItem();
}

void Workspace::newBoard()
{
    m_boardCommands->newBoard();
}

void Workspace::newAction()
{
    showPage(Page::Actions);
    actionsView()->startNew();
}

void Workspace::newFeedback()
{
    showPage(Page::Feedback);
    feedbackView()->startNew();
}

void Workspace::addPhotos()
{
    const QUuid board = currentBoard();
    if (board.isNull())
        showPage(Page::Photos);
    photosPage()->addPhotosWithDialog(board);
}

void Workspace::showEvent(QShowEvent *event)
{
    // The page on screen is made by now (showPage() makes the others): the overview, unless the
    // workspace was told to start elsewhere before it was first shown.
    makePage(m_page);
    QWidget::showEvent(event);
    if (!m_splitSized && width() > 0) {
        m_splitSized = true;
        sizeNavigator();
    }
}

void Workspace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new text size (Preferences): the navigator's share again, rather than wherever the larger
    // or smaller names pushed it.
    if (event->type() == QEvent::FontChange && m_splitSized)
        QTimer::singleShot(0, this, &Workspace::sizeNavigator);
}

void Workspace::sizeNavigator()
{
    // A fifth of the width, within reason, so a small laptop keeps most of its width for the page.
    const int least = std::max(m_navigator->minimumWidth(), m_navigator->minimumSizeHint().width());
    const int navigator = std::max(least, std::min(width() / 5, 360));
    m_splitter->setSizes({ navigator, width() - navigator });
}

void Workspace::enterPage()
{
    if (QWidget *page = m_stack->currentWidget())
        page->setFocus(Qt::OtherFocusReason);
}

void Workspace::startFind()
{
    if (m_page != Page::Board)
        return;
    m_findBar->show();
    m_findText->setFocus();
    m_findText->selectAll();
}

} // namespace cg
