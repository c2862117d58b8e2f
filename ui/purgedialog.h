// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/purge.h"
#include "result.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cg {

class Session;

/// File → Purge Personal Data…: the retention purge, previewed before anything happens. It says
/// where the workshop stands against its retention date, exactly what would go and what stays
/// (purge::goingLines / stayingLines, the same words as the command line), and purges only after
/// the facilitator confirms that it cannot be undone — and, before the retention date, that they
/// mean to purge early.
///
/// The logic is callable without exec(): confirm and call apply().
class PurgeDialog : public QDialog
{
    Q_OBJECT

public:
    PurgeDialog(Session *session, const QString &actor, QWidget *parent = nullptr);

    /// Whether there is anything to purge (otherwise the dialog only says so).
    bool hasSomethingToPurge() const { return !m_counts.nothing(); }
    /// Whether the retention date has been reached.
    bool isDue() const { return m_due; }
    /// The preview's lines of what goes, as shown.
    QStringList goingLines() const;
    /// "I understand this cannot be undone".
    void setConfirmed(bool confirmed);
    /// "Purge now, before the retention date" (shown only before it).
    void setEarlyConfirmed(bool confirmed);
    bool canPurge() const;
    /// Purges as previewed. Accepts the dialog on success.
    Result<void> apply();
    /// What the last apply() removed.
    PurgeCounts counts() const { return m_done; }
    /// What went wrong beside a purge that was done (a backup that could not be removed), or empty.
    QString warning() const { return m_warning; }

private:
    void updateButton();

    Session *m_session = nullptr;
    PurgeCounts m_counts;
    PurgeCounts m_done;
    bool m_due = false;
    QString m_warning;
    QLineEdit *m_actor = nullptr;
    QCheckBox *m_early = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_purge = nullptr;
};

} // namespace cg
