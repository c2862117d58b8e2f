// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "result.h"

namespace cg {

/// What happens to a withdrawn person's contributions.
enum class WithdrawMode {
    /// Their notes, votes and feedback stay, with no author. Notes are marked `anonymised`, so
    /// their direct quotes (verbatim notes) stay out of public outputs: rule 3 lets an anonymous
    /// quote out only when it was entered as anonymous, and exact words can identify someone.
    Anonymise,
    /// Their notes (with the votes on them and links from actions), votes and feedback are deleted
    /// for good.
    Delete,
};

/// What a withdrawal did, in numbers (never words from the deleted contributions).
struct WithdrawalCounts
{
    int scopesWithdrawn = 0;
    int notesDeleted = 0;
    int notesAnonymised = 0;
    int quotesKeptForTeam = 0; // of the anonymised notes, direct quotes: kept, never public
    int votesDeleted = 0; // vote rows
    int votesAnonymised = 0;
    int feedbackDeleted = 0;
    int feedbackAnonymised = 0;
};

namespace edits {

/// Records one consent decision together with its audit event, in one step. Apply with
/// Session::record(): consent history is permanent and not undoable. The decision goes through
/// ConsentPolicy::decisionToRecord(): withdrawing a choice that is not granted is refused, and
/// refusing a granted choice is recorded as its withdrawal.
Result<Edit> recordConsentDecision(const WorkshopData &data, const QUuid &participantId, ConsentScope scope,
    ConsentDecision decision, ConsentMethod method, const QString &recordedBy, const QDateTime &now);

/// Records one check-in's answers (yes or no per scope) in one permanent step, each turned into
/// a decision by ConsentPolicy::decisionFor() (a no to a granted choice is its withdrawal) and
/// each with its audit event. Scopes left out are not asked. Apply with Session::record().
Result<Edit> recordConsentAnswers(const WorkshopData &data, const QUuid &participantId,
    const std::vector<std::pair<ConsentScope, bool>> &answers, ConsentMethod method, const QString &recordedBy,
    const QDateTime &now);

/// Withdraws a participant in one step: a "withdrawn" event for take_part and for every other
/// scope currently granted, then their contributions anonymised or deleted (see WithdrawMode),
/// then an audit event giving the counts. Apply with Session::recordIrreversibly(), which also
/// clears the undo history so that deleted words cannot come back through undo.
/// \a counts, when given, receives what the edit does.
Result<Edit> withdrawParticipant(const WorkshopData &data, const QUuid &participantId, WithdrawMode mode,
    const QString &recordedBy, ConsentMethod method, const QDateTime &now,
    WithdrawalCounts *counts = nullptr);

/// The audit summary of a withdrawal, e.g. "Participant 4 withdrew (consent withdrawn for 3
/// scopes): deleted 5 notes, 2 votes and 1 feedback answer." or, when anonymising, "...: made 5
/// notes, 2 votes and 1 feedback answer anonymous; nothing was deleted; 1 of the notes is a direct
/// quote, kept for the team and left out of public outputs." Uses the pseudonym only, so that the
/// append-only audit trail holds as little personal data as possible.
QString withdrawalSummary(const QString &pseudonym, WithdrawMode mode, const WithdrawalCounts &counts);

} // namespace edits
} // namespace cg
