// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfcomposer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QRawFont>
#include <QImage>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>

#include <functional>

namespace cg::doc {

namespace {

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor accent(0x1f, 0x4e, 0x5f);
const QColor muted(0x55, 0x55, 0x55);
const QColor quoteBar(0x5b, 0x8a, 0x72);
const QColor headerFill(0xe6, 0xef, 0xe9);
const QColor rule(0x8c, 0x8c, 0x8c);

constexpr double a4Width = 595.276;
constexpr double a4Height = 841.89;

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::doc", text);
}

} // namespace

/// A laid-out piece of text: its lines and where each line's box sits.
struct PdfComposer::Lines
{
    std::unique_ptr<QTextLayout> layout;
    QList<double> tops;    ///< of each line's box, in layout coordinates
    QList<double> heights; ///< of each line's box
    double height = 0;
    bool rtl = false;
    /// What it was laid out from, so that a kept layout is only used for the same text.
    struct Key
    {
        qsizetype length = 0;
        double points = 0;
        bool bold = false;
        bool italic = false;
        double width = 0;
        double lineFactor = 0;
        bool operator==(const Key &) const = default;
    } key;

    int count() const { return int(tops.size()); }
    /// The height of lines [from, to).
    double span(int from, int to) const { return to > from ? tops[to - 1] + heights[to - 1] - tops[from] : 0; }
};

PdfComposer::PdfComposer(const Document &document, const Metrics &metrics, QPagedPaintDevice *device,
                         QPainter *painter, int pageCount)
    : m_document(document), m_m(metrics), m_device(device), m_painter(painter), m_pageCount(pageCount)
{
    m_scale = double(device->logicalDpiY()) / 72.0;
    const double headerSpace = metrics.small * 2.2;
    m_body = QRectF(u(metrics.margin), u(metrics.margin * 0.6 + headerSpace), u(a4Width - 2 * metrics.margin),
                    u(a4Height - 2 * (metrics.margin * 0.6 + headerSpace)));
    m_y = m_body.top();
    // DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew with TrueType outlines that
    // the PDF can embed; Symbola draws emoji as outlines (a colour emoji font cannot be
    // embedded as text). Anything else falls back to whatever the system has.
    const QStringList installed = QFontDatabase::families();
    for (const char *family : {"DejaVu Sans", "Symbola"}) {
        if (installed.contains(QLatin1String(family)))
            m_families << QLatin1String(family);
    }
}

PdfComposer::~PdfComposer() = default;

