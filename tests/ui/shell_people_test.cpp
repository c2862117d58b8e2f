// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The people work in the main window: the navigator's People, Check-in and Payments pages, access
// needs and payment totals on the overview and agenda, and no two shortcuts fighting for one key.

#include "appactions.h"
#include "board/boardview.h"
#include "commands/edits.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "presenterwindow.h"
#include "planning/accessneeds.h"
#include "people/accessneedssummary.h"
#include "people/checkinview.h"
#include "people/paymentsview.h"
#include "people/peopletablemodel.h"
#include "people/peopleview.h"
#include "session/session.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTabBar>
#include <QTableView>
#include <QSet>
#include <QTest>

#include <map>
#include <memory>

using namespace cg;

namespace {

/// Two people with access needs and payments (one owed, one paid), one board.
QString writePeopleWorkshop(const test::TempDir &dir)
{
    auto session = test::newSession(dir, QStringLiteral("people.cgw"));
    Workshop w = session->workshop();
    w.title = QStringLiteral("Getting to appointments");
    w.currency = QStringLiteral("GBP");
    REQUIRE(session->perform(edits::editWorkshop(session->data(), w)).ok());
    Participant ann;
    ann.displayName = QStringLiteral("Ann Lowe");
    ann.accessNeeds = { AccessNeed::HearingLoop, AccessNeed::StepFree };
    Participant bo;
    bo.displayName = QStringLiteral("Bo Reyes");
    bo.accessNeeds = { AccessNeed::StepFree };
    for (const Participant &p : { ann, bo })
        REQUIRE(session->perform(edits::addParticipant(session->data(), p)).ok());
    const auto &people = session->data().participants.rows();
    Payment owed;
    owed.participantId = people.at(0).id;
    owed.hoursSession = 3;
    owed.rateMinor = 2500;
    owed.expensesTravelMinor = 450;
    REQUIRE(session->perform(edits::setPayment(session->data(), owed)).ok());
    Payment paid;
    paid.participantId = people.at(1).id;
    paid.hoursSession = 2;
    paid.rateMinor = 2500;
    paid.status = PaymentStatus::Paid;
    paid.paidDate = QDate(2026, 11, 22);
    REQUIRE(session->perform(edits::setPayment(session->data(), paid)).ok());
    Board board;
    board.title = QStringLiteral("Getting there");
    REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
    return session->filePath();
}

struct Window
{
    explicit Window(const test::TempDir &dir)
        : settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , window(std::make_unique<MainWindow>(&settings))
    {
        window->resize(1600, 1000);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openFile(writePeopleWorkshop(dir)));
    }
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

bool enabledAndShown(const QWidget *w)
{
    return w && w->isVisible() && w->isEnabled();
}

/// Every key that works from anywhere in the window while \a page is showing (menu titles, the
/// window's enabled actions, mnemonics of visible labels, buttons, tabs and group boxes, and
/// window-wide shortcuts), with where each comes from; and, separately, the keys that work only
/// when the keyboard is inside some part of the page.
struct KeyMap
{
    std::multimap<QString, QString> windowWide;
    std::multimap<QString, QString> local;

    void add(std::multimap<QString, QString> &into, const QKeySequence &key, const QString &from)
    {
        if (!key.isEmpty())
            into.emplace(key.toString(QKeySequence::PortableText), from);
    }

    explicit KeyMap(QMainWindow *window)
    {
        for (QAction *menu : window->menuBar()->actions())
            add(windowWide, QKeySequence::mnemonic(menu->text()), QStringLiteral("menu ") + menu->text());
        for (QAction *action : window->actions())
            if (action->isEnabled())
                for (const QKeySequence &key : action->shortcuts())
                    add(windowWide, key, QStringLiteral("action ") + action->text());
        for (QLabel *label : window->findChildren<QLabel *>())
            if (enabledAndShown(label) && label->buddy())
                add(windowWide, QKeySequence::mnemonic(label->text()), QStringLiteral("label ") + label->text());
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
            if (enabledAndShown(button))
                add(windowWide, QKeySequence::mnemonic(button->text()), QStringLiteral("button ") + button->text());
        for (QGroupBox *box : window->findChildren<QGroupBox *>())
            if (enabledAndShown(box) && box->isCheckable())
                add(windowWide, QKeySequence::mnemonic(box->title()), QStringLiteral("group ") + box->title());
        for (QTabBar *tabs : window->findChildren<QTabBar *>())
            if (enabledAndShown(tabs))
                for (int i = 0; i < tabs->count(); ++i)
                    add(windowWide, QKeySequence::mnemonic(tabs->tabText(i)), QStringLiteral("tab ") + tabs->tabText(i));
        // Actions that belong to a widget on the page (the quick-capture bar's): window-wide or
        // only while the keyboard is in that widget, as their context says. (A WidgetShortcut one
        // that sits in a menu only shows its key there: a label's mnemonic does the work.)
        const QList<QAction *> windowActions = window->actions();
        QSet<QAction *> counted(windowActions.begin(), windowActions.end());
        for (QWidget *owner : window->findChildren<QWidget *>()) {
            if (!enabledAndShown(owner))
                continue;
            for (QAction *action : owner->actions()) {
                if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut || counted.contains(action))
                    continue;
                counted.insert(action);
                auto &into = action->shortcutContext() == Qt::WindowShortcut ? windowWide : local;
                for (const QKeySequence &key : action->shortcuts())
                    add(into, key, QStringLiteral("action ") + action->text());
            }
        }
        for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
            const auto *owner = qobject_cast<QWidget *>(shortcut->parent());
            if (!shortcut->isEnabled() || !enabledAndShown(owner))
                continue;
            auto &into = shortcut->context() == Qt::WindowShortcut ? windowWide : local;
            for (const QKeySequence &key : shortcut->keys())
                add(into, key, QStringLiteral("shortcut on ") + QLatin1String(owner->metaObject()->className()));
        }
    }

    /// Keys claimed twice: two window-wide claims, or a local one shadowed by a window-wide one.
    QStringList clashes() const
    {
        QStringList out;
        for (auto it = windowWide.begin(); it != windowWide.end(); it = windowWide.upper_bound(it->first)) {
            if (windowWide.count(it->first) > 1) {
                QStringList who;
                const auto [from, to] = windowWide.equal_range(it->first);
                for (auto j = from; j != to; ++j)
                    who << j->second;
                out << it->first + QStringLiteral(": ") + who.join(QStringLiteral(" / "));
            }
        }
        for (const auto &[key, from] : local)
            if (windowWide.count(key) > 0)
                out << key + QStringLiteral(": ") + from + QStringLiteral(" / ") + windowWide.find(key)->second;
        return out;
    }
};

} // namespace

