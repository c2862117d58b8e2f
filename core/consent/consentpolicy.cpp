// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consent/consentpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg", text);
}

std::size_t slotOf(ConsentScope scope)
{
    return std::size_t(scope);
}

} // namespace

QString consentStateWords(ConsentState state)
{
    switch (state) {
    case ConsentState::Granted:
        return tr("granted");
    case ConsentState::Refused:
        return tr("refused");
    case ConsentState::Withdrawn:
        return tr("withdrawn");
    case ConsentState::NotRecorded:
        break;
    }
    return tr("not recorded");
}

ConsentState consentStateOf(ConsentDecision decision)
{
    switch (decision) {
    case ConsentDecision::Granted:
        return ConsentState::Granted;
    case ConsentDecision::Refused:
        return ConsentState::Refused;
    case ConsentDecision::Withdrawn:
        return ConsentState::Withdrawn;
    }
    return ConsentState::NotRecorded;
}

bool recordedBefore(const ConsentEvent &a, const ConsentEvent &b)
{
    if (a.sequence != b.sequence)
        return a.sequence < b.sequence;
    return a.recordedAt < b.recordedAt;
}

void numberUnsequenced(Table<ConsentEvent> &events)
{
    std::vector<const ConsentEvent *> unsequenced;
    qint64 next = 0;
    for (const ConsentEvent &e : events) {
        next = std::max(next, e.sequence);
        if (e.sequence <= 0)
            unsequenced.push_back(&e);
    }
    if (unsequenced.empty())
        return;
    std::stable_sort(unsequenced.begin(), unsequenced.end(),
        [](const ConsentEvent *a, const ConsentEvent *b) { return a->recordedAt < b->recordedAt; });
    std::vector<ConsentEvent> numbered;
    numbered.reserve(unsequenced.size());
    for (const ConsentEvent *e : unsequenced) {
        numbered.push_back(*e);
        numbered.back().sequence = ++next;
    }
    for (const ConsentEvent &e : numbered)
        events.update(e);
}

std::vector<ConsentEvent> consentHistory(
    const WorkshopData &data, const QUuid &participantId, std::optional<ConsentScope> scope)
{
    std::vector<ConsentEvent> out;
    for (const ConsentEvent &e : data.consentEvents) {
        if (e.participantId == participantId && (!scope || e.scope == *scope))
            out.push_back(e);
    }
    // The table keeps the order events were recorded in, so a stable sort breaks ties correctly.
    std::stable_sort(out.begin(), out.end(), recordedBefore);
    return out;
}

ConsentPolicy::ConsentPolicy(const WorkshopData &data)
    : m_data(data)
{
    m_current.reserve(qsizetype(data.participants.size()));
    for (const ConsentEvent &e : data.consentEvents) {
        Current &current = m_current[e.participantId]; // value-initialised: all nullptr
        const ConsentEvent *&slot = current[slotOf(e.scope)];
        // Of two events that compare equal, the one later in the table wins.
        if (!slot || !recordedBefore(e, *slot))
            slot = &e;
    }
}

const ConsentEvent *ConsentPolicy::currentEvent(const QUuid &participantId, ConsentScope scope) const
{
    const auto it = m_current.constFind(participantId);
    if (it == m_current.constEnd())
        return nullptr;
    return (*it)[slotOf(scope)];
}

ConsentState ConsentPolicy::state(const QUuid &participantId, ConsentScope scope) const
{
    const ConsentEvent *event = currentEvent(participantId, scope);
    return event ? consentStateOf(event->decision) : ConsentState::NotRecorded;
}

ConsentDecision ConsentPolicy::decisionFor(const QUuid &participantId, ConsentScope scope, bool yes) const
{
    if (yes)
        return ConsentDecision::Granted;
    return isGranted(participantId, scope) ? ConsentDecision::Withdrawn : ConsentDecision::Refused;
}

Result<ConsentDecision> ConsentPolicy::decisionToRecord(
    const QUuid &participantId, ConsentScope scope, ConsentDecision requested) const
{
    switch (requested) {
    case ConsentDecision::Granted:
        return ConsentDecision::Granted;
    case ConsentDecision::Refused:
        return decisionFor(participantId, scope, false);
    case ConsentDecision::Withdrawn:
        if (!mayWithdraw(participantId, scope))
            return fail(tr("Only a choice that was granted can be withdrawn. To record a no, use Refuse."));
        return ConsentDecision::Withdrawn;
    }
    return fail(tr("That is not a consent decision."));
}

bool ConsentPolicy::mayAppear(const Participant &participant, Audience) const
{
    return takesPart(participant.id);
}

QString ConsentPolicy::personName(const QUuid &participantId, Audience audience) const
{
    const Participant *person = m_data.participants.find(participantId);
    if (!person || !takesPart(participantId))
        return {};
    if (audience == Audience::Team || isGranted(participantId, ConsentScope::BeNamed))
        return person->displayName;
    // A pseudonym is always set by the edits; an imported file might lack one, and falling back to
    // the display name would break rule 2.
    return person->pseudonym.isEmpty() ? tr("A participant") : person->pseudonym;
}

bool ConsentPolicy::mayShowContact(Audience audience, bool explicitlyRequested)
{
    return audience == Audience::Team && explicitlyRequested;
}

bool ConsentPolicy::mayShowContact(
    const Participant &participant, Audience audience, bool explicitlyRequested) const
{
    return mayShowContact(audience, explicitlyRequested) && takesPart(participant.id);
}

