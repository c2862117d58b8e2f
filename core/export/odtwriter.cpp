// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument Text, written as a package by hand: Qt's own ODF writer sets headings as bold
// paragraphs without styles, so a reader's outline and table of contents would be empty.
// Here headings are `text:h` with an outline level and the built-in "Heading N" styles, lists
// are `text:list` with list styles, tables have header rows, and large print and easy read are
// in the named styles, so that a partner who edits the document keeps them.
#include "export/pagedstyle.h"
#include "export/writers.h"
#include "export/xmltext.h"
#include "export/zipwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace cg::doc {

namespace {

QString pt(double points)
{
    return QString::number(points, 'f', 1) + QLatin1String("pt");
}

QString cm(double centimetres)
{
    return QString::number(centimetres, 'f', 3) + QLatin1String("cm");
}

const char *const namespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\""
    " office:version=\"1.3\"";

/// Text for inside a `text:p` or `text:h`: escaped, with ODF's own elements for what XML
/// would otherwise collapse (runs of spaces, tabs, line breaks).
void appendText(QString &out, const QString &text)
{
    bool spaceBefore = true; // a space at the start of a paragraph would be dropped, too
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ')) {
            qsizetype run = 1;
            while (i + run < n && text.at(i + run) == QLatin1Char(' '))
                ++run;
            qsizetype literal = spaceBefore ? 0 : 1;
            if (literal)
                out += QLatin1Char(' ');
            if (run - literal == 1)
                out += QLatin1String("<text:s/>");
            else if (run - literal > 1)
                out += QStringLiteral("<text:s text:c=\"%1\"/>").arg(run - literal);
            i += run;
            spaceBefore = true;
            continue;
        }
        if (c == QLatin1Char('\t')) {
            out += QLatin1String("<text:tab/>");
        } else if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out += QLatin1String("<text:line-break/>");
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                out += QLatin1String("<text:line-break/>");
        } else {
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = text.at(end);
                if (d == QLatin1Char(' ') || d == QLatin1Char('\t') || d == QLatin1Char('\n') || d == QLatin1Char('\r')
                    || d == QChar::LineSeparator || d == QChar::ParagraphSeparator)
                    break;
                ++end;
            }
            xml::appendEscaped(out, QStringView(text).mid(i, end - i));
            i = end;
            spaceBefore = false;
            continue;
        }
        spaceBefore = true;
        ++i;
    }
}

void appendSpans(QString &out, const Spans &spans)
{
    for (const Span &s : spans) {
        if (s.text.isEmpty())
            continue;
        if (s.strong)
            out += QLatin1String("<text:span text:style-name=\"Strong_20_Emphasis\">");
        if (s.emphasis)
            out += QLatin1String("<text:span text:style-name=\"Emphasis\">");
        appendText(out, s.text);
        if (s.emphasis)
            out += QLatin1String("</text:span>");
        if (s.strong)
            out += QLatin1String("</text:span>");
    }
}

QString tableStyles(const Metrics &m);

/// Builds content.xml; remembers the pictures it refers to.
class Content
{
public:
    Content(const Document &document, const Metrics &metrics) : m_document(document), m_metrics(metrics) { }

    QString build();
    const QList<std::pair<QString, QByteArray>> &pictures() const { return m_pictures; }

private:
    /// The paragraph style to use: \a style, or its right-to-left twin.
    QString paragraphStyle(const QString &style, bool rtl);
    void paragraph(const QString &style, const Spans &spans);
    void heading(int level, const Spans &spans);
    void list(const Block &block);
    void table(const Block &block);
    void image(const Block &block);

    const Document &m_document;
    const Metrics &m_metrics;
    QString m_body;
    QString m_automatic;
    QStringList m_rtlStyles;
    int m_tables = 0;
    QList<std::pair<QString, QByteArray>> m_pictures;
};

