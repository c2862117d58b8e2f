// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "consent/consentpolicy.h"
#include "result.h"

#include <QString>

#include <utility>
#include <vector>

namespace cg {

/// What one export wrote, for the audit trail: which output, for whom, in which format and how
/// many of each thing it holds. Never content: no names, no words, no file names (a file name
/// can carry a person's name).
struct ExportRecord
{
    QString what;  ///< e.g. "share-back report", "people list", "consent register"
    Audience audience = Audience::Public;
    QString format; ///< e.g. "Markdown", "CSV"
    std::vector<std::pair<QString, int>> counts; ///< e.g. {"notes", 24}, in the order given
};

/// "Exported the share-back report (public) as Markdown (notes: 24, themes: 5, withheld: 3)."
/// Counts of zero are left out.
QString exportSummary(const ExportRecord &record);

namespace edits {

/// The audit event (kind "export") of one export. Apply with Session::record(): the audit trail
/// is append-only.
Result<Edit> recordExport(
    const WorkshopData &data, const ExportRecord &record, const QString &actor, const QDateTime &now);

} // namespace edits
} // namespace cg
