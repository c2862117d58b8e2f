// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of breakout groups: moving people between tables, locking them, keep-apart and
// keep-together rules, and allocation.
#include "commands/edits.h"
#include "commands/groupedits.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cg::edits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::edits", text, nullptr, n);
}

QString nameOf(const WorkshopData &data, const QUuid &id)
{
    const Participant *p = data.participants.find(id);
    if (!p)
        return {};
    return p->displayName.isEmpty() ? p->pseudonym : p->displayName;
}

/// Keeps the locked list a subset of the members, in member order.
void tidyLocks(Group &group, const QSet<QUuid> &locked)
{
    group.lockedIds.clear();
    for (const QUuid &id : group.memberIds)
        if (locked.contains(id) && !group.lockedIds.contains(id))
            group.lockedIds << id;
}

QSet<QUuid> lockSet(const Group &group)
{
    return QSet<QUuid>(group.lockedIds.begin(), group.lockedIds.end());
}

} // namespace

Result<Edit> moveToGroup(const WorkshopData &data, const QUuid &participantId, const QUuid &groupId, int index)
{
    const Participant *person = data.participants.find(participantId);
    if (!person)
        return fail(tr("That person is not in this workshop."));
    const Group *target = groupId.isNull() ? nullptr : data.groups.find(groupId);
    if (!groupId.isNull() && !target)
        return fail(tr("That group is no longer in the workshop."));
    const QString name = nameOf(data, participantId);
    if (target && target->facilitatorId == participantId)
        return fail(tr("%1 facilitates %2, so they are already at that table. Choose another table facilitator "
                       "first to seat them as a member.")
                        .arg(name, target->name));

    bool wasLocked = false;
    for (const Group &g : data.groups)
        wasLocked = wasLocked || (g.memberIds.contains(participantId) && g.lockedIds.contains(participantId));

    Edit edit{ target ? tr("Move %1 to %2").arg(name, target->name) : tr("Take %1 out of their group").arg(name),
        CommandId::None, {}, {} };
    for (const Group &g : data.groups) {
        if (&g == target || !g.memberIds.contains(participantId))
            continue;
        Group after = g;
        QSet<QUuid> locked = lockSet(g);
        after.memberIds.removeAll(participantId);
        locked.remove(participantId);
        tidyLocks(after, locked);
        edit.changes.push_back(RowChange::updated(g, after));
    }
    if (target) {
        Group after = *target;
        QSet<QUuid> locked = lockSet(*target);
        after.memberIds.removeAll(participantId);
        const int at = index < 0 ? int(after.memberIds.size()) : std::min(index, int(after.memberIds.size()));
        after.memberIds.insert(at, participantId);
        if (wasLocked)
            locked.insert(participantId);
        tidyLocks(after, locked);
        if (!(after == *target))
            edit.changes.push_back(RowChange::updated(*target, after));
    }
    return edit;
}

Result<Edit> setGroupLock(const WorkshopData &data, const QUuid &groupId, const QUuid &participantId, bool locked)
{
    const Group *group = data.groups.find(groupId);
    if (!group)
        return fail(tr("That group is no longer in the workshop."));
    const QString name = nameOf(data, participantId);
    if (!group->memberIds.contains(participantId))
        return fail(tr("%1 is not in %2, so they cannot be locked to it.").arg(name, group->name));
    Group after = *group;
    QSet<QUuid> set = lockSet(*group);
    if (locked)
        set.insert(participantId);
    else
        set.remove(participantId);
    tidyLocks(after, set);
    Edit edit{ locked ? tr("Lock %1 to %2").arg(name, group->name) : tr("Unlock %1 from %2").arg(name, group->name),
        CommandId::None, {}, {} };
    if (!(after == *group))
        edit.changes.push_back(RowChange::updated(*group, after));
    return edit;
}

const SeatingRule *seatingRuleFor(const WorkshopData &data, const QUuid &a, const QUuid &b)
{
    for (const SeatingRule &r : data.seatingRules)
        if ((r.firstId == a && r.secondId == b) || (r.firstId == b && r.secondId == a))
            return &r;
    return nullptr;
}

Result<Edit> addSeatingRule(const WorkshopData &data, SeatingRule rule)
{
    if (!data.participants.contains(rule.firstId) || !data.participants.contains(rule.secondId))
        return fail(tr("Both people must be in this workshop."));
    if (rule.firstId == rule.secondId)
        return fail(tr("Choose two different people."));
    const QString a = nameOf(data, rule.firstId);
    const QString b = nameOf(data, rule.secondId);
    Edit edit{ rule.kind == SeatingKind::KeepApart ? tr("Keep %1 and %2 apart").arg(a, b)
                                                   : tr("Keep %1 and %2 together").arg(a, b),
        CommandId::None, {}, {} };
    if (const SeatingRule *existing = seatingRuleFor(data, rule.firstId, rule.secondId)) {
        if (existing->kind == rule.kind)
            return edit; // already so
        edit.changes.push_back(RowChange::removed(*existing));
    }
    if (rule.id.isNull() || data.seatingRules.contains(rule.id))
        rule.id = newId();
    edit.changes.push_back(RowChange::inserted(std::move(rule)));
    return edit;
}

