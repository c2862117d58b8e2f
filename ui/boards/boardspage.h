// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QPushButton;

namespace cg {

class BoardCommands;
class BoardsModel;
class ListPage;

/// The Boards page: every board in the facilitator's order with what is on it, and the buttons
/// (and keys) to make, change, reorder, delete and open them. Enter opens the board.
class BoardsPage : public QWidget
{
    Q_OBJECT

public:
    BoardsPage(BoardsModel *model, BoardCommands *commands, QWidget *parent = nullptr);

    ListPage *list() const { return m_list; }
    QUuid currentBoard() const;
    void selectBoard(const QUuid &boardId);

Q_SIGNALS:
    void openRequested(const QUuid &boardId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();

    BoardCommands *m_commands;
    ListPage *m_list;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_settings;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
};

} // namespace cg
