// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boards/boardcommands.h"

#include "boards/boardeditordialog.h"
#include "commands/edits.h"
#include "session/session.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace cg {

BoardCommands::BoardCommands(Session *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

QUuid BoardCommands::newBoard()
{
    if (m_session->isReadOnly()) {
        Q_EMIT statusMessage(tr("This workshop is open read-only, so no board can be added."));
        return {};
    }
    BoardEditorDialog dialog(m_session, {}, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QUuid id = dialog.savedBoard();
    Q_EMIT statusMessage(tr("Board “%1” made. Type a note and press Enter.").arg(dialog.board().title));
    Q_EMIT boardCreated(id);
    return id;
}

bool BoardCommands::editBoard(const QUuid &boardId)
{
    if (!m_session->data().boards.contains(boardId))
        return false;
    BoardEditorDialog dialog(m_session, boardId, m_dialogParent);
    return dialog.exec() == QDialog::Accepted;
}

QString BoardCommands::deleteQuestion(const WorkshopData &data, const QUuid &boardId)
{
    const Board *board = data.boards.find(boardId);
    if (!board)
        return {};
    const edits::BoardContents c = edits::boardContents(data, boardId);
    QStringList parts;
    if (c.notes > 0)
        parts << tr("%n notes", nullptr, c.notes);
    if (c.themes > 0)
        parts << tr("%n themes", nullptr, c.themes);
    if (c.votes > 0)
        parts << tr("%n votes", nullptr, c.votes);
    if (parts.isEmpty())
        return tr("Delete “%1”? There is nothing on it yet.").arg(board->title);
    QString list = parts.takeLast();
    if (!parts.isEmpty())
        list = tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), list);
    return tr("Delete “%1” and its %2?").arg(board->title, list);
}

QString BoardCommands::deleteDetail(const WorkshopData &data, const QUuid &boardId)
{
    const edits::BoardContents c = edits::boardContents(data, boardId);
    QString detail;
    if (c.photos > 0)
        detail = tr("Its %n photos stay in the workshop, on no board. ", nullptr, c.photos);
    return detail + tr("You can undo this with Undo (Ctrl+Z).");
}

bool BoardCommands::deleteBoard(const QUuid &boardId)
{
    const WorkshopData &data = m_session->data();
    const Board *board = data.boards.find(boardId);
    if (!board)
        return false;
    QMessageBox box(QMessageBox::Question, tr("Delete board"), deleteQuestion(data, boardId), QMessageBox::NoButton,
                    m_dialogParent);
    box.setInformativeText(deleteDetail(data, boardId));
    QPushButton *remove = box.addButton(tr("&Delete board"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    const QString title = board->title;
    auto done = m_session->perform(edits::removeBoard(m_session->data(), boardId));
    return perform(tr("Deleted “%1”. Undo (Ctrl+Z) brings it back with everything on it.").arg(title), done.ok(),
                   done.message());
}

bool BoardCommands::moveBoard(const QUuid &boardId, int delta)
{
    const QList<QUuid> order = edits::boardOrder(m_session->data());
    const int from = int(order.indexOf(boardId));
    if (from < 0)
        return false;
    const int to = from + delta;
    if (to < 0 || to >= order.size())
        return false;
    return moveBoardTo(boardId, to);
}

bool BoardCommands::moveBoardTo(const QUuid &boardId, int index)
{
    const Board *board = m_session->data().boards.find(boardId);
    if (!board)
        return false;
    const QString title = board->title;
    auto done = m_session->perform(edits::moveBoard(m_session->data(), boardId, index));
    return perform(tr("Moved “%1”.").arg(title), done.ok(), done.message());
}

bool BoardCommands::perform(const QString &done, bool ok, const QString &message)
{
    Q_EMIT statusMessage(ok ? done : message);
    return ok;
}

void BoardCommands::fillMenu(QMenu *menu, const QUuid &boardId)
{
    const bool writable = !m_session->isReadOnly();
    const QList<QUuid> order = edits::boardOrder(m_session->data());
    const int at = int(order.indexOf(boardId));
    if (at >= 0) {
        QAction *open = menu->addAction(tr("&Open"), this, [this, boardId] { Q_EMIT openRequested(boardId); });
        open->setShortcut(QKeySequence(Qt::Key_Return));
        menu->setDefaultAction(open);
        QAction *settings = menu->addAction(tr("Board &settings…"), this, [this, boardId] { editBoard(boardId); });
        settings->setShortcut(QKeySequence(Qt::Key_F2));
        settings->setEnabled(writable);
        menu->addSeparator();
    }
    QAction *add = menu->addAction(tr("&New board…"), this, [this] { newBoard(); });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    add->setEnabled(writable);
    if (at < 0)
        return;
    menu->addSeparator();
    QAction *up = menu->addAction(tr("Move &up"), this, [this, boardId] { moveBoard(boardId, -1); });
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    up->setEnabled(writable && at > 0);
    QAction *down = menu->addAction(tr("Move do&wn"), this, [this, boardId] { moveBoard(boardId, +1); });
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    down->setEnabled(writable && at + 1 < order.size());
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("&Delete board…"), this, [this, boardId] { deleteBoard(boardId); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(writable);
}

} // namespace cg
