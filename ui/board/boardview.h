// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUuid>
#include <QWidget>

namespace cg {

class BoardCanvas;
class CaptureBar;
class Session;

/// A board as the facilitator works on it: the canvas (a QGraphicsView) with the quick-capture
/// bar under it. Everything it changes goes through Session::perform(); what it shows follows
/// the Session's change events, so undo and redo (wired by the main window to the Session's
/// QUndoStack) show up here by themselves. Errors from the Session come out as statusMessage().
///
/// To render a board without widgets (presenter view, exports, benchmarks) with the same
/// painting code, read-only and with optional large type, use BoardRenderer
/// (board/boardrenderer.h).
class BoardView : public QWidget
{
    Q_OBJECT

public:
    explicit BoardView(Session *session, QWidget *parent = nullptr);
    ~BoardView() override;

    /// Shows that board (a null or unknown id shows nothing).
    void setBoard(const QUuid &boardId);
    QUuid board() const;
    QList<QUuid> selectedNotes() const;
    void selectNotes(const QList<QUuid> &ids);

    BoardCanvas *canvas() const { return m_canvas; }
    CaptureBar *captureBar() const { return m_capture; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    /// Highlights notes containing \a text; the count comes back through findResults().
    void find(const QString &text);
    /// Puts the keyboard focus in the quick-capture text box.
    void focusCapture();

Q_SIGNALS:
    void findResults(int matches);
    /// Errors from the Session, and confirmations such as "Note added".
    void statusMessage(const QString &message);

private:
    Session *m_session;
    BoardCanvas *m_canvas;
    CaptureBar *m_capture;
};

} // namespace cg
