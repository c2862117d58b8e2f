// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boarditems.h"

#include "board/notepalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

#include <algorithm>
#include <vector>

namespace cg {

namespace {

constexpr double pad = 8;
constexpr double baseHeaderHeight = 22;
constexpr double baseFooterHeight = 20;
constexpr double margin = 6; // selection outline and shadow outside the note
/// Below this scale text is unreadable anyway: notes are drawn as plain rectangles.
constexpr double plainBelow = 0.4;

QString trItems(const char *text)
{
    return QCoreApplication::translate("cg::NoteItem", text);
}

} // namespace

BoardStyle BoardStyle::make(bool largeType)
{
    // Pixel sizes, because these are scene units: the canvas zoom scales them like the notes.
    const double k = largeType ? 1.3 : 1.0;
    BoardStyle s;
    s.largeType = largeType;
    s.text = QFont(QStringLiteral("DejaVu Sans"));
    s.text.setPixelSize(int(14 * k));
    s.chip = s.text;
    s.chip.setPixelSize(int(11 * k));
    s.chip.setWeight(QFont::DemiBold);
    s.small = s.text;
    s.small.setPixelSize(int(10 * k));
    s.themeLabel = s.text;
    s.themeLabel.setPixelSize(int(19 * k));
    s.themeLabel.setWeight(QFont::Bold);
    s.quoteMark = QFont(QStringLiteral("DejaVu Serif"));
    s.quoteMark.setPixelSize(int(30 * k));
    s.quoteMark.setWeight(QFont::Bold);
    return s;
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
    const bool relayout = note.text != m_note.text || note.width != m_note.width
        || note.height != m_note.height || note.verbatim != m_note.verbatim
        || note.sensitive != m_note.sensitive;
    const bool resized = note.width != m_note.width || note.height != m_note.height;
    const bool recolour = note.colour != m_note.colour;
    if (resized)
        prepareGeometryChange();
    m_note = note;
    if (relayout)
        m_layoutValid = false;
    if (author != m_author || resized || recolour) {
        m_author = author;
        m_labelsValid = false; // prepared on first paint: most of a big board is never painted up close
    }
    setPos(note.x, note.y);
    update();
}

void NoteItem::ensureLabels()
{
    if (m_labelsValid)
        return;
    m_labelsValid = true;
    // Short labels are prepared once as static text: painting them is then a glyph blit.
    {
        // The chip gets what the colour's name leaves; a long name takes the name's room too
        // (the colour's shape still shows), see paint().
        const double scale = m_style->largeType ? 1.3 : 1.0;
        const double roomWithName = m_note.width - 2 * pad - 12 - 9 * scale - 8
            - QFontMetricsF(m_style->small).horizontalAdvance(palette::name(m_note.colour)) - 10;
        const double roomAlone = m_note.width - 2 * pad - 12 - 9 * scale - 10;
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
    return QRectF(0, 0, m_note.width, m_note.height).adjusted(-margin, -margin, margin, margin);
}

QPainterPath NoteItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(0, 0, m_note.width, m_note.height));
    return path;
}

double NoteItem::typeScale() const
{
    return m_style->largeType ? 1.3 : 1.0;
}

QRectF NoteItem::bodyRect() const
{
    const double headerHeight = baseHeaderHeight * typeScale();
    const double footerHeight = baseFooterHeight * typeScale();
    const double indent = m_note.verbatim ? 18 * typeScale() : 0;
    // The footer's room goes to the text when there is nothing to show there.
    const double footer = hasFooter() ? footerHeight : 5;
    return QRectF(pad + indent, headerHeight + 4, m_note.width - 2 * pad - indent,
        m_note.height - headerHeight - footer - 6);
}

