// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// The day's planned end (the venue's closing time), so the agenda can warn when it runs over.
const char *v2WorkshopSql()
{
    return R"SQL(
ALTER TABLE workshop ADD COLUMN end_time TEXT;
)SQL";
}

} // namespace cg::schema
