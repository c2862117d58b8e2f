// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "storage/backups.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cg {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(preferences.facilitatorName, this))
    , m_interfaceSize(new QSpinBox(this))
    , m_presenterSize(new QSpinBox(this))
    , m_reopen(new QCheckBox(tr("&Reopen the last workshop when Common Ground starts"), this))
    , m_backups(new QSpinBox(this))
    , m_highContrast(new QCheckBox(tr("&High contrast: black on white, thick edges on notes"), this))
{
    setWindowTitle(tr("Preferences"));
    m_name->setPlaceholderText(tr("e.g. Sam Patel"));
    m_name->setAccessibleName(tr("Your name"));
    m_interfaceSize->setRange(8, 28);
    m_interfaceSize->setSuffix(tr(" pt"));
    m_interfaceSize->setValue(preferences.interfaceTextSize);
    m_interfaceSize->setAccessibleName(tr("Text size in the window"));
    m_presenterSize->setRange(16, 96);
    m_presenterSize->setSuffix(tr(" pt"));
    m_presenterSize->setValue(preferences.presenterTextSize);
    m_presenterSize->setAccessibleName(tr("Text size on the projector"));
    m_reopen->setChecked(preferences.reopenLastWorkshop);
    m_backups->setRange(0, backups::maxKeep);
    m_backups->setValue(preferences.backupsToKeep);
    m_backups->setSpecialValueText(tr("None"));
    m_backups->setAccessibleName(tr("Backups to keep of each workshop"));
    m_backups->setToolTip(tr("Each time a changed workshop is opened, a copy of it is kept in a hidden folder beside it. "
                             "Withdrawing someone removes them all."));

    m_highContrast->setChecked(preferences.highContrast);
    m_highContrast->setAccessibleDescription(
        tr("Black text on white, thick black edges, and every note's colour also written as a word."));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name (recorded with consent decisions):"), m_name);
    form->addRow(tr("&Text size in the window:"), m_interfaceSize);
    form->addRow(tr("Text size on the &projector:"), m_presenterSize);
    form->addRow(m_reopen);
    form->addRow(m_highContrast);
    form->addRow(tr("&Backups to keep of each workshop:"), m_backups);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.facilitatorName = m_name->text().trimmed();
    p.interfaceTextSize = m_interfaceSize->value();
    p.presenterTextSize = m_presenterSize->value();
    p.reopenLastWorkshop = m_reopen->isChecked();
    p.backupsToKeep = m_backups->value();
    p.highContrast = m_highContrast->isChecked();
    return p;
}

} // namespace cg
