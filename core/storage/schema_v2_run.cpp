// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// Running the day to time. The run lives on the agenda items (the item under way is the one
/// with an actual start and no actual end), so that an app restarted in the middle of an item
/// carries on from the file with the right time left. See docs/file-format.md.
const char *v2RunSql()
{
    return R"SQL(
ALTER TABLE agenda_item ADD COLUMN extra_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0);
ALTER TABLE agenda_item ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0);
ALTER TABLE agenda_item ADD COLUMN paused_at TEXT;
ALTER TABLE agenda_item ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1));
)SQL";
}

} // namespace cg::schema
