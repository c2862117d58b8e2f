// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/inlineeditor.h"
#include "commands/edit.h"
#include "result.h"

#include <QGraphicsView>
#include <QPointer>
#include <QUuid>

#include <memory>

namespace cg {

class BoardActions;
class BoardScene;
class CanvasInteraction;
class NoteItem;
class Session;
class ThemeItem;

/// The interactive board, as a view: what is selected, zoom and scrolling, find, and editing a
/// note in place. Mouse, keyboard and dragging are CanvasInteraction's; what can be done to the
/// selection (with its QActions and the context menu) is BoardActions'. Every change is a call to
/// Session::perform(edits::…); what it shows comes back through the scene, from the Session's
/// change events. The only thing it moves by itself is what is being dragged, until the drag ends
/// and becomes one edit.
///
/// Zoom 100 % is the board at the user's text size: with a larger font setting (QT_FONT_DPI, or
/// the desktop's) the notes grow with the rest of the interface.
class BoardCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit BoardCanvas(Session *session, QWidget *parent = nullptr);
    ~BoardCanvas() override;

    Session *session() const { return m_session; }
    BoardScene *boardScene() const { return m_scene; }
    BoardActions *actions() const { return m_actions; }
    CanvasInteraction *interaction() const { return m_interaction.get(); }
    void setBoard(const QUuid &boardId);
    QUuid board() const;

    /// Selected notes in reading order (top to bottom, then left to right).
    QList<QUuid> selectedNotes() const;
    QList<NoteItem *> selectedNoteItems() const;
    void selectNotes(const QList<QUuid> &ids);
    QUuid selectedTheme() const;
    void selectTheme(const QUuid &themeId);
    /// The note the arrow keys move from (the last one selected or clicked).
    QUuid currentNote() const { return m_current; }
    void setCurrentNote(const QUuid &id) { m_current = id; }

    double zoom() const;
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void setZoom(double zoom);
    /// Highlights matching notes, brings the first into view and returns how many matched.
    int find(const QString &text);
    void reveal(const QUuid &noteId);

    NoteItem *noteAt(const QPoint &viewPos) const;
    /// The theme whose title band is at \a viewPos (a note on top of it wins).
    ThemeItem *themeAt(const QPoint &viewPos) const;
    /// The theme whose frame contains \a scenePos, band or not.
    ThemeItem *frameAt(const QPointF &scenePos) const;

    // Editing in place.
    void editNote(const QUuid &noteId);
    void startNewNote(const QPointF &scenePos);
    InlineEditor *editor() const { return m_editor; }
    void finishEditing(bool keep);

    /// Performs an edit; false (with the reason through statusMessage) when the Session refused.
    bool perform(Result<Edit> edit);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CanvasInteraction;
    void growSceneRect(const QRectF &mustShow);

    Session *m_session;
    BoardScene *m_scene;
    BoardActions *m_actions;
    std::unique_ptr<CanvasInteraction> m_interaction;
    QPointer<InlineEditor> m_editor;
    QUuid m_current; // the note the keyboard moves from
    double m_textScale = 1.0; // the user's font size against 96 dpi
};

} // namespace cg
