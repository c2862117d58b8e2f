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
/// rules withhold are not drawn at all. Large type is for reading from the back of the room.
class BoardRenderer
{
public:
    explicit BoardRenderer(Session *session, Audience audience = Audience::Public, bool largeType = false);
    ~BoardRenderer();

    void setBoard(const QUuid &boardId);
    QUuid board() const;
    BoardScene *scene() const { return m_scene.get(); }
    /// The notes and themes with a small margin, in board units (1 unit = 1 pixel at 100%).
    QRectF boardRect() const;
    /// Notes of the board that the audience may not see and that are therefore not drawn.
    int withheldCount() const;

    /// Paints \a source (default: the whole board) into \a target, keeping the aspect ratio.
    void render(QPainter *painter, const QRectF &target, const QRectF &source = {}) const;
    /// The whole board fitted into an image of \a size.
    QImage toImage(const QSize &size) const;

private:
    std::unique_ptr<BoardScene> m_scene;
};

} // namespace cg
