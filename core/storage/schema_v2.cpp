// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of schema version 2, in the order they run. Each part's SQL lives in its own file
// (schema_v2_<part>.cpp), written once: a new file runs it after creating version 1, an older
// file runs it when it is upgraded (after a backup), inside the migration's one transaction.
#include "storage/schema.h"

namespace cg::schema {

// Declared here, defined beside the feature that needs them.
const char *v2WorkshopSql(); // schema_v2_workshop.cpp: end time of the day
const char *v2SafetySql();   // schema_v2_safety.cpp: append-only consent and audit, whoever writes
const char *v2ConsentOrderSql(); // schema_v2_consentorder.cpp: consent ordered by sequence, not clock
const char *v2RunSql();      // schema_v2_run.cpp: running the agenda to time
const char *v2AttachmentsSql(); // schema_v2_attachments.cpp: photos' bytes read on demand, pixel sizes
const char *v2ThemesSql(); // schema_v2_themes.cpp: cross-board theme membership
const char *v2GroupsSql(); // schema_v2_groups.cpp: table access, locks, keep-apart/together pairs
const char *v2CopiesSql(); // schema_v2_copies.cpp: table copies, their bases, copies merged

namespace {

const Part kVersion2Parts[] = {
    {"workshop", v2WorkshopSql()},
    {"safety", v2SafetySql()},
    {"consent order", v2ConsentOrderSql()},
    {"run", v2RunSql()},
    {"attachments", v2AttachmentsSql()},
    {"themes", v2ThemesSql()},
    {"groups", v2GroupsSql()},
    {"copies", v2CopiesSql()},
};

} // namespace

std::span<const Part> version2Parts()
{
    return kVersion2Parts;
}

} // namespace cg::schema
