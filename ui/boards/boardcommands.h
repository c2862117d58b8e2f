// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUuid>

class QAction;
class QMenu;
class QWidget;

namespace cg {

class Session;
struct WorkshopData;

/// What can be done to a board, wherever it is asked for: the navigator's context menu and keys,
/// the Boards page and the menu bar all call these, so that each does the same thing and says the
/// same words. Every change is one undoable Session edit; deleting asks first, naming what goes
/// with the board.
class BoardCommands : public QObject
{
    Q_OBJECT

public:
    /// \a dialogParent is where dialogs appear.
    BoardCommands(Session *session, QWidget *dialogParent);

    /// Asks for a new board's settings and makes it; the new id (also through boardCreated), or
    /// null when cancelled.
    QUuid newBoard();
    bool editBoard(const QUuid &boardId);
    /// Asks "Delete “Table 2” and its 14 notes, …?" and deletes (undoable).
    bool deleteBoard(const QUuid &boardId);
    /// Moves a board \a delta places in the order (−1 up, +1 down).
    bool moveBoard(const QUuid &boardId, int delta);
    bool moveBoardTo(const QUuid &boardId, int index);

    /// The question asked before deleting, and the line under it.
    static QString deleteQuestion(const WorkshopData &data, const QUuid &boardId);
    static QString deleteDetail(const WorkshopData &data, const QUuid &boardId);

    /// Fills \a menu with what can be done to \a boardId (null: only "New board").
    void fillMenu(QMenu *menu, const QUuid &boardId);

Q_SIGNALS:
    void boardCreated(const QUuid &boardId);
    void openRequested(const QUuid &boardId);
    void statusMessage(const QString &message);

private:
    bool perform(const QString &done, bool ok, const QString &message);

    Session *m_session;
    QWidget *m_dialogParent;
};

} // namespace cg