QString Content::paragraphStyle(const QString &style, bool rtl)
{
    if (!rtl)
        return style;
    const QString name = QLatin1String("CG_RTL_") + style;
    if (!m_rtlStyles.contains(style)) {
        m_rtlStyles << style;
        m_automatic += QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\" "
                                      "style:parent-style-name=\"%2\"><style:paragraph-properties "
                                      "fo:text-align=\"end\" style:writing-mode=\"rl-tb\"/></style:style>")
                           .arg(name, style);
    }
    return name;
}

void Content::paragraph(const QString &style, const Spans &spans)
{
    for (const Spans &line : linesOf(spans, m_metrics)) {
        m_body += QLatin1String("<text:p text:style-name=\"") + paragraphStyle(style, isRightToLeft(line))
            + QLatin1String("\">");
        appendSpans(m_body, line);
        m_body += QLatin1String("</text:p>\n");
    }
}

void Content::heading(int level, const Spans &spans)
{
    const int l = qBound(1, level, 4);
    const QString style = paragraphStyle(QStringLiteral("Heading_20_%1").arg(l), isRightToLeft(spans));
    m_body += QStringLiteral("<text:h text:style-name=\"%1\" text:outline-level=\"%2\">").arg(style).arg(l);
    appendSpans(m_body, spans);
    m_body += QLatin1String("</text:h>\n");
}

void Content::list(const Block &block)
{
    const bool numbered = block.kind == Block::Kind::NumberedList;
    const QString itemStyle = numbered ? QStringLiteral("List_20_Number") : QStringLiteral("List_20_Bullet");
    m_body += QLatin1String("<text:list text:style-name=\"") + (numbered ? QLatin1String("CG_Numbers") : QLatin1String("CG_Bullets"))
        + QLatin1String("\">\n");
    for (const Spans &item : block.items) {
        m_body += QLatin1String("<text:list-item>");
        // Easy read: an item's sentences stay in one item, one line each.
        const QList<Spans> lines = linesOf(item, m_metrics);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_body += QLatin1String("<text:p text:style-name=\"")
                + paragraphStyle(i == 0 ? itemStyle : QStringLiteral("CG_List_Continued"), isRightToLeft(lines.at(i)))
                + QLatin1String("\">");
            appendSpans(m_body, lines.at(i));
            m_body += QLatin1String("</text:p>");
        }
        m_body += QLatin1String("</text:list-item>\n");
    }
    m_body += QLatin1String("</text:list>\n");
}

void Content::table(const Block &block)
{
    qsizetype columns = 0;
    for (const auto &row : block.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return;
    ++m_tables;
    m_body += QStringLiteral("<table:table table:name=\"Table%1\" table:style-name=\"CG_Table\">"
                             "<table:table-column table:style-name=\"CG_Column\" table:number-columns-repeated=\"%2\"/>\n")
                  .arg(m_tables)
                  .arg(columns);
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const bool header = block.headerRow && r == 0;
        if (header)
            m_body += QLatin1String("<table:table-header-rows>");
        m_body += QLatin1String("<table:table-row>");
        const auto &row = block.rows.at(r);
        for (qsizetype c = 0; c < columns; ++c) {
            m_body += QLatin1String("<table:table-cell table:style-name=\"")
                + (header ? QLatin1String("CG_Header_Cell") : QLatin1String("CG_Cell"))
                + QLatin1String("\" office:value-type=\"string\">");
            const Spans cell = c < row.size() ? row.at(c) : Spans{};
            m_body += QLatin1String("<text:p text:style-name=\"")
                + paragraphStyle(header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"),
                                 isRightToLeft(cell))
                + QLatin1String("\">");
            appendSpans(m_body, cell);
            m_body += QLatin1String("</text:p></table:table-cell>");
        }
        m_body += QLatin1String("</table:table-row>");
        if (header)
            m_body += QLatin1String("</table:table-header-rows>");
        m_body += QLatin1Char('\n');
    }
    m_body += QLatin1String("</table:table>\n");
}

