// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace cg {

class Database;

/// SQLite's session extension and database images, for merging table copies (core/merge). Every
/// SQLite call stays in core/storage; this is the thin layer the merge stands on. Measured on
/// Debian's 3.40.1: a table must be attached to a session before sqlite3session_diff() sees it,
/// tables without an explicit primary key are skipped silently (every merged table has one),
/// triggers fire while a changeset is applied, and with foreign keys on a single orphan row
/// aborts the whole changeset (apply() reports orphans instead, see orphans()).
namespace changesets {

/// The whole main database of \a db as one SQLite image (sqlite3_serialize).
Result<QByteArray> imageOf(Database &db);
/// A private in-memory database holding \a image (sqlite3_deserialize), for reading or changing
/// a base without writing it anywhere.
Result<std::unique_ptr<Database>> openImage(const QByteArray &image);

enum class Op { Insert, Update, Delete };

/// One row a changeset changes: its table, what happens to it and its key (the id, or for a
/// membership row both ids joined by '/').
struct RowRef
{
    QString table;
    Op op = Op::Insert;
    QString key;
};

/// The rows of \a tables that differ between \a baseImage and the main database of \a db, as a
/// changeset from the base to \a db (sqlite3session_diff).
Result<QByteArray> diff(Database &db, const QByteArray &baseImage, const QStringList &tables);
/// What \a changeset changes, row by row, in its order.
Result<std::vector<RowRef>> contents(const QByteArray &changeset);

/// Why a change could not be applied as it is.
enum class Clash {
    Edited,     // the row was changed in the target since the base (update or delete)
    Missing,    // the row is no longer in the target (update or delete)
    Duplicate,  // a row with that key is already there (insert)
    Refused,    // a constraint or trigger refused it
};

struct ClashInfo
{
    RowRef row;
    Clash clash = Clash::Edited;
    /// For Edited: the columns whose value in the target differs from the base.
    QStringList columns;
};

enum class Resolution { Skip, Overwrite, Abort };

struct Applied
{
    std::vector<RowRef> skipped; // the rows that were not applied
    /// The apply left rows pointing at nothing. SQLite's count of deferred foreign-key violations
    /// is set to zero when the apply ends, whatever it was, so this is the only word of it.
    bool orphansLeft = false;
};

/// Applies \a changeset to the main database of \a db (inside the caller's transaction). Each
/// clash is handed to \a decide: Skip keeps the target's row, Overwrite applies the change anyway
/// (not possible for Missing and Refused, where it means Skip). Foreign keys are checked by the
/// caller afterwards (orphans()), so that an orphan is a conflict to show, not an abort.
Result<Applied> apply(Database &db, const QByteArray &changeset,
    const std::function<Resolution(const ClashInfo &)> &decide);

/// A row whose reference points at nothing (PRAGMA foreign_key_check): \a table's row \a key
/// refers to a missing row of \a parent.
struct Orphan
{
    QString table;
    QString key; // empty for rows without an id (memberships), which removeStrayRows() handles
    QString parent;
    QString parentKey;
};
Result<std::vector<Orphan>> orphans(Database &db);
/// Whether SQLite counts deferred foreign-key violations in \a db's transaction now (what COMMIT
/// looks at). The count is exact only from a point where it was zero with no row an orphan (the
/// start of the transaction, or restartForeignKeyCount() once orphans() found none), and an apply
/// sets it to zero whatever it was (Applied::orphansLeft says what it was).
bool foreignKeyViolationsCounted(Database &db);
/// Sets the count to zero: call it once orphans() finds none, so that the count is exact again.
Result<void> restartForeignKeyCount(Database &db);
/// Deletes the rows of \a table (a membership table) that refer to a missing row.
Result<void> removeStrayRows(Database &db, const QString &table);

} // namespace changesets
} // namespace cg
