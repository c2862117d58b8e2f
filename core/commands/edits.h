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
// agendaedits.cpp
/// Adds an item at \a index in agenda order (out of range: at the end), renumbering positions.
Result<Edit> insertAgendaItem(const WorkshopData &data, AgendaItem item, int index);
/// Makes \a boardIds exactly the boards linked to the item (boards no longer listed are unlinked).
Result<Edit> linkBoards(const WorkshopData &data, const QUuid &itemId, const QList<QUuid> &boardIds);
/// Adds a board for each breakout group that has none for this item, named after the group and
/// the item, with the item's prompt.
Result<Edit> addGroupBoards(const WorkshopData &data, const QUuid &itemId);

// Running the day (runedits.cpp). The caller says what time it is (RunClock, tests); where the
// run stands is worked out from the items (planning/agenda.h, planning/runclock.h).
/// Starts the first item not yet run. A breakout item gets a board for each group.
Result<Edit> startRun(const WorkshopData &data, const QDateTime &now);
Result<Edit> pauseRun(const WorkshopData &data, const QDateTime &now);
Result<Edit> resumeRun(const WorkshopData &data, const QDateTime &now);
/// Ends the item under way and starts the next one not yet run (or starts the run).
Result<Edit> nextAgendaItem(const WorkshopData &data, const QDateTime &now);
/// Goes back to the item before, with the time it had left; the item under way is un-started.
Result<Edit> previousAgendaItem(const WorkshopData &data, const QDateTime &now);
/// Gives the item under way \a minutes more.
Result<Edit> extendAgendaItem(const WorkshopData &data, int minutes);
/// Skips an item: the one under way (the next one starts) or one still to come. Skipping an
/// item that is already skipped puts it back.
Result<Edit> skipAgendaItem(const WorkshopData &data, const QUuid &itemId, const QDateTime &now);
/// Clears every recorded time, extension, pause and skip (after a rehearsal).
Result<Edit> resetRun(const WorkshopData &data);

// Boards
Result<Edit> addBoard(const WorkshopData &data, Board board);
Result<Edit> editBoard(const WorkshopData &data, const Board &updated);
/// Removes a board with its notes, themes and votes (undo brings them all back).
Result<Edit> removeBoard(const WorkshopData &data, const QUuid &boardId);
/// Moves a board to \a newIndex in the facilitator's order (boardOrder()), renumbering positions.
Result<Edit> moveBoard(const WorkshopData &data, const QUuid &boardId, int newIndex);
/// The boards in the facilitator's order: by position, then by when they were made.
QList<QUuid> boardOrder(const WorkshopData &data);
/// What removing a board takes with it, for the question asked first ("… and its 14 notes?").
struct BoardContents
{
    int notes = 0;
    int themes = 0;
    int votes = 0;  // dots on the board's notes and themes
    int photos = 0; // kept, moved to the workshop as a whole
};
BoardContents boardContents(const WorkshopData &data, const QUuid &boardId);

// Notes
Result<Edit> addNote(const WorkshopData &data, Note note);
/// A new board and a note on it, as one edit: when the note is refused, no board is added.
Result<Edit> addNoteOnNewBoard(const WorkshopData &data, Board board, Note note);
Result<Edit> addNotes(const WorkshopData &data, std::vector<Note> notes);
/// Any change to one note's own fields (text, colour, author, flags, size).
Result<Edit> editNote(const WorkshopData &data, const Note &updated);
/// Moves notes to exactly these top-left positions in one step, themes unchanged (imports,
/// scripts). The canvas uses dropNotes, which keeps themes tidy.
Result<Edit> moveNotes(const WorkshopData &data, const std::vector<std::pair<QUuid, QPointF>> &positions);
/// Moves notes by an offset; consecutive nudges of the same selection merge into one undo step.
Result<Edit> nudgeNotes(const WorkshopData &data, const QList<QUuid> &noteIds, QPointF offset);
Result<Edit> removeNotes(const WorkshopData &data, const QList<QUuid> &noteIds);
/// Releases a sensitive note for public outputs, or holds it back again (consent rule 6).
/// Undoable; record recordRelease() beside it for the audit trail.
Result<Edit> releaseNote(const WorkshopData &data, const QUuid &noteId, bool released);
/// The audit event of a release (where the note is, never its words). Apply with record().
Result<Edit> recordRelease(
    const WorkshopData &data, const QUuid &noteId, bool released, const QString &actor, const QDateTime &now);