QFont PdfComposer::font(double points, bool bold, bool italic) const
{
    QFont f;
    f.setStyleHint(QFont::SansSerif);
    if (!m_families.isEmpty())
        f.setFamilies(m_families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

std::shared_ptr<PdfComposer::Lines> PdfComposer::layText(const Spans &spans, const QFont &base, double width,
                                                         double lineFactor, bool keep)
{
    const Lines::Key key{plainText(spans).size(), base.pointSizeF(), base.bold(), base.italic(), width, lineFactor};
    if (keep && !m_keep && !m_kept.empty()) {
        std::shared_ptr<Lines> kept = std::move(m_kept.front());
        m_kept.pop_front();
        if (kept->key == key)
            return kept;
        m_kept.clear(); // the runs went different ways: lay out afresh from here on
    }
    auto lines = std::make_shared<Lines>();
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Span &s : spans) {
        // Hard line breaks are kept as line separators; other control characters have no glyph.
        QString piece;
        piece.reserve(s.text.size());
        for (qsizetype i = 0; i < s.text.size(); ++i) {
            const QChar c = s.text.at(i);
            if (c == QLatin1Char('\r') && i + 1 < s.text.size() && s.text.at(i + 1) == QLatin1Char('\n'))
                continue;
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::ParagraphSeparator)
                piece += QChar::LineSeparator;
            else if (c == QLatin1Char('\t'))
                piece += QLatin1Char(' ');
            else if (c.category() != QChar::Other_Control)
                piece += c;
        }
        if ((s.strong || s.emphasis) && !piece.isEmpty()) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(piece.size());
            if (s.strong)
                range.format.setFontWeight(QFont::Bold);
            if (s.emphasis)
                range.format.setFontItalic(true);
            formats << range;
        }
        noteAstral(piece);
        text += piece;
    }
    lines->rtl = isRightToLeft(spans);
    lines->layout = std::make_unique<QTextLayout>(text, base, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(lines->rtl ? Qt::RightToLeft : Qt::LeftToRight);
    // QTextLayout aligns by the option as given (it does not mirror "leading" itself).
    option.setAlignment(lines->rtl ? Qt::AlignRight : Qt::AlignLeft);
    option.setUseDesignMetrics(true);
    lines->layout->setTextOption(option);
    lines->layout->setFormats(formats);
    lines->layout->setCacheEnabled(true);
    const double natural = u(base.pointSizeF() * lineFactor);
    double y = 0;
    lines->layout->beginLayout();
    for (;;) {
        QTextLine line = lines->layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const double h = std::max(natural, line.height());
        line.setPosition(QPointF(0, y + (h - line.height()) / 2));
        lines->tops << y;
        lines->heights << h;
        y += h;
    }
    lines->layout->endLayout();
    if (lines->tops.isEmpty()) {
        lines->tops << 0;
        lines->heights << natural;
        y = natural;
    }
    lines->height = y;
    lines->key = key;
    if (keep && m_keep)
        m_kept.push_back(lines);
    return lines;
}

void PdfComposer::pageFurniture()
{
    if (!m_painter)
        return;
    const QFont small = font(m_m.small);
    const QFontMetricsF metrics(small, m_device);
    m_painter->setFont(small);
    m_painter->setPen(muted);
    const double headerBaseline = u(m_m.margin * 0.6) + metrics.ascent();
    const QString running = runningTitleOf(m_document);
    // The first page carries the title itself.
    if (!running.isEmpty() && (m_page > 0 || m_document.title.trimmed().isEmpty())) {
        const QString shown = metrics.elidedText(running, Qt::ElideRight, m_body.width());
        paintText(shown, small, QPointF(m_body.left(), headerBaseline));
        m_painter->setPen(QPen(rule, u(0.5)));
        const double y = headerBaseline + metrics.descent() + u(m_m.small * 0.4);
        m_painter->drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
        m_painter->setPen(muted);
    }
    if (m_m.small > 0) {
        const QString number = tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount);
        const double width = metrics.horizontalAdvance(number);
        const double baseline = u(a4Height - m_m.margin * 0.6) - metrics.descent();
        paintText(number, small, QPointF(u(a4Width / 2) - width / 2, baseline));
    }
}

bool PdfComposer::newPage()
{
    if (m_painter && !m_device->newPage())
        return false;
    ++m_page;
    m_y = m_body.top();
    m_pageEmpty = true;
    pageFurniture();
    return true;
}

bool PdfComposer::ensure(double height)
{
    if (m_pageEmpty || m_y + height <= m_body.bottom())
        return true;
    return newPage();
}

void PdfComposer::drawLines(const Lines &lines, int from, int to, double x, double y, const QColor &colour)
{
    if (!m_painter || from >= to)
        return;
    m_painter->setPen(colour);
    const double origin = y - lines.tops[from];
    for (int i = from; i < to && i < lines.layout->lineCount(); ++i) {
        for (const QGlyphRun &run : lines.layout->lineAt(i).glyphRuns())
            paintGlyphs(QPointF(x, origin), run);
    }
}

