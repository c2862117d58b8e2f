// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cg {

class Database;
class Session;

/// One laptop per table: table copies prepared from the lead facilitator's workshop and merged
/// back into it offline (see docs/decisions.md, "Table copies and merge").
///
/// A table copy is an ordinary workshop file holding one breakout group, its boards with their
/// photos, the agenda and the people list with their consent (without contact details or private
/// notes), plus its
/// origin and its base: the copy as prepared, kept inside the copy as an SQLite image. Merging
/// diffs the copy against its base with SQLite's session extension and applies that changeset to
/// the lead's file in one transaction, through Session::applyBulk(). Conflicts (the same row
/// changed in two places, a row changed where it was deleted elsewhere, a row left pointing at
/// something deleted elsewhere) are listed and resolved only as the caller says.
namespace tablecopies {

/// A prepared copy: where it was written and for which group.
struct PreparedCopy
{
    QString path;
    QString groupName;
    QUuid copyId;
};

/// A file name for \a groupName that is safe on every system ("Table 1.cgw"): no slashes, quotes,
/// control or reserved characters, not too long; \a taken (lower-cased names) makes duplicates
/// "Name (2).cgw" and receives the name chosen.
QString fileNameFor(const QString &groupName, QStringList &taken);

/// The workshop a copy for \a group holds (exposed for tests).
WorkshopData copyData(const WorkshopData &lead, const Group &group);

/// Writes one table copy per breakout group into \a folder. Refuses (writing nothing) when there
/// are no groups or a file of that name is already there.
Result<std::vector<PreparedCopy>> prepare(const Session &lead, const QString &folder);

/// What a conflict is about.
enum class ConflictKind {
    EditedInBoth,      // changed on the table and on the lead's file (or by an earlier copy)
    DeletedOnTable,    // deleted on the table, changed on the lead's file
    DeletedOnLead,     // changed on the table, deleted on the lead's file
    ParentDeletedOnLead,  // added on the table to something deleted on the lead's file
    ParentDeletedOnTable, // on the lead's file, on something the table deleted
};

/// One conflict, in plain words.
struct Conflict
{
    QString copyName; // the group the copy is for
    ConflictKind kind = ConflictKind::EditedInBoth;
    Entity entity = Entity::Note;
    QUuid id;
    /// One sentence for the facilitator, e.g. "The note “Buses stop at 6” was changed on
    /// Table 1's copy and in this file."
    QString words;
    /// What each choice does, in a few words.
    QString theirsWords;
    QString oursWords;
};

enum class Choice { Theirs, Ours };

/// What a merge brings (or would bring) in, in numbers.
struct MergeReport
{
    QStringList copies;  // group names, in the order merged
    int added = 0;
    int changed = 0;
    int removed = 0;
    int consentDecisions = 0;
    /// Withdrawals (or refusals) recorded again after a grant made elsewhere at the same time:
    /// no clock can say which came first, so the one that keeps words out wins.
    int withdrawalsKept = 0;
    /// One line per kind of thing ("12 notes added, 3 changed"), for previews.
    QStringList lines;
    std::vector<Conflict> conflicts;
    int unsettled = 0; // conflicts the caller gave no answer for (the merge then fails)
};

/// How to settle each conflict; nullopt when there is no answer (the merge then fails, listing
/// the conflicts).
using Decide = std::function<std::optional<Choice>(const Conflict &)>;

/// Merges the table copies at \a paths into \a lead, in that order, in one transaction (all or
/// nothing). With \a previewOnly nothing is written and every conflict is listed (decided "ours"
/// for the rest of the preview). A file that is not a table copy, a copy of another workshop, a
/// copy merged before or a damaged copy is refused with a message, and nothing is written.
Result<MergeReport> merge(Session &lead, const QStringList &paths, bool previewOnly, const Decide &decide,
    const QString &actor);

/// Called after an irreversible change (withdrawal, purge) in any file: when the file is a table
/// copy, rows that are gone from it are taken out of its base too (and remembered as removed, so
/// the merge removes them from the lead's file), and people's details in the base are brought in
/// line with the file, so that the base never keeps words or details the change took away.
Result<void> forgetRemoved(Database &db, const WorkshopData &data);

/// Whether the workshop open in \a db is a table copy. Asked once when a Session opens, so that
/// an irreversible change in an ordinary workshop has no step after its commit that could fail;
/// when the file cannot say (out of memory), true, so the copy's base is never left unscrubbed.
bool isTableCopy(Database &db);

/// The tables a merge brings back, in foreign-key order.
QStringList mergedTables();

} // namespace tablecopies
} // namespace cg
