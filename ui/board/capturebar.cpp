// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/capturebar.h"

#include "board/notepalette.h"
#include "commands/edits.h"
#include "session/session.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QShortcut>
#include <QStringListModel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace cg {

namespace {

QIcon colourIcon(NoteColour colour)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette::fill(colour).darker(140), 1));
    p.setBrush(palette::fill(colour));
    p.drawRoundedRect(QRectF(0.5, 0.5, 19, 19), 3, 3);
    palette::paintShape(&p, QRectF(5, 5, 10, 10), colour);
    return QIcon(pixmap);
}

} // namespace

CaptureBar::CaptureBar(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Quick capture"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    outer->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    outer->addLayout(row);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);

    auto *whoLabel = new QLabel(tr("&Who:"), this);
    m_author = new QLineEdit(this);
    m_author->setFont(big);
    m_author->setPlaceholderText(tr("Anonymous"));
    m_author->setAccessibleName(tr("Who said it"));
    m_author->setToolTip(tr("Start typing a name and press Tab to accept it. Leave empty for anonymous. "
                            "Type “facilitator” for the facilitator. (Alt+W)"));
    m_author->setClearButtonEnabled(true);
    m_author->setMinimumWidth(170);
    m_author->setMaximumWidth(240);
    whoLabel->setBuddy(m_author);
    m_people = new QStringListModel(this);
    m_completer = new QCompleter(m_people, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Inline: the rest of the name appears selected as you type and Tab keeps it.
    m_completer->setCompletionMode(QCompleter::InlineCompletion);
    m_author->setCompleter(m_completer);

    auto *noteLabel = new QLabel(tr("&Note:"), this);
    m_text = new QLineEdit(this);
    m_text->setFont(big);
    m_text->setPlaceholderText(tr("Type what was said and press Enter"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setAccessibleDescription(
        tr("Enter adds the note to the board and clears the box for the next one."));
    noteLabel->setBuddy(m_text);

    row->addWidget(whoLabel);
    row->addWidget(m_author);
    row->addWidget(noteLabel);
    row->addWidget(m_text, 1);

    int index = 0;
    for (NoteColour colour : enumValues<NoteColour>()) {
        auto *button = new QToolButton(this);
        button->setIcon(colourIcon(colour));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // Tab goes straight from Who to Note; Alt+N picks a colour
        const QString tip = tr("%1 note (Alt+%2)").arg(palette::name(colour)).arg(index + 1);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, this, [this, colour] { setColour(colour); });
        row->addWidget(button);
        m_colourButtons[std::size_t(index)] = button;
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, colour] { setColour(colour); });
        ++index;
    }

    m_quote = new QToolButton(this);
    m_quote->setText(tr("“ Quote"));
    m_quote->setCheckable(true);
    m_quote->setFocusPolicy(Qt::NoFocus);
    m_quote->setToolTip(tr("Their own words, quoted exactly (Alt+Q)"));
    m_quote->setAccessibleName(tr("Quote: their own words (Alt+Q)"));
    row->addWidget(m_quote);
    m_sensitive = new QToolButton(this);
    m_sensitive->setText(tr("! Sensitive"));
    m_sensitive->setCheckable(true);
    m_sensitive->setFocusPolicy(Qt::NoFocus);
    m_sensitive->setToolTip(tr("Safeguarding or wellbeing: kept out of public outputs (Alt+S)"));
    m_sensitive->setAccessibleName(tr("Sensitive (Alt+S)"));
    row->addWidget(m_sensitive);
    m_add = new QToolButton(this);
    m_add->setText(tr("Add note"));
    m_add->setFocusPolicy(Qt::NoFocus);
    m_add->setAccessibleName(tr("Add note"));
    row->addWidget(m_add);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, palette::sensitiveMark());
    m_problem->setPalette(warn);
    outer->addWidget(m_problem);

    auto addShortcut = [this](QKeySequence keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Q), [this] { m_quote->toggle(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_S), [this] { m_sensitive->toggle(); });
    // Alt+W ("&Who") and Alt+N ("&Note") come from the labels' mnemonics.

    connect(m_text, &QLineEdit::returnPressed, this, &CaptureBar::capture);
    m_text->installEventFilter(this);
    connect(m_add, &QToolButton::clicked, this, &CaptureBar::capture);
    connect(m_author, &QLineEdit::returnPressed, this, [this] { m_text->setFocus(Qt::TabFocusReason); });
    // Leaving "Who" shows the name as the workshop spells it, so the note-taker sees who it is.
    connect(m_author, &QLineEdit::editingFinished, this, [this] {
        if (const auto author = resolveAuthor(m_author->text()); author && !author->name.isEmpty())
            m_author->setText(author->name);
    });
    connect(m_text, &QLineEdit::textEdited, this, [this] { m_problem->setVisible(false); });
    connect(m_session, &Session::changed, this, &CaptureBar::onChanged);
    setTabOrder(m_author, m_text);
    setColour(NoteColour::Yellow);
    refreshPeople();
}

