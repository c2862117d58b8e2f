// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

namespace cg {

/// Append-only record of consent changes, withdrawals, purges and exports. It never holds the
/// words of a deleted contribution.
struct AuditEvent : Record
{
    QDateTime at;
    QString kind; // "consent", "withdrawal", "purge", "export", "import", ...
    QString summary;
    QString actor;
    QUuid participantId;

    bool operator==(const AuditEvent &) const = default;
};

} // namespace cg
