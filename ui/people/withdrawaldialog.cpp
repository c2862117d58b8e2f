// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/withdrawaldialog.h"

#include "people/consentdefaults.h"
#include "people/peoplewords.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cg {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setIndent(28); // lines up under the radio button's text
    return label;
}

} // namespace

WithdrawalDialog::WithdrawalDialog(
    Session *session, const QUuid &participantId, ConsentDefaults *defaults, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_participantId(participantId)
    , m_defaults(defaults)
{
    const Participant *person = m_session->data().participants.find(participantId);
    const QString name = person ? person->displayName : QString();
    setWindowTitle(tr("Withdraw %1 from the workshop").arg(name));
    setMinimumWidth(560);

    // What each choice would do, in numbers, worked out without changing anything.
    WithdrawalCounts keep;
    WithdrawalCounts remove;
    const QDateTime now = m_session->now();
    (void)edits::withdrawParticipant(
        m_session->data(), participantId, WithdrawMode::Anonymise, {}, ConsentMethod::Verbal, now, &keep);
    (void)edits::withdrawParticipant(
        m_session->data(), participantId, WithdrawMode::Delete, {}, ConsentMethod::Verbal, now, &remove);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Withdraw %1 from the workshop").arg(name), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    auto *intro
        = new QLabel(tr("This records that %1 no longer wants to take part. Their consent is withdrawn for "
                        "taking part and for everything they had agreed to. From now on nothing of theirs "
                        "appears in any report or export.")
                         .arg(name),
            this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *choice = new QLabel(tr("What should happen to what they said and wrote?"), this);
    choice->setTextFormat(Qt::PlainText);
    choice->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(choice);

    m_anonymise = new QRadioButton(tr("&Keep their contributions, anonymised"), this);
    m_anonymise->setAccessibleName(tr("Keep their contributions, anonymised"));
    const QString keepText = tr(
        "Their notes, votes and feedback stay in the workshop with no name on them (notes: %1, votes: %2, "
        "feedback answers: %3). Their direct quotes stay for the team but never appear in a public report, "
        "because exact words can identify someone.")
                                 .arg(keep.notesAnonymised)
                                 .arg(keep.votesAnonymised)
                                 .arg(keep.feedbackAnonymised);
    m_anonymise->setAccessibleDescription(keepText);
    layout->addWidget(m_anonymise);
    layout->addWidget(explanation(keepText, this));

    m_delete = new QRadioButton(tr("&Delete their contributions"), this);
    m_delete->setAccessibleName(tr("Delete their contributions"));
    const QString deleteText
        = tr("Their notes (with the votes on them), their votes and their feedback answers are "
             "deleted for good (notes: %1, votes: %2, feedback answers: %3). Nothing of the "
             "deleted words is kept anywhere in the file.")
              .arg(remove.notesDeleted)
              .arg(remove.votesDeleted)
              .arg(remove.feedbackDeleted);
    m_delete->setAccessibleDescription(deleteText);
    layout->addWidget(m_delete);
    layout->addWidget(explanation(deleteText, this));
    m_anonymise->setChecked(true);

    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("How they told us"));
    for (ConsentMethod method : enumValues<ConsentMethod>())
        m_method->addItem(PeopleWords::method(method), int(method));
    m_method->setCurrentIndex(m_method->findData(int(m_defaults->method())));
    form->addRow(tr("&How they told us:"), m_method);
    m_recordedBy = new QLineEdit(m_defaults->recorderFor(m_session->workshop()), this);
    m_recordedBy->setAccessibleName(tr("Recorded by"));
    form->addRow(tr("&Recorded by:"), m_recordedBy);
    layout->addLayout(form);

    auto *permanent = new QLabel(
        tr("A withdrawal is permanent and cannot be undone. The undo history is cleared."), this);
    permanent->setWordWrap(true);
    permanent->setTextFormat(Qt::PlainText);
    layout->addWidget(permanent);

    m_confirm
        = new QCheckBox(tr("%1 has asked to &withdraw, and I have explained what happens").arg(name), this);
    m_confirm->setAccessibleName(tr("Confirm that %1 has asked to withdraw").arg(name));
    layout->addWidget(m_confirm);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_withdraw = buttons->addButton(tr("Withdraw %1").arg(name), QDialogButtonBox::AcceptRole);
    m_withdraw->setAccessibleName(tr("Withdraw %1 from the workshop").arg(name));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_withdraw, &QPushButton::clicked, this, [this] { (void)apply(); });
    connect(m_confirm, &QCheckBox::toggled, this, &WithdrawalDialog::updateButton);
    updateButton();
    m_anonymise->setFocus();
}

void WithdrawalDialog::setMode(WithdrawMode mode)
{
    (mode == WithdrawMode::Delete ? m_delete : m_anonymise)->setChecked(true);
}

WithdrawMode WithdrawalDialog::mode() const
{
    return m_delete->isChecked() ? WithdrawMode::Delete : WithdrawMode::Anonymise;
}

void WithdrawalDialog::setConfirmed(bool confirmed)
{
    m_confirm->setChecked(confirmed);
}

bool WithdrawalDialog::isConfirmed() const
{
    return m_confirm->isChecked();
}

void WithdrawalDialog::updateButton()
{
    m_withdraw->setEnabled(m_confirm->isChecked());
}

Result<void> WithdrawalDialog::apply()
{
    if (!isConfirmed()) {
        const QString message = tr("Tick the box to confirm that they asked to withdraw.");
        m_message->setText(message);
        m_message->show();
        return fail(message);
    }
    const auto method = ConsentMethod(m_method->currentData().toInt());
    m_defaults->setMethod(method);
    m_defaults->setRecordedBy(m_recordedBy->text());
    WithdrawalCounts counts;
    auto done = m_session->recordIrreversibly(edits::withdrawParticipant(m_session->data(), m_participantId,
        mode(), m_recordedBy->text().trimmed(), method, m_session->now(), &counts));
    if (!done) {
        m_message->setText(done.message());
        m_message->show();
        return done;
    }
    m_counts = counts;
    accept();
    return {};
}

} // namespace cg
