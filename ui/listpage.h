// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTimer;
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
    /// Measures what each column's content needs (again after edits and text size changes).
    void measureColumns();
    /// Fits the columns to the width there is: each column its content's width when they all fit
    /// (the widest takes what is left over); otherwise the wide text columns give way and wrap
    /// (the rows grow taller) while short ones (numbers, times, kinds) keep their width, so that no
    /// column hides behind a horizontal scroll bar until even that is not enough.
    void fitColumns();

    SessionTableModel *m_model;
    QString m_description;
    QLabel *m_count;
    QTableView *m_table;
    QList<int> m_contentWidths;
    QTimer *m_remeasure;
};

} // namespace cg
