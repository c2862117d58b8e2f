// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newworkshopdialog.h"

#include "i18n/localeformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
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
    // Hours and minutes only; Up and Down (or typing) change them. Tab moves on to the next box
    // rather than into the next part of the time (see eventFilter()).
    m_start->setDisplayFormat(i18n::clockFormat());
    m_start->setToolTip(tr("Type the time, e.g. 10:00; Left and Right move between hours and minutes"));
    m_date->setToolTip(tr("Type the date, or press Alt+Down for a calendar; Left and Right move between its parts"));
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *> { m_date, m_start })
        box->installEventFilter(this);
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

bool NewWorkshopDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A date or time box would keep Tab for itself, moving from hours to minutes (and seconds)
    // before letting the keyboard leave it; in a form, Tab goes to the next box.
    if ((watched == m_date || watched == m_start) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(forward);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
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
