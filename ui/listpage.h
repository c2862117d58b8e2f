// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace cg {

class SessionTableModel;

/// One of the workspace's list views (Agenda, People, Groups, Boards, Actions, Feedback): a
/// heading, a line saying what the list is for and how many rows it has, and the table.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    ListPage(const QString &title, const QString &description, SessionTableModel *model,
        QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    SessionTableModel *model() const { return m_model; }
    /// The id of the current row, or null.
    QUuid currentId() const;

Q_SIGNALS:
    /// A row was activated (Enter or double-click).
    void activated(const QUuid &id);
    void currentChanged(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    /// Fits the columns to the width there is: each column its content's width, but at most a
    /// third of the table, and the last column (often a long prompt) what is left, wrapped.
    void fitColumns();

    SessionTableModel *m_model;
    QString m_description;
    QLabel *m_count;
    QTableView *m_table;
    QList<int> m_contentWidths;
};

} // namespace cg
