// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups/groupeditdialog.h"

#include "commands/edits.h"
#include "commands/groupedits.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

GroupEditDialog::GroupEditDialog(Session *session, const QUuid &groupId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_group(groupId)
{
    const WorkshopData &data = session->data();
    const Group *group = data.groups.find(groupId);
    setWindowTitle(group ? tr("Edit %1").arg(group->name) : tr("Edit group"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setMaxLength(edits::maxGroupNameLength);
    m_name->setAccessibleName(tr("Group name"));
    m_location = new QLineEdit(this);
    m_location->setMaxLength(edits::maxGroupNameLength);
    m_location->setAccessibleName(tr("Table or room"));
    m_location->setPlaceholderText(tr("For example: by the window"));
    m_facilitator = new QComboBox(this);
    m_facilitator->setAccessibleName(tr("Table facilitator"));
    m_facilitator->addItem(tr("Nobody yet"), QUuid());
    std::vector<const Participant *> people;
    for (const Participant &p : data.participants)
        people.push_back(&p);
    std::stable_sort(people.begin(), people.end(), [](const Participant *a, const Participant *b) {
        return QString::localeAwareCompare(a->displayName, b->displayName) < 0;
    });
    for (const Participant *p : people)
        m_facilitator->addItem(p->displayName, p->id);
    m_stepFree = new QCheckBox(tr("&Step-free access"), this);
    m_hearingLoop = new QCheckBox(tr("&Hearing loop"), this);
    m_quietSpace = new QCheckBox(tr("&Quiet space"), this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Table or room:"), m_location);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("This table has:"), m_stepFree);
    form->addRow(QString(), m_hearingLoop);
    form->addRow(QString(), m_quietSpace);
    if (group) {
        m_name->setText(group->name);
        m_location->setText(group->location);
        m_facilitator->setCurrentIndex(std::max(0, m_facilitator->findData(group->facilitatorId)));
        m_stepFree->setChecked(group->stepFree);
        m_hearingLoop->setChecked(group->hearingLoop);
        m_quietSpace->setChecked(group->quietSpace);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)saveNow(); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

Result<void> GroupEditDialog::saveNow()
{
    const Group *group = m_session->data().groups.find(m_group);
    if (!group) {
        m_message->setText(tr("That group is no longer in the workshop."));
        m_message->show();
        return fail(m_message->text());
    }
    Group updated = *group;
    updated.name = m_name->text().trimmed();
    updated.location = m_location->text().trimmed();
    updated.facilitatorId = m_facilitator->currentData().toUuid();
    updated.stepFree = m_stepFree->isChecked();
    updated.hearingLoop = m_hearingLoop->isChecked();
    updated.quietSpace = m_quietSpace->isChecked();
    auto edit = edits::editTable(m_session->data(), updated);
    auto done = m_session->perform(std::move(edit));
    if (!done) {
        m_message->setText(done.message());
        m_message->show();
        return done;
    }
    accept();
    return {};
}

} // namespace cg
