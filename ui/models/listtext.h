// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

namespace cg {

/// "lived experience" -> "Lived experience", for enum words shown in lists.
QString sentenceCase(const QString &words);

/// A person's name as the facilitator's own screen shows it (display name, else pseudonym).
QString personName(const WorkshopData &data, const QUuid &participantId);

} // namespace cg
