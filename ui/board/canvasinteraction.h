// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QPointF>
#include <QUuid>

#include <utility>
#include <vector>

class QContextMenuEvent;
class QHelpEvent;
class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace cg {

class BoardCanvas;

/// The canvas's mouse, keyboard and drag state: clicking and rubber-band selection, dragging notes
/// (into a theme's frame, which lights up, or out of it) and themes by their title band, Space to
/// pan, Ctrl+wheel to zoom, the keys for the selection, and the context menu from a right-click,
/// the Menu key or Shift+F10, which always acts on the whole selection. Each handler returns false
/// for what the QGraphicsView should handle itself. What a gesture does to the board is decided in
/// core (edits::dropNotes, edits::dropTheme); while dragging, only the picture moves.
class CanvasInteraction
{
public:
    explicit CanvasInteraction(BoardCanvas *canvas);

    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool mouseDoubleClick(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    bool keyRelease(QKeyEvent *event);
    bool wheel(QWheelEvent *event);
    bool contextMenu(QContextMenuEvent *event);
    /// The keys that work on what is under the pointer, as a tooltip.
    bool toolTip(QHelpEvent *event);
    void focusOut();

    bool isDragging() const { return m_drag.active; }
    void cancelDrag();
    /// Selects the nearest note in the direction of \a key (an arrow key).
    void moveSelectionFocus(int key);
    /// Shows the context menu for the selection at \a viewPos (the pointer, or for the keyboard
    /// the current note) and runs it.
    void openMenu(QPoint viewPos);

private:
    void endSpacePan();
    void showDropTargets(bool show);
    /// Puts the dragged items back where the data says they are (after a refusal, or a drop that
    /// changed nothing).
    void putBack(const std::vector<std::pair<QUuid, QPointF>> &notes, const QUuid &themeId);

    BoardCanvas *m_canvas;
    // A drag in progress: notes (or one theme and its notes) and where they started.
    struct Drag
    {
        bool active = false;
        bool moved = false;
        QPoint pressViewPos;
        QPointF pressScenePos;
        QUuid themeId;
        QPointF themeStart;
        std::vector<std::pair<QUuid, QPointF>> notes; // id, position when the drag started
    } m_drag;
    std::vector<QUuid> m_dropTargets; // themes lit up as where the dragged notes would go
    bool m_spacePan = false;
};

} // namespace cg
