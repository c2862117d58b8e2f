// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actioneditor.h"

#include "actions/personfield.h"
#include "commands/edits.h"
#include "models/listtext.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cg {

namespace {
constexpr int NoteRole = Qt::UserRole + 1;

QString statusWords(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return ActionEditor::tr("Open");
    case ActionStatus::InProgress:
        return ActionEditor::tr("In progress");
    case ActionStatus::Done:
        return ActionEditor::tr("Done");
    }
    return {};
}
} // namespace

ActionEditor::ActionEditor(Session *session, QWidget *parent)
    : EditorPanel(session, parent)
    , m_what(new QPlainTextEdit(this))
    , m_owner(new PersonField(session, this))
    , m_ownerHint(new QLabel(this))
    , m_hasDue(new QCheckBox(tr("By &when:"), this))
    , m_due(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_notes(new QListWidget(this))
    , m_unlink(new QPushButton(tr("&Unlink note"), this))
    , m_noNotes(new QLabel(this))
{
    m_what->setAccessibleName(tr("What will be done"));
    m_what->setPlaceholderText(tr("What will happen, in plain words"));
    m_what->setTabChangesFocus(true);
    m_what->setMaximumHeight(110);
    auto *whatLabel = new QLabel(tr("&What:"), this);
    whatLabel->setBuddy(m_what);
    form()->addRow(whatLabel, m_what);

    m_owner->setAccessibleName(tr("Who will do it"));
    m_owner->setPlaceholderText(tr("Someone in the workshop, or any name"));
    auto *whoLabel = new QLabel(tr("W&ho:"), this);
    whoLabel->setBuddy(m_owner);
    m_ownerHint->setObjectName(QStringLiteral("hint"));
    m_ownerHint->setTextFormat(Qt::PlainText);
    m_ownerHint->setWordWrap(true);
    // The hint under the name it is about (a wrapped label in a row of its own gets too tall).
    auto *who = new QWidget(this);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->setSpacing(2);
    whoLayout->addWidget(m_owner);
    whoLayout->addWidget(m_ownerHint);
    who->setFocusProxy(m_owner);
    form()->addRow(whoLabel, who);

    m_hasDue->setAccessibleName(tr("Has a date to be done by"));
    m_due->setAccessibleName(tr("Date to be done by"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form()->addRow(m_hasDue, m_due);

    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(12);
    m_status->setAccessibleName(tr("Status"));
    for (ActionStatus status : enumValues<ActionStatus>())
        m_status->addItem(statusWords(status), int(status));
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    form()->addRow(statusLabel, m_status);

    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_theme->setMinimumContentsLength(12);
    m_theme->setAccessibleName(tr("Theme it came from"));
    auto *themeLabel = new QLabel(tr("T&heme:"), this);
    themeLabel->setBuddy(m_theme);
    form()->addRow(themeLabel, m_theme);

    auto *notesLabel = new QLabel(tr("From the &notes:"), this);
    notesLabel->setBuddy(m_notes);
    m_notes->setAccessibleName(tr("Notes the action came from"));
    m_notes->setWordWrap(true);
    m_notes->setMaximumHeight(150);
    m_unlink->setAccessibleName(tr("Unlink the chosen note"));
    m_unlink->setToolTip(tr("Take the chosen note off this action (Delete); the note stays on its board"));
    m_noNotes->setObjectName(QStringLiteral("hint"));
    m_noNotes->setWordWrap(true);
    m_noNotes->setTextFormat(Qt::PlainText);
    m_noNotes->setText(tr("Not linked to any note. On a board, choose notes and use “Create action from "
                          "note…” to make an action from them."));
    auto *unlinkRow = new QHBoxLayout;
    unlinkRow->addStretch();
    unlinkRow->addWidget(m_unlink);
    body()->addWidget(notesLabel);
    body()->addWidget(m_notes);
    body()->addWidget(m_noNotes);
    body()->addLayout(unlinkRow);

    auto modified = [this] { setModified(); };
    connect(m_what, &QPlainTextEdit::textChanged, this, modified);
    connect(m_owner, &QLineEdit::textEdited, this, [this] {
        setModified();
        updateOwnerHint();
    });
    connect(m_owner, &QLineEdit::editingFinished, this, &ActionEditor::updateOwnerHint);
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        setModified();
    });
    connect(m_due, &QDateEdit::dateChanged, this, modified);
    connect(m_status, &QComboBox::activated, this, modified);
    connect(m_theme, &QComboBox::activated, this, modified);
    auto unlink = [this] {
        if (QListWidgetItem *item = m_notes->currentItem()) {
            delete item;
            setModified();
        }
        m_unlink->setEnabled(m_notes->count() > 0);
        m_notes->setVisible(m_notes->count() > 0);
        m_unlink->setVisible(m_notes->count() > 0);
        m_noNotes->setVisible(m_notes->count() == 0);
    };
    connect(m_unlink, &QPushButton::clicked, this, unlink);
    auto *del = new QShortcut(QKeySequence::Delete, m_notes);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, unlink);
    finishSetup();
}

QString ActionEditor::headingFor(bool isNew) const
{
    if (isNew)
        return tr("New action");
    return currentId().isNull() ? tr("Choose an action to change it") : tr("Action");
}