Result<Edit> removeSeatingRule(const WorkshopData &data, const QUuid &ruleId)
{
    const SeatingRule *rule = data.seatingRules.find(ruleId);
    if (!rule)
        return fail(tr("That rule is no longer in the workshop."));
    const QString a = nameOf(data, rule->firstId);
    const QString b = nameOf(data, rule->secondId);
    return Edit{ rule->kind == SeatingKind::KeepApart ? tr("Stop keeping %1 and %2 apart").arg(a, b)
                                                      : tr("Stop keeping %1 and %2 together").arg(a, b),
        CommandId::None, {}, { RowChange::removed(*rule) } };
}

namespace {

/// New groups "Table N", numbered after the highest such name already used.
std::vector<Group> newTables(const WorkshopData &data, int count)
{
    int highest = 0;
    int position = -1;
    for (const Group &g : data.groups) {
        position = std::max(position, g.position);
        const QString prefix = tr("Table %1").arg(QString());
        if (g.name.startsWith(prefix)) {
            bool ok = false;
            const int n = g.name.mid(prefix.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    std::vector<Group> out;
    for (int i = 0; i < count; ++i) {
        Group g;
        g.id = newId();
        g.name = tr("Table %1").arg(highest + 1 + i);
        g.position = position + 1 + i;
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace

Result<Edit> editTable(const WorkshopData &data, Group updated)
{
    const QUuid leader = updated.facilitatorId;
    if (!leader.isNull()) {
        updated.memberIds.removeAll(leader);
        updated.lockedIds.removeAll(leader);
    }
    auto edit = editGroup(data, updated);
    if (!edit || leader.isNull())
        return edit;
    for (const Group &g : data.groups) {
        if (g.id == updated.id || !g.memberIds.contains(leader))
            continue;
        Group after = g;
        after.memberIds.removeAll(leader);
        after.lockedIds.removeAll(leader);
        edit->changes.push_back(RowChange::updated(g, after));
    }
    return edit;
}

Result<Edit> makeGroups(const WorkshopData &data, int count)
{
    if (count < 1 || count > maxGroups)
        return fail(tr("Choose between 1 and %1 groups.").arg(maxGroups));
    const int missing = count - int(data.groups.size());
    Edit edit{ tr("Make %n groups", std::max(missing, 0)), CommandId::None, {}, {} };
    if (missing <= 0)
        return edit;
    for (Group &g : newTables(data, missing))
        edit.changes.push_back(RowChange::inserted(std::move(g)));
    return edit;
}

Result<AllocationEdit> allocateGroups(const WorkshopData &data, const AllocationRequest &request)
{
    if (request.groupCount < 0 || request.groupCount > maxGroups)
        return fail(tr("Choose between 1 and %1 groups.").arg(maxGroups));
    const std::vector<const Group *> existing = allocation::orderedGroups(data);
    if (request.groupCount == 0 && existing.empty())
        return fail(tr("There are no groups yet: say how many to make."));

    AllocationEdit out;
    out.edit.id = CommandId::None;
    std::vector<Group> tables;
    std::vector<const Group *> removed;
    const std::size_t keep = request.groupCount == 0 ? existing.size()
                                                      : std::min(existing.size(), std::size_t(request.groupCount));
    for (std::size_t i = 0; i < existing.size(); ++i) {
        if (i < keep)
            tables.push_back(*existing[i]);
        else
            removed.push_back(existing[i]);
    }
    std::vector<Group> added;
    if (request.groupCount > int(existing.size()))
        added = newTables(data, request.groupCount - int(existing.size()));
    for (const Group &g : added)
        tables.push_back(g);

    const allocation::Input input = allocation::inputFor(data, tables, request.pool);
    if (input.people.empty())
        return fail(request.pool == allocation::Pool::Arrived
                ? tr("Nobody to seat yet: nobody is marked as arrived. Mark arrivals at check-in, or plan ahead "
                     "with everyone who confirmed.")
                : tr("Nobody to seat: nobody has confirmed or arrived."));
    const allocation::Allocation result = allocation::allocate(input, request.seed);
    out.problems = result.problems;

    for (std::size_t i = 0; i < tables.size(); ++i) {
        Group after = tables[i];
        after.memberIds = result.members[i];
        QSet<QUuid> fixed(input.tables[i].fixed.begin(), input.tables[i].fixed.end());
        tidyLocks(after, fixed);
        out.seated += int(after.memberIds.size());
        if (i >= keep) {
            out.edit.changes.push_back(RowChange::inserted(after));
        } else if (!(after == tables[i])) {
            out.edit.changes.push_back(RowChange::updated(tables[i], after));
        }
        out.groups.push_back(std::move(after));
    }
    for (const Group *g : removed) {
        auto removal = removeGroup(data, g->id);
        if (!removal)
            return removal.error();
        for (RowChange &change : removal->changes)
            out.edit.changes.push_back(std::move(change));
    }
    out.edit.text = tables.size() == 1 ? tr("Seat %1 people at one group").arg(out.seated)
                                       : tr("Seat %1 people at %2 groups").arg(out.seated).arg(tables.size());
    return out;
}

} // namespace cg::edits
