// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "model/workshopdata.h"

#include <QString>

namespace cg {

/// The words on a note's author chip: the ONLY place the board decides how an author is named.
/// It asks \a policy (rules 1, 2 and 7): for the public the display name only with be_named
/// granted, else the pseudonym; for the team the display name; "Anonymous" or "Facilitator" for
/// notes entered that way.
///
/// The team's canvas is the working surface where notes are captured before consent is recorded,
/// so for Audience::Team a person who does not (yet) take part is still named there (the chip from
/// authorConsentMark() says why their note will not reach any output). For Audience::Public such a
/// note must not be shown at all (ConsentPolicy::mayAppear); the label is then empty.
QString authorLabel(const ConsentPolicy &policy, const Note &note, Audience audience);

/// The warning a facilitator sees on a note whose author has not granted take_part: "Consent not
/// recorded", "Refused" or "Withdrawn". Empty for anonymous notes and for authors who take part.
QString authorConsentMark(const ConsentPolicy &policy, const Note &note);

} // namespace cg
