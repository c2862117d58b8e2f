// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopdetailsdialog.h"

#include "commands/edits.h"
#include "i18n/localeformat.h"
#include "planning/agenda.h"
#include "session/session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <cmath>

namespace cg {

namespace {

constexpr int kMaxLine = 500;
constexpr int kMaxText = 20000;

QString currencySymbol(const QString &code)
{
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    return code + QLatin1Char(' ');
}

} // namespace

WorkshopDetailsDialog::WorkshopDetailsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_hasEnd(new QCheckBox(tr("The venue must be left &by"), this))
    , m_end(new QTimeEdit(this))
    , m_venue(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_facilitators(new QPlainTextEdit(this))
    , m_infoSheet(new QLineEdit(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_hasRetention(new QCheckBox(tr("Delete personal data &after"), this))
    , m_retention(new QDateEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Workshop details"));
    setObjectName(QStringLiteral("workshopDetailsDialog"));
    const Workshop &w = session->workshop();

    m_title->setText(w.title);
    m_title->setMaxLength(kMaxLine);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Getting to appointments: what would help?"));

    // A workshop may not have a date yet: the earliest date reads "Not set".
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setSpecialValueText(tr("Not set"));
    m_date->setDate(w.date.isValid() ? w.date : m_date->minimumDate());
    m_date->setAccessibleName(tr("Date"));
    m_start->setDisplayFormat(i18n::clockFormat());
    m_start->setTime(agenda::dayStart(w));
    m_start->setAccessibleName(tr("Start time"));
    m_end->setDisplayFormat(i18n::clockFormat());
    m_end->setTime(w.endTime.isValid() ? w.endTime : agenda::dayStart(w).addSecs(3 * 3600));
    m_end->setAccessibleName(tr("End time"));
    m_hasEnd->setChecked(w.endTime.isValid());
    m_end->setEnabled(w.endTime.isValid());
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);

    m_venue->setText(w.venue);
    m_venue->setMaxLength(kMaxLine);
    m_venue->setAccessibleName(tr("Venue"));
    m_venue->setPlaceholderText(tr("e.g. St Mark's church hall, Mill Lane"));
    m_purpose->setPlainText(w.purpose);
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setPlaceholderText(tr("Why we are meeting, in a sentence or two"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(96);
    m_facilitators->setPlainText(w.facilitators.join(QLatin1Char('\n')));
    m_facilitators->setAccessibleName(tr("Facilitators"));
    m_facilitators->setPlaceholderText(tr("One name per line"));
    m_facilitators->setTabChangesFocus(true);
    m_facilitators->setFixedHeight(72);
    m_infoSheet->setText(w.infoSheetVersion);
    m_infoSheet->setMaxLength(kMaxLine);
    m_infoSheet->setAccessibleName(tr("Information sheet version"));
    m_infoSheet->setPlaceholderText(tr("e.g. v2.1 (January 2026); recorded with every consent decision"));

    m_rate->setRange(0, 10000);
    m_rate->setDecimals(2);
    m_rate->setSingleStep(0.5);
    m_rate->setPrefix(currencySymbol(w.currency));
    m_rate->setSuffix(tr(" an hour"));
    m_rate->setValue(w.defaultRateMinor / 100.0);
    m_rate->setAccessibleName(tr("Default payment rate"));

    m_retention->setCalendarPopup(true);
    m_retention->setDate(w.retentionDate.isValid()
            ? w.retentionDate
            : (w.date.isValid() ? w.date : QDate::currentDate()).addYears(1));
    m_retention->setAccessibleName(tr("Retention date"));
    m_hasRetention->setChecked(w.retentionDate.isValid());
    m_retention->setEnabled(w.retentionDate.isValid());
    connect(m_hasRetention, &QCheckBox::toggled, m_retention, &QWidget::setEnabled);

    auto row = [this](QWidget *check, QWidget *field) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(check);
        layout->addWidget(field);
        layout->addStretch();
        return box;
    };
    for (QLineEdit *line : { m_title, m_venue, m_infoSheet })
        line->setCursorPosition(0); // a long venue reads from its start
    // Dates, times and the rate keep their own size; the text fields take the width.
    for (QWidget *small : std::initializer_list<QWidget *> { m_date, m_start, m_end, m_rate, m_retention })
        small->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_date->setMinimumWidth(200);
    m_retention->setMinimumWidth(200);
    m_rate->setMinimumWidth(200);
    m_start->setMinimumWidth(110);
    m_end->setMinimumWidth(110);

    auto *intro
        = new QLabel(tr("These details go on the agenda and the reports; the information sheet version is "
                        "recorded with every consent decision."),
            this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("hint"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("Ends:"), row(m_hasEnd, m_end));
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Fa&cilitators:"), m_facilitators);
    form->addRow(tr("&Information sheet:"), m_infoSheet);
    form->addRow(tr("Payment &rate:"), m_rate);
    form->addRow(tr("Retention:"), row(m_hasRetention, m_retention));

    m_problem->setObjectName(QStringLiteral("hint"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save details"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!session->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(780, sizeHint().height());
}

Workshop WorkshopDetailsDialog::workshop() const
{
    Workshop w = m_session->workshop();
    w.title = m_title->text().trimmed();
    w.date = m_date->date() == m_date->minimumDate() ? QDate() : m_date->date();
    w.startTime = m_start->time();
    w.endTime = m_hasEnd->isChecked() ? m_end->time() : QTime();
    w.venue = m_venue->text().trimmed();
    w.purpose = m_purpose->toPlainText().trimmed();
    QStringList facilitators;
    for (const QString &line : m_facilitators->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !facilitators.contains(name))
            facilitators << name.left(kMaxLine);
    }
    w.facilitators = facilitators;
    w.infoSheetVersion = m_infoSheet->text().trimmed();
    w.defaultRateMinor = int(std::lround(m_rate->value() * 100));
    w.retentionDate = m_hasRetention->isChecked() ? m_retention->date() : QDate();
    return w;
}

QString WorkshopDetailsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void WorkshopDetailsDialog::accept()
{
    const Workshop w = workshop();
    QString problem;
    if (w.title.isEmpty())
        problem = tr("A workshop needs a title.");
    else if (w.purpose.size() > kMaxText)
        problem = tr("The purpose is too long: keep it to a few sentences.");
    else if (w.facilitators.size() > 50)
        problem = tr("List at most 50 facilitators.");
    if (problem.isEmpty()) {
        auto edit = edits::editWorkshop(m_session->data(), w);
        if (edit)
            edit->id = CommandId::None; // each save of the dialog is its own step to undo
        auto done = m_session->perform(std::move(edit));
        if (done) {
            QDialog::accept();
            return;
        }
        problem = done.message();
    }
    m_problem->setText(problem);
    m_problem->show();
}

} // namespace cg