void Content::image(const Block &block)
{
    const auto picture = embeddable(block);
    if (!picture) {
        paragraph(QStringLiteral("Caption"), plain(imageStandIn(block)));
        return;
    }
    const QString path = QStringLiteral("Pictures/image%1.%2").arg(m_pictures.size() + 1).arg(picture->extension);
    m_pictures.append({path, picture->data});
    // As wide as the text column (17 cm on A4 with 2 cm margins) at most, and never taller
    // than two thirds of a page, so that a portrait photo leaves room for its caption.
    const double maxWidth = 21.0 - 2 * m_metrics.margin * 2.54 / 72.0;
    const double maxHeight = 17.0;
    double width = maxWidth;
    double height = width * picture->pixels.height() / picture->pixels.width();
    if (height > maxHeight) {
        width *= maxHeight / height;
        height = maxHeight;
    }
    m_body += QStringLiteral("<text:p text:style-name=\"CG_Figure\"><draw:frame draw:name=\"Picture%1\" "
                             "text:anchor-type=\"as-char\" svg:width=\"%2\" svg:height=\"%3\" draw:z-index=\"0\">"
                             "<draw:image xlink:href=\"%4\" xlink:type=\"simple\" xlink:show=\"embed\" "
                             "xlink:actuate=\"onLoad\" draw:mime-type=\"%5\"/>")
                  .arg(m_pictures.size())
                  .arg(cm(width), cm(height), path, picture->mime);
    m_body += QLatin1String("<svg:title>") + xml::escaped(block.alt) + QLatin1String("</svg:title><svg:desc>")
        + xml::escaped(block.alt) + QLatin1String("</svg:desc></draw:frame></text:p>\n");
}

QString Content::build()
{
    if (!m_document.title.trimmed().isEmpty())
        paragraph(QStringLiteral("Title"), plain(m_document.title));
    if (!m_document.subtitle.trimmed().isEmpty())
        paragraph(QStringLiteral("Subtitle"), plain(m_document.subtitle));
    for (const Block &block : m_document.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading: heading(block.level, block.spans); break;
        case Block::Kind::Paragraph: paragraph(QStringLiteral("Text_20_body"), block.spans); break;
        case Block::Kind::Quote: paragraph(QStringLiteral("Quotations"), block.spans); break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList: list(block); break;
        case Block::Kind::Table: table(block); break;
        case Block::Kind::Image: image(block); break;
        case Block::Kind::PageBreak: m_body += QLatin1String("<text:p text:style-name=\"CG_Page_Break\"/>\n"); break;
        }
    }
    QString out = xml::declaration();
    out += QLatin1String("<office:document-content") + QLatin1String(namespaces) + QLatin1String(">\n");
    out += QLatin1String("<office:automatic-styles>") + tableStyles(m_metrics) + m_automatic
        + QLatin1String("</office:automatic-styles>\n");
    out += QLatin1String("<office:body><office:text>\n") + m_body
        + QLatin1String("</office:text></office:body></office:document-content>\n");
    return out;
}

QString paragraphStyleXml(const QString &name, const QString &display, const QString &parent, const QString &paragraphProps,
                          const QString &textProps, const QString &extraAttributes = {})
{
    QString out = QStringLiteral("<style:style style:name=\"%1\" style:display-name=\"%2\" style:family=\"paragraph\"")
                      .arg(name, display);
    if (!parent.isEmpty())
        out += QStringLiteral(" style:parent-style-name=\"%1\"").arg(parent);
    out += extraAttributes + QLatin1Char('>');
    if (!paragraphProps.isEmpty())
        out += QLatin1String("<style:paragraph-properties ") + paragraphProps + QLatin1String("/>");
    if (!textProps.isEmpty())
        out += QLatin1String("<style:text-properties ") + textProps + QLatin1String("/>");
    return out + QLatin1String("</style:style>\n");
}

