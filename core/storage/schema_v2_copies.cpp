// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// Table copies (one laptop per table, merged back offline; see docs/decisions.md).
/// - table_copy: in a copy, its one row says where it came from (the lead's workshop, the group,
///   the copy's own id) and holds its base: the copy as it was prepared, as an SQLite image, which
///   the merge diffs the copy against. Empty in every other file.
/// - table_copy_removed: in a copy, rows that an irreversible change (a withdrawal with deletion,
///   a purge) took out of the copy and out of its base, so that the base never keeps their words;
///   the merge removes them from the lead's file too.
/// - table_copy_merged: in the lead's file, each copy merged into it, so that it is merged once.
const char *v2CopiesSql()
{
    return R"SQL(
CREATE TABLE table_copy (
    copy_id TEXT PRIMARY KEY NOT NULL,
    lead_workshop_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    group_name TEXT NOT NULL DEFAULT '',
    prepared_at TEXT NOT NULL,
    base BLOB NOT NULL
);
CREATE TABLE table_copy_removed (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
CREATE TABLE table_copy_merged (
    copy_id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL,
    merged_at TEXT NOT NULL
);
)SQL";
}

} // namespace cg::schema
