// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of the workshop, participants, consent, groups and the agenda.
#include "commands/edits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace cg::edits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::edits", text, nullptr, n);
}

template<class T>
Result<const T *> existing(const WorkshopData &data, const QUuid &id, const QString &what)
{
    const T *row = data.table<T>().find(id);
    if (!row)
        // Spelled out: lupdate 6.4 files a tr() inside a template under the template parameter.
        return fail(QCoreApplication::translate("cg::edits", "That %1 is no longer in the workshop.").arg(what));
    return row;
}

Result<void> checkParticipant(const WorkshopData &data, const QUuid &id)
{
    if (!id.isNull() && !data.participants.contains(id))
        return fail(tr("That person is not in this workshop."));
    return {};
}

int nextPosition(const auto &table)
{
    int last = -1;
    for (const auto &row : table)
        last = std::max(last, row.position);
    return last + 1;
}

} // namespace

Result<Edit> editWorkshop(const WorkshopData &data, const Workshop &updated)
{
    if (updated.id != data.workshop.id)
        return fail(tr("That is a different workshop."));
    if (updated.defaultRateMinor < 0)
        return fail(tr("The payment rate cannot be negative."));
    Edit edit{tr("Edit workshop details"), CommandId::EditWorkshop, QStringLiteral("workshop"), {}};
    if (!(updated == data.workshop))
        edit.changes.push_back(RowChange::updated(data.workshop, updated));
    return edit;
}

