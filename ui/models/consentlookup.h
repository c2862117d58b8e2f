// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <optional>

namespace cg {

/// The current consent of one person for one scope: the latest ConsentEvent for that pair, or
/// nothing when no decision was ever recorded. Events are append-only, so "latest" is decided by
/// the time it was recorded, and among equal times by the order they were stored.
std::optional<ConsentDecision> currentConsent(
    const WorkshopData &data, const QUuid &participantId, ConsentScope scope);

/// Words for a current consent, for lists: "granted", "refused", "withdrawn" or "not recorded".
QString consentWords(std::optional<ConsentDecision> decision);

/// People whose take_part consent has never been recorded, in display-name order.
QList<QUuid> peopleWithoutTakePartConsent(const WorkshopData &data);

} // namespace cg
