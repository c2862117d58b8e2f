// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

#include <QDate>

#include <cmath>

namespace cg {

/// What a participant is paid for their time and expenses. Never bank details.
/// Amounts are in minor units of the workshop's currency.
struct Payment : Record
{
    QUuid participantId;
    double hoursSession = 0;
    double hoursPreparation = 0;
    double hoursTravel = 0;
    int rateMinor = 0; // per hour
    PaymentMethod method = PaymentMethod::BankTransfer;
    bool mayAffectBenefits = false;
    QString benefitsNote;
    int expensesTravelMinor = 0;
    int expensesCarerMinor = 0;
    int expensesOtherMinor = 0;
    PaymentStatus status = PaymentStatus::Owed;
    QDate paidDate;

    double totalHours() const { return hoursSession + hoursPreparation + hoursTravel; }
    /// The fee for the hours, rounded to the nearest minor unit; nothing when declined.
    qint64 feeMinor() const
    {
        return method == PaymentMethod::Declined ? 0 : qint64(std::llround(totalHours() * rateMinor));
    }
    qint64 expensesMinor() const
    {
        return qint64(expensesTravelMinor) + expensesCarerMinor + expensesOtherMinor;
    }
    qint64 totalMinor() const { return feeMinor() + expensesMinor(); }

    bool operator==(const Payment &) const = default;
};

} // namespace cg
