// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QString>
#include <QUuid>

namespace cg::personalcode {

/// A person's personal code: what they type on the room page to "say who I am" (room mode), given
/// to them at check-in. Eight letters and digits from the join code's alphabet (nothing that can be
/// misread aloud or off paper), shown as two groups of four ("KM47-TX3Q").
///
/// It is not stored: it is a keyed hash (HMAC-SHA-256) of the participant's id under a key made
/// from the workshop's id, so it needs no column, is the same every time for the whole workshop
/// (and in its archive, copies and merged table copies, which keep both ids), and differs between
/// workshops. Neither id is ever sent to a phone, so the code can only be had from the facilitator
/// (or from the file, which holds everything anyway); guessing is bounded by the room's rate limits.
/// 23^8 (about 78 billion) codes: a day of guessing at the limits finds nobody.
QString of(const WorkshopData &data, const QUuid &participantId);
/// The code as read aloud and printed: "KM47-TX3Q".
QString spaced(const QString &code);
/// A code as typed: capitals, spaces and dashes dropped; at most 32 characters looked at.
QString normalised(const QString &typed);
/// The participant whose code \a typed is (any spelling normalised() accepts); null when it is
/// nobody's (or, never in practice, two people's).
QUuid personWith(const WorkshopData &data, const QString &typed);

} // namespace cg::personalcode
