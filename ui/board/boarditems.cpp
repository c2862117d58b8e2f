// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boarditems.h"

#include "board/notepalette.h"
#include "planning/boardlayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace cg {

namespace {

constexpr double basePad = 8;
constexpr double baseHeaderHeight = 22;
constexpr double baseFooterHeight = 20;
constexpr double margin = 6; // selection outline and shadow outside the note
/// Type smaller than this on the device is not read anyway: notes are drawn as plain rectangles.
/// 14 px text at 40 % zoom on an ordinary screen, at 20 % on a 200 % screen.
constexpr double legiblePixels = 5.5;

QString trItems(const char *text)
{
    return QCoreApplication::translate("cg::NoteItem", text);
}

double devicePixelRatio(const QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    return device ? std::max(1.0, device->devicePixelRatioF()) : 1.0;
}

BoardStyle styleFor(double textPx)
{
    // Pixel sizes, because these are scene units: the canvas zoom scales them like the notes.
    const double k = textPx / 14.0;
    BoardStyle s;
    s.scale = k;
    s.text = QFont(QStringLiteral("DejaVu Sans"));
    s.text.setPixelSize(int(std::lround(textPx)));
    s.chip = s.text;
    s.chip.setPixelSize(std::max(1, int(11 * k)));
    s.chip.setWeight(QFont::DemiBold);
    s.small = s.text;
    s.small.setPixelSize(std::max(1, int(10 * k)));
    s.themeLabel = s.text;
    s.themeLabel.setPixelSize(std::max(1, int(19 * k)));
    s.themeLabel.setWeight(QFont::Bold);
    s.quoteMark = QFont(QStringLiteral("DejaVu Serif"));
    s.quoteMark.setPixelSize(std::max(1, int(30 * k)));
    s.quoteMark.setWeight(QFont::Bold);
    return s;
}

/// The text of a note laid out at \a width; returns the height of the lines that fit in
/// \a maxHeight (all of them when it is infinite), and how many did.
double layOutText(QTextLayout &layout, const QString &text, const QFont &font, double width, double maxHeight,
    int *visibleLines, bool *overflow)
{
    layout.clearLayout();
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    double y = 0;
    int lines = 0;
    bool cut = false;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        if (y + line.height() > maxHeight) {
            cut = true;
            break;
        }
        y += line.height();
        ++lines;
    }
    layout.endLayout();
    if (lines < layout.lineCount())
        cut = true;
    if (visibleLines)
        *visibleLines = lines;
    if (overflow)
        *overflow = cut;
    return y;
}

} // namespace

BoardStyle BoardStyle::make(bool largeType)
{
    BoardStyle s = styleFor(largeType ? 18 : 14);
    s.largeType = largeType;
    return s;
}

BoardStyle BoardStyle::forText(int textPx)
{
    BoardStyle s = styleFor(std::max(6, textPx));
    s.largeType = true;
    s.uniformText = true;
    return s;
}

double voteDotsWidth(int votes, double dot, const QFont &font)
{
    if (votes <= 0)
        return 0;
    const double step = dot + 3;
    if (votes <= 5)
        return votes * step;
    return QFontMetricsF(font).horizontalAdvance(QStringLiteral("× %1").arg(votes)) + step;
}

void paintVoteDots(QPainter *painter, double right, double y, int votes, double dot, const QFont &font)
{
    if (votes <= 0)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette::ink());
    constexpr int maxDots = 5;
    const double step = dot + 3;
    if (votes <= maxDots) {
        for (int i = 0; i < votes; ++i)
            painter->drawEllipse(QRectF(right - (i + 1) * step + 3, y - dot / 2, dot, dot));
        return;
    }
    // Many votes: one dot and the number, which stays readable from the back of the room.
    const QString label = QStringLiteral("× %1").arg(votes);
    painter->setFont(font);
    const double w = QFontMetricsF(font).horizontalAdvance(label);
    painter->setPen(palette::ink());
    painter->drawText(QRectF(right - w, y - dot, w, 2 * dot), Qt::AlignRight | Qt::AlignVCenter, label);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QRectF(right - w - step, y - dot / 2, dot, dot));
}

