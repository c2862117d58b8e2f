// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/paymentsview.h"

#include "commands/edits.h"
#include "flowlayout.h"
#include "people/peoplewords.h"
#include "people/tablecolumns.h"
#include "planning/payments.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cg {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

qint64 toMinor(double major)
{
    return std::llround(major * 100.0);
}

double toMajor(qint64 minor)
{
    return double(minor) / 100.0;
}

QDoubleSpinBox *moneyBox(QWidget *parent, const QString &accessible)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100000);
    box->setDecimals(2);
    box->setSingleStep(1.0);
    box->setAccessibleName(accessible);
    return box;
}

QDoubleSpinBox *hoursBox(QWidget *parent, const QString &accessible)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 200);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    box->setSuffix(QCoreApplication::translate("cg::PaymentsView", " h"));
    box->setAccessibleName(accessible);
    return box;
}

} // namespace

PaymentsView::PaymentsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Payments"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);

    // The workshop's rate.
    auto *rateRow = new FlowLayout;
    rateRow->setHorizontalSpacing(16);
    rateRow->setVerticalSpacing(8);
    auto *rateLabel = new QLabel(tr("&Default rate per hour:"), this);
    m_defaultRate = moneyBox(this, tr("Default rate per hour"));
    rateLabel->setBuddy(m_defaultRate);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    m_currency = new QComboBox(this);
    m_currency->setEditable(true);
    m_currency->setAccessibleName(tr("Currency code"));
    m_currency->addItems({ QStringLiteral("GBP"), QStringLiteral("EUR"), QStringLiteral("USD"),
        QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("NZD") });
    currencyLabel->setBuddy(m_currency);
    auto *setRate = new QPushButton(tr("Appl&y rate"), this);
    setRate->setAccessibleName(tr("Set the default rate"));
    setRate->setAutoDefault(false);
    // Each label stays beside its box; the pairs wrap onto a second line on a narrow page.
    auto pair = [this](QLabel *label, QWidget *field) {
        auto *both = new QWidget(this);
        auto *bothLayout = new QHBoxLayout(both);
        bothLayout->setContentsMargins(0, 0, 0, 0);
        bothLayout->addWidget(label);
        bothLayout->addWidget(field);
        return both;
    };
    rateRow->addWidget(pair(rateLabel, m_defaultRate));
    rateRow->addWidget(pair(currencyLabel, m_currency));
    rateRow->addWidget(setRate);
    layout->addLayout(rateRow);
    connect(setRate, &QPushButton::clicked, this,
        [this] { (void)setDefaultRate(toMinor(m_defaultRate->value()), m_currency->currentText()); });

    auto *noBank
        = new QLabel(tr("Common Ground never asks for or keeps bank details. Pass those to your finance "
                        "team the way they ask for them."),
            this);
    noBank->setTextFormat(Qt::PlainText);
    noBank->setWordWrap(true);
    noBank->setObjectName(QStringLiteral("hint"));
    layout->addWidget(noBank);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setAccessibleName(tr("Payments by person"));
    setFocusProxy(m_table); // F6 from the navigator lands in the list
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Hours"), tr("How paid"), tr("Total"), tr("Status"), tr("Benefits") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item)
            selectParticipant(item->data(IdRole).toUuid());
    });

    // The selected person's payment.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    scroll->setWidget(m_form);
    auto *formLayout = new QVBoxLayout(m_form);
    m_person = new QLabel(m_form);
    m_person->setObjectName(QStringLiteral("sectionHeading"));
    m_person->setTextFormat(Qt::PlainText);
    formLayout->addWidget(m_person);

    auto *hours = new QGroupBox(tr("Hours"), m_form);
    auto *hoursForm = new QFormLayout(hours);
    m_hoursSession = hoursBox(hours, tr("Hours in the session"));
    m_hoursPreparation = hoursBox(hours, tr("Hours of preparation"));
    m_hoursTravel = hoursBox(hours, tr("Hours of travel"));
    hoursForm->addRow(tr("&Session:"), m_hoursSession);
    hoursForm->addRow(tr("&Preparation:"), m_hoursPreparation);
    hoursForm->addRow(tr("Trave&l:"), m_hoursTravel);
    m_rate = moneyBox(hours, tr("Rate per hour for this person"));
    hoursForm->addRow(tr("&Rate per hour:"), m_rate);
    formLayout->addWidget(hours);

    auto *how = new QFormLayout;
    m_method = new QComboBox(m_form);
    m_method->setAccessibleName(tr("How they are paid"));
    for (PaymentMethod method : enumValues<PaymentMethod>())
        m_method->addItem(PeopleWords::paymentMethod(method), int(method));
    how->addRow(tr("Ho&w paid:"), m_method);
    formLayout->addLayout(how);

    m_benefits = new QCheckBox(tr("Payment may affect their &benefits"), m_form);
    m_benefits->setAccessibleName(tr("Payment may affect their benefits"));
    formLayout->addWidget(m_benefits);
    auto *signpost
        = new QLabel(tr("Payments can affect some benefits. Citizens Advice or the Department for Work "
                        "and Pensions can advise before you accept."),
            m_form);
    signpost->setTextFormat(Qt::PlainText);
    signpost->setWordWrap(true);
    signpost->setObjectName(QStringLiteral("hint"));
    formLayout->addWidget(signpost);
    m_benefitsNote = new QLineEdit(m_form);
    m_benefitsNote->setAccessibleName(tr("Note about benefits"));
    m_benefitsNote->setPlaceholderText(tr("Note, e.g. “prefers a voucher”"));
    formLayout->addWidget(m_benefitsNote);
    connect(m_benefits, &QCheckBox::toggled, m_benefitsNote, &QWidget::setEnabled);

    auto *expenses = new QGroupBox(tr("Expenses"), m_form);
    auto *expensesForm = new QFormLayout(expenses);
    m_expensesTravel = moneyBox(expenses, tr("Travel expenses"));
    m_expensesCarer = moneyBox(expenses, tr("Carer expenses"));
    m_expensesOther = moneyBox(expenses, tr("Other expenses"));
    expensesForm->addRow(tr("Tr&avel fares:"), m_expensesTravel);
    expensesForm->addRow(tr("&Carer:"), m_expensesCarer);
    expensesForm->addRow(tr("&Other:"), m_expensesOther);
    formLayout->addWidget(expenses);

    auto *statusForm = new QFormLayout;
    m_status = new QComboBox(m_form);
    m_status->setAccessibleName(tr("Payment status"));
    for (PaymentStatus status : enumValues<PaymentStatus>())
        m_status->addItem(PeopleWords::paymentStatus(status), int(status));
    statusForm->addRow(tr("S&tatus:"), m_status);
    m_paidDate = new QDateEdit(m_form);
    m_paidDate->setAccessibleName(tr("Date paid"));
    m_paidDate->setCalendarPopup(true);
    m_paidDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    statusForm->addRow(tr("Paid o&n:"), m_paidDate);
    formLayout->addLayout(statusForm);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_paidDate->setEnabled(PaymentStatus(m_status->currentData().toInt()) == PaymentStatus::Paid);
    });

    m_preview = new QLabel(m_form);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    formLayout->addWidget(m_preview);
    m_message = new QLabel(m_form);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    formLayout->addWidget(m_message);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    auto *save = new QPushButton(tr("Save payment"), m_form);
    save->setAccessibleName(tr("Save payment"));
    save->setToolTip(tr("Save payment (Ctrl+Return)"));
    save->setAutoDefault(false);
    saveRow->addWidget(save);
    formLayout->addLayout(saveRow);
    formLayout->addStretch();
    connect(save, &QPushButton::clicked, this, [this] { (void)savePayment(); });
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_form);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { (void)savePayment(); });

    for (QDoubleSpinBox *box : { m_hoursSession, m_hoursPreparation, m_hoursTravel, m_rate, m_expensesTravel,
             m_expensesCarer, m_expensesOther })
        connect(box, &QDoubleSpinBox::valueChanged, this, &PaymentsView::updatePreview);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentsView::updatePreview);

    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    // On a narrow page the chosen person's payment goes below the table.
    stackWhenNarrow(this, splitter, [](const QWidget *host) { return ems(host, 60); }, [this, scroll](bool stacked) {
        scroll->setMinimumHeight(stacked ? m_form->sizeHint().height() : 0);
        m_table->setMinimumHeight(stacked ? ems(m_table, 12) : 0);
    });

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("sectionHeading"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    connect(m_session, &Session::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Payment || change.entity == Entity::Participant
            || change.entity == Entity::Workshop)
            m_dirty = true;
    });
    connect(m_session, &Session::editApplied, this, [this] {
        if (!m_dirty)
            return;
        m_dirty = false;
        updateRateFields();
        rebuildTable();
        updateTotals();
    });

    updateRateFields();
    rebuildTable();
    updateTotals();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    else
        selectParticipant({});
}