void PdfComposer::paintGlyphs(const QPointF &origin, const QGlyphRun &run)
{
    // Every glyph reaches the PDF through here, in order, so that the numbers Qt gives them in
    // each embedded font are known (see astralCharacters()).
    m_painter->drawGlyphRun(origin, run);
    const QRawFont raw = run.rawFont();
    GlyphLog &log = m_glyphLog[raw.familyName() + QLatin1Char('\n') + raw.styleName()];
    if (log.order.isEmpty()) {
        log.font = raw;
        log.order << 0; // Qt's subset starts with the missing-glyph glyph
        log.seen.insert(0);
    }
    for (const quint32 glyph : run.glyphIndexes()) {
        if (!log.seen.contains(glyph)) {
            log.seen.insert(glyph);
            log.order << glyph;
        }
    }
}

void PdfComposer::noteAstral(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
            m_astral.insert(QChar::surrogateToUcs4(text.at(i), text.at(i + 1)));
    }
}

void PdfComposer::paintText(const QString &text, const QFont &font, const QPointF &baseline)
{
    if (!m_painter)
        return;
    noteAstral(text);
    QTextLayout layout(text, font, m_device);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const QPointF origin(baseline.x(), baseline.y() - line.ascent());
    for (const QGlyphRun &run : line.glyphRuns())
        paintGlyphs(origin, run);
}

QList<FontCharacters> PdfComposer::astralCharacters() const
{
    QList<FontCharacters> out;
    for (auto it = m_glyphLog.cbegin(); it != m_glyphLog.cend(); ++it) {
        const GlyphLog &log = it.value();
        FontCharacters font{log.font.familyName(), log.font.styleName(), {}};
        for (const char32_t c : m_astral) {
            const QList<quint32> glyphs = log.font.glyphIndexesForString(QString::fromUcs4(&c, 1));
            if (glyphs.size() != 1 || glyphs.first() == 0 || !log.seen.contains(glyphs.first()))
                continue;
            font.characters.append({int(log.order.indexOf(glyphs.first())), c});
        }
        if (!font.characters.isEmpty()) {
            std::sort(font.characters.begin(), font.characters.end());
            out << font;
        }
    }
    return out;
}

bool PdfComposer::flow(const Lines &lines, double x, const QColor &colour, double minFirst,
                       const std::function<void(double, double, bool)> &decorate)
{
    int next = 0;
    bool first = true;
    // Start on a new page when not even the first line or two fit here (no lone first line).
    const int keep = lines.count() > 1 ? 2 : 1;
    if (!ensure(std::max(minFirst, lines.span(0, std::min(keep, lines.count())))))
        return false;
    while (next < lines.count()) {
        int end = next;
        while (end < lines.count() && m_y + lines.span(next, end + 1) <= m_body.bottom() + 0.01)
            ++end;
        if (end == next) {
            if (m_pageEmpty)
                end = next + 1; // a line taller than a page: set it anyway rather than loop
            else if (!newPage())
                return false;
            else
                continue;
        }
        const double height = lines.span(next, end);
        drawLines(lines, next, end, x, m_y, colour);
        if (decorate && m_painter)
            decorate(m_y, m_y + height, first);
        m_y += height;
        m_pageEmpty = false;
        first = false;
        next = end;
        if (next < lines.count() && !newPage())
            return false;
    }
    return true;
}

bool PdfComposer::title()
{
    const QString titleText = m_document.title.trimmed();
    const QString subtitleText = m_document.subtitle.trimmed();
    if (titleText.isEmpty() && subtitleText.isEmpty())
        return true;
    if (!titleText.isEmpty()) {
        auto lines = layText(plain(titleText), font(m_m.title, true), m_body.width(), 1.15);
        if (!flow(*lines, m_body.left(), accent, 0))
            return false;
        m_headings.prepend({1, titleText, m_page, 0});
        m_y += u(m_m.body * 0.3);
    }
    if (!subtitleText.isEmpty()) {
        auto lines = layText(plain(subtitleText), font(m_m.subtitle), m_body.width(), m_m.lineHeight);
        if (!flow(*lines, m_body.left(), muted, 0))
            return false;
    }
    m_y += u(m_m.body * 0.6);
    if (m_painter) {
        m_painter->setPen(QPen(accent, u(1.5)));
        m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
    }
    m_y += u(m_m.body * 1.4);
    return true;
}

