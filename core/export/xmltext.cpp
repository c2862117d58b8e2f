// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/xmltext.h"

namespace cg::xml {

bool isAllowed(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

namespace {

/// Calls \a emit for each allowed code point of \a text with the UTF-16 units that spell it.
template<class Emit>
void forEachAllowed(QStringView text, Emit emit)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text[i + 1].isLowSurrogate()) {
                emit(QChar::surrogateToUcs4(c, text[i + 1]), text.mid(i, 2));
                ++i;
            }
            continue; // an unpaired surrogate is not a character
        }
        if (c.isLowSurrogate())
            continue;
        if (isAllowed(c.unicode()))
            emit(c.unicode(), text.mid(i, 1));
    }
}

} // namespace

QString cleaned(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachAllowed(text, [&out](char32_t, QStringView units) { out += units; });
    return out;
}

void appendEscaped(QString &out, QStringView text)
{
    out.reserve(out.size() + text.size() + text.size() / 8);
    forEachAllowed(text, [&out](char32_t c, QStringView units) {
        switch (c) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\t': out += QLatin1String("&#9;"); break;
        case '\n': out += QLatin1String("&#10;"); break;
        case '\r': out += QLatin1String("&#13;"); break;
        default: out += units;
        }
    });
}

QString escaped(QStringView text)
{
    QString out;
    appendEscaped(out, text);
    return out;
}

} // namespace cg::xml
