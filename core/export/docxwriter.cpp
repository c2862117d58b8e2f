// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Office Open XML (.docx), written as a package by hand (Qt has no DOCX writer). Headings use
// Word's built-in "heading N" styles with outline levels, so the navigation pane and a table
// of contents work; lists use numbering.xml; tables repeat their header row on each page;
// sizes for large print and easy read live in styles.xml, where a partner editing the file
// keeps them.
#include "export/pagedstyle.h"
#include "export/writers.h"
#include "export/xmltext.h"
#include "export/zipwriter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cg::doc {

namespace {

/// Word measures type in half-points and lengths in twentieths of a point (twips).
QString halfPoints(double points)
{
    return QString::number(qRound(points * 2));
}

QString twips(double points)
{
    return QString::number(qRound(points * 20));
}

constexpr qint64 emuPerPoint = 12700;

const char *const bodyNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

/// Runs for \a text: escaped, with Word's own elements for tabs and line breaks.
void appendRuns(QString &out, const Span &span, bool rtl)
{
    if (span.text.isEmpty())
        return;
    QString props;
    if (span.strong)
        props += QLatin1String("<w:b/><w:bCs/>");
    if (span.emphasis)
        props += QLatin1String("<w:i/><w:iCs/>");
    if (rtl)
        props += QLatin1String("<w:rtl/>");
    out += QLatin1String("<w:r>");
    if (!props.isEmpty())
        out += QLatin1String("<w:rPr>") + props + QLatin1String("</w:rPr>");
    const QString &text = span.text;
    qsizetype start = 0;
    auto flush = [&](qsizetype end) {
        if (end > start) {
            out += QLatin1String("<w:t xml:space=\"preserve\">");
            xml::appendEscaped(out, QStringView(text).mid(start, end - start));
            out += QLatin1String("</w:t>");
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\t')) {
            flush(i);
            out += QLatin1String("<w:tab/>");
            start = i + 1;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator
                   || c == QChar::ParagraphSeparator) {
            flush(i);
            if (!(c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')))
                out += QLatin1String("<w:br/>");
            start = i + 1;
        }
    }
    flush(text.size());
    out += QLatin1String("</w:r>");
}

/// Builds word/document.xml; remembers the pictures and numbered lists it refers to.
class Body
{
public:
    Body(const Document &document, const Metrics &metrics) : m_document(document), m_metrics(metrics) { }

    QString build();
    const QList<std::pair<QString, QByteArray>> &pictures() const { return m_pictures; }
    /// How many numbered lists there are: each restarts at 1, so each has its own w:num.
    int numberedLists() const { return m_numberedLists; }

private:
    void paragraph(const QString &style, const Spans &spans, const QString &extraProps = {});
    void table(const Block &block);
    void image(const Block &block);

    const Document &m_document;
    const Metrics &m_metrics;
    QString m_body;
    int m_numberedLists = 0;
    int m_drawings = 0;
    QList<std::pair<QString, QByteArray>> m_pictures;
};

void Body::paragraph(const QString &style, const Spans &spans, const QString &extraProps)
{
    const bool rtl = isRightToLeft(spans);
    m_body += QLatin1String("<w:p><w:pPr><w:pStyle w:val=\"") + style + QLatin1String("\"/>") + extraProps;
    if (rtl)
        m_body += QLatin1String("<w:bidi/>");
    m_body += QLatin1String("</w:pPr>");
    for (const Span &span : spans)
        appendRuns(m_body, span, rtl);
    m_body += QLatin1String("</w:p>\n");
}

void Body::table(const Block &block)
{
    qsizetype columns = 0;
    for (const auto &row : block.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return;
    const double width = 595.3 - 2 * m_metrics.margin; // A4 text column, points
    const QString column = twips(width / double(columns));
    m_body += QLatin1String("<w:tbl><w:tblPr><w:tblStyle w:val=\"CGTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                            "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
                            "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for (qsizetype c = 0; c < columns; ++c)
        m_body += QLatin1String("<w:gridCol w:w=\"") + column + QLatin1String("\"/>");
    m_body += QLatin1String("</w:tblGrid>\n");
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const bool header = block.headerRow && r == 0;
        m_body += QLatin1String("<w:tr>");
        if (header)
            m_body += QLatin1String("<w:trPr><w:tblHeader/></w:trPr>");
        const auto &row = block.rows.at(r);
        for (qsizetype c = 0; c < columns; ++c) {
            m_body += QLatin1String("<w:tc><w:tcPr><w:tcW w:w=\"") + column + QLatin1String("\" w:type=\"dxa\"/>");
            if (header)
                m_body += QLatin1String("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6EFE9\"/>");
            m_body += QLatin1String("</w:tcPr>");
            // A cell must hold a paragraph even when it is empty.
            paragraph(header ? QStringLiteral("TableHeading") : QStringLiteral("TableContents"),
                      c < row.size() ? row.at(c) : Spans{});
            m_body += QLatin1String("</w:tc>");
        }
        m_body += QLatin1String("</w:tr>\n");
    }
    m_body += QLatin1String("</w:tbl>\n");
    // Word joins two tables that touch, and wants a paragraph after a table; a small gap reads
    // better, too.
    paragraph(QStringLiteral("AfterTable"), {});
}

void Body::image(const Block &block)
{
    const auto picture = embeddable(block);
    if (!picture) {
        paragraph(QStringLiteral("Caption"), plain(imageStandIn(block)));
        return;
    }
    const QString name = QStringLiteral("image%1.%2").arg(m_pictures.size() + 1).arg(picture->extension);
    m_pictures.append({name, picture->data});
    const QString relation = QStringLiteral("rIdImage%1").arg(m_pictures.size());
    const double maxWidth = 595.3 - 2 * m_metrics.margin;
    const double maxHeight = 17.0 * 72.0 / 2.54;
    double width = maxWidth;
    double height = width * picture->pixels.height() / picture->pixels.width();
    if (height > maxHeight) {
        width *= maxHeight / height;
        height = maxHeight;
    }
    const QString cx = QString::number(qint64(width * emuPerPoint));
    const QString cy = QString::number(qint64(height * emuPerPoint));
    const QString alt = xml::escaped(block.alt);
    const QString id = QString::number(++m_drawings);
    m_body += QLatin1String("<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing>"
                            "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
        + cx + QLatin1String("\" cy=\"") + cy + QLatin1String("\"/><wp:docPr id=\"") + id
        + QLatin1String("\" name=\"Picture ") + id + QLatin1String("\" descr=\"") + alt
        + QLatin1String("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                        "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"")
        + id + QLatin1String("\" name=\"") + name + QLatin1String("\" descr=\"") + alt
        + QLatin1String("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"") + relation
        + QLatin1String("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                        "<a:ext cx=\"")
        + cx + QLatin1String("\" cy=\"") + cy
        + QLatin1String("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>\n");
}

QString Body::build()
{
    if (!m_document.title.trimmed().isEmpty())
        paragraph(QStringLiteral("Title"), plain(m_document.title));
    if (!m_document.subtitle.trimmed().isEmpty())
        paragraph(QStringLiteral("Subtitle"), plain(m_document.subtitle));
    for (const Block &block : m_document.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading:
            paragraph(QStringLiteral("Heading%1").arg(qBound(1, block.level, 4)), block.spans);
            break;
        case Block::Kind::Paragraph:
            for (const Spans &line : linesOf(block.spans, m_metrics))
                paragraph(QStringLiteral("BodyText"), line);
            break;
        case Block::Kind::Quote:
            for (const Spans &line : linesOf(block.spans, m_metrics))
                paragraph(QStringLiteral("Quote"), line);
            break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList: {
            // numId 1 is every bullet list; numbered lists are 2, 3, … so that each starts at 1.
            const bool numbered = block.kind == Block::Kind::NumberedList;
            const int numId = numbered ? 2 + m_numberedLists++ : 1;
            const QString numbering = QStringLiteral("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"%1\"/></w:numPr>").arg(numId);
            for (const Spans &item : block.items) {
                const QList<Spans> lines = linesOf(item, m_metrics);
                for (qsizetype i = 0; i < lines.size(); ++i)
                    paragraph(QStringLiteral("ListParagraph"), lines.at(i), i == 0 ? numbering : QString());
            }
            break;
        }
        case Block::Kind::Table: table(block); break;
        case Block::Kind::Image: image(block); break;
        case Block::Kind::PageBreak: m_body += QLatin1String("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"); break;
        }
    }
    const QString top = twips(m_metrics.margin * 0.6 + m_metrics.small * 2.5);
    const QString side = twips(m_metrics.margin);
    QString out = xml::declaration();
    out += QLatin1String("<w:document") + QLatin1String(bodyNamespaces) + QLatin1String("><w:body>\n") + m_body;
    out += QLatin1String("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
                         "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                         "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"")
        + top + QLatin1String("\" w:right=\"") + side + QLatin1String("\" w:bottom=\"") + top
        + QLatin1String("\" w:left=\"") + side + QLatin1String("\" w:header=\"") + twips(m_metrics.margin * 0.6)
        + QLatin1String("\" w:footer=\"") + twips(m_metrics.margin * 0.6)
        + QLatin1String("\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n");
    return out;
}

QString styleXml(const QString &id, const QString &name, const QString &pPr, const QString &rPr,
                 const QString &basedOn = QStringLiteral("Normal"), const QString &extra = {})
{
    QString s = QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"%1\"><w:name w:val=\"%2\"/>").arg(id, name);
    if (!basedOn.isEmpty())
        s += QStringLiteral("<w:basedOn w:val=\"%1\"/>").arg(basedOn);
    s += extra + QLatin1String("<w:qFormat/>");
    if (!pPr.isEmpty())
        s += QLatin1String("<w:pPr>") + pPr + QLatin1String("</w:pPr>");
    if (!rPr.isEmpty())
        s += QLatin1String("<w:rPr>") + rPr + QLatin1String("</w:rPr>");
    return s + QLatin1String("</w:style>\n");
}

QString sz(double points)
{
    // The complex-script size too, so that Arabic and Hebrew are as large as the rest.
    return QStringLiteral("<w:sz w:val=\"%1\"/><w:szCs w:val=\"%1\"/>").arg(halfPoints(points));
}

QString spacing(double before, double after, double lineHeight)
{
    // w:line in 240ths of a line when lineRule is "auto".
    return QStringLiteral("<w:spacing w:before=\"%1\" w:after=\"%2\" w:line=\"%3\" w:lineRule=\"auto\"/>")
        .arg(twips(before), twips(after))
        .arg(qRound(lineHeight * 240 / 1.15));
}

QString stylesXml(const Document &document, const Metrics &m)
{
    const auto [language, country] = languageAndCountry(document.language);
    const QString lang = country.isEmpty() ? language : language + QLatin1Char('-') + country;
    const QString font = xml::escaped(m.officeFont);
    QString s = xml::declaration();
    s += QLatin1String("<w:styles") + QLatin1String(bodyNamespaces) + QLatin1String(">\n");
    s += QStringLiteral("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"%1\" w:hAnsi=\"%1\" w:eastAsia=\"%1\" "
                        "w:cs=\"%1\"/><w:color w:val=\"1A1A1A\"/>%2<w:lang w:val=\"%3\" w:eastAsia=\"%3\" w:bidi=\"ar-SA\"/>"
                        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>%4</w:pPr></w:pPrDefault></w:docDefaults>\n")
             .arg(font, sz(m.body), lang, spacing(0, m.paragraphAfter, m.lineHeight));
    s += QLatin1String("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                       "<w:qFormat/></w:style>\n");
    s += styleXml(QStringLiteral("BodyText"), QStringLiteral("Body Text"), QStringLiteral("<w:widowControl/>"), {});
    const QString accent = QStringLiteral("<w:color w:val=\"1F4E5F\"/>");
    for (int level = 1; level <= 4; ++level) {
        s += styleXml(QStringLiteral("Heading%1").arg(level), QStringLiteral("heading %1").arg(level),
                      QStringLiteral("<w:keepNext/><w:keepLines/>") + spacing(m.spaceBefore(level), m.headingAfter, 1.15)
                          + QStringLiteral("<w:outlineLvl w:val=\"%1\"/>").arg(level - 1),
                      QStringLiteral("<w:b/><w:bCs/>") + (level <= 2 ? accent : QString()) + sz(m.headingSize(level)),
                      QStringLiteral("Normal"), QStringLiteral("<w:next w:val=\"BodyText\"/><w:uiPriority w:val=\"9\"/>"));
    }
    s += styleXml(QStringLiteral("Title"), QStringLiteral("Title"), spacing(0, m.body * 0.5, 1.1),
                  QStringLiteral("<w:b/><w:bCs/>") + accent + sz(m.title), QStringLiteral("Normal"),
                  QStringLiteral("<w:next w:val=\"Subtitle\"/>"));
    s += styleXml(QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), spacing(0, m.body * 1.5, m.lineHeight),
                  QStringLiteral("<w:color w:val=\"444444\"/>") + sz(m.subtitle), QStringLiteral("Normal"),
                  QStringLiteral("<w:next w:val=\"BodyText\"/>"));
    s += styleXml(QStringLiteral("Quote"), QStringLiteral("Quote"),
                  QStringLiteral("<w:pBdr><w:left w:val=\"single\" w:sz=\"20\" w:space=\"8\" w:color=\"5B8A72\"/></w:pBdr>")
                      + spacing(m.paragraphAfter * 0.5, m.paragraphAfter * 1.5, m.lineHeight)
                      + QStringLiteral("<w:ind w:left=\"%1\" w:right=\"%1\"/>").arg(twips(m.listIndent * 0.6)),
                  QStringLiteral("<w:i/><w:iCs/>"));
    s += styleXml(QStringLiteral("ListParagraph"), QStringLiteral("List Paragraph"),
                  spacing(0, m.paragraphAfter * 0.5, m.lineHeight)
                      + QStringLiteral("<w:ind w:left=\"%1\"/>").arg(twips(m.listIndent)),
                  {});
    s += styleXml(QStringLiteral("TableContents"), QStringLiteral("Table Contents"), spacing(0, 0, m.lineHeight * 0.9), {});
    s += styleXml(QStringLiteral("TableHeading"), QStringLiteral("Table Heading"), QStringLiteral("<w:keepNext/>"),
                  QStringLiteral("<w:b/><w:bCs/>"), QStringLiteral("TableContents"));
    s += styleXml(QStringLiteral("AfterTable"), QStringLiteral("After Table"), spacing(0, 0, 1.0), sz(m.body * 0.6));
    s += styleXml(QStringLiteral("Caption"), QStringLiteral("caption"), {}, QStringLiteral("<w:i/><w:iCs/>"));
    s += styleXml(QStringLiteral("Figure"), QStringLiteral("Figure"),
                  QStringLiteral("<w:keepLines/><w:jc w:val=\"center\"/>") + spacing(m.paragraphAfter * 0.5, m.paragraphAfter, 1.0),
                  {});
    s += styleXml(QStringLiteral("Header"), QStringLiteral("header"), spacing(0, 0, 1.0),
                  QStringLiteral("<w:color w:val=\"555555\"/>") + sz(m.small));
    s += styleXml(QStringLiteral("Footer"), QStringLiteral("footer"), QStringLiteral("<w:jc w:val=\"center\"/>") + spacing(0, 0, 1.0),
                  QStringLiteral("<w:color w:val=\"555555\"/>") + sz(m.small));
    const QString padding = twips(m.cellPadding);
    s += QStringLiteral("<w:style w:type=\"table\" w:styleId=\"CGTable\"><w:name w:val=\"Common Ground Table\"/>"
                        "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"6\" w:color=\"8C8C8C\"/>"
                        "<w:left w:val=\"single\" w:sz=\"6\" w:color=\"8C8C8C\"/><w:bottom w:val=\"single\" w:sz=\"6\" "
                        "w:color=\"8C8C8C\"/><w:right w:val=\"single\" w:sz=\"6\" w:color=\"8C8C8C\"/><w:insideH "
                        "w:val=\"single\" w:sz=\"6\" w:color=\"8C8C8C\"/><w:insideV w:val=\"single\" w:sz=\"6\" "
                        "w:color=\"8C8C8C\"/></w:tblBorders><w:tblCellMar><w:top w:w=\"%1\" w:type=\"dxa\"/>"
                        "<w:left w:w=\"%1\" w:type=\"dxa\"/><w:bottom w:w=\"%1\" w:type=\"dxa\"/><w:right w:w=\"%1\" "
                        "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\n")
             .arg(padding);
    s += QLatin1String("</w:styles>\n");
    return s;
}

QString numberingXml(const Metrics &m, int numberedLists)
{
    QString s = xml::declaration();
    s += QLatin1String("<w:numbering") + QLatin1String(bodyNamespaces) + QLatin1String(">\n");
    const QString indent = twips(m.listIndent);
    const QString hanging = twips(m.listIndent * 0.8);
    s += QStringLiteral("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">"
                        "<w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
                        "<w:pPr><w:ind w:left=\"%1\" w:hanging=\"%2\"/></w:pPr></w:lvl></w:abstractNum>\n"
                        "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">"
                        "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/><w:lvlJc w:val=\"left\"/>"
                        "<w:pPr><w:ind w:left=\"%1\" w:hanging=\"%2\"/></w:pPr></w:lvl></w:abstractNum>\n")
             .arg(indent, hanging, QStringLiteral("%1"));
    s += QLatin1String("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>\n");
    for (int i = 0; i < numberedLists; ++i)
        s += QStringLiteral("<w:num w:numId=\"%1\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                            "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>\n")
                 .arg(i + 2);
    s += QLatin1String("</w:numbering>\n");
    return s;
}

QString headerXml(const Document &document)
{
    QString s = xml::declaration();
    s += QLatin1String("<w:hdr") + QLatin1String(bodyNamespaces) + QLatin1String("><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
    const QString running = runningTitleOf(document);
    if (!running.isEmpty())
        appendRuns(s, Span{running}, false);
    s += QLatin1String("</w:p></w:hdr>\n");
    return s;
}

QString footerXml()
{
    auto word = [](const char *text) { return xml::escaped(QCoreApplication::translate("cg::doc", text)); };
    QString s = xml::declaration();
    s += QLatin1String("<w:ftr") + QLatin1String(bodyNamespaces)
        + QLatin1String("><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">")
        + word("Page") + QLatin1String(" </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                                        "<w:r><w:t xml:space=\"preserve\"> ")
        + word("of") + QLatin1String(" </w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                                      "</w:p></w:ftr>\n");
    return s;
}

QString settingsXml(const Document &document)
{
    const auto [language, country] = languageAndCountry(document.language);
    QString s = xml::declaration();
    s += QLatin1String("<w:settings") + QLatin1String(bodyNamespaces)
        + QLatin1String("><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                        "<w:themeFontLang w:val=\"")
        + (country.isEmpty() ? language : language + QLatin1Char('-') + country)
        + QLatin1String("\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                        "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>\n");
    return s;
}

QString corePropertiesXml(const Document &document)
{
    const auto [language, country] = languageAndCountry(document.language);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString s = xml::declaration();
    s += QLatin1String("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    if (!document.title.trimmed().isEmpty())
        s += QLatin1String("<dc:title>") + xml::escaped(document.title.trimmed()) + QLatin1String("</dc:title>");
    if (!document.subtitle.trimmed().isEmpty())
        s += QLatin1String("<dc:subject>") + xml::escaped(document.subtitle.trimmed()) + QLatin1String("</dc:subject>");
    s += QLatin1String("<dc:language>") + (country.isEmpty() ? language : language + QLatin1Char('-') + country)
        + QLatin1String("</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">") + now
        + QLatin1String("</dcterms:created></cp:coreProperties>\n");
    return s;
}

QString appPropertiesXml()
{
    return xml::declaration()
        + QLatin1String("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                        "<Application>Common Ground</Application></Properties>\n");
}

QString contentTypesXml()
{
    return xml::declaration()
        + QLatin1String(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Default Extension=\"png\" ContentType=\"image/png\"/>"
            "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
            "<Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "<Override PartName=\"/word/styles.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            "<Override PartName=\"/word/numbering.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
            "<Override PartName=\"/word/settings.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
            "<Override PartName=\"/word/header1.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
            "<Override PartName=\"/word/footer1.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
            "<Override PartName=\"/docProps/core.xml\" "
            "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            "<Override PartName=\"/docProps/app.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            "</Types>\n");
}

QString packageRelationshipsXml()
{
    return xml::declaration()
        + QLatin1String(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"word/document.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
            "Target=\"docProps/core.xml\"/>"
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
            "Target=\"docProps/app.xml\"/></Relationships>\n");
}

QString documentRelationshipsXml(const QList<std::pair<QString, QByteArray>> &pictures)
{
    const QString base = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    QString s = xml::declaration();
    s += QLatin1String("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    auto relation = [&](const QString &id, const char *type, const QString &target) {
        s += QStringLiteral("<Relationship Id=\"%1\" Type=\"%2%3\" Target=\"%4\"/>").arg(id, base, QLatin1String(type), target);
    };
    relation(QStringLiteral("rIdStyles"), "styles", QStringLiteral("styles.xml"));
    relation(QStringLiteral("rIdNumbering"), "numbering", QStringLiteral("numbering.xml"));
    relation(QStringLiteral("rIdSettings"), "settings", QStringLiteral("settings.xml"));
    relation(QStringLiteral("rIdHeader"), "header", QStringLiteral("header1.xml"));
    relation(QStringLiteral("rIdFooter"), "footer", QStringLiteral("footer1.xml"));
    for (qsizetype i = 0; i < pictures.size(); ++i)
        relation(QStringLiteral("rIdImage%1").arg(i + 1), "image", QLatin1String("media/") + pictures.at(i).first);
    s += QLatin1String("</Relationships>\n");
    return s;
}

} // namespace

Result<QByteArray> toDocx(const Document &document, const Style &style)
{
    const Metrics metrics = metricsFor(style);
    Body body(document, metrics);
    const QString documentXml = body.build();

    ZipWriter zip;
    const QList<std::pair<QString, QString>> parts = {
        {QStringLiteral("[Content_Types].xml"), contentTypesXml()},
        {QStringLiteral("_rels/.rels"), packageRelationshipsXml()},
        {QStringLiteral("docProps/core.xml"), corePropertiesXml(document)},
        {QStringLiteral("docProps/app.xml"), appPropertiesXml()},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRelationshipsXml(body.pictures())},
        {QStringLiteral("word/styles.xml"), stylesXml(document, metrics)},
        {QStringLiteral("word/numbering.xml"), numberingXml(metrics, body.numberedLists())},
        {QStringLiteral("word/settings.xml"), settingsXml(document)},
        {QStringLiteral("word/header1.xml"), headerXml(document)},
        {QStringLiteral("word/footer1.xml"), footerXml()},
    };
    for (const auto &[name, text] : parts) {
        if (auto added = zip.add(name, text.toUtf8()); !added)
            return added.error();
    }
    if (auto added = zip.add(QStringLiteral("word/document.xml"), documentXml.toUtf8()); !added)
        return added.error();
    for (const auto &[name, data] : body.pictures()) {
        if (auto added = zip.add(QLatin1String("word/media/") + name, data, ZipWriter::Compression::Stored); !added)
            return added.error();
    }
    return zip.finish();
}

} // namespace cg::doc
