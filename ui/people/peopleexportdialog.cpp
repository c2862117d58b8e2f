// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/peopleexportdialog.h"

#include "consent/consentpolicy.h"
#include "io/csv.h"
#include "session/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString message = tr("The people list could not be saved there: %1").arg(file.errorString());
        m_message->setText(message);
        m_message->show();
        return fail(message);
    }
    file.write(peopleCsv(m_session->data(), m_contact->isChecked()));
    if (!file.commit()) {
        const QString message = tr("The people list could not be saved (%1). Nothing was changed on disk.")
                                    .arg(file.errorString());
        m_message->setText(message);
        m_message->show();
        return fail(message);
    }
    accept();
    return {};
}

QByteArray PeopleExportDialog::peopleCsv(const WorkshopData &data, bool includeContact)
{
    // Column names follow the import format, so the list can be read back in; consent columns
    // carry a prefix because they hold states, not the import's yes/no answers.
    QStringList header { QStringLiteral("name"), QStringLiteral("pseudonym"), QStringLiteral("role"),
        QStringLiteral("organisation") };
    if (includeContact)
        header << QStringLiteral("email") << QStringLiteral("phone");
    header << QStringLiteral("access_needs") << QStringLiteral("access_notes")
           << QStringLiteral("attendance");
    for (ConsentScope scope : enumValues<ConsentScope>())
        header << QStringLiteral("consent_") + enumKey(scope);
    header << QStringLiteral("notes");

    std::vector<QStringList> rows;
    rows.reserve(data.participants.size() + 1);
    rows.push_back(header);
    const ConsentPolicy policy(data);
    for (const Participant &p : data.participants) {
        QStringList row { p.displayName, p.pseudonym, enumWords(p.role), p.organisation };
        if (includeContact)
            row << p.email << p.phone;
        QStringList needs;
        for (AccessNeed need : p.accessNeeds)
            needs << enumKey(need);
        row << needs.join(QLatin1Char(';')) << p.accessNotes << enumWords(p.attendance);
        for (ConsentScope scope : enumValues<ConsentScope>())
            row << consentStateWords(policy.state(p.id, scope));
        row << p.notes;
        rows.push_back(row);
    }
    io::CsvWriteOptions options;
    options.byteOrderMark = true;
    options.guardFormulas = true;
    return io::writeCsv(rows, options);
}

} // namespace cg