double PdfComposer::leadHeight(const Block &block)
{
    const double line = u(m_m.body * m_m.lineHeight);
    switch (block.kind) {
    case Block::Kind::Paragraph:
    case Block::Kind::Quote:
    case Block::Kind::BulletList:
    case Block::Kind::NumberedList: return 2 * line;
    case Block::Kind::Table: {
        // The header row and the first row, as the table will set them.
        qsizetype columns = 0;
        for (const auto &row : block.rows)
            columns = std::max(columns, row.size());
        if (columns == 0)
            return 0;
        const QList<double> widths = columnWidths(block, columns);
        double height = 0;
        for (qsizetype r = 0; r < std::min<qsizetype>(2, block.rows.size()); ++r) {
            const bool header = block.headerRow && r == 0;
            double tallest = 0;
            for (qsizetype c = 0; c < block.rows.at(r).size(); ++c)
                tallest = std::max(tallest, layText(block.rows.at(r).at(c), font(m_m.body, header), widths[c],
                                                    m_m.lineHeight * 0.92, false)->height);
            height += tallest + 2 * u(m_m.cellPadding);
        }
        return std::min(height, m_body.height() * 0.5);
    }
    case Block::Kind::Image: {
        const auto picture = embeddable(block);
        return picture ? imageBox(*picture).height() + line : 2 * line;
    }
    case Block::Kind::Heading: return u(m_m.headingSize(block.level) * 1.2) + line;
    case Block::Kind::PageBreak: return 0;
    }
    return line;
}

bool PdfComposer::heading(const Block &block, const Block *next)
{
    const int level = qBound(1, block.level, 4);
    const double size = m_m.headingSize(level);
    auto lines = layText(block.spans, font(size, true), m_body.width(), 1.2);
    const double before = m_pageEmpty ? 0 : u(m_m.spaceBefore(level));
    // A heading stays with the start of what follows it.
    const double together = before + lines->height + u(m_m.headingAfter) + (next ? leadHeight(*next) : 0);
    if (!ensure(together))
        return false;
    if (!m_pageEmpty)
        m_y += before;
    m_headings << PlacedHeading{level, plainText(block.spans).simplified(), m_page, m_y / m_scale};
    if (!flow(*lines, m_body.left(), level <= 2 ? accent : ink, 0))
        return false;
    m_y += u(m_m.headingAfter);
    return true;
}

bool PdfComposer::paragraph(const Spans &spans, bool quote)
{
    const double indent = quote ? u(m_m.listIndent * 0.9) : 0;
    const QList<Spans> pieces = linesOf(spans, m_m);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        auto lines = layText(pieces.at(i), font(m_m.body, false, quote), m_body.width() - 2 * indent, m_m.lineHeight);
        std::function<void(double, double, bool)> bar;
        const double gap = u(m_m.paragraphAfter * 0.45);
        if (quote) {
            const double x = lines->rtl ? m_body.right() - u(m_m.listIndent * 0.3) : m_body.left() + u(m_m.listIndent * 0.3);
            // In easy read a quote's sentences are lines of their own: one bar joins them.
            const bool joined = i > 0;
            bar = [this, x, joined, gap](double top, double bottom, bool first) {
                const double from = joined && first && top - gap >= m_body.top() ? top - gap : top;
                m_painter->setPen(QPen(quoteBar, u(2.5), Qt::SolidLine, Qt::FlatCap));
                m_painter->drawLine(QPointF(x, from), QPointF(x, bottom));
            };
        }
        if (!flow(*lines, m_body.left() + indent, quote ? QColor(0x2e, 0x2e, 0x2e) : ink, 0, bar))
            return false;
        const bool last = i + 1 == pieces.size();
        m_y += last ? u(m_m.paragraphAfter * (quote ? 1.5 : 1.0)) : gap;
    }
    return true;
}