void NoteItem::ensureLayout()
{
    if (m_layoutValid)
        return;
    m_layoutValid = true;
    const QRectF body = bodyRect();
    const QString text = m_note.text.simplified();
    // Long notes step down the type size before anything is cut off; the last size cuts with
    // "more…". Large type (the projector) steps further down: as large as fits, never cut early.
    const double base = m_style->text.pixelSize();
    const std::vector<double> steps = m_style->largeType ? std::vector<double> { 1.0, 0.86, 0.76, 0.66, 0.58 }
                                                         : std::vector<double> { 1.0, 0.86, 0.76 };
    for (const double scale : steps) {
        m_layoutFont = m_style->text;
        m_layoutFont.setPixelSize(int(base * scale));
        m_layoutFont.setItalic(m_note.verbatim);
        m_layout.clearLayout();
        m_layout.setText(text);
        m_layout.setFont(m_layoutFont);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        m_layout.beginLayout();
        double y = 0;
        m_visibleLines = 0;
        m_overflow = false;
        while (true) {
            QTextLine line = m_layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(body.width());
            line.setPosition(QPointF(0, y));
            if (y + line.height() > body.height()) {
                m_overflow = true;
                break;
            }
            y += line.height();
            ++m_visibleLines;
        }
        m_layout.endLayout();
        if (m_visibleLines < m_layout.lineCount())
            m_overflow = true;
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
    const QRectF r(0, 0, m_note.width, m_note.height);
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;

    if (lod < plainBelow) {
        // Far away: a coloured block, outlined when selected or found. No text, no antialiasing.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, palette::fill(m_note.colour));
        if (selected || m_highlighted) {
            QPen pen(selected ? palette::selection() : palette::findHighlight(), 6 / std::max(lod, 0.01));
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r);
        }
        return;
    }

    // A soft shadow along the bottom and right edges, so notes lift off the board; plain
    // rectangles, because a blurred or rounded shadow costs more than the whole note.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor shadow(0, 0, 0, 30);
    painter->fillRect(QRectF(4, r.bottom(), r.width() - 6, 2.5), shadow);
    painter->fillRect(QRectF(r.right(), 4, 1.5, r.height() - 6), shadow);
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor fill = palette::fill(m_note.colour);
    painter->setBrush(fill);
    painter->setPen(QPen(fill.darker(135), 1));
    painter->drawRoundedRect(r, 4, 4);

    // Header: the author chip on the left, the colour's shape and name on the right.
    ensureLabels();
    const double scale = m_style->largeType ? 1.3 : 1.0;
    const double chipH = 17 * scale;
    const QRectF chip(pad - 2, 5, m_authorWidth + 12, chipH);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 190));
    painter->drawRoundedRect(chip, chipH / 2, chipH / 2);
    painter->setPen(m_note.authorKind == AuthorKind::Anonymous ? palette::mutedInk() : palette::ink());
    painter->setFont(m_authorFont);
    const QSizeF authorSize = m_authorText.size();
    painter->drawStaticText(
        QPointF(chip.left() + 6, chip.center().y() - authorSize.height() / 2), m_authorText);

    const double shapeSize = 9 * scale;
    const double nameRight = r.right() - pad;
    const double mid = chip.center().y();
    if (chip.right() + m_colourWidth + shapeSize + 10 < nameRight) {
        painter->setPen(palette::mutedInk());
        painter->setFont(m_style->small);
        painter->drawStaticText(
            QPointF(nameRight - m_colourWidth, mid - m_colourText.size().height() / 2), m_colourText);
        palette::paintShape(painter,
            QRectF(nameRight - m_colourWidth - shapeSize - 4, mid - shapeSize / 2, shapeSize, shapeSize),
            m_note.colour);
    } else {
        palette::paintShape(
            painter, QRectF(nameRight - shapeSize, mid - shapeSize / 2, shapeSize, shapeSize), m_note.colour);
    }

    // Body: the wrapped text, laid out once and reused.
    const double footerHeight = baseFooterHeight * scale;
    ensureLayout();
    const QRectF body = bodyRect();
    if (m_note.verbatim) {
        painter->setFont(m_style->quoteMark);
        painter->setPen(palette::accent(m_note.colour));
        painter->drawText(QRectF(pad - 2, body.top() - 6 * scale, 20 * scale, 30 * scale),
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
            ? QRectF(body.left(), r.bottom() - footerHeight, body.width() / 2, footerHeight - 2)
            : QRectF(body.left(), lineTop, body.width(), footerHeight);
        if (!m_note.sensitive)
            painter->drawText(where, Qt::AlignLeft | Qt::AlignVCenter, trItems("more…"));
    }

    // Footer: the sensitive mark and the consent mark on the left, vote dots on the right.
    const double footerMid = r.bottom() - footerHeight / 2 - 1;
    double footerLeft = pad - 2;
    if (m_note.sensitive) {
        const QColor mark = palette::sensitiveMark();
        const QRectF badge(pad - 2, footerMid - 7, 14, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark);
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->setFont(m_style->chip);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        painter->setPen(mark);
        painter->setFont(m_style->small);
        QRectF used;
        painter->drawText(QRectF(badge.right() + 4, footerMid - 8, 90, 16), Qt::AlignLeft | Qt::AlignVCenter,
            trItems("Sensitive"), &used);
        footerLeft = used.right() + 6;
    }
    if (!m_consentMark.isEmpty()) {
        // Words, not only a colour: the facilitator must notice that this note can go nowhere
        // until the author's consent to take part is recorded.
        const double dotsRoom = m_votes > 0 ? std::min(m_votes, 5) * (8 * scale + 3) + 6 : 0;
        const double room = r.right() - pad - dotsRoom - footerLeft - 10;
        if (room > 24) {
            const QFontMetricsF metrics(m_style->small);
            const QString text = metrics.elidedText(m_consentMark, Qt::ElideRight, room);
            const double h = 15 * scale;
            const QRectF mark(footerLeft, footerMid - h / 2, metrics.horizontalAdvance(text) + 10, h);
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette::consentMark());
            painter->drawRoundedRect(mark, h / 2, h / 2);
            painter->setPen(Qt::white);
            painter->setFont(m_style->small);
            painter->drawText(mark, Qt::AlignCenter, text);
        }
    }
    paintVoteDots(
        painter, r.right() - pad, footerMid, m_votes, 8 * (m_style->largeType ? 1.3 : 1.0), m_style->chip);

    if (selected || m_highlighted) {
        painter->setBrush(Qt::NoBrush);
        if (m_highlighted) {
            painter->setPen(QPen(palette::findHighlight(), 3, Qt::DashLine));
            painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 5, 5);
        }
        if (selected) {
            painter->setPen(QPen(palette::selection(), 3));
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
    if (theme.width != m_theme.width || theme.height != m_theme.height)
        prepareGeometryChange();
    m_theme = theme;
    setPos(theme.x, theme.y);
    update();
}

