// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "result.h"

#include <QDate>
#include <QStringList>

namespace cg {

/// What a retention purge removes, in numbers. The same counts are the preview (what will go,
/// before anything is written) and the audit summary (what went).
struct PurgeCounts
{
    int names = 0; // display names replaced by the pseudonym
    int organisations = 0;
    int emails = 0;
    int phones = 0;
    int accessNeeds = 0; // people whose access needs (set or notes) are cleared
    int personalNotes = 0; // people whose private notes are cleared
    int payments = 0;
    int seatingRules = 0;
    int photosOfPeople = 0;

    bool nothing() const
    {
        return names + organisations + emails + phones + accessNeeds + personalNotes + payments + seatingRules
            + photosOfPeople
            == 0;
    }
};

/// Where a workshop stands against its retention date on \a today.
enum class RetentionState {
    NoDate, // no retention date set
    NotYet, // the date is still to come
    Reached, // on or after the date: the purge is due
};

namespace purge {

RetentionState retentionState(const Workshop &workshop, const QDate &today);

/// What a purge of \a data would remove now.
PurgeCounts preview(const WorkshopData &data);

/// The preview as plain sentences, one per kind of thing that goes ("12 names are replaced by
/// pseudonyms."), for the dialog and the command line. Empty when there is nothing to purge.
QStringList goingLines(const PurgeCounts &counts);
/// What stays, in one sentence each (notes, votes, themes, consent history, audit trail).
QStringList stayingLines(const WorkshopData &data);

/// The audit summary of a purge, in numbers only.
QString summary(const PurgeCounts &counts);

/// Whether purging is allowed today: always when \a beforeRetentionDate is given (the
/// facilitator said so), otherwise only once the retention date is reached.
Result<void> allowed(const Workshop &workshop, const QDate &today, bool beforeRetentionDate);

} // namespace purge

namespace edits {

/// The retention purge, in one permanent step: every person's name becomes their pseudonym and
/// their organisation, contact details, access needs and private notes are cleared; payment
/// records, seating rules and photos showing people are deleted; then an audit event gives the
/// counts. Notes, votes, feedback, themes, actions and the consent history stay (notes are shown
/// under pseudonyms, and the consent rules keep applying to them). Refused before the retention
/// date unless \a beforeRetentionDate, and when there is nothing left to purge.
/// Apply with Session::recordIrreversibly(), which also clears the undo history and removes every
/// backup, so that the purged details survive nowhere.
Result<Edit> purgePersonalData(const WorkshopData &data, const QString &actor, const QDateTime &now,
    bool beforeRetentionDate, PurgeCounts *counts = nullptr);

} // namespace edits
} // namespace cg
