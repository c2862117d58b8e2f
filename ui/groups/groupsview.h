// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/allocation.h"
#include "result.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QUndoCommand;

namespace cg {

class AllocateDialog;
class GroupCard;
class GroupEditDialog;
class GroupsModel;
class SeatingRuleDialog;
class Session;

/// The Groups page: every breakout table as a card with its members, the people who arrived and
/// have no table, the pairs kept apart or together, and every rule the tables as they are do
/// not meet (with why, straight after an allocation).
///
/// People move by dragging them between cards, or from the keyboard: Ctrl+Shift+Right and
/// Ctrl+Shift+Left move the selected person to the next or previous table, Delete takes them off
/// their table, Ctrl+L locks them to it (a locked person stays put when the rest are allocated
/// again). Every change is one undoable edit through the Session, so Undo takes it back.
class GroupsView : public QWidget
{
    Q_OBJECT

public:
    GroupsView(Session *session, GroupsModel *groups, QWidget *parent = nullptr);

    GroupsModel *groupsModel() const { return m_groups; }
    /// The cards of the groups, in order (not the "no table" card).
    QList<GroupCard *> cards() const { return m_cards; }
    GroupCard *card(const QUuid &groupId) const;
    GroupCard *unseatedCard() const { return m_unseated; }
    QListWidget *rulesList() const { return m_rules; }
    QListWidget *problemsList() const { return m_problems; }
    /// The rules not met, as shown.
    QStringList problemLines() const;

    Result<void> addGroup();
    Result<void> removeGroup(const QUuid &groupId);
    /// Moves \a person one table on (\a step 1) or back (-1) from where they sit; the selection
    /// follows them.
    Result<void> movePerson(const QUuid &person, int step);
    Result<void> moveTo(const QUuid &person, const QUuid &groupId);
    Result<void> toggleLock(const QUuid &person);
    Result<void> removeRule(const QUuid &ruleId);

    /// The dialogs, opened without blocking (they delete themselves when closed).
    AllocateDialog *openAllocateDialog();
    GroupEditDialog *openEditDialog(const QUuid &groupId);
    SeatingRuleDialog *openRuleDialog();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildCards();
    void layoutCards();
    void refresh();
    void refreshRules();
    void refreshProblems();
    void showMessage(const QString &text);
    Result<void> report(Result<void> result);
    void showContextMenu(const QUuid &groupId, const QPoint &globalPos);
    void addShortcuts(GroupCard *card);
    QUuid groupOf(const QUuid &person) const;
    void focusPerson(const QUuid &person);

    Session *m_session;
    GroupsModel *m_groups;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QList<GroupCard *> m_cards;
    QList<QUuid> m_cardIds;
    GroupCard *m_unseated = nullptr;
    QListWidget *m_rules = nullptr;
    QPushButton *m_removeRule = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_problemsHeading = nullptr;
    int m_columns = 0;
    bool m_dirty = false;
    quint64 m_seed = 1;
    // What the last allocation could not meet, with why; shown while the file is as it left it.
    std::vector<allocation::Problem> m_allocationProblems;
    int m_allocationIndex = -1;
    const QUndoCommand *m_allocationCommand = nullptr;
};

} // namespace cg