bool PdfComposer::list(const Block &block)
{
    const bool numbered = block.kind == Block::Kind::NumberedList;
    const double indent = u(m_m.listIndent);
    const QFont body = font(m_m.body);
    const QFontMetricsF metrics(body, m_device);
    for (qsizetype n = 0; n < block.items.size(); ++n) {
        const QList<Spans> pieces = linesOf(block.items.at(n), m_m);
        const QString marker = numbered ? QStringLiteral("%1.").arg(n + 1) : QStringLiteral("•");
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            auto lines = layText(pieces.at(i), body, m_body.width() - indent, m_m.lineHeight);
            const bool rtl = lines->rtl;
            const double x = rtl ? m_body.left() : m_body.left() + indent;
            std::function<void(double, double, bool)> drawMarker;
            if (i == 0) {
                const double ascentOffset = (lines->heights[0] - (metrics.ascent() + metrics.descent())) / 2 + metrics.ascent();
                drawMarker = [this, marker, rtl, indent, ascentOffset, body, &metrics](double top, double, bool first) {
                    if (!first)
                        return;
                    m_painter->setFont(body);
                    m_painter->setPen(accent);
                    const double width = metrics.horizontalAdvance(marker);
                    const double gap = u(m_m.body * 0.5);
                    const double markerX = rtl ? m_body.right() - indent + gap : m_body.left() + indent - gap - width;
                    paintText(marker, body, QPointF(markerX, top + ascentOffset));
                };
            }
            if (!flow(*lines, x, ink, 0, drawMarker))
                return false;
            const bool lastPiece = i + 1 == pieces.size();
            m_y += u(lastPiece ? m_m.paragraphAfter * 0.5 : m_m.paragraphAfter * 0.3);
        }
    }
    m_y += u(m_m.paragraphAfter * 0.5);
    return true;
}