QString size(double points)
{
    // Western, Asian and complex-script (Arabic, Hebrew) text all get the size.
    return QStringLiteral("fo:font-size=\"%1\" style:font-size-asian=\"%1\" style:font-size-complex=\"%1\"").arg(pt(points));
}

QString bold()
{
    return QStringLiteral("fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"");
}

QString italic()
{
    return QStringLiteral("fo:font-style=\"italic\" style:font-style-asian=\"italic\" style:font-style-complex=\"italic\"");
}

QString spacing(double before, double after, const Metrics &m, double lineHeight = 0)
{
    return QStringLiteral("fo:margin-top=\"%1\" fo:margin-bottom=\"%2\" fo:line-height=\"%3%\"")
        .arg(pt(before), pt(after))
        .arg(int((lineHeight > 0 ? lineHeight : m.lineHeight) * 100));
}

/// Table, column and cell styles: LibreOffice applies cell borders and shading only from
/// automatic styles, so these go in content.xml.
QString tableStyles(const Metrics &m)
{
    QString s;
    s += QStringLiteral("<style:style style:name=\"CG_Table\" style:display-name=\"Table\" style:family=\"table\">"
                        "<style:table-properties style:width=\"%1\" table:align=\"margins\" fo:margin-top=\"%2\" "
                        "fo:margin-bottom=\"%3\"/></style:style>\n"
                        "<style:style style:name=\"CG_Column\" style:family=\"table-column\">"
                        "<style:table-column-properties style:rel-width=\"1*\"/></style:style>\n"
                        "<style:style style:name=\"CG_Cell\" style:family=\"table-cell\"><style:table-cell-properties "
                        "fo:padding=\"%4\" fo:border=\"0.75pt solid #8c8c8c\"/></style:style>\n"
                        "<style:style style:name=\"CG_Header_Cell\" style:family=\"table-cell\"><style:table-cell-properties "
                        "fo:padding=\"%4\" fo:background-color=\"#e6efe9\" fo:border=\"0.75pt solid #8c8c8c\"/></style:style>\n")
             .arg(cm(21.0 - 2 * m.margin * 2.54 / 72.0), pt(m.paragraphAfter * 0.5), pt(m.paragraphAfter * 1.5),
                  pt(m.cellPadding));
    return s;
}

QString stylesXml(const Document &document, const Metrics &m)
{
    const auto [language, country] = languageAndCountry(document.language);
    const QString lang = QStringLiteral("fo:language=\"%1\" fo:country=\"%2\"").arg(language, country.isEmpty() ? QStringLiteral("none") : country);
    const QString font = xml::escaped(m.officeFont);
    const QString colour = QStringLiteral("fo:color=\"#1a1a1a\"");
    QString s = xml::declaration();
    s += QLatin1String("<office:document-styles") + QLatin1String(namespaces) + QLatin1String(">\n");
    s += QStringLiteral("<office:font-face-decls><style:font-face style:name=\"%1\" svg:font-family=\"'%1'\" "
                        "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/></office:font-face-decls>\n")
             .arg(font);
    s += QLatin1String("<office:styles>\n");
    s += QStringLiteral("<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
                        "style:writing-mode=\"page\"/><style:text-properties style:font-name=\"%1\" "
                        "style:font-name-asian=\"%1\" style:font-name-complex=\"%1\" %2 %3 %4/></style:default-style>\n")
             .arg(font, size(m.body), lang, colour);
    s += paragraphStyleXml(QStringLiteral("Standard"), QStringLiteral("Default Paragraph Style"), {}, {}, {},
                           QStringLiteral(" style:class=\"text\""));
    s += paragraphStyleXml(QStringLiteral("Text_20_body"), QStringLiteral("Text Body"), QStringLiteral("Standard"),
                           spacing(0, m.paragraphAfter, m) + QLatin1String(" fo:orphans=\"2\" fo:widows=\"2\""), {},
                           QStringLiteral(" style:class=\"text\""));
    s += paragraphStyleXml(QStringLiteral("Heading"), QStringLiteral("Heading"), QStringLiteral("Standard"),
                           QStringLiteral("fo:keep-with-next=\"always\""), bold(),
                           QStringLiteral(" style:next-style-name=\"Text_20_body\" style:class=\"text\""));
    for (int level = 1; level <= 4; ++level) {
        s += paragraphStyleXml(QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("Heading %1").arg(level),
                               QStringLiteral("Heading"), spacing(m.spaceBefore(level), m.headingAfter, m, 1.15),
                               size(m.headingSize(level)) + QLatin1Char(' ') + bold()
                                   + (level <= 2 ? QStringLiteral(" fo:color=\"#1f4e5f\"") : QString()),
                               QStringLiteral(" style:next-style-name=\"Text_20_body\" style:default-outline-level=\"%1\" "
                                              "style:class=\"text\"")
                                   .arg(level));
    }
    s += paragraphStyleXml(QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Standard"),
                           spacing(0, m.body * 0.5, m, 1.1), size(m.title) + QLatin1Char(' ') + bold() + QStringLiteral(" fo:color=\"#1f4e5f\""),
                           QStringLiteral(" style:next-style-name=\"Subtitle\" style:class=\"chapter\""));
    s += paragraphStyleXml(QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Standard"),
                           spacing(0, m.body * 1.5, m), size(m.subtitle) + QStringLiteral(" fo:color=\"#444444\""),
                           QStringLiteral(" style:next-style-name=\"Text_20_body\" style:class=\"chapter\""));
    s += paragraphStyleXml(QStringLiteral("Quotations"), QStringLiteral("Quotations"), QStringLiteral("Standard"),
                           spacing(m.paragraphAfter * 0.5, m.paragraphAfter * 1.5, m)
                               + QStringLiteral(" fo:margin-left=\"%1\" fo:margin-right=\"%1\" fo:padding-left=\"%2\" "
                                                "fo:border-left=\"2.5pt solid #5b8a72\" fo:border-right=\"none\" "
                                                "fo:border-top=\"none\" fo:border-bottom=\"none\"")
                                     .arg(pt(m.listIndent * 0.5), pt(m.listIndent * 0.5)),
                           italic(), QStringLiteral(" style:class=\"html\""));
    s += paragraphStyleXml(QStringLiteral("List"), QStringLiteral("List"), QStringLiteral("Text_20_body"),
                           spacing(0, m.paragraphAfter * 0.5, m), {}, QStringLiteral(" style:class=\"list\""));
    s += paragraphStyleXml(QStringLiteral("List_20_Bullet"), QStringLiteral("List Bullet"), QStringLiteral("List"), {}, {},
                           QStringLiteral(" style:class=\"list\" style:list-style-name=\"CG_Bullets\""));
    s += paragraphStyleXml(QStringLiteral("List_20_Number"), QStringLiteral("List Number"), QStringLiteral("List"), {}, {},
                           QStringLiteral(" style:class=\"list\" style:list-style-name=\"CG_Numbers\""));
    s += paragraphStyleXml(QStringLiteral("CG_List_Continued"), QStringLiteral("List Contents"), QStringLiteral("List"), {}, {},
                           QStringLiteral(" style:class=\"list\""));
    s += paragraphStyleXml(QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), QStringLiteral("Standard"),
                           spacing(0, 0, m), {}, QStringLiteral(" style:class=\"extra\""));
    s += paragraphStyleXml(QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
                           QStringLiteral("Table_20_Contents"), {}, bold(), QStringLiteral(" style:class=\"extra\""));
    s += paragraphStyleXml(QStringLiteral("Caption"), QStringLiteral("Caption"), QStringLiteral("Standard"),
                           spacing(0, m.paragraphAfter, m), italic(), QStringLiteral(" style:class=\"extra\""));
    s += paragraphStyleXml(QStringLiteral("CG_Figure"), QStringLiteral("Figure"), QStringLiteral("Standard"),
                           spacing(m.paragraphAfter * 0.5, m.paragraphAfter, m, 1.0)
                               + QStringLiteral(" fo:text-align=\"center\" fo:keep-together=\"always\""),
                           {}, QStringLiteral(" style:class=\"extra\""));
    s += paragraphStyleXml(QStringLiteral("CG_Page_Break"), QStringLiteral("Page Break"), QStringLiteral("Standard"),
                           QStringLiteral("fo:break-before=\"page\" fo:margin-top=\"0pt\" fo:margin-bottom=\"0pt\""),
                           {}, QStringLiteral(" style:class=\"extra\""));
    s += paragraphStyleXml(QStringLiteral("Header"), QStringLiteral("Header"), QStringLiteral("Standard"),
                           QStringLiteral("fo:text-align=\"start\""), size(m.small) + QStringLiteral(" fo:color=\"#555555\""),
                           QStringLiteral(" style:class=\"extra\""));
    s += paragraphStyleXml(QStringLiteral("Footer"), QStringLiteral("Footer"), QStringLiteral("Standard"),
                           QStringLiteral("fo:text-align=\"center\""), size(m.small) + QStringLiteral(" fo:color=\"#555555\""),
                           QStringLiteral(" style:class=\"extra\""));
    s += QStringLiteral("<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\" "
                        "style:family=\"text\"><style:text-properties %1/></style:style>\n"
                        "<style:style style:name=\"Emphasis\" style:family=\"text\"><style:text-properties %2/></style:style>\n")
             .arg(bold(), italic());
    // Headings are not numbered, but the outline style must exist for LibreOffice's navigator
    // and table of contents to list them by level.
    s += QLatin1String("<text:outline-style style:name=\"Outline\">");
    for (int level = 1; level <= 10; ++level)
        s += QStringLiteral("<text:outline-level-style text:level=\"%1\" style:num-format=\"\"/>").arg(level);
    s += QLatin1String("</text:outline-style>\n");
    const double indent = m.listIndent;
    s += QLatin1String("<text:list-style style:name=\"CG_Bullets\" style:display-name=\"Bullets\">");
    for (int level = 1; level <= 3; ++level)
        s += QStringLiteral("<text:list-level-style-bullet text:level=\"%1\" text:bullet-char=\"%2\">"
                            "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment text:label-followed-by=\"listtab\" "
                            "text:list-tab-stop-position=\"%3\" fo:text-indent=\"-%4\" fo:margin-left=\"%3\"/>"
                            "</style:list-level-properties></text:list-level-style-bullet>")
                 .arg(level)
                 .arg(level == 2 ? QStringLiteral("◦") : QStringLiteral("•"), pt(indent * level), pt(indent * 0.75));
    s += QLatin1String("</text:list-style>\n<text:list-style style:name=\"CG_Numbers\" style:display-name=\"Numbers\">");
    for (int level = 1; level <= 3; ++level)
        s += QStringLiteral("<text:list-level-style-number text:level=\"%1\" style:num-suffix=\".\" style:num-format=\"1\">"
                            "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment text:label-followed-by=\"listtab\" "
                            "text:list-tab-stop-position=\"%2\" fo:text-indent=\"-%3\" fo:margin-left=\"%2\"/>"
                            "</style:list-level-properties></text:list-level-style-number>")
                 .arg(level)
                 .arg(pt(indent * level), pt(indent * 0.9));
    s += QLatin1String("</text:list-style>\n");
    s += QLatin1String("</office:styles>\n");
    s += QStringLiteral("<office:automatic-styles><style:page-layout style:name=\"CG_Page\"><style:page-layout-properties "
                        "fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" "
                        "fo:margin-top=\"%1\" fo:margin-bottom=\"%1\" fo:margin-left=\"%3\" fo:margin-right=\"%3\"/>"
                        "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"%2\"/>"
                        "</style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" "
                        "fo:margin-top=\"%2\"/></style:footer-style></style:page-layout></office:automatic-styles>\n")
             .arg(pt(m.margin * 0.6), pt(m.small), pt(m.margin));
    const QString running = runningTitleOf(document);
    s += QLatin1String("<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"CG_Page\">");
    if (!running.isEmpty())
        s += QLatin1String("<style:header><text:p text:style-name=\"Header\">") + xml::escaped(running)
            + QLatin1String("</text:p></style:header>");
    s += QLatin1String("<style:footer><text:p text:style-name=\"Footer\">")
        + xml::escaped(QCoreApplication::translate("cg::doc", "Page"))
        + QLatin1String(" <text:page-number text:select-page=\"current\">1</text:page-number> ")
        + xml::escaped(QCoreApplication::translate("cg::doc", "of"))
        + QLatin1String(" <text:page-count>1</text:page-count></text:p></style:footer>");
    s += QLatin1String("</style:master-page></office:master-styles></office:document-styles>\n");
    return s;
}

