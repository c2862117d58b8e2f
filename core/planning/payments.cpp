// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/payments.h"

#include <QHash>

#include <cstdlib>

namespace cg {

PaymentLine paymentLine(const Participant &participant, const Payment &payment)
{
    PaymentLine line;
    line.participantId = participant.id;
    line.paymentId = payment.id;
    line.displayName = participant.displayName;
    line.pseudonym = participant.pseudonym;
    line.hoursSession = payment.hoursSession;
    line.hoursPreparation = payment.hoursPreparation;
    line.hoursTravel = payment.hoursTravel;
    line.hours = payment.totalHours();
    line.rateMinor = payment.rateMinor;
    line.feeMinor = payment.feeMinor();
    line.expensesTravelMinor = payment.expensesTravelMinor;
    line.expensesCarerMinor = payment.expensesCarerMinor;
    line.expensesOtherMinor = payment.expensesOtherMinor;
    line.expensesMinor = payment.expensesMinor();
    line.totalMinor = payment.totalMinor();
    line.method = payment.method;
    line.status = payment.status;
    line.paidDate = payment.paidDate;
    line.mayAffectBenefits = payment.mayAffectBenefits;
    line.benefitsNote = payment.benefitsNote;
    return line;
}

std::vector<PaymentLine> paymentLines(const WorkshopData &data)
{
    QHash<QUuid, const Payment *> byPerson;
    byPerson.reserve(qsizetype(data.payments.size()));
    for (const Payment &p : data.payments)
        byPerson.insert(p.participantId, &p);
    std::vector<PaymentLine> out;
    out.reserve(data.payments.size());
    for (const Participant &person : data.participants) {
        if (const Payment *p = byPerson.value(person.id))
            out.push_back(paymentLine(person, *p));
    }
    return out;
}

PaymentTotals paymentTotals(const WorkshopData &data)
{
    PaymentTotals t;
    for (const PaymentLine &line : paymentLines(data)) {
        ++t.people;
        t.declined += line.method == PaymentMethod::Declined ? 1 : 0;
        t.mayAffectBenefits += line.mayAffectBenefits ? 1 : 0;
        t.feesMinor += line.feeMinor;
        t.expensesMinor += line.expensesMinor;
        t.totalMinor += line.totalMinor;
        if (line.status == PaymentStatus::Paid) {
            ++t.paidCount;
            t.paidMinor += line.totalMinor;
        } else {
            ++t.owedCount;
            t.owedMinor += line.totalMinor;
        }
        t.byMethodMinor[std::size_t(line.method)] += line.totalMinor;
    }
    t.peopleWithoutPayment = int(data.participants.size()) - t.people;
    return t;
}

namespace {

QString majorDigits(qint64 major, bool grouped)
{
    QString digits = QString::number(major);
    if (grouped) {
        for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
            digits.insert(at, QLatin1Char(','));
    }
    return digits;
}

QString amountText(qint64 minor, bool grouped)
{
    // Work on the magnitude so that -5 pence reads "-0.05", not "0.-5".
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const QString text = majorDigits(qint64(magnitude / 100), grouped) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace

QString formatAmount(qint64 minor)
{
    return amountText(minor, false);
}

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    QString symbol;
    if (code == QLatin1String("GBP"))
        symbol = QStringLiteral("£");
    else if (code == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString text;
    if (locale.language() == QLocale::C) {
        const QString amount = amountText(qint64(magnitude), true);
        text = !symbol.isEmpty() ? symbol + amount
                                 : (code.isEmpty() ? QString() : code + QLatin1Char(' ')) + amount;
    } else {
        // Whole units and hundredths apart, so no amount is ever rounded through a double.
        QString hundredths = locale.toString(qulonglong(magnitude % 100));
        if (magnitude % 100 < 10)
            hundredths.prepend(locale.zeroDigit());
        const QString amount = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint() + hundredths;
        if (!symbol.isEmpty()) {
            // The locale says where the symbol goes ("£1.00" or "1,00 £"); a placeholder amount
            // of the same shape finds out, then the exact digits take its place.
            const QString shape = locale.toCurrencyString(1.0, QStringLiteral("\x01"), 2);
            const QString one = locale.toString(1) + locale.decimalPoint() + locale.zeroDigit() + locale.zeroDigit();
            text = shape.contains(one) ? QString(shape).replace(one, amount).replace(QChar(1), symbol)
                                       : symbol + amount;
        } else {
            text = (code.isEmpty() ? QString() : code + QLatin1Char(' ')) + amount;
        }
        if (negative)
            return locale.negativeSign() + text;
        return text;
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace cg