// ---- NoteItem ----

NoteItem::NoteItem(const BoardStyle *style)
    : m_style(style)
{
    setFlag(ItemIsSelectable);
    setZValue(10);
}

void NoteItem::setNote(const Note &note, const QString &author)
{
    const bool resized = !m_placed && (note.width != m_size.width() || note.height != m_size.height());
    const bool relayout = resized || note.text != m_note.text || note.verbatim != m_note.verbatim
        || note.sensitive != m_note.sensitive;
    const bool recolour = note.colour != m_note.colour;
    if (resized)
        prepareGeometryChange();
    m_note = note;
    if (!m_placed) {
        m_size = QSizeF(note.width, note.height);
        setPos(note.x, note.y);
    }
    if (relayout)
        m_layoutValid = false;
    if (author != m_author || resized || recolour) {
        m_author = author;
        m_labelsValid = false; // prepared on first paint: most of a big board is never painted up close
    }
    update();
}

void NoteItem::setPlacement(const QRectF &rect)
{
    const QSizeF size = rect.isNull() ? QSizeF(m_note.width, m_note.height) : rect.size();
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
        m_layoutValid = false;
        m_labelsValid = false;
    }
    m_placed = !rect.isNull();
    setPos(rect.isNull() ? QPointF(m_note.x, m_note.y) : rect.topLeft());
    update();
}

void NoteItem::styleChanged()
{
    m_layoutValid = false;
    m_labelsValid = false;
    update();
}

bool NoteItem::textLegible(const BoardStyle &style, double levelOfDetail, double devicePixelRatio)
{
    return style.text.pixelSize() * levelOfDetail * devicePixelRatio >= legiblePixels;
}

void NoteItem::ensureLabels()
{
    if (m_labelsValid)
        return;
    m_labelsValid = true;
    const double s = m_style->scale;
    const double pad = basePad * s;
    // Short labels are prepared once as static text: painting them is then a glyph blit.
    {
        // The chip gets what the colour's name leaves; a long name takes the name's room too
        // (the colour's shape still shows), see paint().
        const double roomWithName = m_size.width() - 2 * pad - 12 * s - 9 * s - 8 * s
            - QFontMetricsF(m_style->small).horizontalAdvance(palette::name(m_note.colour)) - 10 * s;
        const double roomAlone = m_size.width() - 2 * pad - 12 * s - 9 * s - 10 * s;
        // A name someone agreed to show should be read whole: step the chip's type down (never
        // below the ordinary canvas size) before cutting the name short.
        m_authorFont = m_style->chip;
        const int smallest = std::min(m_authorFont.pixelSize(), 11);
        while (QFontMetricsF(m_authorFont).horizontalAdvance(m_author) > roomAlone
            && m_authorFont.pixelSize() > smallest)
            m_authorFont.setPixelSize(m_authorFont.pixelSize() - 1);
        const QFontMetricsF metrics(m_authorFont);
        const double room = metrics.horizontalAdvance(m_author) <= roomWithName ? roomWithName : roomAlone;
        const QString elided = metrics.elidedText(m_author, Qt::ElideRight, room);
        m_authorText.setText(elided);
        m_authorText.setTextFormat(Qt::PlainText);
        m_authorText.prepare(QTransform(), m_authorFont);
        m_authorWidth = metrics.horizontalAdvance(elided);
    }
    {
        const QString name = palette::name(m_note.colour);
        m_colourText.setText(name);
        m_colourText.setTextFormat(Qt::PlainText);
        m_colourText.prepare(QTransform(), m_style->small);
        m_colourWidth = QFontMetricsF(m_style->small).horizontalAdvance(name);
    }
}

