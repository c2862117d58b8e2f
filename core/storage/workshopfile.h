// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/schema.h"

#include <QStringList>

#include <memory>

namespace cg {

class Database;

/// Opening, creating, checking and copying `.cgw` workshop files. Every refusal leaves the file
/// exactly as it was: nothing is written until the file is known to be a Common Ground workshop
/// of a version this build understands.
///
/// Open connections use journal_mode=TRUNCATE, synchronous=FULL and locking_mode=EXCLUSIVE (see
/// docs/decisions.md): each change is durable when its command returns, the .cgw alone is the
/// whole workshop whenever no transaction is running, and a second instance is refused.
namespace workshopfile {

struct OpenOptions
{
    bool readOnly = false; // open read-only even when the file could be written
    /// Migrations to apply to older files (defaults to schema::migrations()); tests inject more.
    std::span<const schema::Migration> migrations = schema::migrations();
    int targetVersion = schema::currentVersion;
    /// Leaves SQLite's page-by-page structure check (quick_check, the slowest part of opening a
    /// large file) and the foreign-key check to quickCheck(), for a caller that runs them before
    /// the first write and shows something first. Every other check (identity, version, schema,
    /// bounds, values) still runs before open() returns.
    bool deferQuickCheck = false;
};

struct Opened
{
    std::unique_ptr<Database> db;
    bool readOnly = false;
    QString readOnlyReason; // why, when readOnly
    QString backupPath;     // set when an older file was backed up and migrated
    QString notice;         // something the facilitator should know (a crash was recovered from, …)
    bool quickCheckPending = false; // OpenOptions::deferQuickCheck: quickCheck() is still to run
};

/// What check() found: problems make the file unusable; notes are worth knowing (a crash to
/// recover from, an older format to upgrade).
struct CheckReport
{
    QStringList problems;
    QStringList notes;
};

/// Opens an existing workshop file, refusing (with a message, and without writing) anything that
/// is missing, not SQLite, another application's, from a newer version, damaged or in use.
Result<Opened> open(const QString &path, const OpenOptions &options = {});
/// SQLite's structure and foreign-key checks of an open file (what OpenOptions::deferQuickCheck
/// leaves out): one line per problem, none when the file is sound.
QStringList quickCheck(Database &db);

/// Creates a new, empty workshop file (schema only; no workshop row). Refuses an existing path.
Result<std::unique_ptr<Database>> create(const QString &path);

/// A new workshop file being built under a unique temporary name beside its destination
/// (`.NAME.XXXXXX.part`, readable by its owner only), locked for as long as \a db is open; the
/// caller fills it, closes it and renames it into place, or calls discardDraft().
struct Draft
{
    std::unique_ptr<Database> db;
    QString path;
};

/// Starts a Draft for \a destination, first removing stale drafts in that folder
/// (removeStaleDrafts). Two runs into the same folder never share a temporary name.
Result<Draft> createDraft(const QString &destination);
/// Removes a draft file and its journal (after its Database is closed).
void discardDraft(const QString &draftPath);
/// Removes drafts (and their journals) in \a folder left by a run that was killed: files of the
/// draft pattern that no live process has locked and that have not changed for a few seconds.
/// Returns how many files were removed.
int removeStaleDrafts(const QString &folder);

/// Writes a complete, consistent copy of the open database to \a destination, atomically: a
/// temporary file beside the destination is written, synced and renamed over it.
Result<void> saveCopy(Database &db, const QString &destination);

/// What is wrong with a workshop file, or an empty list when it is sound: its identity and
/// version, and the same validation open() applies (exact schema, full integrity check with
/// CHECK constraints, references, one workshop, every value readable). Never changes the file,
/// its journal included: a crash is recovered from in a private copy only.
Result<CheckReport> examine(const QString &path);
/// examine()'s problems only.
Result<QStringList> check(const QString &path);

/// Before closing a writable connection: TRUNCATE mode keeps an empty journal beside the file
/// between transactions; switching to DELETE removes it, so a closed workshop is one file.
void releaseJournal(Database &db);

/// Before each write transaction: takes SQLite's own lock on the file afresh, in case a
/// descriptor closed elsewhere in this process dropped it (see platform::FileLock).
Result<void> retakeLock(Database &db);

/// Sets the per-connection pragmas every open workshop uses.
Result<void> configure(Database &db, bool readOnly);

} // namespace workshopfile
} // namespace cg
