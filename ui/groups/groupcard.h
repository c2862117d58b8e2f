// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QUuid>

class QLabel;
class QListView;
class QToolButton;

namespace cg {

class GroupMembersModel;
class Session;

/// One breakout table on the groups page: its name, table or room, facilitator, what it offers
/// (step-free access, a hearing loop, a quiet space) and its members, who can be dragged to and
/// from other tables. With a null group it is the list of people who arrived and sit nowhere.
class GroupCard : public QFrame
{
    Q_OBJECT

public:
    GroupCard(Session *session, const QUuid &groupId, QWidget *parent = nullptr);

    QUuid groupId() const { return m_group; }
    QListView *list() const { return m_list; }
    GroupMembersModel *model() const { return m_model; }
    /// The person selected in the list, or null.
    QUuid currentPerson() const;
    void selectPerson(const QUuid &id);
    /// Shows the group's current details and members.
    void refresh();

Q_SIGNALS:
    void editRequested(const QUuid &groupId);
    void removeRequested(const QUuid &groupId);
    void contextMenuRequested(const QUuid &groupId, const QPoint &globalPos);

private:
    Session *m_session;
    QUuid m_group;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QListView *m_list = nullptr;
    GroupMembersModel *m_model = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace cg