QSizeF PdfComposer::imageBox(const EmbeddableImage &picture) const
{
    QBuffer buffer;
    buffer.setData(picture.data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QSize full = reader.size().isValid() ? reader.size() : picture.pixels;
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        full.transpose();
    // The geometry comes from the file's own size in both runs, so counting and painting
    // paginate alike: as wide as the text, and never taller than about three quarters of it.
    double width = m_body.width();
    double height = width * full.height() / std::max(1, full.width());
    const double maxHeight = m_body.height() * 0.72;
    if (height > maxHeight) {
        width *= maxHeight / height;
        height = maxHeight;
    }
    return {width, height};
}

bool PdfComposer::image(const Block &block)
{
    const auto picture = embeddable(block);
    if (!picture)
        return paragraph(plain(imageStandIn(block)), false);
    QBuffer buffer;
    buffer.setData(picture->data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSizeF box = imageBox(*picture);
    const double width = box.width();
    const double height = box.height();
    std::shared_ptr<Lines> caption;
    if (!block.alt.trimmed().isEmpty())
        caption = layText(plain(block.alt.trimmed()), font(m_m.body * 0.9, false, true), m_body.width(), m_m.lineHeight);
    const double captionGap = u(m_m.body * 0.4);
    // The picture and the first line of its caption stay together.
    if (!ensure(height + (caption ? captionGap + caption->span(0, 1) : 0)))
        return false;
    if (m_painter) {
        // Decode no larger than the page needs (about 200 dpi), so a camera's 12-megapixel
        // photo does not make a 12-megapixel PDF.
        const QSize wanted = QSizeF(width / m_scale / 72.0 * 200.0, height / m_scale / 72.0 * 200.0).toSize();
        QImage decoded = reader.read();
        if (!decoded.isNull() && decoded.width() > wanted.width())
            decoded = decoded.scaled(wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QRectF target(m_body.left() + (m_body.width() - width) / 2, m_y, width, height);
        if (!decoded.isNull()) {
            m_painter->drawImage(target, decoded);
        } else {
            m_painter->setPen(QPen(rule, u(0.75)));
            m_painter->drawRect(target);
        }
    }
    m_y += height;
    m_pageEmpty = false;
    if (caption) {
        m_y += captionGap;
        if (!flow(*caption, m_body.left(), muted, 0))
            return false;
    }
    m_y += u(m_m.paragraphAfter * 1.5);
    return true;
}

struct PdfComposer::Cell
{
    std::shared_ptr<Lines> lines;
    int next = 0;
    bool done() const { return next >= lines->count(); }
};

QList<double> PdfComposer::columnWidths(const Block &block, qsizetype columns) const
{
    const double pad = u(m_m.cellPadding);
    const QFont body = font(m_m.body);
    const QFont bold = font(m_m.body, true);
    const bool hasHeader = block.headerRow && !block.rows.isEmpty();
    // Column widths from the content: each column gets at least its longest word where that
    // fits, and the rest of the width in proportion to how much more its text wants.
    const double avail = m_body.width() - double(columns) * 2 * pad;
    QList<double> natural(columns, 0), minimum(columns, 0);
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const QFontMetricsF metrics(hasHeader && r == 0 ? bold : body, m_device);
        const auto &row = block.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString text = plainText(row.at(c));
            // Long text wraps whatever its exact width: measure only enough to know it is long.
            for (const QString &line : QStringView(text).left(4000).toString().split(QLatin1Char('\n')))
                natural[c] = std::max(natural[c], std::min(avail, metrics.horizontalAdvance(line) + u(m_m.body * 0.25)));
            int words = 0;
            for (const QString &word : QStringView(text).left(4000).toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                // A little slack: a word exactly as wide as its column would still be broken.
                minimum[c] = std::max(minimum[c], std::min(avail, metrics.horizontalAdvance(word) + u(m_m.body * 0.25)));
                if (++words > 400)
                    break;
            }
        }
    }
    double sumNatural = 0, sumMinimum = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        natural[c] = std::max(natural[c], u(m_m.body));
        minimum[c] = std::min(std::max(minimum[c], u(m_m.body)), natural[c]);
        sumNatural += natural[c];
        sumMinimum += minimum[c];
    }
    QList<double> widths(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        if (sumNatural <= avail)
            widths[c] = natural[c] + (avail - sumNatural) * natural[c] / sumNatural;
        else if (sumMinimum <= avail)
            widths[c] = minimum[c] + (avail - sumMinimum) * (natural[c] - minimum[c]) / std::max(1e-9, sumNatural - sumMinimum);
        else
            widths[c] = avail * minimum[c] / sumMinimum;
    }
    return widths;
}

