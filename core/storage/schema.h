// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

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
inline constexpr int currentVersion = 1;

/// One numbered step: upgrades a file from version toVersion - 1 to toVersion. It runs inside
/// the transaction that also bumps user_version.
struct Migration
{
    int toVersion;
    std::function<Result<void>(Database &)> apply;
};

/// The migrations this build knows (none yet beyond creating version 1).
std::span<const Migration> migrations();

/// Creates the version-1 schema in an empty database and stamps application_id and
/// user_version. Runs in one transaction.
Result<void> create(Database &db);

/// Brings a file up to \a target by running \a steps in order, each in its own transaction.
Result<void> migrate(Database &db, std::span<const Migration> steps, int target);

/// The SQL that creates version 1 (also shown in docs/file-format.md).
const char *version1Sql();

} // namespace schema
} // namespace cg
