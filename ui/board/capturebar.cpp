// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/capturebar.h"
#include "look.h"

#include "board/notepalette.h"
#include "commands/edits.h"
#include "flowlayout.h"
#include "people/names.h"
#include "people/peoplewords.h"
#include "session/session.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
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

/// "Quote (Alt+Q)": the tooltip names the key, as the menu does.
QString withKeys(const QString &text, const QKeySequence &keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

QAction *makeCommand(QWidget *owner, const QString &text, const QString &tip, const QKeySequence &keys,
    Qt::ShortcutContext context)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(context);
    action->setToolTip(withKeys(tip, keys));
    action->setStatusTip(tip);
    return action;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

CaptureBar::~CaptureBar()
{
    delete m_picker; // it lies over the window, outside the bar, while open
}

CaptureBar::CaptureBar(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_picker(new PersonPicker(this))
{
    setAccessibleName(tr("Quick capture"));
    setObjectName(QStringLiteral("captureBar"));

    // The commands, with their keys. None of them is a key any menu uses (Alt+F, E, V and H open
    // the menus). Colours, quote and sensitive act while the keyboard is in the bar (on the
    // canvas the same keys change the selected notes); "Anonymous" works anywhere on the board.
    // "Who" and "Note" are the labels' own mnemonics: their actions only show the keys in the menu.
    m_whoAction = makeCommand(this, tr("Go to &Who Said It"), tr("Type who is speaking"),
        QKeySequence(Qt::ALT | Qt::Key_W), Qt::WidgetShortcut);
    m_noteAction = makeCommand(this, tr("Go to the &Note"), tr("Type what was said"),
        QKeySequence(Qt::ALT | Qt::Key_N), Qt::WidgetShortcut);
    m_anonymousAction = makeCommand(this, tr("Make &Anonymous"),
        tr("Nobody's name on the next notes: clear “Who”"), QKeySequence(Qt::ALT | Qt::Key_A),
        Qt::WindowShortcut);
    m_anonymousAction->setIconText(tr("Make anonymous"));
    addAction(m_anonymousAction);
    connect(m_whoAction, &QAction::triggered, this, &CaptureBar::focusAuthor);
    connect(m_noteAction, &QAction::triggered, this, &CaptureBar::focusText);
    connect(m_anonymousAction, &QAction::triggered, this, &CaptureBar::resetToAnonymous);

    m_colourGroup = new QActionGroup(this);
    m_colourGroup->setExclusive(true);
    int index = 0;
    for (NoteColour colour : enumValues<NoteColour>()) {
        auto *action = makeCommand(this, tr("%1 Note").arg(palette::name(colour)),
            tr("%1 note").arg(palette::name(colour)), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)),
            Qt::WidgetWithChildrenShortcut);
        action->setIcon(colourIcon(colour));
        action->setCheckable(true);
        m_colourGroup->addAction(action);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, colour] { setColour(colour); });
        m_colourActions[std::size_t(index)] = action;
        ++index;
    }
    m_quoteAction = makeCommand(this, tr("&Quote: Their Own Words"), tr("Their own words, quoted exactly"),
        QKeySequence(Qt::ALT | Qt::Key_Q), Qt::WidgetWithChildrenShortcut);
    m_quoteAction->setCheckable(true);
    m_quoteAction->setIconText(tr("“ Quote")); // what the button shows
    m_sensitiveAction = makeCommand(this, tr("&Sensitive"),
        tr("Safeguarding or wellbeing: kept out of public outputs"), QKeySequence(Qt::ALT | Qt::Key_S),
        Qt::WidgetWithChildrenShortcut);
    m_sensitiveAction->setCheckable(true);
    m_sensitiveAction->setIconText(tr("! Sensitive"));
    addAction(m_quoteAction);
    addAction(m_sensitiveAction);
    for (QAction *&separator : m_separators) {
        separator = new QAction(this);
        separator->setSeparator(true);
    }

    // Row 1: who, and how the next note looks. It wraps on a narrow window or in large type.
    auto *whoLabel = new QLabel(tr("&Who:"), this);
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("captureWho"));
    m_author->setPlaceholderText(tr("Type part of a name"));
    m_author->setAccessibleName(tr("Who said it"));
    m_author->setToolTip(tr("Type any part of a name; Up and Down choose from the list, Enter or Tab "
                            "accepts. Leave empty for anonymous (Alt+A). Type “facilitator” for the "
                            "facilitator. (Alt+W)"));
    look::addClearButton(m_author);
    whoLabel->setBuddy(m_author);
    m_anonymous = new QToolButton(this);
    m_anonymous->setDefaultAction(m_anonymousAction);
    m_anonymous->setFocusPolicy(Qt::NoFocus);
    m_anonymous->setAccessibleName(withKeys(tr("Make anonymous"), m_anonymousAction->shortcut()));

    auto *whoGroup = new QWidget(this);
    whoGroup->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred); // the colours sit beside it
    auto *whoRow = new QHBoxLayout(whoGroup);
    whoRow->setContentsMargins(0, 0, 0, 0);
    whoRow->addWidget(whoLabel);
    whoRow->addWidget(m_author, 1);
    whoRow->addWidget(m_anonymous);

    auto *optionsGroup = new QWidget(this);
    auto *optionsRow = new QHBoxLayout(optionsGroup);
    optionsRow->setContentsMargins(0, 0, 0, 0);
    optionsRow->setSpacing(2);
    for (std::size_t i = 0; i < m_colourActions.size(); ++i) {
        auto *button = new QToolButton(optionsGroup);
        button->setDefaultAction(m_colourActions[i]);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // Tab goes straight from Who to Note; Alt+1…6 pick a colour
        button->setAccessibleName(m_colourActions[i]->toolTip());
        optionsRow->addWidget(button);
        m_colourButtons[i] = button;
    }
    optionsRow->addSpacing(6);
    m_quote = new QToolButton(optionsGroup);
    m_quote->setDefaultAction(m_quoteAction);
    m_quote->setFocusPolicy(Qt::NoFocus);
    m_quote->setAccessibleName(withKeys(tr("Quote: their own words"), m_quoteAction->shortcut()));
    optionsRow->addWidget(m_quote);
    m_sensitive = new QToolButton(optionsGroup);
    m_sensitive->setDefaultAction(m_sensitiveAction);
    m_sensitive->setFocusPolicy(Qt::NoFocus);
    m_sensitive->setAccessibleName(withKeys(tr("Sensitive"), m_sensitiveAction->shortcut()));
    optionsRow->addWidget(m_sensitive);

    // Row 2: whose words, and the words. The name is large and right beside the box.
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    m_speaker = new QLabel(this);
    m_speaker->setObjectName(QStringLiteral("captureSpeaker"));
    m_speaker->setTextFormat(Qt::PlainText);
    m_speaker->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("captureText"));
    m_text->setPlaceholderText(tr("Type what was said and press Enter"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setAccessibleDescription(
        tr("Enter adds the note to the board and clears the box for the next one."));
    noteLabel->setBuddy(m_text);
    m_add = new QToolButton(this);
    m_add->setText(tr("Add note"));
    m_add->setFocusPolicy(Qt::NoFocus);
    m_add->setAccessibleName(tr("Add note"));
    m_add->setToolTip(tr("Add the note to the board (Enter)"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("captureProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setVisible(false);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, palette::sensitiveMark());
    m_problem->setPalette(warn);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("captureNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setVisible(false);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    outer->setSpacing(4);
    auto *flow = new FlowLayout;
    flow->setHorizontalSpacing(18);
    flow->addWidget(whoGroup);
    flow->addWidget(optionsGroup);
    outer->addLayout(flow);
    // Whose words, then the words: side by side, or the box on a line of its own when there is not
    // room for the whole of it (it is never squeezed to "Typ…").
    auto *byGroup = new QWidget(this);
    byGroup->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *byRow = new QHBoxLayout(byGroup);
    byRow->setContentsMargins(0, 0, 0, 0);
    byRow->addWidget(noteLabel);
    byRow->addWidget(m_speaker);
    auto *textGroup = new QWidget(this);
    textGroup->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *textRow = new QHBoxLayout(textGroup);
    textRow->setContentsMargins(0, 0, 0, 0);
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_add);
    auto *noteFlow = new FlowLayout;
    noteFlow->setHorizontalSpacing(6);
    noteFlow->addWidget(byGroup);
    noteFlow->addWidget(textGroup);
    outer->addLayout(noteFlow);
    outer->addWidget(m_problem);
    outer->addWidget(m_notice);

    connect(m_text, &QLineEdit::returnPressed, this, &CaptureBar::capture);
    connect(m_add, &QToolButton::clicked, this, &CaptureBar::capture);
    connect(m_author, &QLineEdit::textEdited, this, [this] {
        if (m_pinned && m_author->text() != m_pinnedText)
            m_pinned.reset();
        m_asking = false;
        m_pendingCapture = false;
        hideProblem();
        suggest();
    });
    connect(m_author, &QLineEdit::textChanged, this, &CaptureBar::updateSpeaker);
    // Leaving "Who" by mouse: show the name as the workshop spells it.
    connect(m_author, &QLineEdit::editingFinished, this, [this] {
        const Speaker s = speaker();
        if ((s.kind == Speaker::Kind::Person || s.kind == Speaker::Kind::Facilitator) && m_author->text() != s.name)
            pick(settled(s), false);
    });
    connect(m_text, &QLineEdit::textEdited, this, [this] {
        if (!m_asking)
            hideProblem();
    });
    connect(m_picker, &PersonPicker::picked, this, [this](const PersonPicker::Choice &choice) { pick(choice, true); });
    connect(m_session, &Session::changed, this, &CaptureBar::onChanged);
    m_author->installEventFilter(this);
    m_text->installEventFilter(this);
    m_speaker->installEventFilter(this); // its font comes from the style sheet: its width follows
    setTabOrder(m_author, m_text);
    setColour(NoteColour::Yellow);
    updateSizes();
    updateSpeaker();
    updateAvailability();
}

QList<QAction *> CaptureBar::commands() const
{
    QList<QAction *> list { m_whoAction, m_noteAction, m_anonymousAction, m_separators[0] };
    for (QAction *a : m_colourActions)
        list << a;
    list << m_separators[1] << m_quoteAction << m_sensitiveAction;
    return list;
}

// --- Who is speaking ----------------------------------------------------------------------------

PersonPicker::Choice CaptureBar::choiceFor(const QUuid &person, bool withDetail, bool byPseudonym) const
{
    PersonPicker::Choice choice;
    const Participant *p = m_session->data().participants.find(person);
    if (!p)
        return choice;
    choice.kind = AuthorKind::Participant;
    choice.person = person;
    const QString name = p->displayName.trimmed();
    const QString pseudonym = p->pseudonym.trimmed();
    choice.name = name.isEmpty() || byPseudonym ? pseudonym : name;
    if (withDetail) {
        QStringList detail;
        if (!pseudonym.isEmpty() && pseudonym != choice.name)
            detail << pseudonym;
        detail << PeopleWords::role(p->role);
        if (!p->organisation.trimmed().isEmpty())
            detail << p->organisation.trimmed();
        choice.detail = detail.join(QStringLiteral(", "));
    }
    return choice;
}

PersonPicker::Choice CaptureBar::facilitatorChoice() const
{
    return { AuthorKind::Facilitator, {}, tr("Facilitator"), {} };
}

QList<PersonPicker::Choice> CaptureBar::choicesFor(
    const QList<QUuid> &people, bool facilitatorToo, bool withDetail) const
{
    QList<PersonPicker::Choice> choices;
    QStringList names;
    for (const QUuid &id : people) {
        choices << choiceFor(id, withDetail);
        names << names::fold(choices.last().name);
    }
    // Two people with one name are told apart in the list even when details were not asked for.
    if (!withDetail) {
        for (int i = 0; i < choices.size(); ++i)
            if (names.count(names.at(i)) > 1)
                choices[i] = choiceFor(choices.at(i).person, true);
    }
    if (facilitatorToo)
        choices << facilitatorChoice();
    return choices;
}

CaptureBar::Speaker CaptureBar::resolve(const QString &typed) const
{
    Speaker s;
    const QString who = typed.trimmed();
    if (who.isEmpty())
        return s; // anonymous
    const QString folded = names::fold(who);
    const QString facilitator = names::fold(tr("Facilitator"));
    if (folded == facilitator) {
        s.kind = Speaker::Kind::Facilitator;
        s.name = tr("Facilitator");
        return s;
    }
    // "Facilitator" takes part in prefixes like a name: "fa" with a Fatima present is asked about.
    const bool facilitatorPrefix = !folded.isEmpty() && facilitator.startsWith(folded);
    const names::Resolution r = names::resolvePerson(m_session->data(), who);
    switch (r.kind) {
    case names::Resolution::Kind::One:
        if (facilitatorPrefix && r.how == QLatin1String("prefix")) {
            s.kind = Speaker::Kind::Several;
            s.candidates = choicesFor({ r.person }, true, true);
            return s;
        }
        s.kind = Speaker::Kind::Person;
        s.person = r.person;
        s.name = choiceFor(r.person, false, r.how == QLatin1String("pseudonym")).name;
        return s;
    case names::Resolution::Kind::Several:
        s.kind = Speaker::Kind::Several;
        s.candidates = choicesFor(r.candidates, facilitatorPrefix, true);
        return s;
    case names::Resolution::Kind::Nobody:
        if (facilitatorPrefix) {
            s.kind = Speaker::Kind::Facilitator;
            s.name = tr("Facilitator");
            return s;
        }
        s.kind = Speaker::Kind::Nobody;
        return s;
    }
    return s;
}

CaptureBar::Speaker CaptureBar::speaker() const
{
    if (m_pinned && m_author->text() == m_pinnedText) {
        if (m_pinned->kind == AuthorKind::Facilitator)
            return { Speaker::Kind::Facilitator, {}, m_pinned->name, {} };
        if (m_session->data().participants.contains(m_pinned->person))
            return { Speaker::Kind::Person, m_pinned->person, m_pinned->name, {} };
    }
    return resolve(m_author->text());
}

void CaptureBar::updateSpeaker()
{
    const Speaker s = speaker();
    QString text;
    QString kind;
    QString tip;
    switch (s.kind) {
    case Speaker::Kind::Anonymous:
        text = tr("Anonymous");
        kind = QStringLiteral("anonymous");
        tip = tr("The next note is anonymous. Type a name in “Who” (Alt+W) to credit someone.");
        break;
    case Speaker::Kind::Facilitator:
        text = tr("Facilitator");
        kind = QStringLiteral("facilitator");
        tip = tr("The next note is the facilitator's. Alt+A makes it anonymous.");
        break;
    case Speaker::Kind::Person: {
        text = s.name;
        // Someone else with the same name: say which of them, so the chip alone tells them apart.
        const QString folded = names::fold(s.name);
        for (const Participant &p : m_session->data().participants)
            if (p.id != s.person && names::fold(p.displayName) == folded) {
                if (const Participant *me = m_session->data().participants.find(s.person); me && !me->pseudonym.isEmpty())
                    text = tr("%1 (%2)").arg(s.name, me->pseudonym);
                break;
            }
        kind = QStringLiteral("person");
        tip = tr("The next note goes to %1. Alt+A makes it anonymous.").arg(text);
        break;
    }
    case Speaker::Kind::Several:
        text = tr("Who? %n people fit", nullptr, int(s.candidates.size()));
        kind = QStringLiteral("unsure");
        tip = tr("“%1” fits more than one person: Enter shows them to choose from.").arg(m_author->text().trimmed());
        break;
    case Speaker::Kind::Nobody:
        text = tr("Nobody called that");
        kind = QStringLiteral("unsure");
        tip = tr("No one called “%1” is in this workshop.").arg(m_author->text().trimmed());
        break;
    }
    // Its look first: the kind decides the font (bold, italic), and so how much of a long name fits.
    if (m_speaker->property("kind").toString() != kind) {
        m_speaker->setProperty("kind", kind);
        repolish(m_speaker);
    }
    const QMargins frame = m_speaker->contentsMargins();
    const int room = m_speaker->maximumWidth() - frame.left() - frame.right() - 2 * 12; // padding, border
    m_speaker->setText(m_speaker->fontMetrics().elidedText(text, Qt::ElideRight, std::max(40, room)));
    m_speaker->setToolTip(tip);
    m_speaker->setAccessibleName(tr("Next note by: %1").arg(text));
    m_speaker->setAccessibleDescription(tip);
}

void CaptureBar::suggest()
{
    const QString typed = m_author->text().trimmed();
    if (typed.isEmpty() || !m_author->hasFocus()) {
        m_picker->dismiss();
        return;
    }
    const QList<QUuid> people = names::suggestPeople(m_session->data(), typed, 8);
    const bool facilitator = names::matches(typed, tr("Facilitator"));
    QList<PersonPicker::Choice> choices = choicesFor(people, facilitator, false);
    // Nothing to offer beyond what is already typed.
    if (choices.isEmpty()
        || (choices.size() == 1 && names::fold(choices.first().name) == names::fold(typed))) {
        m_picker->dismiss();
        return;
    }
    m_picker->setChoices(choices);
    m_picker->popUp(m_author);
}

PersonPicker::Choice CaptureBar::settled(const Speaker &s) const
{
    if (s.kind == Speaker::Kind::Facilitator)
        return facilitatorChoice();
    PersonPicker::Choice choice = choiceFor(s.person, false);
    choice.name = s.name; // the pseudonym, when that is what was typed
    return choice;
}

void CaptureBar::acceptAuthor(bool moveToNote)
{
    if (const auto choice = m_picker->currentChoice()) {
        pick(*choice, moveToNote);
        return;
    }
    if (!m_asking)
        m_picker->dismiss();
    const Speaker s = speaker();
    switch (s.kind) {
    case Speaker::Kind::Person:
    case Speaker::Kind::Facilitator:
        pick(settled(s), moveToNote);
        return;
    case Speaker::Kind::Several:
        askWho(s, m_author);
        return;
    case Speaker::Kind::Nobody:
        showProblem(tr("No one called “%1” is in this workshop. Choose a name from the list, or "
                       "press Alt+A for an anonymous note.")
                        .arg(m_author->text().trimmed()));
        return;
    case Speaker::Kind::Anonymous:
        break;
    }
    if (moveToNote)
        m_text->setFocus(Qt::TabFocusReason);
}

void CaptureBar::pick(const PersonPicker::Choice &choice, bool focusNote)
{
    m_picker->dismiss();
    m_pinned = choice;
    m_pinnedText = choice.name;
    m_author->setText(choice.name);
    // Answering "who said it?" for a note already typed adds that note.
    const bool addNow
        = m_asking && (m_pendingCapture || m_text->hasFocus()) && !m_text->text().trimmed().isEmpty();
    m_asking = false;
    m_pendingCapture = false;
    hideProblem();
    updateSpeaker();
    if (focusNote || addNow)
        m_text->setFocus(Qt::OtherFocusReason);
    if (addNow)
        capture();
}

void CaptureBar::askWho(const Speaker &s, QWidget *anchor)
{
    m_asking = true;
    m_picker->setChoices(s.candidates);
    m_picker->popUp(anchor);
    showProblem(tr("“%1” could be %n people. Choose who said it with Up or Down and Enter, or type "
                   "more of the name in “Who”.",
        nullptr, int(s.candidates.size()))
                    .arg(m_author->text().trimmed()));
}

void CaptureBar::resetToAnonymous()
{
    m_pinned.reset();
    m_asking = false;
    m_pendingCapture = false;
    m_picker->dismiss();
    m_author->clear();
    hideProblem();
    updateSpeaker();
    if (!m_author->hasFocus() && !m_text->hasFocus())
        m_text->setFocus(Qt::ShortcutFocusReason);
    Q_EMIT statusMessage(tr("The next notes are anonymous."));
}

void CaptureBar::onChanged(const Change &change)
{
    if (change.entity != Entity::Participant)
        return;
    // A renamed person stays chosen under their new name; a removed one is no longer anybody.
    if (m_pinned && m_pinned->kind == AuthorKind::Participant && m_pinned->person == change.id) {
        if (m_session->data().participants.contains(change.id)) {
            const PersonPicker::Choice renamed = choiceFor(change.id, false);
            if (m_author->text() == m_pinnedText) {
                m_pinned = renamed;
                m_pinnedText = renamed.name;
                m_author->setText(renamed.name);
            }
        } else {
            m_pinned.reset();
        }
    }
    updateSpeaker();
}

// --- Keys ---------------------------------------------------------------------------------------

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

bool CaptureBar::handlePickerKey(QObject *watched, QEvent *event)
{
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (m_picker->isVisible()) {
        if (key->key() == Qt::Key_Escape && plain) {
            if (m_asking) {
                m_asking = false;
                m_pendingCapture = false;
                showProblem(tr("The note was not added yet: choose who said it, type more of the name, "
                               "or press Alt+A for an anonymous note."));
            }
            m_picker->dismiss();
            return true;
        }
        if (m_picker->handleKey(key))
            return true;
    }
    if (watched != m_author || !plain)
        return false;
    if (key->key() == Qt::Key_Down && !m_picker->isVisible() && !m_author->text().trimmed().isEmpty()) {
        suggest();
        return m_picker->isVisible() && m_picker->handleKey(key);
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        acceptAuthor(true);
        return true;
    }
    if (key->key() == Qt::Key_Tab) {
        // Tab itself moves on to the note. When the name fits several people the list stays
        // open while the note is typed, and Up, Down and Enter there choose.
        acceptAuthor(false);
        return false;
    }
    return false;
}

bool CaptureBar::handleUndoKey(QEvent *event)
{
    // An empty box has nothing of its own worth undoing (after Enter its history holds only the
    // note just added, which Ctrl+Z would type back in): there the keys undo the workshop, so a
    // note-taker can take back the last note without leaving the keyboard or the box.
    auto *key = static_cast<QKeyEvent *>(event);
    const UndoKey which = undoKey(key);
    if (which == UndoKey::None || !m_text->text().isEmpty())
        return false;
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

bool CaptureBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_speaker && event->type() == QEvent::FontChange)
        updateSizes();
    if (watched == m_author || watched == m_text) {
        switch (event->type()) {
        case QEvent::KeyPress:
            if (handlePickerKey(watched, event))
                return true;
            if (watched == m_text && handleUndoKey(event))
                return true;
            break;
        case QEvent::ShortcutOverride:
            if (watched == m_text && handleUndoKey(event))
                return true;
            // Escape closes the list rather than anything the window does with it.
            if (m_picker->isVisible() && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
                event->accept();
                return true;
            }
            break;
        case QEvent::FocusOut:
            // The list of suggestions belongs to the box being typed in; the question of who said
            // a note stays until it is answered.
            if (watched == m_author && !m_asking)
                m_picker->dismiss();
            break;
        case QEvent::FontChange:
            updateSizes();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateSizes();
    if (event->type() == QEvent::EnabledChange)
        updateAvailability();
}

// --- Capture ------------------------------------------------------------------------------------

void CaptureBar::setBoard(const QUuid &boardId)
{
    m_board = boardId;
    hideProblem();
    updateAvailability();
}

QString CaptureBar::unavailableReason() const
{
    if (!m_session->isReadOnly())
        return {};
    return tr("This workshop is open read-only, so notes cannot be added here. %1")
        .arg(m_session->readOnlyReason())
        .trimmed();
}

void CaptureBar::updateAvailability()
{
    const QString reason = unavailableReason();
    const bool usable = !m_board.isNull() && reason.isEmpty();
    // The bar itself stays enabled, so the reason is shown in ordinary ink, not greyed out.
    for (QWidget *w : std::initializer_list<QWidget *> { m_author, m_text, m_add, m_anonymous, m_quote, m_sensitive })
        w->setEnabled(usable);
    for (QToolButton *b : m_colourButtons)
        b->setEnabled(usable);
    for (QAction *a : commands())
        a->setEnabled(usable);
    m_notice->setText(reason);
    m_notice->setVisible(!reason.isEmpty());
    m_text->setPlaceholderText(reason.isEmpty() ? tr("Type what was said and press Enter")
                                                : tr("Read-only: notes cannot be added"));
    m_text->setToolTip(reason);
    if (!usable)
        m_picker->dismiss();
}

void CaptureBar::updateSizes()
{
    // From the text size, so that large type (or 200 % scaling) gives the boxes room for as many
    // letters. (The note box has a line of its own before it gets anywhere near this narrow.)
    const QFontMetrics textMetrics = m_text->fontMetrics();
    m_text->setMinimumWidth(26 * textMetrics.averageCharWidth());
    const QFontMetrics whoMetrics = m_author->fontMetrics();
    const int whoEm = whoMetrics.averageCharWidth();
    m_author->setMinimumWidth(std::max(16 * whoEm, whoMetrics.horizontalAdvance(m_author->placeholderText()) + 5 * whoEm));
    m_author->setMaximumWidth(30 * whoEm);
    m_speaker->setMaximumWidth(28 * m_speaker->fontMetrics().averageCharWidth() + 24);
    updateSpeaker();
}

void CaptureBar::setColour(NoteColour colour)
{
    m_colour = colour;
    const auto values = enumValues<NoteColour>();
    for (std::size_t i = 0; i < values.size(); ++i)
        m_colourActions[i]->setChecked(values[i] == colour);
}

void CaptureBar::setVerbatim(bool on)
{
    m_quoteAction->setChecked(on);
}

bool CaptureBar::verbatim() const
{
    return m_quoteAction->isChecked();
}

void CaptureBar::setSensitive(bool on)
{
    m_sensitiveAction->setChecked(on);
}

bool CaptureBar::sensitive() const
{
    return m_sensitiveAction->isChecked();
}

void CaptureBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
}

void CaptureBar::focusAuthor()
{
    m_author->setFocus(Qt::ShortcutFocusReason);
    m_author->selectAll();
}

void CaptureBar::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
    Q_EMIT statusMessage(message);
}

void CaptureBar::hideProblem()
{
    m_problem->setVisible(false);
}

bool CaptureBar::capture()
{
    const QString text = m_text->text().trimmed();
    if (text.isEmpty())
        return false;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        showProblem(reason);
        return false;
    }
    if (m_board.isNull()) {
        showProblem(tr("Choose a board first."));
        return false;
    }
    const Speaker who = speaker();
    switch (who.kind) {
    case Speaker::Kind::Several:
        // Never guess: a note credited to the wrong person carries the wrong person's consent.
        m_pendingCapture = true;
        askWho(who, m_author); // the list opens over the bar, above "Who", not over the note
        return false;
    case Speaker::Kind::Nobody:
        // Keep what was typed so nothing is lost; the note-taker fixes the name or clears it.
        showProblem(tr("No one called “%1” is in this workshop. Choose a name from the list, "
                       "or clear “Who” (Alt+A) to make the note anonymous.")
                        .arg(m_author->text().trimmed()));
        return false;
    default:
        break;
    }

    Note note;
    note.id = newId();
    note.boardId = m_board;
    note.text = text;
    note.colour = m_colour;
    note.verbatim = m_quoteAction->isChecked();
    note.sensitive = m_sensitiveAction->isChecked();
    // NaN asks core to place the note in the next free spot in reading order.
    note.x = std::numeric_limits<double>::quiet_NaN();
    note.y = std::numeric_limits<double>::quiet_NaN();
    note.authorKind = who.kind == Speaker::Kind::Person ? AuthorKind::Participant
        : who.kind == Speaker::Kind::Facilitator        ? AuthorKind::Facilitator
                                                        : AuthorKind::Anonymous;
    note.authorId = who.kind == Speaker::Kind::Person ? who.person : QUuid();

    auto done = m_session->perform(edits::addNote(m_session->data(), note));
    if (!done) {
        showProblem(done.message());
        return false;
    }
    hideProblem();
    m_picker->dismiss();
    m_asking = false;
    m_pendingCapture = false;
    m_text->clear();
    m_quoteAction->setChecked(false);
    m_sensitiveAction->setChecked(false);
    Q_EMIT noteAdded(note.id);
    Q_EMIT statusMessage(tr("Note added (%1)").arg(m_speaker->text()));
    return true;
}

} // namespace cg
