// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/seatingrule.h"
#include "result.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace cg {

class Session;

/// "Keep apart or together…": two people, found by typing part of a name (through the one name
/// matcher), and whether allocation keeps them apart (a manager and their own staff) or together
/// (a carer and the person they support). One undoable edit.
class SeatingRuleDialog : public QDialog
{
    Q_OBJECT

public:
    SeatingRuleDialog(Session *session, QWidget *parent = nullptr);

    QLineEdit *firstSearch() const { return m_firstSearch; }
    QLineEdit *secondSearch() const { return m_secondSearch; }
    QListWidget *firstList() const { return m_firstList; }
    QListWidget *secondList() const { return m_secondList; }
    QRadioButton *apartChoice() const { return m_apart; }
    QRadioButton *togetherChoice() const { return m_together; }
    /// Chooses the two people directly (the first match of each list is chosen while typing).
    void choose(const QUuid &first, const QUuid &second);

    Result<void> addNow();

private:
    void fill(QListWidget *list, const QString &query);
    QUuid chosen(QListWidget *list) const;

    Session *m_session;
    QLineEdit *m_firstSearch = nullptr;
    QLineEdit *m_secondSearch = nullptr;
    QListWidget *m_firstList = nullptr;
    QListWidget *m_secondList = nullptr;
    QRadioButton *m_apart = nullptr;
    QRadioButton *m_together = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cg
