// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The check-in list shows each person's personal code for room mode ("say who I am"), so the
// facilitator can read it out or write it down at the door.
#include "commands/edits.h"
#include "people/checkinconsentform.h"
#include "people/checkinview.h"
#include "people/consentdefaults.h"
#include "people/peopletablemodel.h"
#include "people/personalcode.h"
#include "session/session.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace cg;

namespace {

QUuid addPerson(Session &session, const QString &name)
{
    Participant p;
    p.id = newId();
    p.displayName = name;
    p.attendance = Attendance::Confirmed;
    REQUIRE(session.perform(edits::addParticipant(session.data(), p)).ok());
    return p.id;
}

int codeColumn(const QTableView *list)
{
    const QAbstractItemModel *model = list->model();
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Personal code"))
            return c;
    return -1;
}

QString codeShownFor(const QTableView *list, const QString &name)
{
    const QAbstractItemModel *model = list->model();
    const int column = codeColumn(list);
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, PeopleTableModel::NameColumn).data().toString() == name)
            return model->index(r, column).data().toString();
    return {};
}

} // namespace

TEST_CASE("The check-in list shows each person's personal code", "[ui][people][checkin][room]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QUuid alice = addPerson(*session, QStringLiteral("Alice Brown"));
    const QUuid bob = addPerson(*session, QStringLiteral("Bob Singh"));

    ConsentDefaults defaults;
    CheckInView view(session.get(), nullptr, &defaults);
    QAbstractItemModelTester tester(view.list()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    const int column = codeColumn(view.list());
    REQUIRE(column >= 0);
    CHECK(!view.list()->isColumnHidden(column));
    // Right after the name, consent and attendance: what the door needs, then the code.
    CHECK(view.list()->horizontalHeader()->visualIndex(column) == 3);
    const QString aliceCode = personalcode::spaced(personalcode::of(session->data(), alice));
    const QString bobCode = personalcode::spaced(personalcode::of(session->data(), bob));
    CHECK(aliceCode.size() == 9);
    CHECK(codeShownFor(view.list(), QStringLiteral("Alice Brown")) == aliceCode);
    CHECK(codeShownFor(view.list(), QStringLiteral("Bob Singh")) == bobCode);
    CHECK(aliceCode != bobCode);

    // Read letter by letter by a screen reader; the row's id is there as on every other cell.
    const QModelIndex first = view.list()->model()->index(0, column);
    CHECK(first.data(Qt::AccessibleTextRole).toString().count(QLatin1Char(' ')) == 7);
    CHECK(first.data(PeopleTableModel::IdRole).toUuid() == alice);

    // Found by name like any row; the code goes with its person through sorting and filtering.
    const QUuid carol = addPerson(*session, QStringLiteral("Aaron Carol"));
    CHECK(codeShownFor(view.list(), QStringLiteral("Aaron Carol"))
        == personalcode::spaced(personalcode::of(session->data(), carol)));
    view.searchField()->setText(QStringLiteral("bob"));
    REQUIRE(view.list()->model()->rowCount() == 1);
    CHECK(view.list()->model()->index(0, column).data().toString() == bobCode);
    CHECK(view.currentParticipant() == bob);

    // Clicking the code chooses the person, as clicking the name does.
    view.searchField()->clear();
    view.list()->setCurrentIndex(view.list()->model()->index(2, column));
    CHECK(!view.currentParticipant().isNull());

    // After the check-in, the message the facilitator reads out gives the code.
    view.searchField()->setText(QStringLiteral("bob"));
    REQUIRE(view.arrive());
    Q_EMIT view.consentForm()->finished(0);
    bool told = false;
    for (const QLabel *label : view.findChildren<QLabel *>())
        told = told || (label->text().contains(QStringLiteral("Bob Singh")) && label->text().contains(bobCode));
    CHECK(told);

    // People leaving the list (undo) keep the model consistent (the tester watches).
    session->undoStack()->undo(); // the check-in
    session->undoStack()->undo(); // Aaron
    CHECK(codeShownFor(view.list(), QStringLiteral("Aaron Carol")).isEmpty());
}
