// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/personpicker.h"
#include "model/enums.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <array>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cg {

class Session;
struct Change;

/// The quick-capture bar under the board, built for a note-taker keeping up with a room:
/// "Who" (type any part of a name, accents and case ignored; the matching people are offered
/// in a list), then the note; Enter adds it and clears the box for the next one. The person stays
/// chosen (people often make several points in a row) and is shown large beside the note box, so
/// a note never goes to the wrong person unnoticed; Alt+A makes the next notes anonymous again.
/// Its rows wrap rather than squeeze the note box on a small screen or in large type.
/// A name that fits two people is never guessed: the bar asks which one and keeps the note.
/// Colour stays chosen too, while "quote" and "sensitive" apply to one note only.
/// Alt+1…6 colour, Alt+Q quote, Alt+S sensitive, Alt+W "Who", Alt+N the note (commands(), which
/// the window lists in Edit > Quick Capture). New notes place themselves in free space, in reading
/// order. In a read-only workshop the bar is disabled and says why.
class CaptureBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureBar(Session *session, QWidget *parent = nullptr);
    ~CaptureBar() override;

    void setBoard(const QUuid &boardId);
    QUuid board() const { return m_board; }

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *authorEdit() const { return m_author; }
    /// Who the next note goes to, as shown beside the note box.
    QLabel *speakerLabel() const { return m_speaker; }
    /// The list of names offered while typing "Who", or to choose between.
    PersonPicker *picker() const { return m_picker.data(); }
    /// True while the typed name fits several people and the bar is asking which one.
    bool isAskingWho() const { return m_asking; }
    /// Why nothing can be captured here (a read-only workshop), or empty.
    QString unavailableReason() const;

    void setColour(NoteColour colour);
    NoteColour colour() const { return m_colour; }
    void setVerbatim(bool on);
    bool verbatim() const;
    void setSensitive(bool on);
    bool sensitive() const;
    void focusText();
    void focusAuthor();
    /// Clears "Who": the next notes are anonymous.
    void resetToAnonymous();

    /// The bar's commands with their shortcuts (Who, Note, Anonymous, colours, Quote, Sensitive),
    /// for the window's menu. Their shortcuts work while the bar is on screen.
    QList<QAction *> commands() const;

    /// Adds the note in the box. False (with the reason shown) when nothing was added, including
    /// when "Who" fits several people: then the bar asks which one, and adds the note once chosen.
    bool capture();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void noteAdded(const QUuid &noteId);
    void statusMessage(const QString &message);

private:
    /// Who the next note goes to.
    struct Speaker
    {
        enum class Kind { Anonymous, Facilitator, Person, Several, Nobody };
        Kind kind = Kind::Anonymous;
        QUuid person;
        QString name; // as the workshop spells it
        QList<PersonPicker::Choice> candidates; // for Several
    };
    Speaker speaker() const;
    Speaker resolve(const QString &typed) const;
    PersonPicker::Choice choiceFor(const QUuid &person, bool withDetail, bool byPseudonym = false) const;
    PersonPicker::Choice facilitatorChoice() const;
    QList<PersonPicker::Choice> choicesFor(const QList<QUuid> &people, bool facilitatorToo, bool withDetail) const;

    void onChanged(const Change &change);
    void updateSpeaker();
    void suggest();
    /// Enter or Tab in "Who": takes the name moved onto, or settles what was typed.
    void acceptAuthor(bool moveToNote);
    PersonPicker::Choice settled(const Speaker &speaker) const;
    void pick(const PersonPicker::Choice &choice, bool focusNote);
    void askWho(const Speaker &speaker, QWidget *anchor);
    bool handlePickerKey(QObject *watched, QEvent *event);
    bool handleUndoKey(QEvent *event);
    void updateAvailability();
    void updateSizes();
    void showProblem(const QString &message);
    void hideProblem();

    Session *m_session;
    QUuid m_board;
    QLineEdit *m_author;
    QLineEdit *m_text;
    QLabel *m_speaker;
    QPointer<PersonPicker> m_picker;
    QToolButton *m_anonymous;
    std::array<QToolButton *, 6> m_colourButtons {};
    std::array<QAction *, 6> m_colourActions {};
    QActionGroup *m_colourGroup;
    QAction *m_whoAction;
    QAction *m_noteAction;
    QAction *m_anonymousAction;
    QAction *m_quoteAction;
    QAction *m_sensitiveAction;
    std::array<QAction *, 2> m_separators {};
    QToolButton *m_quote;
    QToolButton *m_sensitive;
    QToolButton *m_add;
    QLabel *m_problem;
    QLabel *m_notice;
    NoteColour m_colour = NoteColour::Yellow;
    /// A person chosen from the list stays chosen while "Who" still shows their name, even when
    /// another person has the same name.
    std::optional<PersonPicker::Choice> m_pinned;
    QString m_pinnedText;
    bool m_asking = false;
    bool m_pendingCapture = false; // Enter was pressed on a note while asking who said it
};

} // namespace cg
