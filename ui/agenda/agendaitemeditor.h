// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cg {

class Session;

/// The fields of one agenda item beside the agenda: title, kind, minutes, prompt, instructions
/// and the boards linked to it. Every change goes through the Session as an edit (typing into
/// one item merges into one undo step); the fields follow the data when it changes elsewhere
/// (undo, another window), except the one being typed in.
class AgendaItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaItemEditor(Session *session, QWidget *parent = nullptr);

    void setItem(const QUuid &itemId);
    QUuid item() const { return m_item; }
    /// Puts the keyboard in the title, all of it selected (after adding an item).
    void focusTitle();

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QPlainTextEdit *instructionsEdit() const { return m_instructions; }
    QListWidget *boardList() const { return m_boards; }
    /// Saves what is being typed now (before the item changes or the window closes).
    void commitPending();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void boardRequested(const QUuid &boardId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshBoards();
    void commit();
    void commitBoards(QListWidgetItem *changed);
    void addBoard();
    void addGroupBoards();
    void report(const QString &message);

    Session *m_session;
    QUuid m_item;
    QUuid m_shown; // the item the fields were last filled from
    bool m_loading = false;
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QSpinBox *m_minutes;
    QPlainTextEdit *m_prompt;
    QPlainTextEdit *m_instructions;
    QListWidget *m_boards;
    QPushButton *m_newBoard;
    QPushButton *m_groupBoards;
    QLabel *m_problem;
    QWidget *m_fields;
    QLabel *m_empty;
    QTimer *m_typing;
};

} // namespace cg