bool ActionEditor::concerns(const Change &change) const
{
    return change.entity == Entity::Action || change.entity == Entity::Theme || change.entity == Entity::Note
        || change.entity == Entity::Participant || change.entity == Entity::Board;
}

void ActionEditor::startFromDraft(const Action &draft, const QList<QUuid> &fromNotes)
{
    m_draft = draft;
    m_fromNotes = fromNotes;
    startNew();
    m_draft.reset();
    setModified(); // a draft is worth saving as it is
}

void ActionEditor::load(const QUuid &id)
{
    const WorkshopData &data = session()->data();
    Action action;
    if (const Action *stored = data.actions.find(id)) {
        action = *stored;
        m_fromNotes.clear();
    } else if (m_draft) {
        action = *m_draft;
    } else {
        m_fromNotes.clear();
    }
    m_what->setPlainText(action.text);
    if (!action.ownerId.isNull())
        m_owner->setPerson(action.ownerId);
    else
        m_owner->setText(action.ownerName);
    const bool dated = action.dueDate.isValid();
    m_hasDue->setChecked(dated);
    m_due->setEnabled(dated);
    QDate suggestion = data.workshop.date.isValid() ? data.workshop.date.addDays(28) : QDate::currentDate().addDays(28);
    m_due->setDate(dated ? action.dueDate : suggestion);
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    fillThemes(action.themeId);
    fillNotes(action.noteIds);
    updateOwnerHint();
}

void ActionEditor::fillThemes(const QUuid &current)
{
    const WorkshopData &data = session()->data();
    m_theme->clear();
    m_theme->addItem(tr("No theme"), QUuid());
    for (const Theme &theme : data.themes) {
        const Board *board = data.boards.find(theme.boardId);
        m_theme->addItem(board ? tr("%1 — %2").arg(theme.name, board->title) : tr("%1 — across boards").arg(theme.name),
                         theme.id);
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current)));
}

void ActionEditor::fillNotes(const QList<QUuid> &ids)
{
    const WorkshopData &data = session()->data();
    m_notes->clear();
    for (const QUuid &id : ids) {
        const Note *note = data.notes.find(id);
        if (!note)
            continue;
        const Board *board = data.boards.find(note->boardId);
        auto *item = new QListWidgetItem(board ? tr("%1 — %2").arg(note->text.simplified(), board->title)
                                               : note->text.simplified(),
                                         m_notes);
        item->setData(NoteRole, id);
        item->setToolTip(note->text);
    }
    if (m_notes->count() > 0)
        m_notes->setCurrentRow(0);
    m_unlink->setEnabled(m_notes->count() > 0);
    m_notes->setVisible(m_notes->count() > 0);
    m_unlink->setVisible(m_notes->count() > 0);
    m_noNotes->setVisible(m_notes->count() == 0);
}

void ActionEditor::updateOwnerHint()
{
    const QString typed = m_owner->text().trimmed();
    const names::Resolution who = m_owner->resolution();
    QString hint;
    if (typed.isEmpty())
        hint = tr("Nobody yet.");
    else if (who.kind == names::Resolution::Kind::Several)
        hint = tr("More than one person matches “%1”: choose one from the list.").arg(typed);
    else if (who.kind == names::Resolution::Kind::Nobody)
        hint = tr("Not someone in this workshop: kept as a name.");
    else
        hint = tr("%1, in this workshop.").arg(m_owner->nameOf(who.person));
    m_ownerHint->setText(hint);
}

Action ActionEditor::fromFields() const
{
    Action action;
    if (const Action *stored = session()->data().actions.find(currentId()))
        action = *stored;
    action.text = m_what->toPlainText();
    const names::Resolution who = m_owner->resolution();
    action.ownerId = who.isOne() ? who.person : QUuid();
    action.ownerName = who.isOne() ? QString() : m_owner->text().trimmed();
    action.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    action.status = ActionStatus(m_status->currentData().toInt());
    action.themeId = m_theme->currentData().toUuid();
    action.noteIds.clear();
    for (int i = 0; i < m_notes->count(); ++i)
        action.noteIds << m_notes->item(i)->data(NoteRole).toUuid();
    return action;
}

Result<QUuid> ActionEditor::write()
{
    const names::Resolution who = m_owner->resolution();
    if (who.kind == names::Resolution::Kind::Several)
        return fail(tr("More than one person matches “%1”. Choose one from the list, so the action has the "
                       "right owner.")
                        .arg(m_owner->text().trimmed()));
    Action action = fromFields();
    if (isNew()) {
        action.id = newId();
        // Notes unlinked in the panel stay unlinked.
        QList<QUuid> from;
        for (const QUuid &id : m_fromNotes)
            if (action.noteIds.contains(id))
                from << id;
        auto done = session()->perform(from.isEmpty() ? edits::addAction(session()->data(), action)
                                                      : edits::addActionFromNotes(session()->data(), from, action));
        if (!done)
            return done.error();
        m_fromNotes.clear();
        return action.id;
    }
    auto done = session()->perform(edits::editAction(session()->data(), action));
    if (!done)
        return done.error();
    return action.id;
}

} // namespace cg
