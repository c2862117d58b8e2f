// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

BackupsDialog::BackupsDialog(const QString &workshopTitle, std::vector<backups::Backup> list, QWidget *parent)
    : QDialog(parent)
    , m_backups(std::move(list))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(m_backups.empty()
            ? tr("There are no backups of “%1” yet. One is taken each time the workshop is opened after it "
                 "was changed.")
                  .arg(workshopTitle)
            : tr("Backups of “%1”, newest first. The one you choose opens as a copy under a new name; the "
                 "workshop itself is not changed.")
                  .arg(workshopTitle));
    const QLocale locale;
    for (const backups::Backup &backup : m_backups) {
        // The day as the facilitator's language writes it, and the time to the second: two
        // backups taken a minute apart must not read the same.
        const QString when = tr("%1 at %2").arg(locale.toString(backup.taken.date(), QLocale::LongFormat),
            locale.toString(backup.taken.time(), QStringLiteral("HH:mm:ss")));
        const QString size = locale.formattedDataSize(backup.bytes, 1, QLocale::DataSizeTraditionalFormat);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(when, size), m_list);
        item->setData(Qt::AccessibleTextRole, tr("Backup taken %1, %2").arg(when, size));
    }
    m_list->setAccessibleName(tr("Backups"));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open as a Copy…"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    m_open->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}

const backups::Backup *BackupsDialog::chosen() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_backups.size()) ? &m_backups[std::size_t(row)] : nullptr;
}

} // namespace cg
