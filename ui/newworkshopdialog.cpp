// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newworkshopdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cg {

NewWorkshopDialog::NewWorkshopDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_start(new QTimeEdit(QTime(10, 0), this))
    , m_venue(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New workshop"));
    m_title->setPlaceholderText(tr("e.g. Getting to appointments: what would help?"));
    m_title->setAccessibleName(tr("Title"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_start->setAccessibleName(tr("Start time"));
    m_venue->setPlaceholderText(tr("e.g. St Mark's church hall"));
    m_venue->setAccessibleName(tr("Venue"));
    m_purpose->setPlaceholderText(tr("Why we are meeting, in a sentence or two"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(120);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Purpose:"), m_purpose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Choose where to save…"));
    m_ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Workshop NewWorkshopDialog::workshop() const
{
    Workshop w;
    w.title = m_title->text().trimmed();
    w.date = m_date->date();
    w.startTime = m_start->time();
    w.venue = m_venue->text().trimmed();
    w.purpose = m_purpose->toPlainText().trimmed();
    return w;
}

} // namespace cg
