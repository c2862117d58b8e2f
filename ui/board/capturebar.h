// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QUuid>
#include <QWidget>

#include <array>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace cg {

class Session;
struct Change;

/// The quick-capture bar under the board, built for a note-taker keeping up with a room:
/// "Who" (type-ahead over the people in the workshop, Tab accepts; empty = anonymous), then the
/// note, Enter adds it and clears the box for the next one. The person stays chosen (people
/// often make several points in a row) and is always visible; colour stays too, while "quote"
/// and "sensitive" apply to one note only. Alt+1…6 colour, Alt+Q quote, Alt+S sensitive,
/// Alt+W jumps to "Who". New notes place themselves in free space, in reading order.
class CaptureBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureBar(Session *session, QWidget *parent = nullptr);

    void setBoard(const QUuid &boardId);
    QUuid board() const { return m_board; }

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *authorEdit() const { return m_author; }
    void setColour(NoteColour colour);
    NoteColour colour() const { return m_colour; }
    void setVerbatim(bool on);
    bool verbatim() const;
    void setSensitive(bool on);
    bool sensitive() const;
    void focusText();

    /// Adds the note in the box. False (with the reason shown) when nothing was added.
    bool capture();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void noteAdded(const QUuid &noteId);
    void statusMessage(const QString &message);

private:
    struct Author
    {
        AuthorKind kind = AuthorKind::Anonymous;
        QUuid participantId;
        QString name; // as the workshop spells it
    };
    /// Who \a typed names: empty is anonymous; nothing when no one in the workshop is called that.
    std::optional<Author> resolveAuthor(const QString &typed) const;
    void onChanged(const Change &change);
    void refreshPeople();
    void showProblem(const QString &message);

    Session *m_session;
    QUuid m_board;
    QLineEdit *m_author;
    QLineEdit *m_text;
    QCompleter *m_completer;
    QStringListModel *m_people;
    std::array<QToolButton *, 6> m_colourButtons {};
    QToolButton *m_quote;
    QToolButton *m_sensitive;
    QToolButton *m_add;
    QLabel *m_problem;
    NoteColour m_colour = NoteColour::Yellow;
    bool m_peopleDirty = true;
};

} // namespace cg
