// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"

#include <optional>

namespace cg {

/// The current consent of one person for one scope, as the ConsentPolicy decides it (the single
/// place that reads consent events), or nothing when no decision was ever recorded.
std::optional<ConsentDecision> currentConsent(const ConsentPolicy &policy, const QUuid &participantId,
                                              ConsentScope scope);

/// Words for a current consent, for lists: "granted", "refused", "withdrawn" or "not recorded".
QString consentWords(std::optional<ConsentDecision> decision);

/// People whose take_part consent has never been recorded, in display-name order.
QList<QUuid> peopleWithoutTakePartConsent(const ConsentPolicy &policy);

} // namespace cg
