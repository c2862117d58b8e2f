// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigator.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QScrollArea;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace cg {

class AccessNeedsSummaryView;
class ActionsModel;
class ActionsView;
class BoardCommands;
class BoardsPage;
class FeedbackView;
class PhotosPage;
class SenseMakingPage;
class AgendaModel;
class AgendaView;
class BoardView;
class BoardsModel;
class CheckInView;
class ConsentDefaults;
class FeedbackModel;
class GroupsModel;
class GroupsView;
class ListPage;
class OverviewPage;
class PaymentsView;
class PeopleView;
class RunController;
class Session;
class SharePage;

/// One open workshop on screen: the navigator on the left and the page it points at. It owns the
/// list models, the people pages (people, check-in, payments, sharing one set of consent
/// defaults) and the board canvas; the main window owns the Session and outlives this.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    using Page = Navigator::Page;

    /// \a settings (may be null) keeps the consent defaults (method, recorded by) between days.
    explicit Workspace(Session *session, QWidget *parent = nullptr, QSettings *settings = nullptr);
    ~Workspace() override;

    void showPage(Page page);
    void showBoard(const QUuid &boardId);
    Page currentPage() const { return m_page; }
    /// The board on screen, or null when another page is showing.
    QUuid currentBoard() const;
    /// The agenda item selected in the agenda list, or null.
    QUuid currentAgendaItem() const;

    Navigator *navigator() const { return m_navigator; }
    OverviewPage *overview() const { return made(Page::Overview, m_overview); }
    BoardView *boardView() const { return m_boardView; }
    ListPage *listPage(Page page) const;
    // Every page but the board is made the first time it is shown or asked for here
    // (ensurePage), so that opening a large workshop waits only for what is on screen.
    SharePage *sharePage() const { return made(Page::Share, m_share); }
    PeopleView *peopleView() const { return made(Page::People, m_peopleView); }
    CheckInView *checkInView() const { return made(Page::CheckIn, m_checkIn); }
    PaymentsView *paymentsView() const { return made(Page::Payments, m_payments); }
    GroupsView *groupsView() const { return made(Page::Groups, m_groupsView); }
    ConsentDefaults *consentDefaults() const { return m_consentDefaults; }
    /// The access needs summary beside the agenda (the overview has its own).
    AccessNeedsSummaryView *agendaAccessNeeds() const { return made(Page::Agenda, m_agendaAccess); }
    AgendaView *agendaView() const { return made(Page::Agenda, m_agendaView); }
    /// The run of the day for this workshop.
    RunController *runController() const { return m_run; }
    BoardCommands *boardCommands() const { return m_boardCommands; }
    BoardsPage *boardsPage() const { return made(Page::Boards, m_boardsPage); }
    ActionsView *actionsView() const { return made(Page::Actions, m_actionsView); }
    FeedbackView *feedbackView() const { return made(Page::Feedback, m_feedbackView); }
    PhotosPage *photosPage() const { return made(Page::Photos, m_photosPage); }
    /// Its list of every note follows every edit of a note, which a table capturing on a
    /// 20,000-note workshop should not pay for until the page is wanted.
    SenseMakingPage *senseMakingPage() const { return made(Page::SenseMaking, m_senseMaking); }

public Q_SLOTS:
    /// Shows the find bar over the board (only on a board page).
    void startFind();
    /// Asks for a new board; it opens with the keyboard in the capture box.
    void newBoard();
    /// Opens the Actions page with a new action in its editor.
    void newAction();
    /// Opens the Feedback page with a new answer in its editor.
    void newFeedback();
    /// Asks for photos to add, to the board on screen (or the workshop as a whole).
    void addPhotos();
    /// Puts the keyboard in the page on screen: check-in's search box, the board's note box, the
    /// people list, …
    void enterPage();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void pageChanged(cg::Navigator::Page page);
    /// A board was put on screen (null when leaving the board page).
    void boardShown(const QUuid &boardId);
    void agendaItemChosen(const QUuid &itemId);
    void statusMessage(const QString &message);

private:
    /// The people, check-in and payments pages, made on first use.
    void ensurePage(Page page) const;
    void makePage(Page page);
    /// Puts \a widget, just made, in its page's scroll area.
    void place(Page page, QWidget *widget);
    template<typename T>
    T *made(Page page, T *const &member) const
    {
        ensurePage(page);
        return member;
    }
    QWidget *makeBoardPage();
    /// Puts \a page, one of the stack's, in a scroll area in its place.
    void updateBoardHeading();
    void sizeNavigator();

    Session *m_session;
    ConsentDefaults *m_consentDefaults;
    AgendaModel *m_agenda;
    GroupsModel *m_groups;
    BoardsModel *m_boards;
    ActionsModel *m_actions;
    FeedbackModel *m_feedback;
    Navigator *m_navigator;
    QStackedWidget *m_stack;
    OverviewPage *m_overview = nullptr;
    QSettings *m_settings = nullptr;
    SharePage *m_share = nullptr;
    mutable PeopleView *m_peopleView = nullptr;
    mutable CheckInView *m_checkIn = nullptr;
    mutable PaymentsView *m_payments = nullptr;
    GroupsView *m_groupsView = nullptr;
    AccessNeedsSummaryView *m_agendaAccess = nullptr;
    RunController *m_run = nullptr;
    AgendaView *m_agendaView = nullptr;
    BoardView *m_boardView = nullptr;
    QWidget *m_boardPage = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findText = nullptr;
    QLabel *m_findCount = nullptr;
    QLabel *m_boardTitle = nullptr;
    QLabel *m_boardPrompt = nullptr;
    BoardCommands *m_boardCommands = nullptr;
    BoardsPage *m_boardsPage = nullptr;
    ActionsView *m_actionsView = nullptr;
    FeedbackView *m_feedbackView = nullptr;
    PhotosPage *m_photosPage = nullptr;
    SenseMakingPage *m_senseMaking = nullptr;
    QHash<Page, QWidget *> m_pages;
    Page m_page = Page::Overview;
    QSplitter *m_splitter = nullptr;
    bool m_splitSized = false;
};

} // namespace cg
