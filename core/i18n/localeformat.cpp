// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

namespace cg::i18n {

namespace {

/// Removes the seconds field, and the separator in front of it, from a Qt time format: "HH:mm:ss"
/// becomes "HH:mm", "h:mm:ss AP" becomes "h:mm AP". Quoted text in the format is left alone.
QString withoutSeconds(const QString &format)
{
    QString out;
    out.reserve(format.size());
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            out += c;
            continue;
        }
        if (!quoted && (c == QLatin1Char('s') || c == QLatin1Char('z'))) {
            // Drop the separator written just before the field (":" or "."), then the field.
            while (!out.isEmpty() && (out.back() == QLatin1Char(':') || out.back() == QLatin1Char('.')))
                out.chop(1);
            while (i + 1 < format.size() && format.at(i + 1) == c)
                ++i;
            continue;
        }
        out += c;
    }
    return out.trimmed();
}

} // namespace

QString clockFormat(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("HH:mm");
    const QString format = withoutSeconds(locale.timeFormat(QLocale::ShortFormat));
    // A locale whose short format has no hour at all would be no use on a clock.
    if (!format.contains(QLatin1Char('h'), Qt::CaseInsensitive))
        return QStringLiteral("HH:mm");
    return format;
}

QString clock(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, clockFormat(locale)) : QString();
}

QString clock(const QDateTime &moment, const QLocale &locale)
{
    return moment.isValid() ? clock(moment.toLocalTime().time(), locale) : QString();
}

} // namespace cg::i18n
