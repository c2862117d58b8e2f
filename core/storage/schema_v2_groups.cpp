// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// Breakout-group allocation: what each table offers, who is fixed to a table, and the pairs of
/// people to keep apart or together.
const char *v2GroupsSql()
{
    return R"SQL(
ALTER TABLE breakout_group ADD COLUMN step_free INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1));
ALTER TABLE breakout_group ADD COLUMN hearing_loop INTEGER NOT NULL DEFAULT 0 CHECK (hearing_loop IN (0, 1));
ALTER TABLE breakout_group ADD COLUMN quiet_space INTEGER NOT NULL DEFAULT 0 CHECK (quiet_space IN (0, 1));
ALTER TABLE group_member ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));

CREATE TABLE seating_rule (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('keep_apart','keep_together')),
    first_id TEXT NOT NULL REFERENCES participant(id),
    second_id TEXT NOT NULL REFERENCES participant(id),
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    CHECK (first_id <> second_id)
);
CREATE INDEX seating_rule_by_first ON seating_rule(first_id);
CREATE INDEX seating_rule_by_second ON seating_rule(second_id);
)SQL";
}

} // namespace cg::schema
