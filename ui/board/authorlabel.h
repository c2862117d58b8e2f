// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h" // Audience
#include "model/workshopdata.h"

#include <QString>

namespace cg {

/// The words on a note's author chip. This is the ONLY place the board decides how an author is
/// named, so that applying the consent rules (core's ConsentPolicy) later changes one function:
/// for now the display name for the team, the pseudonym for the public, "Anonymous" or
/// "Facilitator".
QString authorLabel(const WorkshopData &data, const Note &note, Audience audience);

} // namespace cg
