// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "model/workshopdata.h"

#include <vector>

namespace cg {

/// One cross-board theme with the notes it gathers, in the facilitator's order. Each note's
/// board is `data.boards.find(note->boardId)`. The pointers point into the WorkshopData they were
/// read from and are valid until it changes.
struct CrossBoardTheme
{
    const Theme *theme = nullptr;
    std::vector<const Note *> notes;
};

/// Every cross-board theme (Theme::boardId null) in the order they were made, with all their
/// notes: the team's working view.
std::vector<CrossBoardTheme> crossBoardThemes(const WorkshopData &data);

/// The same for an output: only the notes that may appear for \a audience (ConsentPolicy's rules
/// 1, 3 and 6). A theme whose notes are all withheld is still listed, with no notes, so a report
/// can say so; `withheld` counts what was left out of each.
struct CrossBoardThemeForAudience
{
    const Theme *theme = nullptr;
    std::vector<const Note *> notes;
    int withheld = 0;
};
std::vector<CrossBoardThemeForAudience> crossBoardThemes(const ConsentPolicy &policy, Audience audience);

/// The cross-board themes that gather \a noteId.
QList<QUuid> crossBoardThemesOf(const WorkshopData &data, const QUuid &noteId);

} // namespace cg
