// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/localeformat.h"
#include "planning/payments.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

const QLocale britain(QLocale::English, QLocale::UnitedKingdom);
const QLocale america(QLocale::English, QLocale::UnitedStates);
const QLocale germany(QLocale::German, QLocale::Germany);
const QLocale egypt(QLocale::Arabic, QLocale::Egypt);

} // namespace

TEST_CASE("Clock times follow the locale, to the minute", "[i18n][locale]")
{
    const QTime afternoon(14, 5, 37);
    CHECK(i18n::clock(afternoon, QLocale::c()) == QStringLiteral("14:05"));
    CHECK(i18n::clock(afternoon, britain) == QStringLiteral("14:05"));
    CHECK(i18n::clock(afternoon, germany) == QStringLiteral("14:05"));
    CHECK(i18n::clock(afternoon, america) == QStringLiteral("2:05 PM"));
    // Seconds never show, whatever the locale's own short format carries.
    for (const QLocale &l : { QLocale::c(), britain, america, germany, egypt }) {
        INFO(l.name().toStdString());
        CHECK_FALSE(i18n::clockFormat(l).contains(QLatin1Char('s')));
        CHECK(i18n::clockFormat(l).contains(QLatin1Char('h'), Qt::CaseInsensitive));
    }
    // Eastern Arabic digits where the locale writes them.
    CHECK(i18n::clock(afternoon, egypt).contains(QChar(0x0662)));
    CHECK(i18n::clock(QTime(), britain).isEmpty());
    CHECK(i18n::clock(QDateTime(), britain).isEmpty());
    const QDateTime local(QDate(2026, 3, 1), QTime(9, 30));
    CHECK(i18n::clock(local, britain) == QStringLiteral("09:30"));
}

TEST_CASE("Money follows the locale without losing a penny", "[i18n][locale][payments]")
{
    // The C locale keeps the British form the exports and the command line have always had.
    CHECK(formatMoney(123450, QStringLiteral("GBP"), QLocale::c()) == QStringLiteral("£1,234.50"));
    CHECK(formatMoney(-5, QStringLiteral("GBP"), QLocale::c()) == QStringLiteral("-£0.05"));

    CHECK(formatMoney(123450, QStringLiteral("GBP"), britain) == QStringLiteral("£1,234.50"));
    CHECK(formatMoney(-5, QStringLiteral("gbp"), britain) == QStringLiteral("-£0.05"));
    CHECK(formatMoney(1250, QStringLiteral("USD"), britain) == QStringLiteral("USD 12.50"));
    CHECK(formatMoney(0, QStringLiteral("EUR"), britain) == QStringLiteral("€0.00"));

    // Germany: full stop between thousands, comma before the cents, symbol after the amount.
    const QString euros = formatMoney(123405, QStringLiteral("EUR"), germany);
    CHECK(euros.startsWith(QStringLiteral("1.234,05")));
    CHECK(euros.endsWith(QStringLiteral("€")));
    CHECK(formatMoney(-123405, QStringLiteral("EUR"), germany) == germany.negativeSign() + euros);
    CHECK(formatMoney(1250, QStringLiteral("USD"), germany) == QStringLiteral("USD 12,50"));

    // Never accountants' brackets for a negative amount.
    CHECK_FALSE(formatMoney(-5, QStringLiteral("EUR"), america).contains(QLatin1Char('(')));

    // Exact for amounts a double cannot hold: the digits are never rounded.
    CHECK(formatMoney(900719925474099301LL, QStringLiteral("GBP"), britain)
        == QStringLiteral("£9,007,199,254,740,993.01"));
    CHECK(formatMoney(900719925474099301LL, QStringLiteral("GBP"), QLocale::c())
        == QStringLiteral("£9,007,199,254,740,993.01"));

    // Eastern Arabic digits where the locale writes them, hundredths included.
    const QString arabic = formatMoney(105, QStringLiteral("GBP"), egypt);
    CHECK(arabic.contains(QChar(0x0661)));
    CHECK(arabic.contains(QChar(0x0665)));
    CHECK_FALSE(arabic.contains(QLatin1Char('5')));
}