void PaymentsView::updateRateFields()
{
    const Workshop &w = m_session->workshop();
    m_defaultRate->setValue(toMajor(w.defaultRateMinor));
    m_currency->setCurrentText(w.currency);
    const QString suffix = QLatin1Char(' ') + w.currency;
    for (QDoubleSpinBox *box : { m_defaultRate, m_rate, m_expensesTravel, m_expensesCarer, m_expensesOther })
        box->setSuffix(suffix);
}

Result<void> PaymentsView::setDefaultRate(qint64 rateMinor, const QString &currency)
{
    Workshop w = m_session->workshop();
    w.defaultRateMinor = int(rateMinor);
    const QString code = currency.trimmed().toUpper();
    if (code.size() != 3) {
        const QString message = tr("A currency is a three-letter code, such as GBP, EUR or USD.");
        m_message->setText(message);
        return fail(message);
    }
    w.currency = code;
    auto done = m_session->perform(edits::editWorkshop(m_session->data(), w));
    m_message->setText(
        done ? tr("The default rate is now %1 per hour.").arg(formatMoney(rateMinor, code)) : done.message());
    return done;
}

void PaymentsView::selectParticipant(const QUuid &id)
{
    const WorkshopData &data = m_session->data();
    const Participant *person = data.participants.find(id);
    m_id = person ? id : QUuid();
    m_form->setEnabled(person != nullptr);
    m_message->clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(IdRole).toUuid() == m_id && m_table->currentRow() != row) {
            QSignalBlocker block(m_table);
            m_table->setCurrentCell(row, 0);
        }
    }
    if (!person) {
        m_person->setText(tr("Choose a person"));
        return;
    }
    m_person->setText(tr("Payment for %1").arg(person->displayName));
    const Payment *existing = nullptr;
    for (const Payment &p : data.payments) {
        if (p.participantId == id) {
            existing = &p;
            break;
        }
    }
    if (existing) {
        loadForm(*existing);
    } else {
        Payment fresh;
        fresh.participantId = id;
        fresh.rateMinor = data.workshop.defaultRateMinor;
        loadForm(fresh);
    }
}