QString metaXml(const Document &document)
{
    QString s = xml::declaration();
    s += QLatin1String("<office:document-meta") + QLatin1String(namespaces) + QLatin1String("><office:meta>");
    s += QLatin1String("<meta:generator>Common Ground</meta:generator>");
    if (!document.title.trimmed().isEmpty())
        s += QLatin1String("<dc:title>") + xml::escaped(document.title.trimmed()) + QLatin1String("</dc:title>");
    if (!document.subtitle.trimmed().isEmpty())
        s += QLatin1String("<dc:subject>") + xml::escaped(document.subtitle.trimmed()) + QLatin1String("</dc:subject>");
    const auto [language, country] = languageAndCountry(document.language);
    s += QLatin1String("<dc:language>") + language + (country.isEmpty() ? QString() : QLatin1Char('-') + country)
        + QLatin1String("</dc:language>");
    s += QLatin1String("<meta:creation-date>") + QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
        + QLatin1String("</meta:creation-date>");
    s += QLatin1String("</office:meta></office:document-meta>\n");
    return s;
}

QString manifestXml(const QList<std::pair<QString, QByteArray>> &pictures, const QList<QString> &mimes)
{
    QString s = xml::declaration();
    s += QLatin1String("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                       "manifest:version=\"1.3\">\n"
                       "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
                       "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n");
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        s += QStringLiteral("<manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"text/xml\"/>\n")
                 .arg(QLatin1String(part));
    for (qsizetype i = 0; i < pictures.size(); ++i)
        s += QStringLiteral("<manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"%2\"/>\n")
                 .arg(pictures.at(i).first, mimes.at(i));
    s += QLatin1String("</manifest:manifest>\n");
    return s;
}

} // namespace

Result<QByteArray> toOdt(const Document &document, const Style &style)
{
    const Metrics metrics = metricsFor(style);
    Content content(document, metrics);
    const QString contentXml = content.build();
    QList<QString> mimes;
    for (const auto &picture : content.pictures())
        mimes << (picture.first.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"));

    ZipWriter zip;
    using C = ZipWriter::Compression;
    // The type first and uncompressed, as ODF requires, so that it can be read at a fixed offset.
    Result<void> added = zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", C::Stored);
    if (added)
        added = zip.add(QStringLiteral("content.xml"), contentXml.toUtf8());
    if (added)
        added = zip.add(QStringLiteral("styles.xml"), stylesXml(document, metrics).toUtf8());
    if (added)
        added = zip.add(QStringLiteral("meta.xml"), metaXml(document).toUtf8());
    // Photos are already compressed; deflating them again costs time and saves nothing.
    for (const auto &picture : content.pictures()) {
        if (added)
            added = zip.add(picture.first, picture.second, C::Stored);
    }
    if (added)
        added = zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(content.pictures(), mimes).toUtf8());
    if (!added)
        return added.error();
    return zip.finish();
}

} // namespace cg::doc
