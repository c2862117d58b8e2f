// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace cg::i18n {

/// How a clock time is written in \a locale, to the minute: "14:05" in Britain, "2:05 PM" in the
/// United States. The locale's own short format, with its seconds taken out (a workshop runs to
/// the minute); the C locale, which has no convention of its own, writes "14:05".
QString clockFormat(const QLocale &locale = QLocale());

/// \a time written as clockFormat() says; empty when it is not a valid time.
QString clock(const QTime &time, const QLocale &locale = QLocale());

/// The local time of \a moment written as clockFormat() says; empty when it is not valid.
QString clock(const QDateTime &moment, const QLocale &locale = QLocale());

} // namespace cg::i18n
