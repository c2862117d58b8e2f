// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/board.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cg {

class Session;

/// A board's settings: title, the question it asks, its kind, and the breakout group and agenda
/// item it belongs to. For a new board the title is chosen for the facilitator ("Board 3") and
/// selected, so typing replaces it. OK makes one undoable edit; if the Session refuses, the
/// reason is shown and the dialog stays open with what was typed.
class BoardEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits \a boardId, or makes a new board when it is null.
    BoardEditorDialog(Session *session, const QUuid &boardId, QWidget *parent = nullptr);

    /// The board as the fields describe it.
    Board board() const;
    /// The board made or changed (after accept()).
    QUuid savedBoard() const { return m_saved; }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *groupBox() const { return m_group; }
    QComboBox *agendaBox() const { return m_agenda; }
    QString problem() const;

public Q_SLOTS:
    void accept() override;

private:
    Session *m_session;
    QUuid m_boardId;
    QUuid m_saved;
    QLineEdit *m_title;
    QPlainTextEdit *m_prompt;
    QComboBox *m_kind;
    QComboBox *m_group;
    QComboBox *m_agenda;
    QLabel *m_problem;
    QPushButton *m_ok;
};

/// Words for a board's kind, as lists show them.
QString boardKindWords(BoardKind kind);

} // namespace cg
