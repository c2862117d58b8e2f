// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/payment.h"
#include "result.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cg {

class Session;

/// Paying people for their time: the workshop's default hourly rate and currency, then per person
/// the hours (session, preparation, travel), how they want to be paid (or that they declined),
/// a "may affect benefits" flag with a signpost to advice, expenses, and whether it is owed or
/// paid (with the date). Totals underneath. Bank details are never asked for or kept.
class PaymentsView : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsView(Session *session, QWidget *parent = nullptr);

    /// Sets the workshop's default rate per hour (minor units) and currency, as one undoable step.
    Result<void> setDefaultRate(qint64 rateMinor, const QString &currency);

    void selectParticipant(const QUuid &id);
    QUuid currentParticipant() const { return m_id; }
    /// The payment as the form describes it now (not yet saved).
    Payment formPayment() const;
    /// Fills the form (tests, and after selecting someone).
    void loadForm(const Payment &payment);
    /// Saves the form for the selected person as one undoable step.
    Result<void> savePayment();

    QString totalsText() const;
    QTableWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildTable();
    void updateTotals();
    void updatePreview();
    void updateRateFields();

    Session *m_session = nullptr;
    QUuid m_id;
    bool m_dirty = false;

    QDoubleSpinBox *m_defaultRate = nullptr;
    QComboBox *m_currency = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_person = nullptr;
    QWidget *m_form = nullptr;
    QDoubleSpinBox *m_hoursSession = nullptr;
    QDoubleSpinBox *m_hoursPreparation = nullptr;
    QDoubleSpinBox *m_hoursTravel = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_benefits = nullptr;
    QLineEdit *m_benefitsNote = nullptr;
    QDoubleSpinBox *m_expensesTravel = nullptr;
    QDoubleSpinBox *m_expensesCarer = nullptr;
    QDoubleSpinBox *m_expensesOther = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_paidDate = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace cg
