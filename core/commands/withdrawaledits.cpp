// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Consent decisions with their audit events, and withdrawal.
#include "commands/withdrawal.h"

#include "commands/edits.h"
#include "consent/consentpolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace cg::edits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::edits", text, nullptr, n);
}

ConsentEvent consentEvent(const WorkshopData &data, const QUuid &participantId, ConsentScope scope,
    ConsentDecision decision, ConsentMethod method, const QString &recordedBy, const QDateTime &now)
{
    ConsentEvent e;
    e.id = newId();
    e.participantId = participantId;
    e.scope = scope;
    e.decision = decision;
    e.method = method;
    e.recordedBy = recordedBy.trimmed();
    e.recordedAt = now;
    e.infoSheetVersion = data.workshop.infoSheetVersion;
    return e;
}

AuditEvent auditEvent(const QString &kind, const QString &summary, const QString &actor,
    const QUuid &participantId, const QDateTime &now)
{
    AuditEvent a;
    a.id = newId();
    a.at = now;
    a.kind = kind;
    a.summary = summary;
    a.actor = actor.trimmed();
    a.participantId = participantId;
    return a;
}

} // namespace

Result<Edit> recordConsentDecision(const WorkshopData &data, const QUuid &participantId, ConsentScope scope,
    ConsentDecision decision, ConsentMethod method, const QString &recordedBy, const QDateTime &now)
{
    if (!now.isValid())
        return fail(tr("A consent decision needs the time it was made."));
    if (!data.participants.contains(participantId))
        return fail(tr("That person is not in this workshop."));
    const auto recordable = ConsentPolicy(data).decisionToRecord(participantId, scope, decision);
    if (!recordable)
        return recordable.error();
    decision = *recordable;
    auto recorded
        = recordConsent(data, consentEvent(data, participantId, scope, decision, method, recordedBy, now));
    if (!recorded)
        return recorded.error();
    const Participant *person = data.participants.find(participantId);
    QString summary = tr("%1: %2 %3 (%4)")
                          .arg(person->pseudonym, enumWords(scope), enumWords(decision), enumWords(method));
    if (!recordedBy.trimmed().isEmpty())
        summary += tr(", recorded by %1").arg(recordedBy.trimmed());
    recorded->text = tr("Record “%1” for %2").arg(enumWords(scope), person->displayName);
    recorded->changes.push_back(RowChange::inserted(
        auditEvent(QStringLiteral("consent"), summary + QLatin1Char('.'), recordedBy, participantId, now)));
    return recorded;
}

Result<Edit> recordConsentAnswers(const WorkshopData &data, const QUuid &participantId,
    const std::vector<std::pair<ConsentScope, bool>> &answers, ConsentMethod method, const QString &recordedBy,
    const QDateTime &now)
{
    const Participant *person = data.participants.find(participantId);
    if (!person)
        return fail(tr("That person is no longer in this workshop."));
    // Every answer is judged against the consent as it stood before this check-in: six answers
    // given at once are one conversation, not six in a row.
    const ConsentPolicy policy(data);
    Edit all { tr("Record consent choices for %1").arg(person->displayName), CommandId::None, {}, {} };
    for (const auto &[scope, yes] : answers) {
        auto one = recordConsentDecision(
            data, participantId, scope, policy.decisionFor(participantId, scope, yes), method, recordedBy, now);
        if (!one)
            return one.error();
        for (RowChange &change : one->changes)
            all.changes.push_back(std::move(change));
    }
    return all;
}

QString withdrawalSummary(const QString &pseudonym, WithdrawMode mode, const WithdrawalCounts &c)
{
    // Spelled out rather than "%n note(s)": the audit trail is read as it is, untranslated.
    auto notes = [](int n) { return n == 1 ? tr("1 note") : tr("%1 notes").arg(n); };
    auto votes = [](int n) { return n == 1 ? tr("1 vote") : tr("%1 votes").arg(n); };
    auto answers = [](int n) { return n == 1 ? tr("1 feedback answer") : tr("%1 feedback answers").arg(n); };
    const QString scopes = c.scopesWithdrawn == 1 ? tr("1 scope") : tr("%1 scopes").arg(c.scopesWithdrawn);
    const QString who = tr("%1 withdrew (consent withdrawn for %2)").arg(pseudonym, scopes);
    if (mode == WithdrawMode::Delete) {
        return tr("%1: deleted %2, %3 and %4.")
            .arg(who, notes(c.notesDeleted), votes(c.votesDeleted), answers(c.feedbackDeleted));
    }
    // Anonymising deletes nothing: direct quotes stay for the team, marked anonymised, and the
    // consent rules keep them out of public outputs.
    QString text = tr("%1: made %2, %3 and %4 anonymous; nothing was deleted")
                       .arg(who, notes(c.notesAnonymised), votes(c.votesAnonymised), answers(c.feedbackAnonymised));
    if (c.quotesKeptForTeam == 1)
        text += tr("; 1 of the notes is a direct quote, kept for the team and left out of public outputs");
    else if (c.quotesKeptForTeam > 1)
        text += tr("; %1 of the notes are direct quotes, kept for the team and left out of public outputs")
                    .arg(c.quotesKeptForTeam);
    return text + QLatin1Char('.');
}

