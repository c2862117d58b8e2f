// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/participanteditor.h"

#include "commands/edits.h"
#include "people/peoplewords.h"
#include "planning/accessneeds.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

ParticipantEditor::ParticipantEditor(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    // The form scrolls; the message and Save stay in view below it, however small the screen or
    // large the text (a new person's Save must never be below the fold).
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto lineEdit = [this, form](const QString &label, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(accessible);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
        return edit;
    };
    m_name = lineEdit(tr("Na&me:"), tr("Name"));
    m_name->setPlaceholderText(tr("A first name or nickname is fine"));
    m_pseudonym = lineEdit(tr("&Pseudonym:"), tr("Pseudonym"));
    m_pseudonym->setPlaceholderText(tr("Left empty: the next “Participant N”"));
    m_pseudonym->setToolTip(tr("Used in reports unless the person agrees to be named."));

    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    for (Role role : enumValues<Role>())
        m_role->addItem(PeopleWords::role(role), int(role));
    form->addRow(tr("&Role:"), m_role);
    connect(m_role, &QComboBox::activated, this, [this] { setModified(true); });

    m_organisation = lineEdit(tr("&Organisation:"), tr("Organisation"));
    m_email = lineEdit(tr("Emai&l:"), tr("Email"));
    m_phone = lineEdit(tr("Pho&ne:"), tr("Phone"));

    m_attendance = new QComboBox(this);
    m_attendance->setAccessibleName(tr("Attendance"));
    for (Attendance attendance : enumValues<Attendance>())
        m_attendance->addItem(PeopleWords::attendance(attendance), int(attendance));
    form->addRow(tr("&Attendance:"), m_attendance);
    connect(m_attendance, &QComboBox::activated, this, [this] { setModified(true); });
    layout->addLayout(form);

    auto *access = new QGroupBox(tr("Access needs"), this);
    auto *grid = new QGridLayout(access);
    int i = 0;
    for (AccessNeed need : enumValues<AccessNeed>()) {
        auto *box = new QCheckBox(accessNeedWords(need), access);
        box->setAccessibleName(accessNeedWords(need));
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                setModified(true);
        });
        grid->addWidget(box, i / 2, i % 2);
        m_needs[need] = box;
        ++i;
    }
    m_accessNotes = new QLineEdit(access);
    m_accessNotes->setAccessibleName(tr("Access needs in their own words"));
    m_accessNotes->setPlaceholderText(tr("In their own words, e.g. “sits near the door”"));
    connect(m_accessNotes, &QLineEdit::textEdited, this, [this] { setModified(true); });
    grid->addWidget(m_accessNotes, (i + 1) / 2, 0, 1, 2);
    layout->addWidget(access);

    auto *notesLabel = new QLabel(tr("No&tes (for the team):"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes for the team"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    notesLabel->setBuddy(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("hint"));
    outer->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("Discard chan&ges"), this);
    m_revert->setAccessibleName(tr("Revert changes"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setAccessibleName(tr("Save this person"));
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { (void)save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { setParticipant(m_id); });
    connect(m_session, &Session::changed, this, &ParticipantEditor::onChanged);

    setParticipant({});
}

void ParticipantEditor::setParticipant(const QUuid &id)
{
    const Participant *p = id.isNull() ? nullptr : m_session->data().participants.find(id);
    m_id = p ? id : QUuid();
    if (p) {
        load(*p);
    } else {
        Participant fresh;
        fresh.attendance = Attendance::Invited;
        load(fresh);
    }
}

void ParticipantEditor::load(const Participant &p)
{
    m_loading = true;
    m_loaded = p;
    m_heading->setText(m_id.isNull() ? tr("New person") : tr("Details for %1").arg(p.displayName));
    m_name->setText(p.displayName);
    m_pseudonym->setText(p.pseudonym);
    m_role->setCurrentIndex(m_role->findData(int(p.role)));
    m_organisation->setText(p.organisation);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    for (auto &[need, box] : m_needs)
        box->setChecked(p.accessNeeds.contains(need));
    m_accessNotes->setText(p.accessNotes);
    m_attendance->setCurrentIndex(m_attendance->findData(int(p.attendance)));
    m_notes->setPlainText(p.notes);
    // Long values show their beginning (an email address its name, not "ed.alsayed@…").
    for (QLineEdit *edit : { m_name, m_pseudonym, m_organisation, m_email, m_phone, m_accessNotes })
        edit->setCursorPosition(0);
    m_save->setText(m_id.isNull() ? tr("&Save new person") : tr("&Save"));
    m_save->setAccessibleName(m_id.isNull() ? tr("Add this person") : tr("Save this person"));
    m_loading = false;
    showMessage({});
    setModified(false);
}

Participant ParticipantEditor::participant() const
{
    Participant p = m_loaded;
    p.id = m_id;
    p.displayName = m_name->text().trimmed();
    p.pseudonym = m_pseudonym->text().trimmed();
    p.role = Role(m_role->currentData().toInt());
    p.organisation = m_organisation->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.accessNeeds.clear();
    for (const auto &[need, box] : m_needs) {
        if (box->isChecked())
            p.accessNeeds << need;
    }
    std::sort(p.accessNeeds.begin(), p.accessNeeds.end());
    p.accessNotes = m_accessNotes->text().trimmed();
    p.attendance = Attendance(m_attendance->currentData().toInt());
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

Result<QUuid> ParticipantEditor::save()
{
    Participant p = participant();
    if (p.displayName.isEmpty()) {
        const QString message = tr("Every person needs a name. A first name or a nickname is fine.");
        showMessage(message);
        m_name->setFocus();
        return fail(message);
    }
    const bool adding = m_id.isNull();
    if (adding)
        p.id = newId();
    auto done = m_session->perform(
        adding ? edits::addParticipant(m_session->data(), p) : edits::editParticipant(m_session->data(), p));
    if (!done) {
        showMessage(done.message());
        return done.error();
    }
    m_id = p.id;
    setParticipant(p.id);
    showMessage(adding ? tr("Added %1.").arg(p.displayName) : tr("Saved."));
    Q_EMIT saved(p.id);
    return p.id;
}

void ParticipantEditor::onChanged(const Change &change)
{
    if (change.entity != Entity::Participant || change.id != m_id || m_id.isNull())
        return;
    // Someone else changed this person (undo, check-in): show it, unless the facilitator is in
    // the middle of typing, whose words we never throw away.
    if (change.kind == Change::Kind::Removed) {
        setParticipant({});
    } else if (!m_modified) {
        setParticipant(m_id);
    }
}

void ParticipantEditor::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    m_revert->setEnabled(modified);
}

void ParticipantEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace cg