void ThemeItem::setVotes(int votes)
{
    if (votes == m_votes)
        return;
    m_votes = votes;
    update();
}

QRectF ThemeItem::boundingRect() const
{
    return QRectF(0, 0, m_theme.width, m_theme.height).adjusted(-margin, -margin, margin, margin);
}

QPainterPath ThemeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(0, 0, m_theme.width, std::min(labelHeight, m_theme.height)));
    return path;
}

void ThemeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(0, 0, m_theme.width, m_theme.height);
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QColor accent = palette::accent(m_theme.colour);
    QColor wash = accent;
    wash.setAlpha(22);
    const bool selected = option->state & QStyle::State_Selected;
    if (lod < plainBelow) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, wash);
        painter->fillRect(QRectF(0, 0, r.width(), labelHeight), accent.lighter(150));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(wash);
    painter->setPen(QPen(selected ? palette::selection() : accent, selected ? 4 : 2));
    painter->drawRoundedRect(r, 10, 10);
    // The label band: the theme's name, large, with its votes.
    QColor band = accent;
    band.setAlpha(45);
    painter->setPen(Qt::NoPen);
    painter->setBrush(band);
    QPainterPath top;
    top.addRoundedRect(QRectF(1, 1, r.width() - 2, labelHeight + 8), 9, 9);
    QPainterPath cut;
    cut.addRect(QRectF(0, labelHeight, r.width(), 10));
    painter->drawPath(top.subtracted(cut));
    painter->setFont(m_style->themeLabel);
    painter->setPen(palette::ink());
    const double dotsWidth = m_votes > 0 ? 80 : 0;
    const QRectF labelRect(14, 0, r.width() - 28 - dotsWidth, labelHeight);
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(m_style->themeLabel).elidedText(m_theme.name, Qt::ElideRight, labelRect.width()));
    paintVoteDots(painter, r.right() - 14, labelHeight / 2, m_votes, 10, m_style->chip);
}

} // namespace cg
