// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// doc::toHtml: one self-contained HTML5 file. Landmarks (banner, navigation, main), a heading
// outline with a table of contents, a print stylesheet, images as data: URLs and nothing loaded
// from anywhere else. Every piece of text is escaped; text direction is left to each block
// (dir="auto"), so a note in Arabic or Hebrew reads right to left inside an English report.
#include "export/writers.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg::doc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::doc", text);
}

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        case '\r':
            break;
        case '\n':
            out += QStringLiteral("<br>");
            break;
        default:
            // Other control characters have no place in a document.
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                break;
            out += c;
        }
    }
    return out;
}

/// Text for an attribute or the title: line breaks become spaces.
QString escapeAttribute(const QString &text)
{
    return escape(text.simplified());
}

QString spans(const Spans &list)
{
    QString out;
    for (const Span &s : list) {
        QString text = escape(s.text);
        if (s.emphasis)
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (s.strong)
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        out += text;
    }
    return out;
}

QString styleSheet(const Style &style)
{
    const double body = style.bodyPoints > 0 ? style.bodyPoints : 11;
    const double lineHeight = style.easyRead ? 1.8 : style.largePrint ? 1.6 : 1.45;
    QString css = QStringLiteral(
        ":root { color-scheme: light; }\n"
        "body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: %1pt; line-height: %2;"
        " color: #1d1b18; background: #fffdf9; margin: 0; }\n"
        ".page { max-width: 46em; margin: 0 auto; padding: 1.5em 1.25em 3em; }\n"
        "header { border-bottom: 3px solid #1b5e7a; margin-bottom: 1.25em; }\n"
        "h1 { font-size: 2em; margin: 0.4em 0 0.2em; color: #123f52; }\n"
        ".subtitle { font-size: 1.1em; margin: 0 0 0.8em; color: #3d3a35; }\n"
        "h2 { font-size: 1.45em; margin: 1.6em 0 0.5em; color: #123f52; border-bottom: 1px solid #d8ccb8; }\n"
        "h3 { font-size: 1.2em; margin: 1.3em 0 0.4em; }\n"
        "h4 { font-size: 1.05em; margin: 1em 0 0.3em; }\n"
        "nav { background: #f4efe6; border-radius: 6px; padding: 0.6em 1em; margin-bottom: 1.5em; }\n"
        "nav h2 { font-size: 1.05em; margin: 0.2em 0; border: 0; }\n"
        "nav ul { margin: 0.3em 0; padding-left: 1.2em; }\n"
        "a { color: #1b5e7a; }\n"
        "a:focus { outline: 3px solid #e08a00; outline-offset: 2px; }\n"
        ".skip { position: absolute; left: -999em; }\n"
        ".skip:focus { position: static; }\n"
        "li { margin: 0.25em 0; }\n"
        "blockquote { margin: 0.8em 0; padding: 0.2em 1em; border-left: 4px solid #1b5e7a; background: #f4efe6; }\n"
        "table { border-collapse: collapse; margin: 0.8em 0; width: 100%; }\n"
        "th, td { border: 1px solid #d8ccb8; padding: 0.3em 0.5em; text-align: start; vertical-align: top; }\n"
        "th { background: #f4efe6; }\n"
        "figure { margin: 1em 0; }\n"
        "img { max-width: 100%; height: auto; }\n"
        "@media print {\n"
        "  body { background: #fff; color: #000; font-size: %3pt; }\n"
        "  .page { max-width: none; padding: 0; }\n"
        "  nav, .skip { display: none; }\n"
        "  a { color: #000; text-decoration: none; }\n"
        "  h2, h3, h4 { break-after: avoid; }\n"
        "  li, tr, figure, blockquote { break-inside: avoid; }\n"
        "  .pagebreak { break-after: page; }\n"
        "  @page { size: A4; margin: 18mm 16mm; }\n"
        "}\n")
                      .arg(body)
                      .arg(lineHeight)
                      .arg(body);
    if (style.easyRead)
        css += QStringLiteral("li, p { margin: 0.7em 0; }\nh2 { border: 0; }\n");
    return css;
}

} // namespace

