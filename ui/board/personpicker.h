// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QListWidget>
#include <QUuid>

#include <optional>

class QKeyEvent;

namespace cg {

/// The list of names that opens over the quick-capture bar: the people a half-typed "Who"
/// could mean, and the candidates to choose between when a name fits more than one person.
/// It lies over the window rather than being a window of its own, and never takes the keyboard
/// focus: the box being typed in passes it Up, Down, Enter and Escape (handleKey()), so typing
/// goes on uninterrupted. Nothing is chosen until the note-taker moves onto a name (or clicks
/// one): the picker offers, it never guesses.
class PersonPicker : public QListWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        AuthorKind kind = AuthorKind::Participant;
        QUuid person;
        QString name; ///< as the box will show it
        QString detail; ///< told apart by: pseudonym, role (may be empty)
    };

    explicit PersonPicker(QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    int choiceCount() const { return int(m_choices.size()); }
    Choice choiceAt(int row) const { return m_choices.value(row); }
    /// The name moved onto with the arrow keys (or the mouse), if any.
    std::optional<Choice> currentChoice() const;

    /// Shows the list over (or, with no room there, under) \a anchor, in its window.
    void popUp(QWidget *anchor);
    void dismiss();

    /// Up and Down move through the list, Escape closes it; Enter/Return picks the current name
    /// if there is one. True when the key was used (the box should then ignore it).
    bool handleKey(const QKeyEvent *key);

Q_SIGNALS:
    void picked(const cg::PersonPicker::Choice &choice);

private:
    QList<Choice> m_choices;
};

} // namespace cg
