// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshop.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace cg {

class Session;

/// The workshop's own details: title, date, start and end time, venue, purpose, facilitators,
/// information-sheet version, default payment rate and retention date. OK saves them as one
/// undoable edit through the Session (a problem is shown in the dialog, which stays open).
class WorkshopDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopDetailsDialog(Session *session, QWidget *parent = nullptr);

    /// The details as filled in, on top of the workshop as it is now.
    Workshop workshop() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *venueEdit() const { return m_venue; }
    QPlainTextEdit *purposeEdit() const { return m_purpose; }
    QTimeEdit *endEdit() const { return m_end; }
    QCheckBox *hasEndTime() const { return m_hasEnd; }
    QDoubleSpinBox *rateEdit() const { return m_rate; }
    QString problem() const;

public Q_SLOTS:
    void accept() override;

private:
    Session *m_session;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QTimeEdit *m_end;
    QLineEdit *m_venue;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_facilitators;
    QLineEdit *m_infoSheet;
    QDoubleSpinBox *m_rate;
    QCheckBox *m_hasRetention;
    QDateEdit *m_retention;
    QLabel *m_problem;
};

} // namespace cg
