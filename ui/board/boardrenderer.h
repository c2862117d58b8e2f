// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/authorlabel.h"

#include <QImage>
#include <QRectF>
#include <QUuid>

#include <memory>

class QPainter;

namespace cg {

class BoardScene;
class Session;

/// Renders a board without widgets (presenter view, exports, benchmarks), with the same painting
/// code as the canvas, read-only. It follows the Session's change events like the canvas does,
/// so a presenter window can keep one and repaint when scene()->changed fires. Names follow
/// \a audience (a projector is public) through the scene's ConsentPolicy: in public, notes the
/// rules withhold are not drawn at all; for the team, notes of people who did not take part (rule
/// 1) are left out too, since a picture is an output, not the working surface.
///
/// Two layouts: Canvas draws the board as it stands on the facilitator's canvas; Projection lays
/// the visible notes out afresh for a given area (projection::layOut): one text size for every
/// note, large enough to read from the back of a hall, themes as groups, no holes, and pages when
/// one area cannot hold it all. Pictures of boards (PNG, SVG) can use either.
class BoardRenderer
{
public:
    enum class Layout { Canvas, Projection };

    explicit BoardRenderer(Session *session, Audience audience = Audience::Public, bool largeType = false);
    ~BoardRenderer();

    void setBoard(const QUuid &boardId);
    QUuid board() const;
    BoardScene *scene() const { return m_scene.get(); }

    /// Canvas, or Projection into \a area (pixels): the text is at least \a smallestText pixels
    /// (0: readable from the back of a room on a screen as tall as \a area, see
    /// projection::readableTextSize) and at most \a largestText (0: about twice that).
    void setLayout(Layout layout, QSizeF area = {}, int smallestText = 0, int largestText = 0);
    Layout layout() const;
    int pageCount() const;
    int page() const;
    void setPage(int page);
    /// The one text size of every note in the projection (0 on the canvas layout).
    int textSize() const;

    /// What is drawn, in board units (1 unit = 1 pixel at 100%): the notes and themes with a
    /// small margin, or the projection's current page.
    QRectF boardRect() const;
    /// Notes of the board that the audience may not see and that are therefore not drawn.
    int withheldCount() const;

    /// Paints \a source (default: boardRect()) into \a target, keeping the aspect ratio.
    void render(QPainter *painter, const QRectF &target, const QRectF &source = {}) const;
    /// The whole board fitted into an image of \a size. In the projection layout the board is laid
    /// out for that size first (so the type is what the layout chose), on the current page.
    QImage toImage(const QSize &size);

private:
    std::unique_ptr<BoardScene> m_scene;
};

} // namespace cg
