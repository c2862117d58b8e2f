// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/inlineeditor.h"
#include "commands/edit.h"
#include "model/enums.h"
#include "result.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <vector>

namespace cg {

class BoardScene;
class InlineEditor;
class NoteItem;
class Session;
class ThemeItem;
struct Note;

/// The interactive board: mouse, keyboard and context menu over a BoardScene. Every change it
/// makes is a call to Session::perform(edits::…); what it shows comes back through the scene,
/// from the Session's change events. The only thing it moves by itself is what is being dragged,
/// until the drag ends and becomes one edit.
class BoardCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit BoardCanvas(Session *session, QWidget *parent = nullptr);
    ~BoardCanvas() override;

    BoardScene *boardScene() const { return m_scene; }
    void setBoard(const QUuid &boardId);
    QUuid board() const;

    /// Selected notes in reading order (top to bottom, then left to right).
    QList<QUuid> selectedNotes() const;
    void selectNotes(const QList<QUuid> &ids);
    QUuid selectedTheme() const;
    double zoom() const;

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void setZoom(double zoom);
    /// Highlights matching notes, brings the first into view and returns how many matched.
    int find(const QString &text);
    void reveal(const QUuid &noteId);

    // Editing in place.
    void editNote(const QUuid &noteId);
    void startNewNote(const QPointF &scenePos);
    InlineEditor *editor() const { return m_editor; }

    // What the menus and keys do to the selection. Each returns false (and reports the reason
    // through statusMessage) when the Session refused.
    bool deleteSelection();
    bool nudgeSelection(QPointF offset);
    bool setSelectionColour(NoteColour colour);
    bool toggleSelectionVerbatim();
    bool toggleSelectionSensitive();
    bool groupSelectionAsTheme(const QString &name);
    bool addVoteToSelection();
    bool removeVoteFromSelection();
    bool applyPaperVotes(const QHash<QUuid, int> &counts);
    bool moveTheme(const QUuid &themeId, QPointF offset);
    /// Selects the nearest note in the direction of \a key (an arrow key).
    void moveSelectionFocus(Qt::Key key);

    /// Asks for a theme name, then groups; asks for paper votes. (Dialogs; the menu uses these.)
    void askGroupAsTheme();
    void askPaperVotes();
    void askRenameTheme(const QUuid &themeId);

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
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool perform(Result<Edit> edit);
    NoteItem *noteAt(const QPoint &viewPos) const;
    ThemeItem *themeAt(const QPoint &viewPos) const;
    QList<NoteItem *> selectedNoteItems() const;
    void finishEditing(bool keep);
    void growSceneRect(const QRectF &mustShow);
    void cancelDrag();
    void endSpacePan();
    bool editSelectedNotes(const std::function<void(Note &)> &change);

    Session *m_session;
    BoardScene *m_scene;
    QPointer<InlineEditor> m_editor;
    QUuid m_current; // the note the keyboard moves from

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
    bool m_spacePan = false;
};

} // namespace cg
