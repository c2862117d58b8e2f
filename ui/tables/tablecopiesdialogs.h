// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/tablecopies.h"
#include "result.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QGridLayout;
class QScrollArea;
class QVBoxLayout;

namespace cg {

class Session;

/// File → Prepare Table Copies…: one copy of the workshop per breakout group, written into a
/// folder the facilitator chooses (tablecopies::prepare). Says which groups get a copy and what a
/// copy holds before anything is written, then where each copy went.
///
/// The logic is callable without exec(): setFolder() and prepare().
class PrepareTableCopiesDialog : public QDialog
{
    Q_OBJECT

public:
    PrepareTableCopiesDialog(Session *session, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    /// Writes the copies; on success the dialog shows where they went.
    Result<void> prepare();
    const std::vector<tablecopies::PreparedCopy> &prepared() const { return m_prepared; }

private:
    Session *m_session = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_prepare = nullptr;
    QPushButton *m_close = nullptr;
    std::vector<tablecopies::PreparedCopy> m_prepared;
};

/// File → Merge Table Copies…: the copies chosen, what they will bring in (counts per kind) and
/// every conflict in plain words, each with its own choice (or one choice for all), all before
/// anything is written; then the merge in one step and what it did (tablecopies::merge).
///
/// The logic is callable without exec(): setCopies(), setChoice() / chooseAll() and merge().
class MergeTableCopiesDialog : public QDialog
{
    Q_OBJECT

public:
    MergeTableCopiesDialog(Session *session, const QString &actor, const QStringList &copies,
        QWidget *parent = nullptr);

    /// The copies to merge; the preview is worked out again.
    void setCopies(const QStringList &copies);
    QStringList copies() const { return m_copies; }
    /// The preview's lines of what arrives, and its conflicts, as shown.
    QStringList previewLines() const { return m_preview.lines; }
    const std::vector<tablecopies::Conflict> &conflicts() const { return m_preview.conflicts; }
    /// Why the copies cannot be merged (not a table copy, merged before, …), or empty.
    QString problem() const { return m_problem; }
    void setChoice(int conflict, tablecopies::Choice choice);
    void chooseAll(tablecopies::Choice choice);
    bool canMerge() const;
    /// Merges as previewed and chosen; on success the dialog shows what was done.
    Result<void> merge();
    const tablecopies::MergeReport &result() const { return m_result; }

private:
    void refresh();
    void addCopies();
    static QString keyOf(const tablecopies::Conflict &conflict);

    Session *m_session = nullptr;
    QString m_actor;
    QStringList m_copies;
    tablecopies::MergeReport m_preview;
    tablecopies::MergeReport m_result;
    QString m_problem;
    QHash<QString, tablecopies::Choice> m_choices;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_arriving = nullptr;
    QLabel *m_conflictHeading = nullptr;
    QScrollArea *m_conflicts = nullptr;
    QWidget *m_conflictRows = nullptr;
    QWidget *m_allChoices = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_cancel = nullptr;
    std::vector<QComboBox *> m_combos;
};

} // namespace cg
