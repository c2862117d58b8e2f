// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "model/agendaitem.h"
#include "model/attachment.h"
#include "model/auditevent.h"
#include "model/board.h"
#include "model/consentevent.h"
#include "model/feedback.h"
#include "model/group.h"
#include "model/note.h"
#include "model/participant.h"
#include "model/payment.h"
#include "model/seatingrule.h"
#include "model/table.h"
#include "model/theme.h"
#include "model/vote.h"
#include "model/workshop.h"

#include <variant>

namespace cg {

/// The kinds of stored entity, in an order where every entity comes after the ones it refers to
/// (so inserting in this order, and deleting in reverse, satisfies the foreign keys).
enum class Entity {
    Workshop,
    Participant,
    ConsentEvent,
    Group,
    AgendaItem,
    Board,
    Theme,
    Note,
    Vote,
    Action,
    Attachment,
    Feedback,
    Payment,
    AuditEvent,
    SeatingRule,
};

/// Any one stored row, as carried by commands and change events.
using AnyRecord = std::variant<Workshop, Participant, ConsentEvent, Group, AgendaItem, Board, Theme, Note, Vote,
                               Action, Attachment, Feedback, Payment, AuditEvent, SeatingRule>;

template<class T>
constexpr Entity entityOf();
template<> constexpr Entity entityOf<Workshop>() { return Entity::Workshop; }
template<> constexpr Entity entityOf<Participant>() { return Entity::Participant; }
template<> constexpr Entity entityOf<ConsentEvent>() { return Entity::ConsentEvent; }
template<> constexpr Entity entityOf<Group>() { return Entity::Group; }
template<> constexpr Entity entityOf<AgendaItem>() { return Entity::AgendaItem; }
template<> constexpr Entity entityOf<Board>() { return Entity::Board; }
template<> constexpr Entity entityOf<Theme>() { return Entity::Theme; }
template<> constexpr Entity entityOf<Note>() { return Entity::Note; }
template<> constexpr Entity entityOf<Vote>() { return Entity::Vote; }
template<> constexpr Entity entityOf<Action>() { return Entity::Action; }
template<> constexpr Entity entityOf<Attachment>() { return Entity::Attachment; }
template<> constexpr Entity entityOf<Feedback>() { return Entity::Feedback; }
template<> constexpr Entity entityOf<Payment>() { return Entity::Payment; }
template<> constexpr Entity entityOf<AuditEvent>() { return Entity::AuditEvent; }
template<> constexpr Entity entityOf<SeatingRule>() { return Entity::SeatingRule; }

inline Entity entityOf(const AnyRecord &record)
{
    return Entity(record.index());
}
inline QUuid idOf(const AnyRecord &record)
{
    return std::visit([](const auto &r) { return r.id; }, record);
}

/// Everything in one workshop, in memory. The Session owns one and keeps it equal to the file.
struct WorkshopData
{
    Workshop workshop;
    Table<Participant> participants;
    Table<ConsentEvent> consentEvents;
    Table<Group> groups;
    Table<AgendaItem> agendaItems;
    Table<Board> boards;
    Table<Theme> themes;
    Table<Note> notes;
    Table<Vote> votes;
    Table<Action> actions;
    Table<Attachment> attachments;
    Table<Feedback> feedback;
    Table<Payment> payments;
    Table<AuditEvent> auditEvents;
    Table<SeatingRule> seatingRules;

    template<class T>
    Table<T> &table();
    template<class T>
    const Table<T> &table() const { return const_cast<WorkshopData *>(this)->table<T>(); }
};

template<> inline Table<Participant> &WorkshopData::table() { return participants; }
template<> inline Table<ConsentEvent> &WorkshopData::table() { return consentEvents; }
template<> inline Table<Group> &WorkshopData::table() { return groups; }
template<> inline Table<AgendaItem> &WorkshopData::table() { return agendaItems; }
template<> inline Table<Board> &WorkshopData::table() { return boards; }
template<> inline Table<Theme> &WorkshopData::table() { return themes; }
template<> inline Table<Note> &WorkshopData::table() { return notes; }
template<> inline Table<Vote> &WorkshopData::table() { return votes; }
template<> inline Table<Action> &WorkshopData::table() { return actions; }
template<> inline Table<Attachment> &WorkshopData::table() { return attachments; }
template<> inline Table<Feedback> &WorkshopData::table() { return feedback; }
template<> inline Table<Payment> &WorkshopData::table() { return payments; }
template<> inline Table<AuditEvent> &WorkshopData::table() { return auditEvents; }
template<> inline Table<SeatingRule> &WorkshopData::table() { return seatingRules; }

} // namespace cg