QByteArray toHtml(const Document &document, const Style &style)
{
    QString out;
    out.reserve(qsizetype(document.blocks.size()) * 120 + 4096);
    const QString language = document.language.isEmpty() ? QStringLiteral("en") : document.language;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + escapeAttribute(language)
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         // Nothing may load from elsewhere: a shared report must not call home.
                         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "img-src data:; style-src 'unsafe-inline'\">\n<title>")
        + escapeAttribute(document.title) + QStringLiteral("</title>\n<style>\n") + styleSheet(style)
        + QStringLiteral("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">")
        + escape(tr("Skip to the report"))
        + QStringLiteral("</a>\n<div class=\"page\">\n<header>\n<h1 dir=\"auto\">")
        + escape(document.title) + QStringLiteral("</h1>\n");
    if (!document.subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\" dir=\"auto\">") + escape(document.subtitle) + QStringLiteral("</p>\n");
    out += QStringLiteral("</header>\n");

    // The table of contents: every second-level heading, by number (ids never carry text).
    QString contents;
    int sectionNumber = 0;
    for (const Block &b : document.blocks) {
        if (b.kind == Block::Kind::Heading && b.level <= 1)
            contents += QStringLiteral("<li><a href=\"#s%1\">").arg(++sectionNumber) + spans(b.spans)
                + QStringLiteral("</a></li>\n");
    }
    if (sectionNumber > 1)
        out += QStringLiteral("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">") + escape(tr("Contents"))
            + QStringLiteral("</h2>\n<ul>\n") + contents
            + QStringLiteral("</ul>\n</nav>\n");

    out += QStringLiteral("<main id=\"main\">\n");
    bool inSection = false;
    sectionNumber = 0;
    for (const Block &b : document.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading: {
            // The document's title is the h1, so its headings of level 1 to 4 are h2 to h5; each
            // level-1 heading opens a section landmark.
            const int level = std::clamp(b.level, 1, 4) + 1;
            if (b.level <= 1) {
                if (inSection)
                    out += QStringLiteral("</section>\n");
                ++sectionNumber;
                out += QStringLiteral("<section aria-labelledby=\"s%1\">\n<h2 id=\"s%1\" dir=\"auto\">").arg(sectionNumber)
                    + spans(b.spans) + QStringLiteral("</h2>\n");
                inSection = true;
            } else {
                out += QStringLiteral("<h%1 dir=\"auto\">").arg(level) + spans(b.spans)
                    + QStringLiteral("</h%1>\n").arg(level);
            }
            break;
        }
        case Block::Kind::Paragraph:
            out += QStringLiteral("<p dir=\"auto\">") + spans(b.spans) + QStringLiteral("</p>\n");
            break;
        case Block::Kind::Quote:
            out += QStringLiteral("<blockquote><p dir=\"auto\">") + spans(b.spans)
                + QStringLiteral("</p></blockquote>\n");
            break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList: {
            const bool numbered = b.kind == Block::Kind::NumberedList;
            out += numbered ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
            for (const Spans &item : b.items)
                out += QStringLiteral("<li dir=\"auto\">") + spans(item) + QStringLiteral("</li>\n");
            out += numbered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
            break;
        }
        case Block::Kind::Table: {
            if (b.rows.isEmpty())
                break;
            out += QStringLiteral("<table>\n");
            qsizetype first = 0;
            if (b.headerRow) {
                out += QStringLiteral("<thead><tr>");
                for (const Spans &c : b.rows.front())
                    out += QStringLiteral("<th scope=\"col\" dir=\"auto\">") + spans(c) + QStringLiteral("</th>");
                out += QStringLiteral("</tr></thead>\n");
                first = 1;
            }
            out += QStringLiteral("<tbody>\n");
            for (qsizetype r = first; r < b.rows.size(); ++r) {
                out += QStringLiteral("<tr>");
                const auto &row = b.rows[r];
                for (qsizetype c = 0; c < row.size(); ++c) {
                    // Without a header row, the first column names the row (a key/value table).
                    if (!b.headerRow && c == 0)
                        out += QStringLiteral("<th scope=\"row\" dir=\"auto\">") + spans(row[c]) + QStringLiteral("</th>");
                    else
                        out += QStringLiteral("<td dir=\"auto\">") + spans(row[c]) + QStringLiteral("</td>");
                }
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</tbody>\n</table>\n");
            break;
        }
        case Block::Kind::Image: {
            const QString mime = b.imageMime == QLatin1String("image/jpeg") ? QStringLiteral("image/jpeg")
                                                                             : QStringLiteral("image/png");
            out += QStringLiteral("<figure><img src=\"data:") + mime + QStringLiteral(";base64,")
                + QString::fromLatin1(b.imageData.toBase64()) + QStringLiteral("\" alt=\"") + escapeAttribute(b.alt)
                + QLatin1Char('"');
            if (b.imageSize.isValid())
                out += QStringLiteral(" width=\"%1\" height=\"%2\"").arg(b.imageSize.width()).arg(b.imageSize.height());
            out += QStringLiteral("></figure>\n");
            break;
        }
        case Block::Kind::PageBreak:
            out += QStringLiteral("<div class=\"pagebreak\" aria-hidden=\"true\"></div>\n");
            break;
        }
    }
    if (inSection)
        out += QStringLiteral("</section>\n");
    out += QStringLiteral("</main>\n</div>\n</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace cg::doc
