// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The retention purge: what it removes, its preview and its one permanent edit.
#include "commands/purge.h"

#include "model/workshopdata.h"

#include <QCoreApplication>
#include <QLocale>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::purge", text);
}

/// What the purge leaves of one person: the pseudonym stands in for the name, the role and
/// attendance stay (for counts by role), everything that could reach or describe them goes.
Participant purged(const Participant &p)
{
    Participant after = p;
    after.displayName = p.pseudonym;
    after.organisation.clear();
    after.email.clear();
    after.phone.clear();
    after.accessNeeds.clear();
    after.accessNotes.clear();
    after.notes.clear();
    return after;
}


/// "1 name" / "3 names": spelled out, since the audit trail is read as written.
QString count(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

} // namespace

namespace purge {

RetentionState retentionState(const Workshop &workshop, const QDate &today)
{
    if (!workshop.retentionDate.isValid())
        return RetentionState::NoDate;
    return today >= workshop.retentionDate ? RetentionState::Reached : RetentionState::NotYet;
}

PurgeCounts preview(const WorkshopData &data)
{
    PurgeCounts c;
    for (const Participant &p : data.participants) {
        c.names += p.displayName != p.pseudonym ? 1 : 0;
        c.organisations += p.organisation.isEmpty() ? 0 : 1;
        c.emails += p.email.isEmpty() ? 0 : 1;
        c.phones += p.phone.isEmpty() ? 0 : 1;
        c.accessNeeds += p.accessNeeds.isEmpty() && p.accessNotes.isEmpty() ? 0 : 1;
        c.personalNotes += p.notes.isEmpty() ? 0 : 1;
    }
    c.payments = int(data.payments.size());
    c.seatingRules = int(data.seatingRules.size());
    for (const Attachment &a : data.attachments)
        c.photosOfPeople += a.peopleShown.isEmpty() ? 0 : 1;
    return c;
}

QStringList goingLines(const PurgeCounts &c)
{
    QStringList lines;
    if (c.names)
        lines << (c.names == 1 ? tr("1 name is replaced by the person’s pseudonym.")
                               : tr("%1 names are replaced by the people’s pseudonyms.").arg(c.names));
    if (c.organisations)
        lines << (c.organisations == 1 ? tr("1 organisation is removed.")
                                       : tr("%1 organisations are removed.").arg(c.organisations));
    if (c.emails)
        lines << (c.emails == 1 ? tr("1 email address is removed.")
                                : tr("%1 email addresses are removed.").arg(c.emails));
    if (c.phones)
        lines << (c.phones == 1 ? tr("1 phone number is removed.") : tr("%1 phone numbers are removed.").arg(c.phones));
    if (c.accessNeeds)
        lines << (c.accessNeeds == 1 ? tr("1 person’s access needs are removed.")
                                     : tr("%1 people’s access needs are removed.").arg(c.accessNeeds));
    if (c.personalNotes)
        lines << (c.personalNotes == 1 ? tr("1 person’s private notes are removed.")
                                       : tr("%1 people’s private notes are removed.").arg(c.personalNotes));
    if (c.payments)
        lines << (c.payments == 1 ? tr("1 payment record is deleted.")
                                  : tr("%1 payment records are deleted.").arg(c.payments));
    if (c.seatingRules)
        lines << (c.seatingRules == 1 ? tr("1 seating rule (who sits apart or together) is deleted.")
                                      : tr("%1 seating rules (who sits apart or together) are deleted.")
                                            .arg(c.seatingRules));
    if (c.photosOfPeople)
        lines << (c.photosOfPeople == 1 ? tr("1 photo showing people is deleted.")
                                        : tr("%1 photos showing people are deleted.").arg(c.photosOfPeople));
    return lines;
}

QStringList stayingLines(const WorkshopData &data)
{
    const int photosKept = [&] {
        int n = 0;
        for (const Attachment &a : data.attachments)
            n += a.peopleShown.isEmpty() ? 1 : 0;
        return n;
    }();
    QStringList lines;
    lines << tr("%1, %2 and %3 stay, shown under pseudonyms; the consent choices keep applying to "
                "them.")
                 .arg(count(int(data.notes.size()), "1 note", "%1 notes"),
                     count(int(data.votes.size()), "1 vote", "%1 votes"),
                     count(int(data.feedback.size()), "1 feedback answer", "%1 feedback answers"));
    lines << tr("Boards, themes, actions, the agenda and groups stay.");
    if (photosKept)
        lines << count(photosKept, "1 photo that shows nobody stays.", "%1 photos that show nobody stay.");
    lines << tr("The consent history and the audit trail stay: they name people by pseudonym only.");
    return lines;
}

QString summary(const PurgeCounts &c)
{
    return tr("Retention purge: %1 replaced by pseudonyms; removed %2, %3, %4, the access needs of %5 and "
              "the private notes of %6; deleted %7, %8 and %9.")
        .arg(count(c.names, "1 name", "%1 names"), count(c.organisations, "1 organisation", "%1 organisations"),
            count(c.emails, "1 email address", "%1 email addresses"),
            count(c.phones, "1 phone number", "%1 phone numbers"),
            count(c.accessNeeds, "1 person", "%1 people"), count(c.personalNotes, "1 person", "%1 people"),
            count(c.payments, "1 payment record", "%1 payment records"),
            count(c.seatingRules, "1 seating rule", "%1 seating rules"),
            count(c.photosOfPeople, "1 photo showing people", "%1 photos showing people"));
}

Result<void> allowed(const Workshop &workshop, const QDate &today, bool beforeRetentionDate)
{
    if (beforeRetentionDate)
        return {};
    switch (retentionState(workshop, today)) {
    case RetentionState::Reached:
        return {};
    case RetentionState::NoDate:
        return fail(tr("This workshop has no retention date, so its personal data is not due to be purged. "
                       "Set a retention date in the workshop's details, or purge now on purpose."));
    case RetentionState::NotYet:
        return fail(tr("The retention date is %1, so this workshop's personal data is not due to be purged "
                       "yet. Purge before the date only on purpose.")
                        .arg(QLocale().toString(workshop.retentionDate, QLocale::LongFormat)));
    }
    return {};
}

} // namespace purge