QString ConsentPolicy::email(const Participant &participant, Audience audience, bool explicitlyRequested) const
{
    return mayShowContact(participant, audience, explicitlyRequested) ? participant.email : QString();
}

QString ConsentPolicy::phone(const Participant &participant, Audience audience, bool explicitlyRequested) const
{
    return mayShowContact(participant, audience, explicitlyRequested) ? participant.phone : QString();
}

ConsentPolicy::NoteWithheld ConsentPolicy::whyWithheld(const Note &note, Audience audience) const
{
    if (mayAppear(note, audience))
        return NoteWithheld::No;
    const bool hasAuthor = note.authorKind != AuthorKind::Anonymous && !note.authorId.isNull();
    if (note.authorKind == AuthorKind::Participant && !hasAuthor)
        return NoteWithheld::AuthorNotTakingPart;
    if (hasAuthor && !takesPart(note.authorId))
        return NoteWithheld::AuthorNotTakingPart;
    if (isHeldBack(note))
        return NoteWithheld::Sensitive;
    return NoteWithheld::QuoteWithoutAgreement;
}

QStringList ConsentPolicy::namedPeople(Audience audience) const
{
    QStringList out;
    for (const Participant &p : m_data.participants) {
        if (takesPart(p.id) && (audience == Audience::Team || isGranted(p.id, ConsentScope::BeNamed)))
            out << p.displayName;
    }
    return out;
}

int ConsentPolicy::unnamedPeopleCount(Audience audience) const
{
    int taking = 0;
    for (const Participant &p : m_data.participants)
        taking += takesPart(p.id) ? 1 : 0;
    return taking - int(namedPeople(audience).size());
}

bool ConsentPolicy::mayAppear(const Note &note, Audience audience) const
{
    // A facilitator's note may name the facilitator's own participant record; rule 1 applies to
    // it like anyone else's.
    const bool hasAuthor = note.authorKind != AuthorKind::Anonymous && !note.authorId.isNull();
    if (note.authorKind == AuthorKind::Participant && !hasAuthor)
        return false; // cannot happen through the edits; refuse rather than guess
    if (hasAuthor && !takesPart(note.authorId))
        return false;
    if (audience == Audience::Team)
        return true;
    if (isHeldBack(note))
        return false;
    if (note.verbatim) {
        // Rule 3 read literally: only an author who granted be_quoted, or a note entered as
        // anonymous. A facilitator's note has no quotable participant unless it names one.
        if (note.authorKind == AuthorKind::Anonymous)
            return !note.anonymised; // entered as anonymous, not anonymised on withdrawal
        return hasAuthor && isGranted(note.authorId, ConsentScope::BeQuoted);
    }
    return true;
}

QString ConsentPolicy::authorName(const Note &note, Audience audience) const
{
    switch (note.authorKind) {
    case AuthorKind::Anonymous:
        return tr("Anonymous");
    case AuthorKind::Facilitator:
        if (!note.authorId.isNull() && !takesPart(note.authorId))
            return {};
        return tr("Facilitator");
    case AuthorKind::Participant:
        break;
    }
    return personName(note.authorId, audience);
}

bool ConsentPolicy::mayAppear(const Vote &vote, Audience audience) const
{
    if (!vote.participantId.isNull() && !takesPart(vote.participantId))
        return false;
    if (!vote.noteId.isNull()) {
        const Note *note = m_data.notes.find(vote.noteId);
        return note && mayAppear(*note, audience);
    }
    return true;
}

bool ConsentPolicy::mayAppear(const Feedback &feedback, Audience) const
{
    return feedback.participantId.isNull() || takesPart(feedback.participantId);
}

QString ConsentPolicy::respondentName(const Feedback &feedback, Audience audience) const
{
    if (feedback.participantId.isNull())
        return tr("Anonymous");
    return personName(feedback.participantId, audience);
}

bool ConsentPolicy::mayAppear(const Attachment &attachment, Audience audience) const
{
    return std::all_of(attachment.peopleShown.begin(), attachment.peopleShown.end(), [&](const QUuid &id) {
        return takesPart(id) && (audience == Audience::Team || isGranted(id, ConsentScope::BePhotographed));
    });
}

QString ConsentPolicy::ownerName(const Action &action, Audience audience) const
{
    if (!action.ownerId.isNull())
        return personName(action.ownerId, audience);
    return action.ownerName;
}

int ConsentPolicy::visibleVoteCount(const QUuid &noteId, Audience audience) const
{
    const Note *note = m_data.notes.find(noteId);
    if (!note || !mayAppear(*note, audience))
        return 0;
    int total = 0;
    for (const Vote &v : m_data.votes) {
        if (v.noteId == noteId && (v.participantId.isNull() || takesPart(v.participantId)))
            total += v.count;
    }
    return total;
}

WithheldCount ConsentPolicy::withheld(Audience audience) const
{
    WithheldCount out;
    for (const Note &n : m_data.notes)
        out.notes += mayAppear(n, audience) ? 0 : 1;
    // Dots are counted as withheld when the voter does not take part; dots on a withheld note go
    // with the note and are not counted twice.
    for (const Vote &v : m_data.votes) {
        if (!v.participantId.isNull() && !takesPart(v.participantId))
            out.votes += v.count;
    }
    for (const Feedback &f : m_data.feedback)
        out.feedback += mayAppear(f, audience) ? 0 : 1;
    for (const Attachment &a : m_data.attachments)
        out.photos += mayAppear(a, audience) ? 0 : 1;
    return out;
}

} // namespace cg
