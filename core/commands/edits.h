// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "result.h"

#include <QPointF>

namespace cg {

/// Builders for every kind of change. Each looks at the current data, checks the change makes
/// sense (with a plain-words error if not) and returns the Edit that Session::perform() applies.
/// They never touch the file themselves. Ids, created and modified are filled in by the Session.
namespace edits {

// Workshop
Result<Edit> editWorkshop(const WorkshopData &data, const Workshop &updated);

// Participants
/// Adds a person; an empty pseudonym becomes the next free "Participant N".
Result<Edit> addParticipant(const WorkshopData &data, Participant participant);
Result<Edit> addParticipants(const WorkshopData &data, std::vector<Participant> participants);
Result<Edit> editParticipant(const WorkshopData &data, const Participant &updated);
/// Removes someone added by mistake. Refused when they have contributions or consent records:
/// that is what withdrawal is for.
Result<Edit> removeParticipant(const WorkshopData &data, const QUuid &participantId);
QString nextPseudonym(const WorkshopData &data, int offset = 0);

// Consent and audit (permanent: apply with Session::record)
Result<Edit> recordConsent(const WorkshopData &data, ConsentEvent event);
Result<Edit> appendAudit(const WorkshopData &data, AuditEvent event);

// Groups
Result<Edit> addGroup(const WorkshopData &data, Group group);
Result<Edit> editGroup(const WorkshopData &data, const Group &updated);
Result<Edit> removeGroup(const WorkshopData &data, const QUuid &groupId);
/// Moves a person into a group at \a index (-1: at the end) and out of any other; a null group
/// takes them out of every group. A person locked to their table stays locked at the new one.
Result<Edit> moveToGroup(const WorkshopData &data, const QUuid &participantId, const QUuid &groupId, int index = -1);
/// Locks a member to their group, so that the next allocation leaves them there, or unlocks them.
Result<Edit> setGroupLock(const WorkshopData &data, const QUuid &groupId, const QUuid &participantId, bool locked);
/// Keeps two people apart (or together) when groups are allocated. A rule of the other kind for
/// the same two people is replaced; the same rule again changes nothing.
Result<Edit> addSeatingRule(const WorkshopData &data, SeatingRule rule);
Result<Edit> removeSeatingRule(const WorkshopData &data, const QUuid &ruleId);
/// The rule about two people, whichever order they are given in, or nullptr.
const SeatingRule *seatingRuleFor(const WorkshopData &data, const QUuid &a, const QUuid &b);

// Agenda
Result<Edit> addAgendaItem(const WorkshopData &data, AgendaItem item);
Result<Edit> editAgendaItem(const WorkshopData &data, const AgendaItem &updated);
Result<Edit> removeAgendaItem(const WorkshopData &data, const QUuid &itemId);
/// Moves an item to \a newIndex in agenda order, renumbering positions.
Result<Edit> moveAgendaItem(const WorkshopData &data, const QUuid &itemId, int newIndex);

// Boards
Result<Edit> addBoard(const WorkshopData &data, Board board);
Result<Edit> editBoard(const WorkshopData &data, const Board &updated);
/// Removes a board with its notes, themes and votes (undo brings them all back).
Result<Edit> removeBoard(const WorkshopData &data, const QUuid &boardId);

// Notes
Result<Edit> addNote(const WorkshopData &data, Note note);
Result<Edit> addNotes(const WorkshopData &data, std::vector<Note> notes);
/// Any change to one note's own fields (text, colour, author, flags, size).
Result<Edit> editNote(const WorkshopData &data, const Note &updated);
/// Moves notes to new top-left positions in one step (a drag).
Result<Edit> moveNotes(const WorkshopData &data, const std::vector<std::pair<QUuid, QPointF>> &positions);
/// Moves notes by an offset; consecutive nudges of the same selection merge into one undo step.
Result<Edit> nudgeNotes(const WorkshopData &data, const QList<QUuid> &noteIds, QPointF offset);
Result<Edit> removeNotes(const WorkshopData &data, const QList<QUuid> &noteIds);

// Themes
/// Makes a theme named \a name framing \a noteIds (all on one board) and puts the notes in it.
Result<Edit> groupAsTheme(const WorkshopData &data, const QList<QUuid> &noteIds, const QString &name);
Result<Edit> editTheme(const WorkshopData &data, const Theme &updated);
/// Moves a theme's frame and every note in it by \a offset.
Result<Edit> moveTheme(const WorkshopData &data, const QUuid &themeId, QPointF offset);
/// Removes the theme; its notes stay on the board, unthemed.
Result<Edit> removeTheme(const WorkshopData &data, const QUuid &themeId);

// Votes
Result<Edit> addVote(const WorkshopData &data, Vote vote);
Result<Edit> removeVote(const WorkshopData &data, const QUuid &voteId);
/// Sets the number of votes cast on paper for a note (0 removes them).
Result<Edit> setPaperVotes(const WorkshopData &data, const QUuid &noteId, int count);
/// Total dots on a note.
int voteCount(const WorkshopData &data, const QUuid &noteId);

// Actions, feedback, attachments, payments
Result<Edit> addAction(const WorkshopData &data, Action action);
Result<Edit> editAction(const WorkshopData &data, const Action &updated);
Result<Edit> removeAction(const WorkshopData &data, const QUuid &actionId);
Result<Edit> addFeedback(const WorkshopData &data, Feedback feedback);
Result<Edit> editFeedback(const WorkshopData &data, const Feedback &updated);
Result<Edit> removeFeedback(const WorkshopData &data, const QUuid &feedbackId);
Result<Edit> addAttachment(const WorkshopData &data, Attachment attachment);
Result<Edit> editAttachment(const WorkshopData &data, const Attachment &updated);
Result<Edit> removeAttachment(const WorkshopData &data, const QUuid &attachmentId);
/// Creates or replaces the payment record of a participant.
Result<Edit> setPayment(const WorkshopData &data, Payment payment);
Result<Edit> removePayment(const WorkshopData &data, const QUuid &paymentId);

} // namespace edits
} // namespace cg
