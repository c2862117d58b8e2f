// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "model/theme.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>
#include <QTextLayout>

namespace cg {

/// Fonts shared by every item of one scene. Sizes are in scene units (pixels at 100 %), all
/// from one text size: 14 on the canvas, 18 in large type, and in the projection whatever size the
/// layout chose for the whole board.
struct BoardStyle
{
    QFont text;
    QFont chip;
    QFont small;
    QFont themeLabel;
    QFont quoteMark;
    bool largeType = false;
    /// Every note in the same type (the projection): a long note never steps its text down.
    bool uniformText = false;
    /// High contrast (Preferences): black edges, marks in ink, nothing told by colour alone.
    bool highContrast = false;
    double scale = 1.0; // text size / 14: paddings, chips and dots grow with the type

    static BoardStyle make(bool largeType);
    /// The projection's style: everything follows \a textPx, and no note's type shrinks.
    static BoardStyle forText(int textPx);
};

/// One sticky note on the canvas. It shows what the scene tells it (the note, the author's label,
/// the vote count) and never changes data itself. The text layout is built once per text or size
/// and reused for every paint. Text is drawn whenever it would be legible on the device (zoom,
/// device pixel ratio and type size together); smaller than that, only the coloured rectangle.
/// It stands where the note is on the board, unless a layout (the projection) places it.
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NoteItem(const BoardStyle *style);
    int type() const override { return Type; }

    void setNote(const Note &note, const QString &author);
    /// Places the card at \a rect instead of the note's own position and size (the projection);
    /// a null rect puts it back where the note is.
    void setPlacement(const QRectF &rect);
    bool isPlaced() const { return m_placed; }
    QSizeF size() const { return m_size; }
    /// The scene's style changed (a new projection text size).
    void styleChanged();
    bool hasFooter() const;
    /// The height a card of \a width needs in \a style for \a note's whole text, with or without
    /// a footer (votes, sensitive or consent mark). The projection lays out with it.
    static double heightFor(const BoardStyle &style, const Note &note, double width, bool footer);
    /// Whether text is drawn at this level of detail on a device with this pixel ratio.
    static bool textLegible(const BoardStyle &style, double levelOfDetail, double devicePixelRatio);
    const Note &note() const { return m_note; }
    QUuid id() const { return m_note.id; }
    QString author() const { return m_author; }
    /// A warning for the facilitator that the author has not granted take_part ("Consent not
    /// recorded", "Withdrawn", "Refused"), drawn as a chip in the footer; empty for none.
    void setConsentMark(const QString &mark);
    QString consentMark() const { return m_consentMark; }
    void setVotes(int votes);
    int votes() const { return m_votes; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    /// True when the last paint could not fit all of the text (the note shows "…").
    bool textOverflows();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF bodyRect() const;
    double typeScale() const;
    void ensureLayout();
    void ensureLabels();

    const BoardStyle *m_style;
    Note m_note;
    QSizeF m_size;
    bool m_placed = false;
    QString m_author;
    QString m_consentMark;
    QStaticText m_authorText; // elided to fit the chip
    double m_authorWidth = 0;
    QFont m_authorFont; // the chip font, a little smaller when a long name would not fit
    QStaticText m_colourText;
    double m_colourWidth = 0;
    bool m_labelsValid = false;
    int m_votes = 0;
    bool m_highlighted = false;
    QTextLayout m_layout;
    QFont m_layoutFont;
    bool m_layoutValid = false;
    int m_visibleLines = 0;
    bool m_overflow = false;
};

/// A theme: a labelled frame around its notes. Only the label band is "solid" for the mouse, so
/// clicks inside the frame reach the notes and the board behind it. On the canvas the band is
/// BoardLayout::labelHeight tall with the name on one line; in the projection the layout places
/// the frame and the name may take two lines.
class ThemeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit ThemeItem(const BoardStyle *style);
    int type() const override { return Type; }

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    QUuid id() const { return m_theme.id; }
    void setVotes(int votes);
    int votes() const { return m_votes; }
    /// Placed by a layout: the frame at \a rect with a title band \a band tall; null: as on the board.
    void setPlacement(const QRectF &rect, double band);
    QRectF frameRect() const { return QRectF(pos(), m_size); }
    double bandHeight() const { return m_band; }
    /// Shown while a dragged note would join this theme if let go.
    void setDropTarget(bool target);
    bool isDropTarget() const { return m_dropTarget; }
    void styleChanged();
    /// The band a frame of \a width needs in \a style for \a name on at most two lines.
    static double bandFor(const BoardStyle &style, const QString &name, int votes, double width);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF titleRect() const;

    const BoardStyle *m_style;
    Theme m_theme;
    QSizeF m_size;
    double m_band = 44;
    bool m_placed = false;
    bool m_dropTarget = false;
    int m_votes = 0;
};

/// How wide paintVoteDots() draws \a votes.
double voteDotsWidth(int votes, double dot, const QFont &font);
/// Draws \a votes dots right-aligned ending at \a right, centred on \a y (shared by notes and themes).
void paintVoteDots(QPainter *painter, double right, double y, int votes, double dot, const QFont &font);

} // namespace cg