// Themes. The builders that arrange a board go through BoardLayout (planning/boardlayout.h): a
// theme's notes are inside its frame in reading order, other notes stay out, frames never overlap.
/// Makes a theme named \a name of \a noteIds (all on one board): the notes gather in its frame,
/// in reading order, in the free space nearest to where they were.
Result<Edit> groupAsTheme(const WorkshopData &data, const QList<QUuid> &noteIds, const QString &name);
/// Notes put down where a drag ended: one dropped into a theme's frame joins the theme and is laid
/// out inside it; a member dropped outside its frame leaves the theme.
Result<Edit> dropNotes(const WorkshopData &data, const std::vector<std::pair<QUuid, QPointF>> &positions);
/// Ctrl+arrows: loose notes move by \a offset (and join a theme whose frame they reach); notes in
/// a theme step one place along its rows, and out of it past its edge. Consecutive nudges of the
/// same selection merge into one undo step.
Result<Edit> nudgeOnBoard(const WorkshopData &data, const QList<QUuid> &noteIds, QPointF offset);
/// A note written at its position on the board: inside a theme's frame it joins that theme.
Result<Edit> addNoteAt(const WorkshopData &data, Note note);
Result<Edit> addToTheme(const WorkshopData &data, const QList<QUuid> &noteIds, const QUuid &themeId);
/// Takes notes out of their themes, to the free space beside the frame.
Result<Edit> takeOutOfTheme(const WorkshopData &data, const QList<QUuid> &noteIds);
/// Moves a theme with its notes, as a drag of its title band ends; where it would cover other
/// notes or frames it goes to the nearest free space.
Result<Edit> dropTheme(const WorkshopData &data, const QUuid &themeId, QPointF offset);
Result<Edit> editTheme(const WorkshopData &data, const Theme &updated);
/// Moves a theme's frame and every note in it by exactly \a offset (scripts; see dropTheme).
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
/// A new action prefilled from notes on a board (what the notes say, linked to them and to their
/// theme when they share one), for the facilitator to finish before addActionFromNotes().
Result<Action> draftActionFromNotes(const WorkshopData &data, const QList<QUuid> &noteIds);
/// Adds \a action linked to \a noteIds (as well as any notes it names already).
Result<Edit> addActionFromNotes(const WorkshopData &data, const QList<QUuid> &noteIds, Action action);
Result<Edit> editAction(const WorkshopData &data, const Action &updated);
Result<Edit> removeAction(const WorkshopData &data, const QUuid &actionId);
Result<Edit> addFeedback(const WorkshopData &data, Feedback feedback);
Result<Edit> editFeedback(const WorkshopData &data, const Feedback &updated);
Result<Edit> removeFeedback(const WorkshopData &data, const QUuid &feedbackId);
/// Adds a photo or file with its bytes (see io::photos for turning a file into one). Refused
/// without bytes or over maxAttachmentBytes.
Result<Edit> addAttachment(const WorkshopData &data, Attachment attachment);
/// Changes the caption, the board or the people shown; null bytes keep the stored ones.
Result<Edit> editAttachment(const WorkshopData &data, const Attachment &updated);
Result<Edit> removeAttachment(const WorkshopData &data, const QUuid &attachmentId);
inline constexpr qint64 maxAttachmentBytes = 64LL * 1024 * 1024;
/// Creates or replaces the payment record of a participant.
Result<Edit> setPayment(const WorkshopData &data, Payment payment);
Result<Edit> removePayment(const WorkshopData &data, const QUuid &paymentId);

// Cross-board themes (sense-making): themes with no board that gather notes from any board.
/// A new cross-board theme, optionally with notes in it already.
Result<Edit> addCrossBoardTheme(const WorkshopData &data, const QString &name, const QList<QUuid> &noteIds = {});
Result<Edit> renameCrossBoardTheme(const WorkshopData &data, const QUuid &themeId, const QString &name);
/// Adds notes to a cross-board theme at \a index (-1: at the end); notes already in it stay put.
Result<Edit> addNotesToTheme(const WorkshopData &data, const QUuid &themeId, const QList<QUuid> &noteIds,
                             int index = -1);
Result<Edit> removeNotesFromTheme(const WorkshopData &data, const QUuid &themeId, const QList<QUuid> &noteIds);
/// Moves one note to \a newIndex within a cross-board theme's order.
Result<Edit> moveNoteInTheme(const WorkshopData &data, const QUuid &themeId, const QUuid &noteId, int newIndex);
/// Deletes a cross-board theme; its notes stay on their boards (votes on the theme go with it).
Result<Edit> removeCrossBoardTheme(const WorkshopData &data, const QUuid &themeId);

} // namespace edits
} // namespace cg
