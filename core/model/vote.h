// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

namespace cg {

/// Dot votes on a note or a theme (exactly one of the two), by a participant or anonymous.
/// `onPaper` marks votes cast on paper and entered on people's behalf.
struct Vote : Record
{
    QUuid noteId;
    QUuid themeId;
    QUuid participantId;
    int count = 1;
    bool onPaper = false;

    bool operator==(const Vote &) const = default;
};

} // namespace cg
