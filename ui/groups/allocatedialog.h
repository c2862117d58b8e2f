// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/groupedits.h"
#include "result.h"

#include <QDialog>

class QLabel;
class QRadioButton;
class QSpinBox;

namespace cg {

class Session;

/// "Allocate people…": who to seat (the people who arrived, or everyone confirmed when planning
/// ahead) and at how many tables (the groups there are, N groups, or groups of about K people).
/// Says beforehand how many people that seats at how many tables; the allocation itself is one
/// undoable edit, and what it could not meet is kept for the groups page to show.
class AllocateDialog : public QDialog
{
    Q_OBJECT

public:
    AllocateDialog(Session *session, quint64 seed, QWidget *parent = nullptr);

    QRadioButton *arrivedChoice() const { return m_arrived; }
    QRadioButton *planningChoice() const { return m_planning; }
    QRadioButton *existingChoice() const { return m_existing; }
    QRadioButton *countChoice() const { return m_byCount; }
    QRadioButton *sizeChoice() const { return m_bySize; }
    QSpinBox *countField() const { return m_count; }
    QSpinBox *sizeField() const { return m_size; }
    /// What the choices would do, in words.
    QString previewText() const;

    AllocationRequest request() const;
    /// Seats everyone as chosen; on success the dialog is accepted and problems() says what
    /// could not be met.
    Result<void> allocateNow();
    const std::vector<allocation::Problem> &problems() const { return m_problems; }

private:
    int poolSize() const;
    void updatePreview();

    Session *m_session;
    quint64 m_seed;
    QRadioButton *m_arrived = nullptr;
    QRadioButton *m_planning = nullptr;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_byCount = nullptr;
    QRadioButton *m_bySize = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_size = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_message = nullptr;
    std::vector<allocation::Problem> m_problems;
};

} // namespace cg
