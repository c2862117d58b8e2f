// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

namespace cg {

/// One recorded consent decision. Append-only: the current consent for a scope is the latest
/// event for it, and events are never edited or deleted in place (the schema enforces this).
struct ConsentEvent : Record
{
    QUuid participantId;
    ConsentScope scope = ConsentScope::TakePart;
    ConsentDecision decision = ConsentDecision::Granted;
    ConsentMethod method = ConsentMethod::Verbal;
    QString recordedBy;
    QDateTime recordedAt;
    QString infoSheetVersion;
    /// The order decisions were recorded in, within the file: 1, 2, 3… "The current consent" is
    /// the event with the highest sequence, whatever the clocks said (a laptop clock set back
    /// must not let an old grant beat a later withdrawal). 0 until the Session gives it one.
    qint64 sequence = 0;

    bool operator==(const ConsentEvent &) const = default;
};

} // namespace cg