namespace {

enum class UndoKey { None, Undo, Redo };

UndoKey undoKey(const QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo))
        return UndoKey::Undo;
    // Ctrl+Y as well as the platform's own redo: both are common and neither means anything else
    // in the box.
    const QKeyCombination combination = key->keyCombination();
    if (key->matches(QKeySequence::Redo) || combination == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
        || combination == QKeyCombination(Qt::CTRL, Qt::Key_Y))
        return UndoKey::Redo;
    return UndoKey::None;
}

} // namespace

bool CaptureBar::eventFilter(QObject *watched, QEvent *event)
{
    // An empty box has nothing of its own worth undoing (after Enter its history holds only the
    // note just added, which Ctrl+Z would type back in): there the keys undo the workshop, so a
    // note-taker can take back the last note without leaving the keyboard or the box.
    if (watched == m_text && m_text->text().isEmpty()
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const UndoKey which = undoKey(key);
        if (which != UndoKey::None) {
            if (event->type() == QEvent::ShortcutOverride) {
                // Claim the keys for the box, so the window's Undo action does not also fire.
                event->accept();
                return true;
            }
            QUndoStack *stack = m_session->undoStack();
            if (which == UndoKey::Undo && stack->canUndo()) {
                Q_EMIT statusMessage(tr("Undone: %1").arg(stack->undoText()));
                stack->undo();
            } else if (which == UndoKey::Redo && stack->canRedo()) {
                Q_EMIT statusMessage(tr("Redone: %1").arg(stack->redoText()));
                stack->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureBar::setBoard(const QUuid &boardId)
{
    m_board = boardId;
    setEnabled(!boardId.isNull());
    m_problem->setVisible(false);
}

void CaptureBar::setColour(NoteColour colour)
{
    m_colour = colour;
    const auto values = enumValues<NoteColour>();
    for (std::size_t i = 0; i < values.size(); ++i)
        m_colourButtons[i]->setChecked(values[i] == colour);
}

void CaptureBar::setVerbatim(bool on)
{
    m_quote->setChecked(on);
}

bool CaptureBar::verbatim() const
{
    return m_quote->isChecked();
}

void CaptureBar::setSensitive(bool on)
{
    m_sensitive->setChecked(on);
}

bool CaptureBar::sensitive() const
{
    return m_sensitive->isChecked();
}

void CaptureBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
}

void CaptureBar::onChanged(const Change &change)
{
    if (change.entity == Entity::Participant)
        refreshPeople();
}

void CaptureBar::refreshPeople()
{
    QStringList names;
    for (const Participant &p : m_session->data().participants) {
        if (!p.displayName.trimmed().isEmpty())
            names << p.displayName.trimmed();
        if (!p.pseudonym.trimmed().isEmpty())
            names << p.pseudonym.trimmed();
    }
    names << tr("Facilitator");
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_people->setStringList(names);
}

std::optional<CaptureBar::Author> CaptureBar::resolveAuthor(const QString &typed) const
{
    const QString who = typed.trimmed();
    if (who.isEmpty())
        return Author { AuthorKind::Anonymous, {}, {} };
    if (who.compare(tr("Facilitator"), Qt::CaseInsensitive) == 0)
        return Author { AuthorKind::Facilitator, {}, tr("Facilitator") };
    // Display names first, then pseudonyms ("Participant 7"), ignoring case.
    for (const Participant &p : m_session->data().participants)
        if (p.displayName.trimmed().compare(who, Qt::CaseInsensitive) == 0)
            return Author { AuthorKind::Participant, p.id, p.displayName.trimmed() };
    for (const Participant &p : m_session->data().participants)
        if (p.pseudonym.trimmed().compare(who, Qt::CaseInsensitive) == 0)
            return Author { AuthorKind::Participant, p.id, p.pseudonym.trimmed() };
    return std::nullopt;
}

void CaptureBar::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
    Q_EMIT statusMessage(message);
}

bool CaptureBar::capture()
{
    const QString text = m_text->text().trimmed();
    if (text.isEmpty())
        return false;
    if (m_board.isNull()) {
        showProblem(tr("Choose a board first."));
        return false;
    }
    Note note;
    note.id = newId();
    note.boardId = m_board;
    note.text = text;
    note.colour = m_colour;
    note.verbatim = m_quote->isChecked();
    note.sensitive = m_sensitive->isChecked();
    // NaN asks core to place the note in the next free spot in reading order.
    note.x = std::numeric_limits<double>::quiet_NaN();
    note.y = std::numeric_limits<double>::quiet_NaN();

    const QString who = m_author->text().trimmed();
    const auto author = resolveAuthor(who);
    if (!author) {
        // Keep what was typed so nothing is lost; the note-taker fixes the name or clears it.
        showProblem(tr("No one called “%1” is in this workshop. Choose a name from the list, "
                       "or clear “Who” to make the note anonymous.")
                        .arg(who));
        return false;
    }
    note.authorKind = author->kind;
    note.authorId = author->participantId;

    auto done = m_session->perform(edits::addNote(m_session->data(), note));
    if (!done) {
        showProblem(done.message());
        return false;
    }
    m_problem->setVisible(false);
    m_text->clear();
    m_quote->setChecked(false);
    m_sensitive->setChecked(false);
    Q_EMIT noteAdded(note.id);
    Q_EMIT statusMessage(tr("Note added"));
    return true;
}

} // namespace cg
