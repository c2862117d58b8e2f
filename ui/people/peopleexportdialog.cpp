// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/peopleexportdialog.h"

#include "export/reportaudit.h"
#include "export/writers.h"
#include "io/registers.h"
#include "session/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

PeopleExportDialog::PeopleExportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export people list (team use only)"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("For the workshop team only"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(heading);
    auto *warning = new QLabel(
        tr("This list holds personal data: names, roles, organisations, attendance, access needs and consent "
           "choices. It is for the workshop team only. Do not share it with participants or publish it, and "
           "delete "
           "it when you no longer need it."),
        this);
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);
    layout->addWidget(warning);

    m_contact = new QCheckBox(tr("Include &contact details (email and phone)"), this);
    m_contact->setAccessibleName(tr("Include contact details"));
    layout->addWidget(m_contact);
    auto *contactHint = new QLabel(
        tr("Contact details are included only for people who agreed to take part; never for anyone who "
           "said no or withdrew."),
        this);
    contactHint->setTextFormat(Qt::PlainText);
    contactHint->setWordWrap(true);
    contactHint->setObjectName(QStringLiteral("hint"));
    layout->addWidget(contactHint);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setAccessibleName(tr("Choose where to save the people list"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &PeopleExportDialog::chooseAndExport);
}

void PeopleExportDialog::setActor(const QString &actor)
{
    m_actor = actor;
}

void PeopleExportDialog::setIncludeContact(bool include)
{
    m_contact->setChecked(include);
}

void PeopleExportDialog::chooseAndExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export people list (team use only)"), tr("people-team-only.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        (void)exportTo(path);
}

Result<void> PeopleExportDialog::exportTo(const QString &path)
{
    const WorkshopData &data = m_session->data();
    const bool contact = m_contact->isChecked();
    if (auto written = doc::writeFile(path, peopleCsv(data, contact)); !written) {
        const QString message = tr("The people list could not be saved. %1").arg(written.message());
        m_message->setText(message);
        m_message->show();
        return written.error();
    }
    // Personal data left the file: the audit trail says what, never whose.
    ExportRecord record { tr("people list"), Audience::Team, QStringLiteral("CSV"),
        { { tr("people"), int(data.participants.size()) },
            { tr("with contact details"), contact ? io::contactDetailsShown(data) : 0 } } };
    if (auto audited = m_session->record(edits::recordExport(data, record, m_actor, m_session->now()));
        !audited) {
        const QString message = tr("The people list was saved, but the export could not be recorded in the "
                                   "audit trail: %1")
                                    .arg(audited.message());
        m_message->setText(message);
        m_message->show();
        return audited.error();
    }
    accept();
    return {};
}

QByteArray PeopleExportDialog::peopleCsv(const WorkshopData &data, bool includeContact)
{
    return io::peopleListCsv(data, includeContact);
}

} // namespace cg
