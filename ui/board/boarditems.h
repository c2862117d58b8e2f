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

/// Fonts shared by every item of one scene; large type is for the projector.
struct BoardStyle
{
    QFont text;
    QFont chip;
    QFont small;
    QFont themeLabel;
    QFont quoteMark;
    bool largeType = false;

    static BoardStyle make(bool largeType);
};

/// One sticky note on the canvas. It shows what the scene tells it (the note, the author's label,
/// the vote count) and never changes data itself. The text layout is built once per text or size
/// and reused for every paint; when zoomed far out only the coloured rectangle is drawn.
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NoteItem(const BoardStyle *style);
    int type() const override { return Type; }

    void setNote(const Note &note, const QString &author);
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
    bool hasFooter() const;
    void ensureLayout();
    void ensureLabels();

    const BoardStyle *m_style;
    Note m_note;
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
/// clicks inside the frame reach the notes and the board behind it.
class ThemeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr double labelHeight = 44;

    explicit ThemeItem(const BoardStyle *style);
    int type() const override { return Type; }

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    QUuid id() const { return m_theme.id; }
    void setVotes(int votes);
    int votes() const { return m_votes; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const BoardStyle *m_style;
    Theme m_theme;
    int m_votes = 0;
};

/// Draws \a votes dots right-aligned ending at \a right, centred on \a y (shared by notes and themes).
void paintVoteDots(QPainter *painter, double right, double y, int votes, double dot, const QFont &font);

} // namespace cg