void NoteItem::setConsentMark(const QString &mark)
{
    if (mark == m_consentMark)
        return;
    if (mark.isEmpty() != m_consentMark.isEmpty())
        m_layoutValid = false; // the footer appears or goes
    m_consentMark = mark;
    update();
}

void NoteItem::setVotes(int votes)
{
    if (votes == m_votes)
        return;
    if ((votes > 0) != (m_votes > 0))
        m_layoutValid = false; // the footer appears or goes: the text gets less or more room
    m_votes = votes;
    update();
}

void NoteItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

bool NoteItem::textOverflows()
{
    ensureLayout();
    return m_overflow;
}

QRectF NoteItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-margin, -margin, margin, margin);
}

QPainterPath NoteItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    return path;
}

double NoteItem::typeScale() const
{
    return m_style->scale;
}

QRectF NoteItem::bodyRect() const
{
    const double s = typeScale();
    const double headerHeight = baseHeaderHeight * s;
    const double footerHeight = baseFooterHeight * s;
    const double indent = m_note.verbatim ? 18 * s : 0;
    // The footer's room goes to the text when there is nothing to show there.
    const double footer = hasFooter() ? footerHeight : 5 * s;
    return QRectF(basePad * s + indent, headerHeight + 4 * s, m_size.width() - 2 * basePad * s - indent,
        m_size.height() - headerHeight - footer - 6 * s);
}

double NoteItem::heightFor(const BoardStyle &style, const Note &note, double width, bool footer)
{
    const double s = style.scale;
    const double indent = note.verbatim ? 18 * s : 0;
    QFont font = style.text;
    font.setItalic(note.verbatim);
    QTextLayout layout;
    const double text = layOutText(layout, note.text.simplified(), font, width - 2 * basePad * s - indent,
        std::numeric_limits<double>::infinity(), nullptr, nullptr);
    const double lines = std::max(text, QFontMetricsF(font).height());
    return baseHeaderHeight * s + 4 * s + lines + (footer ? baseFooterHeight * s : 5 * s) + 6 * s;
}

void NoteItem::ensureLayout()
{
    if (m_layoutValid)
        return;
    m_layoutValid = true;
    const QRectF body = bodyRect();
    const QString text = m_note.text.simplified();
    // Long notes step down the type size before anything is cut off; the last size cuts with
    // "more…". Large type steps further down: as large as fits, never cut early. Uniform type (the
    // projection, whose cards are made to fit) never steps down.
    const double base = m_style->text.pixelSize();
    const std::vector<double> steps = m_style->uniformText ? std::vector<double> { 1.0 }
        : m_style->largeType ? std::vector<double> { 1.0, 0.86, 0.76, 0.66, 0.58 }
                             : std::vector<double> { 1.0, 0.86, 0.76 };
    for (const double scale : steps) {
        m_layoutFont = m_style->text;
        m_layoutFont.setPixelSize(std::max(1, int(base * scale)));
        m_layoutFont.setItalic(m_note.verbatim);
        layOutText(
            m_layout, text, m_layoutFont, body.width(), body.height() + 0.5, &m_visibleLines, &m_overflow);
        if (!m_overflow)
            break;
    }
    // Cut: without a footer, "more…" takes the place of the last line.
    if (m_overflow && !hasFooter() && m_visibleLines > 1)
        --m_visibleLines;
}

