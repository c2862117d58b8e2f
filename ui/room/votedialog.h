// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QSpinBox;

namespace cg {

class Session;

/// Room Mode → Open Dot Vote on This Board…: which board the phones vote on (the one on screen
/// to start with) and how many dots each phone gets.
class VoteDialog : public QDialog
{
    Q_OBJECT

public:
    VoteDialog(const Session &session, const QUuid &board, QWidget *parent = nullptr);

    QUuid board() const;
    int dots() const;
    QComboBox *boardBox() const { return m_board; }
    QSpinBox *dotsBox() const { return m_dots; }

private:
    QComboBox *m_board;
    QSpinBox *m_dots;
};

} // namespace cg
