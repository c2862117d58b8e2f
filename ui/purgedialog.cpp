// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "purgedialog.h"

#include "session/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

/// One line per item, each wrapped under its own text rather than under the bullet.
QWidget *bulletList(const QStringList &lines, const QString &name, QWidget *parent)
{
    auto *list = new QWidget(parent);
    list->setAccessibleName(name);
    list->setAccessibleDescription(lines.join(QLatin1Char(' ')));
    auto *grid = new QGridLayout(list);
    grid->setContentsMargins(12, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    for (int row = 0; row < lines.size(); ++row) {
        auto *bullet = plainLabel(QStringLiteral("•"), list);
        bullet->setAlignment(Qt::AlignTop);
        grid->addWidget(bullet, row, 0, Qt::AlignTop);
        grid->addWidget(plainLabel(lines.at(row), list), row, 1);
    }
    return list;
}

} // namespace

PurgeDialog::PurgeDialog(Session *session, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    const WorkshopData &data = m_session->data();
    m_counts = purge::preview(data);
    const QDate today = m_session->now().toLocalTime().date();
    const RetentionState state = purge::retentionState(data.workshop, today);
    m_due = state == RetentionState::Reached;

    setWindowTitle(tr("Purge Personal Data"));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("Purge personal data"), this, QStringLiteral("sectionHeading")));

    const QString date = QLocale().toString(data.workshop.retentionDate, QLocale::LongFormat);
    QString when;
    switch (state) {
    case RetentionState::Reached:
        when = tr("This workshop's retention date was %1: the personal data it holds is due to be purged.").arg(date);
        break;
    case RetentionState::NotYet:
        when = tr("This workshop's retention date is %1, which has not come yet. Purge before then only if "
                  "you mean to (for example, the project has ended early).")
                   .arg(date);
        break;
    case RetentionState::NoDate:
        when = tr("This workshop has no retention date (you can set one in Workshop Details). Purge now only if "
                  "you mean to.");
        break;
    }

    if (m_counts.nothing()) {
        layout->addWidget(plainLabel(tr("There is no personal data left to purge in this workshop."), this));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        return;
    }

    layout->addWidget(plainLabel(when, this));
    layout->addWidget(plainLabel(tr("What goes"), this, QStringLiteral("sectionHeading")));
    layout->addWidget(bulletList(purge::goingLines(m_counts), tr("What goes"), this));
    layout->addWidget(plainLabel(tr("What stays"), this, QStringLiteral("sectionHeading")));
    layout->addWidget(bulletList(purge::stayingLines(data), tr("What stays"), this));
    layout->addWidget(plainLabel(tr("The purge cannot be undone. The undo history and every backup of this workshop "
                                    "are removed too, so the purged details are kept nowhere. Exports made before "
                                    "now are separate files: delete any that hold personal data."),
        this));

    auto *form = new QFormLayout;
    m_actor = new QLineEdit(actor, this);
    m_actor->setAccessibleName(tr("Purged by"));
    m_actor->setToolTip(tr("Who is purging, for the audit trail"));
    form->addRow(tr("Purged &by:"), m_actor);
    layout->addLayout(form);

    if (!m_due) {
        m_early = new QCheckBox(tr("Purge &now, before the retention date"), this);
        m_early->setAccessibleName(tr("Purge now, before the retention date"));
        layout->addWidget(m_early);
        connect(m_early, &QCheckBox::toggled, this, &PurgeDialog::updateButton);
    }
    m_confirm = new QCheckBox(tr("I understand that this &cannot be undone"), this);
    m_confirm->setAccessibleName(tr("Confirm that the purge cannot be undone"));
    layout->addWidget(m_confirm);

    m_message = plainLabel(QString(), this);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_purge = buttons->addButton(tr("&Purge Personal Data"), QDialogButtonBox::AcceptRole);
    m_purge->setAccessibleName(tr("Purge personal data"));
    m_purge->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_purge, &QPushButton::clicked, this, [this] { (void)apply(); });
    connect(m_confirm, &QCheckBox::toggled, this, &PurgeDialog::updateButton);
    updateButton();
    m_confirm->setFocus();
}

QStringList PurgeDialog::goingLines() const
{
    return purge::goingLines(m_counts);
}

void PurgeDialog::setConfirmed(bool confirmed)
{
    if (m_confirm)
        m_confirm->setChecked(confirmed);
}

void PurgeDialog::setEarlyConfirmed(bool confirmed)
{
    if (m_early)
        m_early->setChecked(confirmed);
}

bool PurgeDialog::canPurge() const
{
    return m_confirm && m_confirm->isChecked() && (m_due || (m_early && m_early->isChecked()));
}

void PurgeDialog::updateButton()
{
    if (m_purge)
        m_purge->setEnabled(canPurge());
}

Result<void> PurgeDialog::apply()
{
    if (m_counts.nothing())
        return fail(tr("There is no personal data left to purge in this workshop."));
    if (!canPurge()) {
        const QString message = m_due || (m_early && m_early->isChecked())
            ? tr("Tick the box to confirm that the purge cannot be undone.")
            : tr("Tick both boxes: the retention date has not come yet.");
        m_message->setText(message);
        m_message->show();
        return fail(message);
    }
    PurgeCounts done;
    auto purged = m_session->recordIrreversibly(edits::purgePersonalData(
        m_session->data(), m_actor->text().trimmed(), m_session->now(), !m_due, &done));
    if (!purged && purge::preview(m_session->data()).nothing()) {
        // Purged, but something beside the file (a backup) could not be removed: the dialog's job
        // is done; the window says what is left to do.
        m_done = done;
        m_warning = purged.message();
        accept();
        return purged;
    }
    if (!purged) {
        m_message->setText(purged.message());
        m_message->show();
        return purged;
    }
    m_done = done;
    accept();
    return {};
}

} // namespace cg