bool NoteItem::hasFooter() const
{
    return m_votes > 0 || m_note.sensitive || !m_consentMark.isEmpty();
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(QPointF(0, 0), m_size);
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;

    if (!textLegible(*m_style, lod, devicePixelRatio(painter))) {
        // Far away: a coloured block, outlined when selected or found. No text, no antialiasing.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, palette::fill(m_note.colour));
        if (m_style->highContrast && !selected && !m_highlighted) {
            painter->setPen(QPen(Qt::black, 2 / std::max(lod, 0.01)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r);
        }
        if (selected || m_highlighted) {
            QPen pen(selected ? palette::selection() : palette::findHighlight(), 6 / std::max(lod, 0.01));
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r);
        }
        return;
    }

    const double s = typeScale();
    const double pad = basePad * s;
    // A soft shadow along the bottom and right edges, so notes lift off the board; plain
    // rectangles, because a blurred or rounded shadow costs more than the whole note.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor shadow(0, 0, 0, 30);
    painter->fillRect(QRectF(4, r.bottom(), r.width() - 6, 2.5), shadow);
    painter->fillRect(QRectF(r.right(), 4, 1.5, r.height() - 6), shadow);
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor fill = palette::fill(m_note.colour);
    painter->setBrush(fill);
    const bool contrast = m_style->highContrast;
    painter->setPen(contrast ? QPen(palette::ink(), 3) : QPen(fill.darker(135), 1));
    painter->drawRoundedRect(r, 4 * s, 4 * s);

    // Header: the author chip on the left, the colour's shape and name on the right.
    ensureLabels();
    const double chipH = 17 * s;
    const QRectF chip(pad - 2 * s, 5 * s, m_authorWidth + 12 * s, chipH);
    painter->setPen(Qt::NoPen);
    if (contrast)
        painter->setPen(QPen(palette::ink(), 1));
    painter->setBrush(contrast ? QColor(Qt::white) : QColor(255, 255, 255, 190));
    painter->drawRoundedRect(chip, chipH / 2, chipH / 2);
    painter->setPen(m_note.authorKind == AuthorKind::Anonymous && !contrast ? palette::mutedInk() : palette::ink());
    painter->setFont(m_authorFont);
    const QSizeF authorSize = m_authorText.size();
    painter->drawStaticText(
        QPointF(chip.left() + 6 * s, chip.center().y() - authorSize.height() / 2), m_authorText);

    const double shapeSize = 9 * s;
    const double nameRight = r.right() - pad;
    const double mid = chip.center().y();
    if (chip.right() + m_colourWidth + shapeSize + 10 * s < nameRight) {
        painter->setPen(contrast ? palette::ink() : palette::mutedInk());
        painter->setFont(m_style->small);
        painter->drawStaticText(
            QPointF(nameRight - m_colourWidth, mid - m_colourText.size().height() / 2), m_colourText);
        palette::paintShape(painter,
            QRectF(nameRight - m_colourWidth - shapeSize - 4 * s, mid - shapeSize / 2, shapeSize, shapeSize),
            m_note.colour);
    } else {
        palette::paintShape(
            painter, QRectF(nameRight - shapeSize, mid - shapeSize / 2, shapeSize, shapeSize), m_note.colour);
    }

    // Body: the wrapped text, laid out once and reused.
    const double footerHeight = baseFooterHeight * s;
    ensureLayout();
    const QRectF body = bodyRect();
    if (m_note.verbatim) {
        painter->setFont(m_style->quoteMark);
        painter->setPen(contrast ? palette::ink() : palette::accent(m_note.colour));
        painter->drawText(QRectF(pad - 2 * s, body.top() - 6 * s, 20 * s, 30 * s),
            Qt::AlignLeft | Qt::AlignTop, QStringLiteral("“"));
    }
    painter->setPen(palette::ink());
    for (int i = 0; i < m_visibleLines; ++i)
        m_layout.lineAt(i).draw(painter, body.topLeft());
    if (m_overflow) {
        // More text than fits: say so where the eye ends; the full text is one Enter away.
        painter->setFont(m_style->chip);
        const double lineTop
            = body.top() + (m_visibleLines > 0 ? m_layout.lineAt(m_visibleLines - 1).rect().bottom() : 0);
        const QRectF where = hasFooter()
            ? QRectF(body.left(), r.bottom() - footerHeight, body.width() / 2, footerHeight - 2 * s)
            : QRectF(body.left(), lineTop, body.width(), footerHeight);
        if (!m_note.sensitive)
            painter->drawText(where, Qt::AlignLeft | Qt::AlignVCenter, trItems("more…"));
    }

    // Footer: the sensitive mark and the consent mark on the left, vote dots on the right.
    const double footerMid = r.bottom() - footerHeight / 2 - s;
    double footerLeft = pad - 2 * s;
    if (m_note.sensitive) {
        const QColor mark = palette::sensitiveMark();
        const QRectF badge(pad - 2 * s, footerMid - 7 * s, 14 * s, 14 * s);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark);
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->setFont(m_style->chip);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        painter->setPen(contrast ? palette::ink() : mark);
        painter->setFont(m_style->small);
        QRectF used;
        painter->drawText(QRectF(badge.right() + 4 * s, footerMid - 8 * s, 90 * s, 16 * s),
            Qt::AlignLeft | Qt::AlignVCenter, trItems("Sensitive"), &used);
        footerLeft = used.right() + 6 * s;
    }
    if (!m_consentMark.isEmpty()) {
        // Words, not only a colour: the facilitator must notice that this note can go nowhere
        // until the author's consent to take part is recorded.
        const double dotsRoom = m_votes > 0 ? std::min(m_votes, 5) * (8 * s + 3 * s) + 6 * s : 0;
        const double room = r.right() - pad - dotsRoom - footerLeft - 10 * s;
        if (room > 24 * s) {
            const QFontMetricsF metrics(m_style->small);
            const QString text = metrics.elidedText(m_consentMark, Qt::ElideRight, room);
            const double h = 15 * s;
            const QRectF mark(footerLeft, footerMid - h / 2, metrics.horizontalAdvance(text) + 10 * s, h);
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette::consentMark());
            painter->drawRoundedRect(mark, h / 2, h / 2);
            painter->setPen(Qt::white);
            painter->setFont(m_style->small);
            painter->drawText(mark, Qt::AlignCenter, text);
        }
    }
    paintVoteDots(painter, r.right() - pad, footerMid, m_votes, 8 * s, m_style->chip);

    if (selected || m_highlighted) {
        painter->setBrush(Qt::NoBrush);
        if (m_highlighted) {
            painter->setPen(QPen(palette::findHighlight(), 3, Qt::DashLine));
            painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 5, 5);
        }
        if (selected) {
            painter->setPen(QPen(palette::selection(), contrast ? 5 : 3));
            painter->drawRoundedRect(r.adjusted(-4, -4, 4, 4), 6, 6);
        }
    }
}

