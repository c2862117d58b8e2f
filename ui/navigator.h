// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>
#include <QUuid>

namespace cg {

class BoardsModel;

/// The places of a workshop, down the left of the window. Boards are listed under "Boards" in
/// agenda-then-group order, each named with its group so that tables can be told apart; long names
/// wrap rather than lose their middle. "Check-in" and "Payments" are listed under "People", where a
/// facilitator looks for them on the day.
class Navigator : public QTreeWidget
{
    Q_OBJECT

public:
    // CheckIn and Payments sit under People in the tree; they come last so that the values of the
    // older pages stay as they were.
    enum class Page { Overview, Agenda, People, Groups, Boards, Actions, Feedback, Share, Board, CheckIn, Payments };
    Q_ENUM(Page)

    explicit Navigator(BoardsModel *boards, QWidget *parent = nullptr);

    void showPage(Page page);
    void showBoard(const QUuid &boardId);
    /// The boards listed under "Boards", in order.
    QList<QUuid> boardIds() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void pageChosen(cg::Navigator::Page page);
    void boardChosen(const QUuid &boardId);
    /// The facilitator chose the current place with Enter or a click (rather than passing it with
    /// the arrow keys, which shows each page and leaves the keyboard here).
    void placeEntered();

private:
    void rebuildBoards();
    void onCurrentChanged(QTreeWidgetItem *current);

    BoardsModel *m_boards;
    QTreeWidgetItem *m_boardsItem = nullptr;
    QStringList m_boardLabels;
};

} // namespace cg
