// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

namespace cg {

class Database;

/// Reading and writing the rows of every entity. Statements are prepared once per connection and
/// reused. None of these functions opens a transaction: callers group them.
namespace store {

Result<void> insert(Database &db, const AnyRecord &record);
Result<void> update(Database &db, const AnyRecord &record);
Result<void> remove(Database &db, Entity entity, const QUuid &id);

/// Reads the whole workshop, except the bytes of attachments (see Attachment): those are read one
/// at a time by attachmentData().
Result<WorkshopData> loadAll(Database &db);
/// Only the consent history (what a merge needs of every table copy).
Result<Table<ConsentEvent>> loadConsentEvents(Database &db);
/// The stored bytes of one attachment.
Result<QByteArray> attachmentData(Database &db, const QUuid &attachmentId);
/// Writes every row of \a data into a database with an empty schema (new files, imports, the
/// generator).
Result<void> writeAll(Database &db, const WorkshopData &data);

/// The table that holds an entity, e.g. "breakout_group" for Entity::Group.
const char *tableName(Entity entity);

} // namespace store
} // namespace cg