// ---- ThemeItem ----

ThemeItem::ThemeItem(const BoardStyle *style)
    : m_style(style)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
}

void ThemeItem::setTheme(const Theme &theme)
{
    m_theme = theme;
    if (!m_placed) {
        const QSizeF size(theme.width, theme.height);
        if (size != m_size) {
            prepareGeometryChange();
            m_size = size;
        }
        m_band = BoardLayout::labelHeight;
        setPos(theme.x, theme.y);
    }
    update();
}

void ThemeItem::setVotes(int votes)
{
    if (votes == m_votes)
        return;
    m_votes = votes;
    update();
}

void ThemeItem::setPlacement(const QRectF &rect, double band)
{
    const QSizeF size = rect.isNull() ? QSizeF(m_theme.width, m_theme.height) : rect.size();
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
    m_placed = !rect.isNull();
    m_band = m_placed ? band : BoardLayout::labelHeight;
    setPos(rect.isNull() ? QPointF(m_theme.x, m_theme.y) : rect.topLeft());
    update();
}

void ThemeItem::setDropTarget(bool target)
{
    if (target == m_dropTarget)
        return;
    m_dropTarget = target;
    update();
}

void ThemeItem::styleChanged()
{
    update();
}

QRectF ThemeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-margin, -margin, margin, margin);
}