namespace edits {

namespace {

// The edit builders' words, under the context lupdate gives calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("cg::edits", text);
}

} // namespace

Result<Edit> purgePersonalData(const WorkshopData &data, const QString &actor, const QDateTime &now,
    bool beforeRetentionDate, PurgeCounts *countsOut)
{
    if (!now.isValid())
        return fail(tr("A purge needs the time it was made."));
    if (auto ok = purge::allowed(data.workshop, now.toLocalTime().date(), beforeRetentionDate); !ok)
        return ok.error();
    const PurgeCounts counts = purge::preview(data);
    if (counts.nothing())
        return fail(tr("There is no personal data left to purge in this workshop."));

    Edit edit { tr("Purge personal data"), CommandId::None, {}, {} };
    for (const Participant &p : data.participants) {
        const Participant after = purged(p);
        if (!(after == p))
            edit.changes.push_back(RowChange::updated(p, after));
    }
    for (const Payment &p : data.payments)
        edit.changes.push_back(RowChange::removed(p));
    for (const SeatingRule &r : data.seatingRules)
        edit.changes.push_back(RowChange::removed(r));
    for (const Attachment &a : data.attachments) {
        if (!a.peopleShown.isEmpty())
            edit.changes.push_back(RowChange::removed(a));
    }

    AuditEvent audit;
    audit.id = newId();
    audit.at = now;
    audit.kind = QStringLiteral("purge");
    audit.summary = purge::summary(counts);
    audit.actor = actor.trimmed();
    edit.changes.push_back(RowChange::inserted(audit));
    if (countsOut)
        *countsOut = counts;
    return edit;
}

} // namespace edits
} // namespace cg
