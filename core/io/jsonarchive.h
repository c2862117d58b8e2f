// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace cg::io {

/// The lossless JSON archive of a workshop: every entity and every field, so that a workshop can
/// be handed over, inspected in any text editor, and imported again as the same workshop (same
/// ids, same times). Keys are written in a stable (sorted) order and rows in table order, so
/// exporting, importing and exporting again gives the identical bytes. Attachments are base64;
/// an open workshop's Session::data() holds no attachment bytes, so archive
/// Session::completeData().
///
/// Top level: {"format": "common-ground-archive", "formatVersion": 1, "workshop": {...},
/// "participants": [...], "consentEvents": [...], ...} with one array per entity, named as the
/// members of WorkshopData. Field names are those of the model structs; times are UTC
/// "yyyy-MM-ddTHH:mm:ss.zzzZ", dates "yyyy-MM-dd", missing values null.
namespace archive {

inline constexpr int formatVersion = 1;

QByteArray toJson(const WorkshopData &data);

/// Reads an archive, checking its shape, every value and that every reference points at a row
/// that is in the archive. Errors say where ("notes[12].colour: ...") in plain words.
Result<WorkshopData> fromJson(const QByteArray &json);

/// Writes the archive to \a path atomically (the old file, if any, stays until the new one is
/// complete).
Result<void> writeFile(const WorkshopData &data, const QString &path);
Result<WorkshopData> readFile(const QString &path);

/// Whether every reference in \a data points at a row that exists and every id is unique: what a
/// workshop file's foreign keys would demand, told in words before anything is written.
Result<void> checkReferences(const WorkshopData &data);

} // namespace archive
} // namespace cg::io
