// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshop.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace cg {

/// Asks for what a new workshop needs before its file is made: title, date, start, venue, purpose.
class NewWorkshopDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkshopDialog(QWidget *parent = nullptr);
    Workshop workshop() const;

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QLineEdit *venueEdit() const { return m_venue; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_title;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QLineEdit *m_venue;
    QPlainTextEdit *m_purpose;
    QPushButton *m_ok;
};

} // namespace cg