QString nextPseudonym(const WorkshopData &data, int offset)
{
    static const QRegularExpression pattern(QStringLiteral("^Participant (\\d+)$"));
    int highest = 0;
    for (const Participant &p : data.participants) {
        const auto match = pattern.match(p.pseudonym);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return QStringLiteral("Participant %1").arg(highest + 1 + offset);
}

Result<Edit> addParticipants(const WorkshopData &data, std::vector<Participant> participants)
{
    Edit edit{participants.size() == 1 ? tr("Add %1").arg(participants.front().displayName)
                                       : tr("Add %n people", int(participants.size())),
              CommandId::None, {}, {}};
    int offset = 0;
    for (Participant &p : participants) {
        p.displayName = p.displayName.trimmed();
        if (p.displayName.isEmpty())
            return fail(tr("Every person needs a name (it can be a first name or a nickname)."));
        if (p.id.isNull())
            p.id = newId();
        if (data.participants.contains(p.id))
            return fail(tr("%1 is already in the workshop.").arg(p.displayName));
        if (p.pseudonym.trimmed().isEmpty())
            p.pseudonym = nextPseudonym(data, offset++);
        std::sort(p.accessNeeds.begin(), p.accessNeeds.end());
        p.accessNeeds.erase(std::unique(p.accessNeeds.begin(), p.accessNeeds.end()), p.accessNeeds.end());
        edit.changes.push_back(RowChange::inserted(p));
    }
    return edit;
}

Result<Edit> addParticipant(const WorkshopData &data, Participant participant)
{
    std::vector<Participant> one;
    one.push_back(std::move(participant));
    return addParticipants(data, std::move(one));
}

Result<Edit> editParticipant(const WorkshopData &data, const Participant &updated)
{
    auto before = existing<Participant>(data, updated.id, tr("person"));
    if (!before)
        return before.error();
    Participant after = updated;
    after.displayName = after.displayName.trimmed();
    if (after.displayName.isEmpty())
        return fail(tr("Every person needs a name (it can be a first name or a nickname)."));
    std::sort(after.accessNeeds.begin(), after.accessNeeds.end());
    after.accessNeeds.erase(std::unique(after.accessNeeds.begin(), after.accessNeeds.end()), after.accessNeeds.end());
    Edit edit{tr("Edit %1").arg(after.displayName), CommandId::EditParticipant, uuidKey(after.id), {}};
    if (!(after == **before))
        edit.changes.push_back(RowChange::updated(**before, after));
    return edit;
}

Result<Edit> removeParticipant(const WorkshopData &data, const QUuid &participantId)
{
    auto person = existing<Participant>(data, participantId, tr("person"));
    if (!person)
        return person.error();
    const QString name = (*person)->displayName;
    auto refuse = [&](const QString &why) {
        return fail(tr("%1 cannot simply be removed: %2 Use “Withdraw” to take them out of the workshop.")
                        .arg(name, why));
    };
    for (const ConsentEvent &e : data.consentEvents)
        if (e.participantId == participantId)
            return refuse(tr("their consent choices are on record."));
    for (const Note &n : data.notes)
        if (n.authorId == participantId)
            return refuse(tr("they wrote notes."));
    for (const Vote &v : data.votes)
        if (v.participantId == participantId)
            return refuse(tr("they voted."));
    for (const Feedback &f : data.feedback)
        if (f.participantId == participantId)
            return refuse(tr("they gave feedback."));
    for (const Attachment &a : data.attachments)
        if (a.peopleShown.contains(participantId))
            return refuse(tr("they are shown in a photo."));

    Edit edit{tr("Remove %1").arg(name), CommandId::None, {}, {}};
    for (const Group &g : data.groups) {
        if (g.memberIds.contains(participantId) || g.facilitatorId == participantId) {
            Group after = g;
            after.memberIds.removeAll(participantId);
            if (after.facilitatorId == participantId)
                after.facilitatorId = QUuid();
            edit.changes.push_back(RowChange::updated(g, after));
        }
    }
    for (const Action &a : data.actions) {
        if (a.ownerId == participantId) {
            Action after = a;
            after.ownerId = QUuid();
            if (after.ownerName.isEmpty())
                after.ownerName = name;
            edit.changes.push_back(RowChange::updated(a, after));
        }
    }
    for (const Payment &p : data.payments)
        if (p.participantId == participantId)
            edit.changes.push_back(RowChange::removed(p));
    for (const SeatingRule &r : data.seatingRules)
        if (r.firstId == participantId || r.secondId == participantId)
            edit.changes.push_back(RowChange::removed(r));
    edit.changes.push_back(RowChange::removed(**person));
    return edit;
}

Result<Edit> recordConsent(const WorkshopData &data, ConsentEvent event)
{
    const Participant *person = data.participants.find(event.participantId);
    if (!person)
        return fail(tr("That person is not in this workshop."));
    if (data.consentEvents.contains(event.id))
        return fail(tr("That consent decision is already on record."));
    if (event.infoSheetVersion.isEmpty())
        event.infoSheetVersion = data.workshop.infoSheetVersion;
    return Edit{tr("Record consent for %1").arg(person->displayName), CommandId::None, {},
                {RowChange::inserted(std::move(event))}};
}

Result<Edit> appendAudit(const WorkshopData &, AuditEvent event)
{
    return Edit{tr("Audit: %1").arg(event.kind), CommandId::None, {}, {RowChange::inserted(std::move(event))}};
}

namespace {

Result<void> checkGroupShape(const Group &group)
{
    if (group.name.size() > 200)
        return fail(tr("A group's name can be at most 200 characters long."));
    for (const QUuid &locked : group.lockedIds)
        if (!group.memberIds.contains(locked))
            return fail(tr("Only a member of a group can be locked to it."));
    return {};
}

} // namespace

Result<Edit> addGroup(const WorkshopData &data, Group group)
{
    group.name = group.name.trimmed();
    if (group.name.isEmpty())
        return fail(tr("A group needs a name."));
    if (auto ok = checkGroupShape(group); !ok)
        return ok.error();
    if (auto ok = checkParticipant(data, group.facilitatorId); !ok)
        return ok.error();
    for (const QUuid &member : group.memberIds)
        if (auto ok = checkParticipant(data, member); !ok)
            return ok.error();
    if (group.position < 0 || group.position == 0)
        group.position = nextPosition(data.groups);
    return Edit{tr("Add group %1").arg(group.name), CommandId::None, {}, {RowChange::inserted(std::move(group))}};
}

Result<Edit> editGroup(const WorkshopData &data, const Group &updated)
{
    auto before = existing<Group>(data, updated.id, tr("group"));
    if (!before)
        return before.error();
    if (updated.name.trimmed().isEmpty())
        return fail(tr("A group needs a name."));
    if (auto ok = checkGroupShape(updated); !ok)
        return ok.error();
    if (auto ok = checkParticipant(data, updated.facilitatorId); !ok)
        return ok.error();
    for (const QUuid &member : updated.memberIds)
        if (auto ok = checkParticipant(data, member); !ok)
            return ok.error();
    Edit edit{tr("Edit group %1").arg(updated.name), CommandId::EditGroup, uuidKey(updated.id), {}};
    if (!(updated == **before))
        edit.changes.push_back(RowChange::updated(**before, updated));
    return edit;
}

Result<Edit> removeGroup(const WorkshopData &data, const QUuid &groupId)
{
    auto group = existing<Group>(data, groupId, tr("group"));
    if (!group)
        return group.error();
    Edit edit{tr("Remove group %1").arg((*group)->name), CommandId::None, {}, {}};
    for (const Board &b : data.boards) {
        if (b.groupId == groupId) {
            Board after = b;
            after.groupId = QUuid();
            edit.changes.push_back(RowChange::updated(b, after));
        }
    }
    edit.changes.push_back(RowChange::removed(**group));
    return edit;
}

Result<Edit> addAgendaItem(const WorkshopData &data, AgendaItem item)
{
    item.title = item.title.trimmed();
    if (item.title.isEmpty())
        return fail(tr("An agenda item needs a title."));
    if (item.plannedMinutes < 0)
        return fail(tr("An agenda item cannot last less than no time."));
    item.position = nextPosition(data.agendaItems);
    return Edit{tr("Add agenda item %1").arg(item.title), CommandId::None, {}, {RowChange::inserted(std::move(item))}};
}

Result<Edit> editAgendaItem(const WorkshopData &data, const AgendaItem &updated)
{
    auto before = existing<AgendaItem>(data, updated.id, tr("agenda item"));
    if (!before)
        return before.error();
    if (updated.title.trimmed().isEmpty())
        return fail(tr("An agenda item needs a title."));
    if (updated.plannedMinutes < 0)
        return fail(tr("An agenda item cannot last less than no time."));
    Edit edit{tr("Edit agenda item %1").arg(updated.title), CommandId::EditAgendaItem, uuidKey(updated.id), {}};
    if (!(updated == **before))
        edit.changes.push_back(RowChange::updated(**before, updated));
    return edit;
}

Result<Edit> removeAgendaItem(const WorkshopData &data, const QUuid &itemId)
{
    auto item = existing<AgendaItem>(data, itemId, tr("agenda item"));
    if (!item)
        return item.error();
    Edit edit{tr("Remove agenda item %1").arg((*item)->title), CommandId::None, {}, {}};
    for (const Board &b : data.boards) {
        if (b.agendaItemId == itemId) {
            Board after = b;
            after.agendaItemId = QUuid();
            edit.changes.push_back(RowChange::updated(b, after));
        }
    }
    edit.changes.push_back(RowChange::removed(**item));
    return edit;
}

Result<Edit> moveAgendaItem(const WorkshopData &data, const QUuid &itemId, int newIndex)
{
    auto item = existing<AgendaItem>(data, itemId, tr("agenda item"));
    if (!item)
        return item.error();
    std::vector<AgendaItem> ordered(data.agendaItems.begin(), data.agendaItems.end());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const AgendaItem &a, const AgendaItem &b) { return a.position < b.position; });
    auto from = std::find_if(ordered.begin(), ordered.end(), [&](const AgendaItem &a) { return a.id == itemId; });
    AgendaItem moving = *from;
    ordered.erase(from);
    newIndex = std::clamp(newIndex, 0, int(ordered.size()));
    ordered.insert(ordered.begin() + newIndex, moving);
    Edit edit{tr("Move agenda item %1").arg(moving.title), CommandId::None, {}, {}};
    for (int i = 0; i < int(ordered.size()); ++i) {
        const AgendaItem *before = data.agendaItems.find(ordered[std::size_t(i)].id);
        if (before->position != i) {
            AgendaItem after = *before;
            after.position = i;
            edit.changes.push_back(RowChange::updated(*before, after));
        }
    }
    return edit;
}

} // namespace cg::edits
