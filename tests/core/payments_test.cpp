// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Payment lines and totals, money formatting, and the payments and consent-register CSV files.
#include "io/registers.h"
#include "planning/payments.h"
#include "testsupport.h"

using namespace cg;

namespace {

QUuid addPerson(WorkshopData &data, const QString &name, const QString &pseudonym)
{
    Participant p;
    p.id = newId();
    p.displayName = name;
    p.pseudonym = pseudonym;
    data.participants.insert(p);
    return p.id;
}

Payment payment(const QUuid &who, double session, double preparation, double travel, PaymentMethod method,
    PaymentStatus status)
{
    Payment p;
    p.id = newId();
    p.participantId = who;
    p.hoursSession = session;
    p.hoursPreparation = preparation;
    p.hoursTravel = travel;
    p.rateMinor = 2500;
    p.method = method;
    p.status = status;
    return p;
}

struct PayRoll
{
    WorkshopData data;
    QUuid amara, bilal, chloe, dev, erin;

    PayRoll()
    {
        amara = addPerson(data, QStringLiteral("Amara"), QStringLiteral("Participant 1"));
        bilal = addPerson(data, QStringLiteral("Bilal"), QStringLiteral("Participant 2"));
        chloe = addPerson(data, QStringLiteral("Chloé, \"Clo\""), QStringLiteral("Participant 3"));
        dev = addPerson(data, QStringLiteral("Dev"), QStringLiteral("Participant 4")); // staff: no payment
        erin = addPerson(data, QStringLiteral("=Erin"), QStringLiteral("Participant 5"));

        // Listed out of participant order on purpose: lines follow the people list.
        Payment e = payment(erin, 1.0 / 3.0, 0, 0, PaymentMethod::Cash, PaymentStatus::Paid);
        e.paidDate = QDate(2026, 11, 22);
        data.payments.insert(e);

        Payment a = payment(amara, 3, 1, 0.5, PaymentMethod::BankTransfer, PaymentStatus::Owed);
        a.expensesTravelMinor = 640;
        a.expensesOtherMinor = 150;
        a.mayAffectBenefits = true;
        a.benefitsNote = QStringLiteral("Check with \"Citizens Advice\", then decide");
        data.payments.insert(a);

        Payment b = payment(bilal, 2.5, 0, 0, PaymentMethod::Voucher, PaymentStatus::Paid);
        b.paidDate = QDate(2026, 11, 29);
        data.payments.insert(b);

        Payment c = payment(chloe, 3, 0, 0, PaymentMethod::Declined, PaymentStatus::Owed);
        c.expensesTravelMinor = 800;
        data.payments.insert(c);
    }
};

QStringList csvLines(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    REQUIRE(text.endsWith(QLatin1String("\r\n")));
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("money is formatted in the workshop's currency", "[payments]")
{
    CHECK(formatMoney(2500, QStringLiteral("GBP")) == QStringLiteral("£25.00"));
    CHECK(formatMoney(5, QStringLiteral("gbp")) == QStringLiteral("£0.05"));
    CHECK(formatMoney(0, QStringLiteral("GBP")) == QStringLiteral("£0.00"));
    CHECK(formatMoney(-500, QStringLiteral("GBP")) == QStringLiteral("-£5.00"));
    CHECK(formatMoney(125050, QStringLiteral("EUR")) == QStringLiteral("€1,250.50"));
    CHECK(formatMoney(1250, QStringLiteral("USD")) == QStringLiteral("USD 12.50"));
    CHECK(formatMoney(123456789, QStringLiteral("CHF")) == QStringLiteral("CHF 1,234,567.89"));
    CHECK(formatAmount(125050) == QStringLiteral("1250.50"));
    CHECK(formatAmount(-305) == QStringLiteral("-3.05"));
    CHECK(formatAmount(7) == QStringLiteral("0.07"));
}

TEST_CASE("payment lines work out fee, expenses and total per person", "[payments]")
{
    const PayRoll roll;
    const auto lines = paymentLines(roll.data);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].participantId == roll.amara);
    CHECK(lines[1].participantId == roll.bilal);
    CHECK(lines[2].participantId == roll.chloe);
    CHECK(lines[3].participantId == roll.erin);

    CHECK(lines[0].hours == 4.5);
    CHECK(lines[0].feeMinor == 11250);
    CHECK(lines[0].expensesMinor == 790);
    CHECK(lines[0].totalMinor == 12040);
    CHECK(lines[0].mayAffectBenefits);
    CHECK(lines[1].totalMinor == 6250);
    CHECK(lines[2].feeMinor == 0); // declined the fee
    CHECK(lines[2].totalMinor == 800); // but not the travel expenses
    CHECK(lines[3].feeMinor == 833); // a third of an hour, rounded to the penny
}

