// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QHash>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace cg {

/// Who an output is for: the share-back report everyone may read, or the project team.
enum class Audience { Public, Team };

/// Where a person stands on one consent scope: the decision of their latest event for it, or
/// NotRecorded when nobody has asked yet.
enum class ConsentState { NotRecorded, Granted, Refused, Withdrawn };

/// "granted", "refused", "withdrawn" or "not recorded", for lists and the command line.
QString consentStateWords(ConsentState state);
ConsentState consentStateOf(ConsentDecision decision);

/// Whether \a a was recorded before \a b: by their sequence in the file (never by the clock,
/// which can be wrong or set back); events not yet given a sequence (0, data built in code) by
/// their recorded time. The one ordering of consent events, used by everything that asks for the
/// latest decision or lists a history.
bool recordedBefore(const ConsentEvent &a, const ConsentEvent &b);

/// Gives every consent event without a sequence (0: built in code, or read from an archive made
/// before sequences existed) the next ones, in the order they were recorded (ties in table
/// order), after every event that has one. The rule the file's migration follows too.
void numberUnsequenced(Table<ConsentEvent> &events);

/// A participant's consent history for one scope (or every scope when \a scope is empty),
/// oldest first: by recorded time, ties in the order they were recorded.
std::vector<ConsentEvent> consentHistory(
    const WorkshopData &data, const QUuid &participantId, std::optional<ConsentScope> scope = std::nullopt);

/// How many contributions an output leaves out, by kind ("N contributions withheld").
struct WithheldCount
{
    int notes = 0;
    int votes = 0; // dots, not vote rows
    int feedback = 0;
    int photos = 0;

    int total() const { return notes + votes + feedback + photos; }
    bool operator==(const WithheldCount &) const = default;
};

/// The consent rules of DESIGN.md ("Consent rules", 1–7), in one place. Every screen and every
/// output asks this class whether a contribution may appear for an audience and under what name;
/// nothing else interprets consent events.
///
/// It is a snapshot: built over a WorkshopData, it indexes the current consent of everyone once
/// (the latest event per participant and scope; ties go to the one recorded last) and answers in
/// constant time. Build a new one after the data changes; it holds a reference, so it must not
/// outlive the data.
///
/// The consent register and the payments sheet are records for the data controller, not outputs
/// for an audience: they list people regardless of consent and do not go through this class.
class ConsentPolicy
{
    // Its own tr() context, so that lupdate and the lookup at run time agree (see
    // tests/translations/check_translations.py).
    Q_DECLARE_TR_FUNCTIONS(cg::ConsentPolicy)

public:
    explicit ConsentPolicy(const WorkshopData &data);
    ConsentPolicy(WorkshopData &&) = delete; // it keeps a reference: a temporary would dangle

    // --- Current consent -------------------------------------------------------------------
    ConsentState state(const QUuid &participantId, ConsentScope scope) const;
    /// The event that decides the current state, or nullptr when not recorded.
    const ConsentEvent *currentEvent(const QUuid &participantId, ConsentScope scope) const;
    bool isGranted(const QUuid &participantId, ConsentScope scope) const
    {
        return state(participantId, scope) == ConsentState::Granted;
    }
    /// Rule 1: only people whose current take_part is granted contribute anything to any output.
    bool takesPart(const QUuid &participantId) const
    {
        return isGranted(participantId, ConsentScope::TakePart);
    }

    /// Room mode: whether a note a person sends from their own phone, having said who they are
    /// (their personal code), may be kept at all. Only while take_part is granted: someone who has
    /// not agreed to take part is told so on the phone and nothing they send is stored, whereas a
    /// note the facilitator types for them is the facilitator's record and rule 1 keeps it out of
    /// every output. A note that is kept then follows rules 2, 3 and 6 like any captured note.
    bool mayKeepOwnNote(const QUuid &participantId) const
    {
        return m_data.participants.contains(participantId) && takesPart(participantId);
    }

