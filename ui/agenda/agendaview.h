// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cg {

class AccessNeedsSummaryView;
class AgendaItemEditor;
class AgendaModel;
class MessageBanner;
class RunController;
class Session;
struct RunStatus;

/// The agenda page: the timed running order (start times re-flow from the workshop's start as
/// items move), when the day ends and a warning when it runs past the venue's end time, the
/// editor of the chosen item, and the access needs to plan the room and the breaks for.
///
/// Items are added after the chosen one (Insert), removed (Delete) and moved by keyboard
/// (Ctrl+Up, Ctrl+Down) or by dragging a row; all of it goes through the Session and can be
/// undone. During the run a "Now" column says what happened and when the rest is expected.
class AgendaView : public QWidget
{
    Q_OBJECT

public:
    AgendaView(Session *session, AgendaModel *model, RunController *run, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    AgendaItemEditor *editor() const { return m_editor; }
    AccessNeedsSummaryView *accessNeeds() const { return m_access; }
    QUuid currentItem() const;
    void selectItem(const QUuid &itemId);
    /// "Starts 10:00 · ends 12:50 · 2 h 50 min in all · ..." as shown under the heading.
    QString summaryText() const;
    /// The overrun warning, or empty when the day fits.
    QString warningText() const;

public Q_SLOTS:
    void addItem();
    void removeItem();
    void moveUp();
    void moveDown();

Q_SIGNALS:
    void currentChanged(const QUuid &itemId);
    void statusMessage(const QString &message);
    void boardRequested(const QUuid &boardId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveBy(int offset);
    void fitColumns();
    void refreshSummary();
    void onRunStatus(const RunStatus &status);
    void updateButtons();

    Session *m_session;
    AgendaModel *m_model;
    RunController *m_run;
    QUuid m_followed; // the item under way when the run last moved on
    QLabel *m_summary;
    MessageBanner *m_warning;
    QTableView *m_table;
    AgendaItemEditor *m_editor;
    AccessNeedsSummaryView *m_access;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_start;
};

} // namespace cg