Result<Edit> withdrawParticipant(const WorkshopData &data, const QUuid &participantId, WithdrawMode mode,
    const QString &recordedBy, ConsentMethod method, const QDateTime &now, WithdrawalCounts *countsOut)
{
    const Participant *person = data.participants.find(participantId);
    if (!person)
        return fail(tr("That person is not in this workshop."));
    if (!now.isValid())
        return fail(tr("A withdrawal needs the time it was made."));

    WithdrawalCounts counts;
    Edit edit { tr("Withdraw %1").arg(person->displayName), CommandId::None, {}, {} };

    // 1. Consent: take_part always (even when it was never granted, so the register shows the
    //    withdrawal), and every other scope that is currently granted.
    const ConsentPolicy policy(data);
    for (ConsentScope scope : enumValues<ConsentScope>()) {
        if (scope != ConsentScope::TakePart && !policy.isGranted(participantId, scope))
            continue;
        edit.changes.push_back(RowChange::inserted(
            consentEvent(data, participantId, scope, ConsentDecision::Withdrawn, method, recordedBy, now)));
        ++counts.scopesWithdrawn;
    }

    // 2. Contributions. Notes to delete go through removeNotes(), which also takes the votes on
    //    them and the links from actions.
    QList<QUuid> doomed;
    for (const Note &n : data.notes) {
        if (n.authorKind == AuthorKind::Anonymous || n.authorId != participantId)
            continue;
        if (mode == WithdrawMode::Delete) {
            doomed << n.id;
        } else {
            Note after = n;
            after.authorKind = AuthorKind::Anonymous;
            after.authorId = QUuid();
            after.anonymised = true;
            edit.changes.push_back(RowChange::updated(n, after));
            ++counts.notesAnonymised;
            counts.quotesKeptForTeam += n.verbatim ? 1 : 0;
        }
    }
    const QSet<QUuid> doomedSet(doomed.begin(), doomed.end());
    QSet<QUuid> votesGone;
    if (!doomed.isEmpty()) {
        auto removal = removeNotes(data, doomed);
        if (!removal)
            return removal.error();
        for (RowChange &change : removal->changes) {
            if (change.entity() == Entity::Vote && !change.after) {
                votesGone.insert(change.id());
                ++counts.votesDeleted;
            }
            edit.changes.push_back(std::move(change));
        }
        counts.notesDeleted = int(doomed.size());
    }
    for (const Vote &v : data.votes) {
        if (v.participantId != participantId || votesGone.contains(v.id))
            continue;
        if (mode == WithdrawMode::Delete) {
            edit.changes.push_back(RowChange::removed(v));
            ++counts.votesDeleted;
        } else {
            Vote after = v;
            after.participantId = QUuid();
            edit.changes.push_back(RowChange::updated(v, after));
            ++counts.votesAnonymised;
        }
    }
    for (const Feedback &f : data.feedback) {
        if (f.participantId != participantId)
            continue;
        if (mode == WithdrawMode::Delete) {
            edit.changes.push_back(RowChange::removed(f));
            ++counts.feedbackDeleted;
        } else {
            Feedback after = f;
            after.participantId = QUuid();
            edit.changes.push_back(RowChange::updated(f, after));
            ++counts.feedbackAnonymised;
        }
    }

    // 3. The audit trail says what was done, in numbers only: it must never hold deleted words.
    edit.changes.push_back(RowChange::inserted(auditEvent(QStringLiteral("withdrawal"),
        withdrawalSummary(person->pseudonym, mode, counts), recordedBy, participantId, now)));
    if (countsOut)
        *countsOut = counts;
    return edit;
}

} // namespace cg::edits