TEST_CASE("People and Check-in and Payments are pages of the workspace under People", "[shell][people]")
{
    test::TempDir dir;
    Window w(dir);
    Workspace *workspace = w.window->workspace();
    REQUIRE(workspace);
    workspace->showPage(Navigator::Page::People);
    REQUIRE(workspace->peopleView());
    CHECK(workspace->peopleView()->isVisible());
    CHECK(workspace->peopleView()->model()->rowCount() == 2);

    workspace->showPage(Navigator::Page::CheckIn);
    REQUIRE(workspace->checkInView());
    CHECK(workspace->checkInView()->isVisible());
    CHECK(workspace->navigator()->currentItem()->text(0) == QStringLiteral("Check-in"));
    CHECK(workspace->navigator()->currentItem()->parent()->text(0) == QStringLiteral("People"));
    CHECK(workspace->checkInView()->list()->model()->rowCount() == 2);

    workspace->showPage(Navigator::Page::Payments);
    REQUIRE(workspace->paymentsView());
    CHECK(workspace->paymentsView()->isVisible());
    CHECK(workspace->paymentsView()->totalsText().contains(QStringLiteral("£")));
}

TEST_CASE("the overview shows payment totals and access needs and so does the agenda page", "[shell][people]")
{
    test::TempDir dir;
    Window w(dir);
    Workspace *workspace = w.window->workspace();
    OverviewPage *overview = workspace->overview();
    const QString money = overview->paymentsText();
    // Ann: 3 h × £25 + £4.50 travel, owed; Bo: 2 h × £25, paid.
    CHECK(money.contains(QStringLiteral("£79.50 owed to 1 person")));
    CHECK(money.contains(QStringLiteral("£50.00 paid to 1 person")));
    CHECK(money.contains(QStringLiteral("£129.50")));
    REQUIRE(overview->accessNeeds());
    CHECK(overview->accessNeeds()->summaryText().contains(QStringLiteral("Ann Lowe"))); // team view: names
    CHECK(overview->accessNeeds()->summaryText().contains(accessNeedWords(AccessNeed::StepFree) + QStringLiteral(": 2")));

    workspace->showPage(Navigator::Page::Agenda);
    REQUIRE(workspace->agendaAccessNeeds());
    CHECK(workspace->agendaAccessNeeds()->isVisible());
    CHECK(workspace->agendaAccessNeeds()->summaryText().contains(accessNeedWords(AccessNeed::HearingLoop)));

    // Both follow edits.
    Session *session = w.window->session();
    Participant cy;
    cy.displayName = QStringLiteral("Cy Dunn");
    cy.accessNeeds = { AccessNeed::StepFree };
    REQUIRE(session->perform(edits::addParticipant(session->data(), cy)).ok());
    CHECK(workspace->agendaAccessNeeds()->summaryText().contains(accessNeedWords(AccessNeed::StepFree) + QStringLiteral(": 3")));
    CHECK(overview->paymentsText().contains(QStringLiteral("No payment recorded yet for 1 person.")));
}

TEST_CASE("no two shortcuts claim the same key on any page", "[shell][keyboard]")
{
    test::TempDir dir;
    Window w(dir);
    Workspace *workspace = w.window->workspace();
    const std::pair<Navigator::Page, const char *> pages[] = {
        { Navigator::Page::Overview, "overview" },
        { Navigator::Page::Agenda, "agenda" },
        { Navigator::Page::People, "people" },
        { Navigator::Page::CheckIn, "check-in" },
        { Navigator::Page::Payments, "payments" },
        { Navigator::Page::Board, "board" },
    };
    for (const auto &[page, name] : pages) {
        if (page == Navigator::Page::Board)
            workspace->showBoard(workspace->navigator()->boardIds().value(0));
        else
            workspace->showPage(page);
        QApplication::processEvents();
        REQUIRE(workspace->currentPage() == page);
        INFO("page: " << name);
        const KeyMap keys(w.window.get());
        CHECK(keys.windowWide.size() > 5); // the menus and actions were found
        CHECK(keys.clashes() == QStringList());
    }
    // The consent tab of the people page too.
    workspace->showPage(Navigator::Page::People);
    workspace->peopleView()->selectParticipant(w.window->session()->data().participants.rows().at(0).id);
    workspace->peopleView()->showConsent();
    QApplication::processEvents();
    CHECK(KeyMap(w.window.get()).clashes() == QStringList());
}
