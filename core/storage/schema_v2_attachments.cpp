// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// Photos' bytes move to a table of their own, so that opening a workshop reads the list of
/// photos without reading the photos: SQLite stores a row's columns one after another, and in
/// version 1 the caption and times came after the bytes, so reading them meant walking every
/// page of the picture. The attachment row keeps its size and its pixel sizes (as stored, and as
/// imported before it was scaled down).
const char *v2AttachmentsSql()
{
    return R"SQL(
CREATE TABLE attachment_data (
    attachment_id TEXT PRIMARY KEY NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
);
INSERT INTO attachment_data (attachment_id, bytes) SELECT id, data FROM attachment ORDER BY rowid;
ALTER TABLE attachment ADD COLUMN byte_size INTEGER NOT NULL DEFAULT 0 CHECK (byte_size >= 0);
ALTER TABLE attachment ADD COLUMN width INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0);
ALTER TABLE attachment ADD COLUMN height INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0);
ALTER TABLE attachment ADD COLUMN original_width INTEGER NOT NULL DEFAULT 0 CHECK (original_width >= 0);
ALTER TABLE attachment ADD COLUMN original_height INTEGER NOT NULL DEFAULT 0 CHECK (original_height >= 0);
UPDATE attachment SET byte_size = length(data);
ALTER TABLE attachment DROP COLUMN data;
)SQL";
}

} // namespace cg::schema
