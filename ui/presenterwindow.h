// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "look.h"

#include <QPointer>

#include <QUuid>
#include <QWidget>

#include <memory>

class QBoxLayout;

namespace cg {

class BoardRenderer;
class PresenterSlide;
class Session;

/// The projector window: the current board read-only, or the current agenda item's prompt, in
/// large type. A projector is public, so it shows no names of its own; the only names on it are
/// note authors drawn by BoardRenderer with Audience::Public, which routes every one of them
/// through the scene's ConsentPolicy (board/authorlabel.h). Notes the rules withhold are not drawn
/// and leave no gap; a line in readable type says how many ("3 contributions not shown") so the
/// room knows something is left out.
///
/// A board is shown in the projection layout (BoardRenderer::Layout::Projection): laid out afresh
/// for the screen, every note in one text size that reads from the back of a hall (at least
/// projection::readableTextSize of the window's height), themes as groups, further pages when it
/// does not fit (Page Down, Page Up). The slide is one widget in a box layout: panels (a timer,
/// a clock) can be added above, below or beside it with addPanel().
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Showing { Welcome, Board, AgendaItem };

    explicit PresenterWindow(Session *session, int textPointSize, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    void showBoard(const QUuid &boardId);
    void showAgendaItem(const QUuid &itemId);
    void setTextPointSize(int points);
    Showing showing() const { return m_showing; }
    QUuid shownId() const { return m_id; }
    /// The colours the slide is painted in: the high-contrast set when the app is in high contrast.
    look::Projection colours() const;
    /// The board's scene as drawn (for tests: what the room can read).
    const BoardRenderer *renderer() const { return m_renderer.get(); }
    /// "3 contributions not shown" when showing a board with withheld notes, else empty.
    QString withheldLine() const;
    /// "Page 1 of 2" when the board takes more than one page, else empty.
    QString pageLine() const;
    void nextPage();
    void previousPage();
    /// The pixel size of the "not shown" and page lines (as large as the smallest note text).
    int noteLinePixels() const;

    /// Puts \a panel at \a edge of the slide (Qt::TopEdge, BottomEdge, LeftEdge or RightEdge).
    void addPanel(QWidget *panel, Qt::Edge edge);
    /// The run's countdown (run/countdownpanel.h): while it is shown, a strip above a board, or
    /// the whole window when an agenda item without a board is on (it shows the item's prompt).
    void setCountdown(QWidget *countdown);

    /// Full screen on a second screen when there is one (not the one \a avoid is on); otherwise
    /// an ordinary window the facilitator can drag to wherever the projector is.
    void present(const QWidget *avoid);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class PresenterSlide;
    void placeCountdown();
    void followContrast();

    Session *m_session;
    std::unique_ptr<BoardRenderer> m_renderer;
    PresenterSlide *m_slide;
    QBoxLayout *m_columns; // the slide with panels beside it
    QBoxLayout *m_rows; // that row with panels above and below
    Showing m_showing = Showing::Welcome;
    QUuid m_id;
    int m_points;
    bool m_highContrast = false;
    QPointer<QWidget> m_countdown;
};

} // namespace cg