void PaymentsView::loadForm(const Payment &p)
{
    m_hoursSession->setValue(p.hoursSession);
    m_hoursPreparation->setValue(p.hoursPreparation);
    m_hoursTravel->setValue(p.hoursTravel);
    m_rate->setValue(toMajor(p.rateMinor));
    m_method->setCurrentIndex(m_method->findData(int(p.method)));
    m_benefits->setChecked(p.mayAffectBenefits);
    m_benefitsNote->setText(p.benefitsNote);
    m_benefitsNote->setEnabled(p.mayAffectBenefits);
    m_expensesTravel->setValue(toMajor(p.expensesTravelMinor));
    m_expensesCarer->setValue(toMajor(p.expensesCarerMinor));
    m_expensesOther->setValue(toMajor(p.expensesOtherMinor));
    m_status->setCurrentIndex(m_status->findData(int(p.status)));
    m_paidDate->setDate(p.paidDate.isValid() ? p.paidDate : m_session->now().date());
    m_paidDate->setEnabled(p.status == PaymentStatus::Paid);
    updatePreview();
}

Payment PaymentsView::formPayment() const
{
    Payment p;
    for (const Payment &existing : m_session->data().payments) {
        if (existing.participantId == m_id) {
            p = existing;
            break;
        }
    }
    if (p.id.isNull())
        p.id = newId();
    p.participantId = m_id;
    p.hoursSession = m_hoursSession->value();
    p.hoursPreparation = m_hoursPreparation->value();
    p.hoursTravel = m_hoursTravel->value();
    p.rateMinor = int(toMinor(m_rate->value()));
    p.method = PaymentMethod(m_method->currentData().toInt());
    p.mayAffectBenefits = m_benefits->isChecked();
    p.benefitsNote = m_benefitsNote->text().trimmed();
    p.expensesTravelMinor = int(toMinor(m_expensesTravel->value()));
    p.expensesCarerMinor = int(toMinor(m_expensesCarer->value()));
    p.expensesOtherMinor = int(toMinor(m_expensesOther->value()));
    p.status = PaymentStatus(m_status->currentData().toInt());
    p.paidDate = p.status == PaymentStatus::Paid ? m_paidDate->date() : QDate();
    return p;
}

