// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QString>

namespace cg::test {

/// Damages the closed workshop at \a path so that only SQLite's own structure check
/// (quick_check) sees it: a row breaking a CHECK constraint (a negative default rate), which the
/// loader reads without complaint. For the tests of the check that runs after the first paint.
inline void breakOnlyForQuickCheck(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadWrite);
    REQUIRE(db.ok());
    REQUIRE((*db)->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON; "
                                       "UPDATE workshop SET default_rate_minor = -1"))
                .ok());
}

} // namespace cg::test
