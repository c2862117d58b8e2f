// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/sensemaking.h"

namespace cg {

std::vector<CrossBoardTheme> crossBoardThemes(const WorkshopData &data)
{
    std::vector<CrossBoardTheme> out;
    for (const Theme &theme : data.themes) {
        if (!theme.isCrossBoard())
            continue;
        CrossBoardTheme entry{&theme, {}};
        entry.notes.reserve(std::size_t(theme.noteIds.size()));
        for (const QUuid &id : theme.noteIds)
            if (const Note *note = data.notes.find(id))
                entry.notes.push_back(note);
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<CrossBoardThemeForAudience> crossBoardThemes(const ConsentPolicy &policy, Audience audience)
{
    std::vector<CrossBoardThemeForAudience> out;
    for (const CrossBoardTheme &theme : crossBoardThemes(policy.data())) {
        CrossBoardThemeForAudience entry{theme.theme, {}, 0};
        for (const Note *note : theme.notes) {
            if (policy.mayAppear(*note, audience))
                entry.notes.push_back(note);
            else
                ++entry.withheld;
        }
        out.push_back(std::move(entry));
    }
    return out;
}

QList<QUuid> crossBoardThemesOf(const WorkshopData &data, const QUuid &noteId)
{
    QList<QUuid> themes;
    for (const Theme &theme : data.themes)
        if (theme.isCrossBoard() && theme.noteIds.contains(noteId))
            themes << theme.id;
    return themes;
}

} // namespace cg
