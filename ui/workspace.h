// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigator.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace cg {

class AccessNeedsSummaryView;
class ActionsModel;
class AgendaModel;
class BoardView;
class BoardsModel;
class CheckInView;
class ConsentDefaults;
class FeedbackModel;
class GroupsModel;
class ListPage;
class OverviewPage;
class PaymentsView;
class PeopleView;
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
    OverviewPage *overview() const { return m_overview; }
    SharePage *sharePage() const { return m_share; }
    BoardView *boardView() const { return m_boardView; }
    ListPage *listPage(Page page) const;
    PeopleView *peopleView() const { return m_peopleView; }
    CheckInView *checkInView() const { return m_checkIn; }
    PaymentsView *paymentsView() const { return m_payments; }
    ConsentDefaults *consentDefaults() const { return m_consentDefaults; }
    /// The access needs summary under the agenda (the overview has its own).
    AccessNeedsSummaryView *agendaAccessNeeds() const { return m_agendaAccess; }

public Q_SLOTS:
    /// Shows the find bar over the board (only on a board page).
    void startFind();
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
    QWidget *makeBoardPage();
    QWidget *makeAgendaPage(ListPage *agenda);
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
    OverviewPage *m_overview;
    SharePage *m_share;
    PeopleView *m_peopleView = nullptr;
    CheckInView *m_checkIn = nullptr;
    PaymentsView *m_payments = nullptr;
    AccessNeedsSummaryView *m_agendaAccess = nullptr;
    ListPage *m_agendaList = nullptr;
    BoardView *m_boardView = nullptr;
    QWidget *m_boardPage = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findText = nullptr;
    QLabel *m_findCount = nullptr;
    QLabel *m_boardTitle = nullptr;
    QLabel *m_boardPrompt = nullptr;
    QHash<Page, QWidget *> m_pages;
    Page m_page = Page::Overview;
    QSplitter *m_splitter = nullptr;
    bool m_splitSized = false;
};

} // namespace cg
