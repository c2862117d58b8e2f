// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// doc::toMarkdown: CommonMark (tables as GitHub-style pipe tables, which CommonMark renderers
// without the extension show as plain text). Every piece of text is escaped, so that nobody's
// words turn into a heading, a list, a link, raw HTML or an entity.
#include "export/writers.h"

#include <algorithm>

namespace cg::doc {

namespace {

/// Characters that are Markdown syntax wherever they stand: emphasis, code, links and images,
/// raw HTML and autolinks, entities, table cells, strikethrough, and the escape itself.
bool alwaysEscaped(QChar c)
{
    switch (c.unicode()) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '&':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

/// Escapes one line of text. At the start of a line more characters are syntax: ATX headings
/// (#), list markers (- + and "1." / "1)"), setext underlines (= -) and thematic breaks; and
/// leading spaces would make an indented code block, so they are dropped there. \a lineStart says
/// whether the text begins a line (it does not when it follows another span).
QString escapeLine(QStringView line, bool lineStart)
{
    QString out;
    out.reserve(line.size() + 8);
    qsizetype i = 0;
    if (lineStart) {
        while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
            ++i;
    }
    const qsizetype start = i;
    // Digits followed by '.' or ')' start an ordered list.
    qsizetype digits = start;
    while (lineStart && digits < line.size() && line[digits].isDigit() && line[digits].unicode() < 128)
        ++digits;
    for (; i < line.size(); ++i) {
        const QChar c = line[i];
        const bool atStart = lineStart && i == start;
        if (alwaysEscaped(c)
            || (atStart
                && (c == QLatin1Char('#') || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('=')))
            || (lineStart && i == digits && digits > start && (c == QLatin1Char('.') || c == QLatin1Char(')'))))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

/// Text that may hold line breaks: each line escaped, breaks kept as hard line breaks ("\" at
/// the end of a line) and continuation lines indented by \a indent so they stay in their block.
QString escapeText(const QString &text, bool lineStart, const QString &indent = {})
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString escaped = escapeLine(lines[i], lineStart || i > 0);
        // An empty line would end the paragraph or list item.
        if (escaped.isEmpty())
            continue;
        if (!out.isEmpty() && i > 0)
            out += QStringLiteral("\\\n") + indent;
        out += escaped;
    }
    return out;
}

/// Text on one line (headings, table cells): line breaks become spaces.
QString escapeInline(const QString &text, bool lineStart = true)
{
    return escapeLine(text.simplified(), lineStart);
}

QString spans(const Spans &list, bool oneLine, const QString &indent = {})
{
    QString out;
    for (const Span &s : list) {
        if (s.text.isEmpty())
            continue;
        const bool lineStart = out.isEmpty();
        QString body = oneLine ? escapeInline(s.text, lineStart) : escapeText(s.text, lineStart, indent);
        if (body.isEmpty())
            continue;
        // Emphasis markers must touch the text: keep surrounding spaces outside them.
        if (s.strong || s.emphasis) {
            const QString marker = s.strong ? QStringLiteral("**") : QStringLiteral("*");
            qsizetype lead = 0;
            while (lead < body.size() && body[lead] == QLatin1Char(' '))
                ++lead;
            qsizetype trail = body.size();
            while (trail > lead && body[trail - 1] == QLatin1Char(' '))
                --trail;
            if (trail > lead)
                body = body.left(lead) + marker + body.mid(lead, trail - lead) + marker + body.mid(trail);
        }
        out += body;
    }
    return out;
}

QString cell(const Spans &list)
{
    const QString text = spans(list, true);
    return text.isEmpty() ? QStringLiteral(" ") : text;
}

} // namespace

QByteArray toMarkdown(const Document &document)
{
    QString out;
    out.reserve(qsizetype(document.blocks.size()) * 80 + 256);
    out += QStringLiteral("# ") + escapeInline(document.title) + QLatin1Char('\n');
    if (!document.subtitle.isEmpty())
        out += QLatin1Char('\n') + escapeText(document.subtitle, true) + QLatin1Char('\n');
    for (const Block &b : document.blocks) {
        out += QLatin1Char('\n');
        switch (b.kind) {
        case Block::Kind::Heading:
            out += QString(b.level + 1, QLatin1Char('#')) + QLatin1Char(' ') + spans(b.spans, true) + QLatin1Char('\n');
            break;
        case Block::Kind::Paragraph:
            out += spans(b.spans, false) + QLatin1Char('\n');
            break;
        case Block::Kind::Quote:
            out += QStringLiteral("> ") + spans(b.spans, false, QStringLiteral("> ")) + QLatin1Char('\n');
            break;
        case Block::Kind::BulletList:
            for (const Spans &item : b.items)
                out += QStringLiteral("- ") + spans(item, false, QStringLiteral("  ")) + QLatin1Char('\n');
            break;
        case Block::Kind::NumberedList: {
            int n = 1;
            for (const Spans &item : b.items) {
                const QString marker = QString::number(n++) + QStringLiteral(". ");
                out += marker + spans(item, false, QString(marker.size(), QLatin1Char(' '))) + QLatin1Char('\n');
            }
            break;
        }
        case Block::Kind::Table: {
            if (b.rows.isEmpty())
                break;
            qsizetype columns = 0;
            for (const auto &row : b.rows)
                columns = std::max(columns, row.size());
            // A QString return type, not auto: with QStringBuilder, "text + '\n'" would refer to
            // the local after it is gone.
            auto line = [&](const QList<Spans> &row) -> QString {
                QString text = QStringLiteral("|");
                for (qsizetype c = 0; c < columns; ++c)
                    text += QLatin1Char(' ') + (c < row.size() ? cell(row[c]) : QStringLiteral(" ")) + QStringLiteral(" |");
                text += QLatin1Char('\n');
                return text;
            };
            qsizetype first = 0;
            if (b.headerRow) {
                out += line(b.rows.front());
                first = 1;
            } else {
                out += line(QList<Spans>(columns, plain(QString())));
            }
            QString rule = QStringLiteral("|");
            for (qsizetype c = 0; c < columns; ++c)
                rule += QStringLiteral(" --- |");
            out += rule + QLatin1Char('\n');
            for (qsizetype r = first; r < b.rows.size(); ++r)
                out += line(b.rows[r]);
            break;
        }
        case Block::Kind::Image:
            // Inline as a data: URL, so the file stands alone like the HTML does.
            out += QStringLiteral("![") + escapeInline(b.alt) + QStringLiteral("](data:") + b.imageMime
                + QStringLiteral(";base64,") + QString::fromLatin1(b.imageData.toBase64()) + QStringLiteral(")\n");
            break;
        case Block::Kind::PageBreak:
            out += QStringLiteral("---\n");
            break;
        }
    }
    return out.toUtf8();
}

} // namespace cg::doc