bool PdfComposer::table(const Block &block)
{
    qsizetype columns = 0;
    for (const auto &row : block.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return true;
    const double pad = u(m_m.cellPadding);
    const QFont body = font(m_m.body);
    const QFont bold = font(m_m.body, true);
    const bool hasHeader = block.headerRow && !block.rows.isEmpty();

    const QList<double> widths = columnWidths(block, columns);
    QList<double> lefts(columns);
    double x = m_body.left();
    for (qsizetype c = 0; c < columns; ++c) {
        lefts[c] = x;
        x += widths[c] + 2 * pad;
    }

    auto layRow = [&](qsizetype r) {
        std::vector<Cell> cells;
        cells.resize(std::size_t(columns));
        const bool header = hasHeader && r == 0;
        const auto &row = block.rows.at(r);
        for (qsizetype c = 0; c < columns; ++c)
            cells[std::size_t(c)].lines = layText(c < row.size() ? row.at(c) : Spans{}, header ? bold : body, widths[c], m_m.lineHeight * 0.92);
        return cells;
    };
    auto rowHeight = [&](const std::vector<Cell> &cells) {
        double h = 0;
        for (const Cell &cell : cells)
            h = std::max(h, cell.lines->height);
        return h + 2 * pad;
    };
    // Paints the segment of a row that fits, from each cell's next line on.
    auto segment = [&](std::vector<Cell> &cells, bool header, bool force) {
        double tallest = 0;
        std::vector<int> ends(cells.size());
        for (std::size_t c = 0; c < cells.size(); ++c) {
            Cell &cell = cells[c];
            int end = cell.next;
            while (end < cell.lines->count() && m_y + 2 * pad + cell.lines->span(cell.next, end + 1) <= m_body.bottom() + 0.01)
                ++end;
            if (force && end == cell.next && !cell.done())
                ++end;
            ends[c] = end;
            tallest = std::max(tallest, cell.lines->span(cell.next, end));
        }
        if (tallest <= 0 && !force)
            return false;
        const double height = tallest + 2 * pad;
        if (m_painter) {
            for (std::size_t c = 0; c < cells.size(); ++c) {
                const QRectF box(lefts[qsizetype(c)], m_y, widths[qsizetype(c)] + 2 * pad, height);
                if (header)
                    m_painter->fillRect(box, headerFill);
                drawLines(*cells[c].lines, cells[c].next, ends[c], box.left() + pad, m_y + pad, ink);
                m_painter->setPen(QPen(rule, u(0.6)));
                m_painter->setBrush(Qt::NoBrush);
                m_painter->drawRect(box);
            }
        }
        for (std::size_t c = 0; c < cells.size(); ++c)
            cells[c].next = ends[c];
        m_y += height;
        m_pageEmpty = false;
        return true;
    };
    auto allDone = [](const std::vector<Cell> &cells) {
        return std::all_of(cells.begin(), cells.end(), [](const Cell &cell) { return cell.done(); });
    };

    std::vector<Cell> headerCells;
    double headerHeight = 0;
    if (hasHeader) {
        headerCells = layRow(0);
        headerHeight = rowHeight(headerCells);
    }
    // A header taller than a third of a page is not worth repeating.
    const bool repeat = hasHeader && headerHeight < m_body.height() / 3;
    bool fresh = m_pageEmpty; // nothing but a repeated header on this page yet
    // A new page; under a repeated header unless the header row itself is being set.
    auto turn = [&](bool settingHeader) {
        if (!newPage())
            return false;
        if (repeat && !settingHeader) {
            for (Cell &cell : headerCells)
                cell.next = 0;
            segment(headerCells, true, true);
        }
        fresh = true;
        return true;
    };

    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const bool header = hasHeader && r == 0;
        std::vector<Cell> laid = header ? std::vector<Cell>() : layRow(r);
        std::vector<Cell> &cells = header ? headerCells : laid;
        const double full = rowHeight(cells);
        // The header row keeps the first body row with it.
        const double wanted = header && block.rows.size() > 1 ? full + rowHeight(layRow(1)) : full;
        const double room = m_body.height() - (repeat && !header ? headerHeight : 0);
        if (!fresh && m_y + wanted > m_body.bottom() && wanted <= room && !turn(header))
            return false;
        while (!allDone(cells)) {
            if (!segment(cells, header, fresh)) {
                if (!turn(header))
                    return false;
                continue;
            }
            fresh = false;
            if (!allDone(cells) && !turn(header))
                return false;
        }
    }
    m_y += u(m_m.paragraphAfter * 1.5);
    return true;
}

bool PdfComposer::run()
{
    pageFurniture();
    if (!title())
        return false;
    const auto &blocks = m_document.blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        bool ok = true;
        switch (block.kind) {
        case Block::Kind::Heading: ok = heading(block, i + 1 < blocks.size() ? &blocks[i + 1] : nullptr); break;
        case Block::Kind::Paragraph: ok = paragraph(block.spans, false); break;
        case Block::Kind::Quote: ok = paragraph(block.spans, true); break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList: ok = list(block); break;
        case Block::Kind::Table: ok = table(block); break;
        case Block::Kind::Image: ok = image(block); break;
        case Block::Kind::PageBreak:
            if (!m_pageEmpty)
                ok = newPage();
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cg::doc
