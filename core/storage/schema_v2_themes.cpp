// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// Cross-board themes (theme.board_id NULL) for sense-making gather notes from several boards. A
/// note keeps its one board theme in note.theme_id; its places in cross-board themes are rows
/// here, part of their theme (they go with it) and in the facilitator's order.
const char *v2ThemesSql()
{
    return R"SQL(
CREATE TABLE theme_note (
    theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES note(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (theme_id, note_id)
) WITHOUT ROWID;
CREATE INDEX theme_note_by_note ON theme_note(note_id);
)SQL";
}

} // namespace cg::schema
