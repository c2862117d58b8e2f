// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace cg::xml {

// Text for the XML that the office writers (ODT, DOCX) produce. Participants' words may hold
// anything: markup, ampersands, control characters pasted from elsewhere, lone surrogates. XML 1.0
// forbids most control characters outright (even escaped), so they are dropped, and the rest is
// escaped, so that no one's words can ever become markup or make the file unreadable.

/// Whether \a c (a whole code point) may appear in an XML 1.0 document.
bool isAllowed(char32_t c);
/// \a text without the characters XML 1.0 forbids (and without unpaired surrogates).
QString cleaned(QStringView text);
/// Appends \a text to \a out, cleaned and escaped for element content or a double-quoted
/// attribute value (`&`, `<`, `>`, `"` and, so that attributes keep them, tab and newlines).
void appendEscaped(QString &out, QStringView text);
/// \a text cleaned and escaped, as appendEscaped().
QString escaped(QStringView text);

/// The XML declaration every part starts with.
inline QString declaration()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

} // namespace cg::xml