    // --- Recording decisions -------------------------------------------------------------------
    /// What a plain yes or no given now records: yes is granted; no to a choice that is granted
    /// now takes it back (withdrawn), any other no is a refusal. Check-in, the consent panel and
    /// the command line all record through this rule, so the register never depends on where a
    /// decision was typed.
    ConsentDecision decisionFor(const QUuid &participantId, ConsentScope scope, bool yes) const;
    /// Whether \a decision may be recorded now, and the decision actually recorded: a withdrawal
    /// takes back a granted choice only (anything else is refused with a plain reason); a refusal
    /// of a choice that is granted now is recorded as its withdrawal (see decisionFor()).
    Result<ConsentDecision> decisionToRecord(
        const QUuid &participantId, ConsentScope scope, ConsentDecision requested) const;
    /// Whether "withdraw consent" applies to the scope now (only a granted choice can be withdrawn).
    bool mayWithdraw(const QUuid &participantId, ConsentScope scope) const
    {
        return isGranted(participantId, scope);
    }

    // --- People ------------------------------------------------------------------------------
    /// Whether the person may be mentioned at all (rule 1).
    bool mayAppear(const Participant &participant, Audience audience) const;
    /// The name an output shows for a person: in public the display name only with be_named
    /// granted, else the pseudonym (rule 2); the team sees display names (rule 7). Empty when the
    /// person may not appear at all (rule 1).
    QString personName(const QUuid &participantId, Audience audience) const;
    /// Rule 5 and 7: contact details never in public; for the team only when asked for
    /// explicitly.
    static bool mayShowContact(Audience audience, bool explicitlyRequested);
    /// The same, for one person: also never for someone who is not taking part (rule 1).
    bool mayShowContact(const Participant &participant, Audience audience, bool explicitlyRequested) const;
    /// The contact details a team output may carry for a person: empty unless mayShowContact().
    QString email(const Participant &participant, Audience audience, bool explicitlyRequested) const;
    QString phone(const Participant &participant, Audience audience, bool explicitlyRequested) const;
    /// Rule 5: access needs, payments, attendance and consent history are team-only.
    static bool mayShowPersonalData(Audience audience) { return audience == Audience::Team; }

    // --- Contributions -----------------------------------------------------------------------
    /// Rules 1, 3 and 6 for a note.
    bool mayAppear(const Note &note, Audience audience) const;
    /// "Anonymous", "Facilitator", or the author's name as personName() gives it. Empty when the
    /// note's author may not appear.
    QString authorName(const Note &note, Audience audience) const;
    /// Rule 1 for the voter; a vote on a note also needs the note to appear.
    bool mayAppear(const Vote &vote, Audience audience) const;
    /// Rule 1 for the person who answered; anonymous answers appear.
    bool mayAppear(const Feedback &feedback, Audience audience) const;
    /// "Anonymous" or the respondent's name as personName() gives it.
    QString respondentName(const Feedback &feedback, Audience audience) const;
    /// Rule 1 for everyone shown and, in public, rule 4: everyone shown granted be_photographed.
    bool mayAppear(const Attachment &attachment, Audience audience) const;
    /// The owner an action shows: a participant's name as personName() gives it (empty when they
    /// may not appear), or the free-text owner.
    QString ownerName(const Action &action, Audience audience) const;

    /// Rule 6: a sensitive note that is held back from public outputs until it is released.
    static bool isHeldBack(const Note &note) { return note.sensitive && !note.released; }
    /// Why a note does not appear for the audience, when it does not.
    enum class NoteWithheld { No, AuthorNotTakingPart, Sensitive, QuoteWithoutAgreement };
    NoteWithheld whyWithheld(const Note &note, Audience audience) const;

    /// People who may be thanked by name in an output's acknowledgements: taking part and, in
    /// public, with be_named granted. In participant order.
    QStringList namedPeople(Audience audience) const;
    /// How many people took part (take_part granted) without being named in \a audience.
    int unnamedPeopleCount(Audience audience) const;

    /// Dots on a note that may be shown for the audience.
    int visibleVoteCount(const QUuid &noteId, Audience audience) const;
    /// Everything the audience's outputs leave out.
    WithheldCount withheld(Audience audience) const;

    const WorkshopData &data() const { return m_data; }

private:
    using Current = std::array<const ConsentEvent *, enumValues<ConsentScope>().size()>;

    const WorkshopData &m_data;
    QHash<QUuid, Current> m_current;
};

} // namespace cg