QPainterPath ThemeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(0, 0, m_size.width(), std::min(m_band, m_size.height())));
    return path;
}

namespace {

double voteRoom(const BoardStyle &style, int votes)
{
    return votes > 0 ? voteDotsWidth(votes, 10 * style.scale, style.chip) + 10 * style.scale : 0;
}

} // namespace

double ThemeItem::bandFor(const BoardStyle &style, const QString &name, int votes, double width)
{
    const double s = style.scale;
    const QFontMetricsF metrics(style.themeLabel);
    const double room = width - 28 * s - voteRoom(style, votes);
    const int lines = metrics.horizontalAdvance(name) > room ? 2 : 1;
    return lines * metrics.lineSpacing() + 0.9 * style.themeLabel.pixelSize();
}

QRectF ThemeItem::titleRect() const
{
    const double s = m_style->scale;
    return QRectF(14 * s, 0, m_size.width() - 28 * s - voteRoom(*m_style, m_votes), m_band);
}

void ThemeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(QPointF(0, 0), m_size);
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const double s = m_style->scale;
    const QColor accent = palette::accent(m_theme.colour);
    QColor wash = accent;
    wash.setAlpha(m_dropTarget ? 60 : 22);
    const bool selected = option->state & QStyle::State_Selected;
    const bool legible = m_style->themeLabel.pixelSize() * lod * devicePixelRatio(painter) >= legiblePixels;
    if (!legible) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, wash);
        painter->fillRect(QRectF(0, 0, r.width(), m_band), accent.lighter(150));
        if (m_dropTarget || selected) {
            painter->setPen(QPen(palette::selection(), 6 / std::max(lod, 0.01)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r);
        }
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(wash);
    if (m_dropTarget)
        painter->setPen(QPen(palette::selection(), 4, Qt::DashLine));
    else
        painter->setPen(QPen(selected ? palette::selection() : (m_style->highContrast ? palette::ink() : accent),
            selected ? 4 : (m_style->highContrast ? 3 : 2) * std::max(1.0, s * 0.8)));
    painter->drawRoundedRect(r, 10 * s, 10 * s);
    // The label band: the theme's name, large, with its votes.
    QColor band = accent;
    band.setAlpha(45);
    painter->setPen(Qt::NoPen);
    painter->setBrush(band);
    QPainterPath top;
    top.addRoundedRect(QRectF(1, 1, r.width() - 2, m_band + 8 * s), 9 * s, 9 * s);
    QPainterPath cut;
    cut.addRect(QRectF(0, m_band, r.width(), 10 * s));
    painter->drawPath(top.subtracted(cut));
    painter->setFont(m_style->themeLabel);
    painter->setPen(palette::ink());
    const QRectF label = titleRect();
    const QFontMetricsF metrics(m_style->themeLabel);
    if (m_placed && metrics.horizontalAdvance(m_theme.name) > label.width()) {
        // Placed by the projection, which made room for two lines: wrap, and cut only the second.
        QTextLayout layout(m_theme.name, m_style->themeLabel);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        layout.beginLayout();
        QTextLine first = layout.createLine();
        first.setLineWidth(label.width());
        const int rest = first.textStart() + first.textLength();
        layout.endLayout();
        const QString second
            = metrics.elidedText(m_theme.name.mid(rest).trimmed(), Qt::ElideRight, label.width());
        const double h = 2 * metrics.lineSpacing();
        const double y0 = label.center().y() - h / 2;
        painter->drawText(QRectF(label.left(), y0, label.width(), metrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter,
            m_theme.name.mid(first.textStart(), first.textLength()).trimmed());
        painter->drawText(
            QRectF(label.left(), y0 + metrics.lineSpacing(), label.width(), metrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, second);
    } else {
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_theme.name, Qt::ElideRight, label.width()));
    }
    paintVoteDots(painter, r.right() - 14 * s, m_band / 2, m_votes, 10 * s, m_style->chip);
}

} // namespace cg
