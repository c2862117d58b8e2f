// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace cg {

class BoardRenderer;
class Session;

/// The projector window: the current board read-only, or the current agenda item's prompt, in
/// large type. A projector is public, so it shows no names of its own; the only names on it are
/// note authors drawn by BoardRenderer with Audience::Public, which routes every one of them
/// through the scene's ConsentPolicy (board/authorlabel.h). Notes the rules withhold are not drawn;
/// a quiet line says how many ("3 contributions not shown") so the room knows something is left out.
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
    /// The board's scene as drawn (for tests: what the room can read).
    const BoardRenderer *renderer() const { return m_renderer.get(); }
    /// "3 contributions not shown" when showing a board with withheld notes, else empty.
    QString withheldLine() const;

    /// The run's countdown (run/countdownpanel.h): a strip above a board, or the whole window
    /// when no board is shown. The presenter takes it as a child; it shows itself while an item
    /// is under way.
    void setCountdown(QWidget *countdown);

    /// Full screen on a second screen when there is one (not the one \a avoid is on); otherwise
    /// an ordinary window the facilitator can drag to wherever the projector is.
    void present(const QWidget *avoid);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void paintHeading(
        QPainter &painter, QRectF &area, const QString &kicker, const QString &title, const QString &prompt);

    Session *m_session;
    std::unique_ptr<BoardRenderer> m_renderer;
    Showing m_showing = Showing::Welcome;
    QUuid m_id;
    int m_points;
    QPointer<QWidget> m_countdown;
    void placeCountdown();
};

} // namespace cg