TEST_CASE("workshop payment totals", "[payments]")
{
    const PayRoll roll;
    const PaymentTotals t = paymentTotals(roll.data);
    CHECK(t.people == 4);
    CHECK(t.peopleWithoutPayment == 1);
    CHECK(t.declined == 1);
    CHECK(t.mayAffectBenefits == 1);
    CHECK(t.feesMinor == 11250 + 6250 + 0 + 833);
    CHECK(t.expensesMinor == 790 + 800);
    CHECK(t.totalMinor == 19923);
    CHECK(t.owedCount == 2);
    CHECK(t.owedMinor == 12040 + 800);
    CHECK(t.paidCount == 2);
    CHECK(t.paidMinor == 6250 + 833);
    CHECK(t.owedMinor + t.paidMinor == t.totalMinor);
    CHECK(t.byMethod(PaymentMethod::BankTransfer) == 12040);
    CHECK(t.byMethod(PaymentMethod::Voucher) == 6250);
    CHECK(t.byMethod(PaymentMethod::Cash) == 833);
    CHECK(t.byMethod(PaymentMethod::Declined) == 800);

    const PaymentTotals none = paymentTotals(WorkshopData {});
    CHECK(none.people == 0);
    CHECK(none.totalMinor == 0);
}

TEST_CASE("the payments sheet is RFC 4180 CSV with one row per person paid", "[payments][csv]")
{
    const PayRoll roll;
    const QStringList lines = csvLines(io::paymentsCsv(roll.data));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0]
        == QStringLiteral("Participant,Pseudonym,Session hours,Preparation hours,Travel hours,Total hours,"
                          "Rate per hour,Fee,Travel expenses,Carer expenses,Other expenses,Expenses,Total,"
                          "Currency,Method,May affect benefits,Benefits note,Status,Paid on"));
    CHECK(lines[1]
        == QStringLiteral("Amara,Participant 1,3,1,0.5,4.5,25.00,112.50,6.40,0.00,1.50,7.90,120.40,GBP,"
                          "bank transfer,yes,\"Check with \"\"Citizens Advice\"\", then decide\",owed,"));
    CHECK(lines[2]
        == QStringLiteral("Bilal,Participant 2,2.5,0,0,2.5,25.00,62.50,0.00,0.00,0.00,0.00,62.50,GBP,"
                          "voucher,no,,paid,2026-11-29"));
    CHECK(lines[3].startsWith(QStringLiteral("\"Chloé, \"\"Clo\"\"\",Participant 3,")));
    CHECK(lines[3].contains(QStringLiteral(",0.00,8.00,0.00,0.00,8.00,8.00,GBP,declined,no,,owed,")));
    // A name a spreadsheet would run as a formula is defused.
    CHECK(lines[4].startsWith(QStringLiteral("'=Erin,Participant 5,0.333333,")));
}

TEST_CASE("the consent register lists every event, oldest first", "[payments][csv][consent]")
{
    PayRoll roll;
    roll.data.workshop.infoSheetVersion = QStringLiteral("v2");
    const QDateTime t0(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    auto add = [&](const QUuid &who, ConsentScope scope, ConsentDecision decision, const QDateTime &at) {
        ConsentEvent e;
        e.id = newId();
        e.participantId = who;
        e.scope = scope;
        e.decision = decision;
        e.method = ConsentMethod::WrittenForm;
        e.recordedBy = QStringLiteral("Sam, lead");
        e.recordedAt = at;
        e.infoSheetVersion = QStringLiteral("v2");
        roll.data.consentEvents.insert(e);
    };
    add(roll.bilal, ConsentScope::TakePart, ConsentDecision::Withdrawn, t0.addSecs(3600));
    add(roll.amara, ConsentScope::BeNamed, ConsentDecision::Granted, t0);
    add(roll.bilal, ConsentScope::TakePart, ConsentDecision::Granted, t0);

    const QStringList lines = csvLines(io::consentRegisterCsv(roll.data));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0]
        == QStringLiteral("Participant,Pseudonym,Scope,Decision,Method,Recorded by,Recorded at,"
                          "Information sheet version,Participant id"));
    const QString bilalId = roll.bilal.toString(QUuid::WithoutBraces);
    CHECK(lines[1]
        == QStringLiteral(
               "Amara,Participant 1,be named,granted,written form,\"Sam, lead\",2026-11-22T09:30:00Z,v2,")
            + roll.amara.toString(QUuid::WithoutBraces));
    CHECK(lines[2]
        == QStringLiteral(
               "Bilal,Participant 2,take part,granted,written form,\"Sam, lead\",2026-11-22T09:30:00Z,v2,")
            + bilalId);
    CHECK(lines[3]
        == QStringLiteral("Bilal,Participant 2,take part,withdrawn,written form,\"Sam, lead\","
                          "2026-11-22T10:30:00Z,v2,")
            + bilalId);
}

TEST_CASE("registers are written atomically, or not at all", "[payments][csv]")
{
    test::TempDir dir;
    const PayRoll roll;
    const QString path = dir.path(QStringLiteral("payments.csv"));
    REQUIRE(io::writePaymentsSheet(roll.data, path).ok());
    CHECK(test::readAll(path) == io::paymentsCsv(roll.data));

    const QString nowhere = dir.path(QStringLiteral("missing/folder/register.csv"));
    const auto failed = io::writeConsentRegister(roll.data, nowhere);
    CHECK_FALSE(failed.ok());
    CHECK(failed.message().contains(QStringLiteral("register.csv")));
}