Result<void> PaymentsView::savePayment()
{
    if (m_id.isNull())
        return fail(tr("Choose a person first."));
    auto done = m_session->perform(edits::setPayment(m_session->data(), formPayment()));
    m_message->setText(done ? tr("Saved.") : done.message());
    return done;
}

void PaymentsView::updatePreview()
{
    const Payment p = formPayment();
    const QString currency = m_session->workshop().currency;
    if (p.method == PaymentMethod::Declined) {
        m_preview->setText(tr("Declined payment for their time; expenses %1.")
                               .arg(formatMoney(p.expensesMinor(), currency)));
        return;
    }
    m_preview->setText(
        tr("%1 hours: fee %2 + expenses %3 = %4")
            .arg(QLocale().toString(p.totalHours(), 'g', 4), formatMoney(p.feeMinor(), currency),
                formatMoney(p.expensesMinor(), currency), formatMoney(p.totalMinor(), currency)));
}

void PaymentsView::rebuildTable()
{
    const WorkshopData &data = m_session->data();
    const QString currency = data.workshop.currency;
    QHash<QUuid, const Payment *> payments;
    for (const Payment &p : data.payments)
        payments.insert(p.participantId, &p);

    QSignalBlocker block(m_table);
    m_table->setRowCount(int(data.participants.size()));
    int row = 0;
    int current = -1;
    for (const Participant &person : data.participants) {
        const Payment *p = payments.value(person.id);
        auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        set(0, person.displayName)->setData(IdRole, person.id);
        if (p) {
            set(1, QLocale().toString(p->totalHours(), 'g', 4));
            set(2, PeopleWords::paymentMethod(p->method));
            set(3, formatMoney(p->totalMinor(), currency));
            QString status = PeopleWords::paymentStatus(p->status);
            if (p->totalMinor() == 0)
                status = tr("Nothing to pay");
            else if (p->status == PaymentStatus::Paid && p->paidDate.isValid())
                status = tr("Paid %1").arg(QLocale().toString(p->paidDate, QStringLiteral("d MMM yyyy")));
            set(4, status);
            // A symbol as well as the words, so the flag is found at a glance without colour.
            auto *benefits = set(5, p->mayAffectBenefits ? tr("\u26A0 May affect") : QString());
            if (p->mayAffectBenefits)
                benefits->setToolTip(tr("Payment may affect their benefits"));
        } else {
            set(1, QString());
            set(2, tr("Not set yet"));
            set(3, QString());
            set(4, QString());
            set(5, QString());
        }
        if (person.id == m_id)
            current = row;
        ++row;
    }
    if (isVisible())
        fitColumnsToContents(m_table, 260);
    if (current >= 0)
        m_table->setCurrentCell(current, 0);
}

void PaymentsView::updateTotals()
{
    const PaymentTotals t = paymentTotals(m_session->data());
    const QString c = m_session->workshop().currency;
    const QString people = t.people == 1 ? tr("1 person") : tr("%1 people").arg(t.people);
    QString text
        = tr("Total %1 for %2: fees %3, expenses %4. Owed %5, paid %6.")
              .arg(formatMoney(t.totalMinor, c), people, formatMoney(t.feesMinor, c),
                  formatMoney(t.expensesMinor, c), formatMoney(t.owedMinor, c), formatMoney(t.paidMinor, c));
    if (t.peopleWithoutPayment > 0)
        text += QLatin1Char(' ')
            + (t.peopleWithoutPayment == 1
                    ? tr("1 person with no payment set yet.")
                    : tr("%1 people with no payment set yet.").arg(t.peopleWithoutPayment));
    if (t.mayAffectBenefits > 0)
        text += QLatin1Char(' ') + tr("%1 flagged as may affect benefits.").arg(t.mayAffectBenefits);
    m_totals->setText(text);
}

void PaymentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumnsToContents(m_table, 260);
}

QString PaymentsView::totalsText() const
{
    return m_totals->text();
}

} // namespace cg
