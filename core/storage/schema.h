// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringList>

#include <functional>
#include <span>

namespace cg {

class Database;

/// The workshop file's schema: its identity (application id), its version, and the numbered
/// migrations from one version to the next. Documented in docs/file-format.md.
namespace schema {

/// PRAGMA application_id of every Common Ground workshop: "CGnd".
inline constexpr int applicationId = 0x43476E64;
/// The schema version this build writes (PRAGMA user_version).
inline constexpr int currentVersion = 2;

/// One numbered step: upgrades a file from version toVersion - 1 to toVersion. It runs inside
/// the transaction that also bumps user_version.
struct Migration
{
    int toVersion;
    std::function<Result<void>(Database &)> apply;
};

/// The migrations this build knows, from version 2 on. A new file is made by creating version 1
/// and running every migration, so each change to the schema is written once.
std::span<const Migration> migrations();

/// One part of the version-2 migration. Version 2 gathers what several features add to the
/// file; each part lives in its own file (schema_v2_<part>.cpp) so that work on different
/// features never collides, and runs in the order listed in schema_v2.cpp.
struct Part
{
    const char *name;
    const char *sql;
};
std::span<const Part> version2Parts();

/// Creates the current schema in an empty database (version 1, then every migration) and
/// stamps application_id and user_version. Runs in one transaction.
Result<void> create(Database &db);

/// The schema a file of \a version must have, as "type name: sql" lines sorted by name (tables,
/// indexes, triggers and views; SQLite's own internal tables left out). Built once per version in
/// a private in-memory database from version 1 and the migrations, so that it is exactly what a
/// new or upgraded file holds. Empty for a version this build does not know.
QStringList expected(int version);

/// The same lines for an open file.
Result<QStringList> actual(Database &db);

/// Brings a file up to \a target by running \a steps in order, each in its own transaction.
Result<void> migrate(Database &db, std::span<const Migration> steps, int target);

/// The SQL that creates version 1 (also shown in docs/file-format.md).
const char *version1Sql();

} // namespace schema
} // namespace cg
