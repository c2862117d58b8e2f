// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/document.h"
#include "export/pagedstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QRectF>

#include <deque>
#include <memory>

class QGlyphRun;
class QPainter;
class QPagedPaintDevice;
class QTextLayout;

namespace cg::doc {

/// A heading as it fell on the pages, for the PDF's bookmarks.
struct PlacedHeading
{
    int level = 1;
    QString text;
    int page = 0; ///< from 0
    double y = 0; ///< from the top of the page, in points
};

/// The characters outside Unicode's Basic Multilingual Plane (emoji, mostly) that one
/// embedded font shows, by the number Qt gave each glyph in that font's PDF subset. Qt 6.4
/// leaves them out of the font's ToUnicode map, so a viewer could not copy or search them.
struct FontCharacters
{
    QString family;
    QString style;
    QList<std::pair<int, char32_t>> characters; ///< glyph number in the subset, character
};

/// Lays a Document out on A4 pages and paints it, block by block, with Qt's text layout (so
/// Arabic and Hebrew are shaped and set right to left, and fonts fall back per character).
/// Its own pagination, rather than QTextDocument's, so that headings stay with what follows,
/// a table row that does not fit moves to the next page under a repeated header row, lines
/// of a very long paragraph or cell flow on, and every page gets the running title and
/// "Page N of M". Run it once without a painter to count the pages, then again to paint.
class PdfComposer
{
    // Its own tr() context, so that lupdate and the lookup at run time agree (see
    // tests/translations/check_translations.py).
    Q_DECLARE_TR_FUNCTIONS(cg::doc::PdfComposer)

public:
    /// \a device supplies the resolution; \a painter may be null (a counting run).
    PdfComposer(const Document &document, const Metrics &metrics, QPagedPaintDevice *device, QPainter *painter,
                int pageCount);
    ~PdfComposer();

    /// Lays out (and paints) the whole document. Returns false when the device refused a new page.
    bool run();
    /// Keeps every text layout of this (counting) run for the painting run, which then shapes
    /// no text twice. Costs memory: about 60 bytes a character.
    void keepLayouts() { m_keep = true; }
    /// Uses the layouts that \a counting kept, in the order it made them.
    void reuseLayouts(PdfComposer &counting)
    {
        m_kept = std::move(counting.m_kept);
        m_astral = counting.m_astral; // text laid out there is not read again here
    }
    int pages() const { return m_page + 1; }
    const QList<PlacedHeading> &headings() const { return m_headings; }
    /// After a painting run: the astral characters in each font, for its ToUnicode map.
    QList<FontCharacters> astralCharacters() const;

private:
    struct Lines;
    struct Cell;

    double u(double points) const { return points * m_scale; }
    QFont font(double points, bool bold = false, bool italic = false) const;
    /// \a keep false: a layout only measured, never kept for (or taken from) the painting run.
    std::shared_ptr<Lines> layText(const Spans &spans, const QFont &font, double width, double lineFactor,
                                   bool keep = true);
    QList<double> columnWidths(const Block &table, qsizetype columns) const;
    QSizeF imageBox(const EmbeddableImage &picture) const;

    bool newPage();
    bool ensure(double height);
    void drawLines(const Lines &lines, int from, int to, double x, double y, const QColor &colour);
    /// Places lines of \a lines from the current position on, flowing over pages. \a decorate
    /// paints beside each page's part (a quote's bar, a list's marker).
    bool flow(const Lines &lines, double x, const QColor &colour, double minFirst,
              const std::function<void(double top, double bottom, bool first)> &decorate = {});

    bool title();
    bool heading(const Block &block, const Block *next);
    bool paragraph(const Spans &spans, bool quote);
    bool list(const Block &block);
    bool table(const Block &block);
    bool image(const Block &block);
    double leadHeight(const Block &block);
    void pageFurniture();
    void paintGlyphs(const QPointF &origin, const QGlyphRun &run);
    void paintText(const QString &text, const QFont &font, const QPointF &baseline);
    void noteAstral(const QString &text);

    /// The glyphs drawn from one font, in the order Qt numbers them in its PDF subset.
    struct GlyphLog
    {
        QRawFont font;
        QList<quint32> order;
        QSet<quint32> seen;
    };

    const Document &m_document;
    const Metrics &m_m;
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    int m_pageCount;
    double m_scale = 1; ///< device units per point
    QRectF m_body;       ///< the text area of a page, device units
    double m_y = 0;      ///< the next free position on the page, device units
    int m_page = 0;
    bool m_pageEmpty = true;
    QStringList m_families;
    QList<PlacedHeading> m_headings;
    bool m_keep = false;
    std::deque<std::shared_ptr<Lines>> m_kept;
    QHash<QString, GlyphLog> m_glyphLog;
    QSet<char32_t> m_astral;
};

} // namespace cg::doc
