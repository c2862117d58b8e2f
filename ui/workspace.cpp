// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "board/boardview.h"
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
    , m_overview(new OverviewPage(session, this))
    , m_share(new SharePage(session, this))
{
    auto addList
        = [this](Page page, const QString &title, const QString &description, SessionTableModel *model) {
              auto *list = new ListPage(title, description, model, m_stack);
              m_pages.insert(page, list);
              m_stack->addWidget(list);
              return list;
          };
    m_pages.insert(Page::Overview, m_overview);
    m_stack->addWidget(m_overview);
    ListPage *agenda = addList(Page::Agenda, tr("Agenda"),
        tr("The running order of the day; start times follow from the durations."), m_agenda);
    m_agendaList = agenda;
    // The agenda page is the list with the venue's access needs beside it (planning the room and
    // the breaks goes with planning the day).
    QWidget *agendaPage = makeAgendaPage(agenda);
    m_pages.insert(Page::Agenda, agendaPage);
    m_stack->addWidget(agendaPage);

    // People, check-in and payments share the consent defaults, so the method and "recorded by"
    // chosen at check-in are what the people page offers next.
    m_peopleView = new PeopleView(session, m_stack, m_consentDefaults);
    m_checkIn = new CheckInView(session, m_stack, m_consentDefaults);
    m_payments = new PaymentsView(session, m_stack);
    for (const auto &[page, widget] : { std::pair<Page, QWidget *> { Page::People, m_peopleView },
             { Page::CheckIn, m_checkIn }, { Page::Payments, m_payments } }) {
        if (QLayout *layout = widget->layout())
            layout->setContentsMargins(28, 24, 28, 20); // as the list pages
        // A stack is as tall as its tallest page: in a scroll area these forms cannot push the
        // window past a laptop's screen (and the status bar off it).
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidget(widget);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusProxy(widget);
        m_pages.insert(page, scroll);
        m_stack->addWidget(scroll);
    }
    addList(Page::Groups, tr("Groups"), tr("Breakout groups and who sits at each table."), m_groups);
    ListPage *boards = addList(Page::Boards, tr("Boards"),
        tr("Sticky-note boards by agenda item and group. Press Enter to open one."), m_boards);
    addList(
        Page::Actions, tr("Actions"), tr("What will happen next, who will do it and by when."), m_actions);
    addList(Page::Feedback, tr("Feedback"), tr("What people said about the day."), m_feedback);
    // In a scroll area like the people pages: its explanations are taller than a small screen.
    auto *shareScroll = new QScrollArea(m_stack);
    shareScroll->setWidget(m_share);
    shareScroll->setWidgetResizable(true);
    shareScroll->setFrameShape(QFrame::NoFrame);
    shareScroll->setFocusProxy(m_share);
    m_pages.insert(Page::Share, shareScroll);
    m_stack->addWidget(shareScroll);
    m_boardPage = makeBoardPage();
    m_pages.insert(Page::Board, m_boardPage);
    m_stack->addWidget(m_boardPage);

    connect(boards, &ListPage::activated, this, &Workspace::showBoard);
    connect(agenda, &ListPage::currentChanged, this, &Workspace::agendaItemChosen);
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

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_stack);
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

QWidget *Workspace::makeBoardPage()
{
    auto *page = new QWidget(m_stack);
    m_boardView = new BoardView(m_session, page);
    connect(m_boardView, &BoardView::statusMessage, this, &Workspace::statusMessage);

    m_findBar = new QWidget(page);
    m_findText = new QLineEdit(m_findBar);
    m_findText->setPlaceholderText(tr("Find notes containing…"));
    m_findText->setAccessibleName(tr("Find on this board"));
    m_findText->setClearButtonEnabled(true);
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

QWidget *Workspace::makeAgendaPage(ListPage *agenda)
{
    auto *page = new QWidget(m_stack);
    m_stack->removeWidget(agenda);
    m_agendaAccess = new AccessNeedsSummaryView(m_session, page, Audience::Team);
    m_agendaAccess->setObjectName(QStringLiteral("agendaAccessNeeds"));
    auto *side = new QScrollArea(page);
    side->setWidget(m_agendaAccess);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setMinimumWidth(300);
    side->setMaximumWidth(420);
    if (QLayout *layout = m_agendaAccess->layout())
        layout->setContentsMargins(4, 24, 24, 20); // level with the agenda's heading
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(agenda, 1);
    layout->addWidget(side, 0);
    // On a small screen or in large type the access needs go under the agenda, not squeeze it.
    stackWhenNarrow(page, layout, [](const QWidget *w) { return w->fontMetrics().averageCharWidth() * 120; },
        [side](bool stacked) { side->setMaximumWidth(stacked ? QWIDGETSIZE_MAX : 420); });
    agenda->show(); // the stack hid it while it was one of its pages
    page->setFocusProxy(agenda);
    return page;
}

ListPage *Workspace::listPage(Page page) const
{
    if (page == Page::Agenda)
        return m_agendaList;
    return qobject_cast<ListPage *>(m_pages.value(page));
}

void Workspace::showPage(Page page)
{
    if (page == Page::Board) {
        showBoard(m_boardView->board());
        return;
    }
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
    return m_agendaList->currentId();
}

void Workspace::showEvent(QShowEvent *event)
{
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
