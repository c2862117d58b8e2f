// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QLocale>

#include <array>
#include <vector>

namespace cg {

/// One person's payment, worked out: hours, fee, expenses and total in minor units of the
/// workshop's currency (pence, cents). The fee comes from Payment::feeMinor() (hours × rate,
/// rounded to the nearest minor unit; nothing when declined).
struct PaymentLine
{
    QUuid participantId;
    QUuid paymentId;
    QString displayName;
    QString pseudonym;
    double hoursSession = 0;
    double hoursPreparation = 0;
    double hoursTravel = 0;
    double hours = 0;
    qint64 rateMinor = 0;
    qint64 feeMinor = 0;
    qint64 expensesTravelMinor = 0;
    qint64 expensesCarerMinor = 0;
    qint64 expensesOtherMinor = 0;
    qint64 expensesMinor = 0;
    qint64 totalMinor = 0;
    PaymentMethod method = PaymentMethod::BankTransfer;
    PaymentStatus status = PaymentStatus::Owed;
    QDate paidDate;
    bool mayAffectBenefits = false;
    QString benefitsNote;
};

/// The workshop's payments added up.
struct PaymentTotals
{
    int people = 0; // payment records
    int peopleWithoutPayment = 0; // participants with no payment record
    int declined = 0;
    int mayAffectBenefits = 0; // people flagged "may affect benefits"
    int owedCount = 0;
    int paidCount = 0;
    qint64 feesMinor = 0;
    qint64 expensesMinor = 0;
    qint64 totalMinor = 0;
    qint64 owedMinor = 0;
    qint64 paidMinor = 0;
    /// Totals per PaymentMethod, indexed by the enum's value.
    std::array<qint64, enumValues<PaymentMethod>().size()> byMethodMinor {};

    qint64 byMethod(PaymentMethod method) const { return byMethodMinor[std::size_t(method)]; }
};

/// One line per payment record, in participant order.
std::vector<PaymentLine> paymentLines(const WorkshopData &data);
PaymentLine paymentLine(const Participant &participant, const Payment &payment);
PaymentTotals paymentTotals(const WorkshopData &data);

/// Money for people, written the way \a locale writes money: "£25.00" for GBP and "€1,250.50"
/// for EUR in Britain, "1.250,50 €" in Germany; every other currency as its code then the
/// amount, "USD 12.50", so that no symbol is ambiguous. Two decimal places; negative amounts
/// carry the locale's minus sign, "-£5.00", never accountants' brackets. The C locale (no
/// convention of its own) writes the British form.
QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
/// The bare amount for spreadsheets: "1250.50", "-3.05". No grouping, no symbol.
QString formatAmount(qint64 minor);

} // namespace cg
