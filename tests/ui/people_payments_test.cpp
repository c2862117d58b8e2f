// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Payments: editing a person's payment updates the totals; the default rate is a workshop edit.
#include "commands/edits.h"
#include "people/paymentsview.h"
#include "session/session.h"
#include "testsupport.h"

#include <QTableWidget>

using namespace cg;

TEST_CASE("Payments view: editing a payment updates the totals", "[ui][people][payments]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    Participant a;
    a.id = newId();
    a.displayName = QStringLiteral("Asha Khan");
    Participant b;
    b.id = newId();
    b.displayName = QStringLiteral("Bill Evans");
    REQUIRE(session->perform(edits::addParticipants(session->data(), { a, b })).ok());

    PaymentsView view(session.get());
    CHECK(view.table()->rowCount() == 2);
    CHECK(view.totalsText().contains(QStringLiteral("2 people with no payment set yet")));

    view.selectParticipant(a.id);
    Payment p = view.formPayment();
    CHECK(p.rateMinor == 2500); // the workshop's default rate
    p.hoursSession = 3;
    p.hoursPreparation = 1;
    p.expensesTravelMinor = 450;
    p.mayAffectBenefits = true;
    view.loadForm(p);
    REQUIRE(view.savePayment().ok());
    CHECK(view.totalsText().contains(QStringLiteral("Total £104.50 for 1 person")));
    CHECK(view.totalsText().contains(QStringLiteral("Owed £104.50")));
    CHECK(view.totalsText().contains(QStringLiteral("1 flagged as may affect benefits")));
    CHECK(view.table()->item(0, 3)->text() == QStringLiteral("£104.50"));
    CHECK(view.table()->item(0, 5)->text().contains(QStringLiteral("May affect")));

    // Paid, with a date.
    p = view.formPayment();
    p.status = PaymentStatus::Paid;
    p.paidDate = QDate(2026, 3, 20);
    view.loadForm(p);
    REQUIRE(view.savePayment().ok());
    CHECK(view.totalsText().contains(QStringLiteral("paid £104.50")));
    REQUIRE(session->data().payments.size() == 1);
    CHECK(session->data().payments.rows().front().paidDate == QDate(2026, 3, 20));

    // Declining keeps expenses only.
    view.selectParticipant(b.id);
    p = view.formPayment();
    p.hoursSession = 3;
    p.method = PaymentMethod::Declined;
    p.expensesCarerMinor = 1000;
    view.loadForm(p);
    REQUIRE(view.savePayment().ok());
    CHECK(view.totalsText().contains(QStringLiteral("Total £114.50 for 2 people")));

    // Undo takes the totals back.
    session->undoStack()->undo();
    CHECK(view.totalsText().contains(QStringLiteral("Total £104.50 for 1 person")));
}

TEST_CASE("Payments view: the default rate and currency are a workshop edit", "[ui][people][payments]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    PaymentsView view(session.get());
    REQUIRE(view.setDefaultRate(3000, QStringLiteral("eur")).ok());
    CHECK(session->workshop().defaultRateMinor == 3000);
    CHECK(session->workshop().currency == QStringLiteral("EUR"));
    CHECK_FALSE(view.setDefaultRate(3000, QStringLiteral("euro")).ok());
    CHECK(session->workshop().currency == QStringLiteral("EUR"));
    session->undoStack()->undo();
    CHECK(session->workshop().defaultRateMinor == 2500);
}
