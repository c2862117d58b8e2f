// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cg {

class Session;

/// What sharing back would include: consent per scope across the room, and how much would be
/// withheld from a public report by the consent rules, before anything is exported.
class SharePage : public QWidget
{
    Q_OBJECT

public:
    explicit SharePage(Session *session, QWidget *parent = nullptr);

    QString summary() const;
    QTableWidget *consentTable() const { return m_table; }

private:
    void refresh();

    Session *m_session;
    QLabel *m_summary;
    QLabel *m_withheld;
    QTableWidget *m_table;
};

} // namespace cg
