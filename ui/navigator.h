// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>
#include <QUuid>

namespace cg {

class BoardCommands;
class BoardsModel;

/// The places of a workshop, down the left of the window. Boards are listed under "Boards" in
/// the facilitator's order, each named with its group so that tables can be told apart; long names
/// wrap rather than lose their middle. "Check-in" and "Payments" are listed under "People", where a
/// facilitator looks for them on the day. With BoardCommands set, a board's context menu (and
/// Delete, F2, Ctrl+Shift+Up/Down) changes it, and boards are reordered by dragging them.
class Navigator : public QTreeWidget
{
    Q_OBJECT

public:
    // CheckIn and Payments sit under People in the tree; they come last so that the values of the
    // older pages stay as they were.
    enum class Page {
        Overview, Agenda, People, Groups, Boards, Actions, Feedback, Share, Board, CheckIn, Payments,
        Photos, SenseMaking
    };
    Q_ENUM(Page)

    explicit Navigator(BoardsModel *boards, QWidget *parent = nullptr);

    void showPage(Page page);
    void showBoard(const QUuid &boardId);
    /// The boards listed under "Boards", in order.
    QList<QUuid> boardIds() const;
    /// Where the board context menu, keys and drags go (null: none of them).
    void setBoardCommands(BoardCommands *commands);
    /// The board under the keyboard (null when the current item is not a board).
    QUuid currentBoardItem() const;
    /// Where a board dropped at \a viewportPos would go, as an index for edits::moveBoard(), or
    /// -1 when it cannot be dropped there.
    int boardDropIndex(const QUuid &dragged, const QPoint &viewportPos) const;
    /// The type of what a dragged board carries: its id.
    static QString boardMimeType();

protected:
    void resizeEvent(QResizeEvent *event) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

Q_SIGNALS:
    void pageChosen(cg::Navigator::Page page);
    void boardChosen(const QUuid &boardId);
    /// The facilitator chose the current place with Enter or a click (rather than passing it with
    /// the arrow keys, which shows each page and leaves the keyboard here).
    void placeEntered();

private:
    void rebuildBoards();
    void onCurrentChanged(QTreeWidgetItem *current);

    void showBoardMenu(const QPoint &viewportPos);

    BoardsModel *m_boards;
    BoardCommands *m_commands = nullptr;
    QTreeWidgetItem *m_boardsItem = nullptr;
    QStringList m_boardLabels;
};

} // namespace cg
