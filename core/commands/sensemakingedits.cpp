// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of cross-board themes: the sense-making that gathers notes from every board.
#include "commands/edits.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cg::edits {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::edits", text, nullptr, n);
}

Result<QString> checkThemeName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(tr("A theme needs a name."));
    if (trimmed.size() > 300)
        return fail(tr("A theme's name can be up to 300 characters."));
    return trimmed;
}

Result<const Theme *> crossBoardTheme(const WorkshopData &data, const QUuid &themeId)
{
    const Theme *theme = data.themes.find(themeId);
    if (!theme)
        return fail(tr("That theme is no longer in the workshop."));
    if (!theme->isCrossBoard())
        return fail(tr("“%1” is a theme on one board; change it on its board.").arg(theme->name));
    return theme;
}

Result<void> checkNotes(const WorkshopData &data, const QList<QUuid> &noteIds)
{
    for (const QUuid &id : noteIds)
        if (!data.notes.contains(id))
            return fail(tr("That note is no longer on its board."));
    return {};
}

} // namespace

Result<Edit> addCrossBoardTheme(const WorkshopData &data, const QString &name, const QList<QUuid> &noteIds)
{
    auto checked = checkThemeName(name);
    if (!checked)
        return checked.error();
    if (auto ok = checkNotes(data, noteIds); !ok)
        return ok.error();
    Theme theme;
    theme.id = newId();
    theme.name = *checked;
    for (const QUuid &id : noteIds)
        if (!theme.noteIds.contains(id))
            theme.noteIds << id;
    return Edit{tr("New theme “%1”").arg(theme.name), CommandId::None, {}, {RowChange::inserted(theme)}};
}

Result<Edit> renameCrossBoardTheme(const WorkshopData &data, const QUuid &themeId, const QString &name)
{
    auto theme = crossBoardTheme(data, themeId);
    if (!theme)
        return theme.error();
    auto checked = checkThemeName(name);
    if (!checked)
        return checked.error();
    Edit edit{tr("Rename theme “%1”").arg(*checked), CommandId::None, {}, {}};
    if ((*theme)->name != *checked) {
        Theme after = **theme;
        after.name = *checked;
        edit.changes.push_back(RowChange::updated(**theme, after));
    }
    return edit;
}

Result<Edit> addNotesToTheme(const WorkshopData &data, const QUuid &themeId, const QList<QUuid> &noteIds, int index)
{
    auto theme = crossBoardTheme(data, themeId);
    if (!theme)
        return theme.error();
    if (auto ok = checkNotes(data, noteIds); !ok)
        return ok.error();
    Theme after = **theme;
    QList<QUuid> adding;
    for (const QUuid &id : noteIds)
        if (!after.noteIds.contains(id) && !adding.contains(id))
            adding << id;
    const int at = index < 0 ? int(after.noteIds.size()) : std::min(index, int(after.noteIds.size()));
    for (int i = 0; i < adding.size(); ++i)
        after.noteIds.insert(at + i, adding.at(i));
    Edit edit{tr("Add %n notes to “%1”", int(adding.size())).arg(after.name), CommandId::None, {}, {}};
    if (!adding.isEmpty())
        edit.changes.push_back(RowChange::updated(**theme, after));
    return edit;
}

Result<Edit> removeNotesFromTheme(const WorkshopData &data, const QUuid &themeId, const QList<QUuid> &noteIds)
{
    auto theme = crossBoardTheme(data, themeId);
    if (!theme)
        return theme.error();
    const QSet<QUuid> going(noteIds.begin(), noteIds.end());
    Theme after = **theme;
    after.noteIds.removeIf([&](const QUuid &id) { return going.contains(id); });
    const int removed = int((*theme)->noteIds.size() - after.noteIds.size());
    Edit edit{tr("Take %n notes out of “%1”", removed).arg(after.name), CommandId::None, {}, {}};
    if (removed > 0)
        edit.changes.push_back(RowChange::updated(**theme, after));
    return edit;
}

Result<Edit> moveNoteInTheme(const WorkshopData &data, const QUuid &themeId, const QUuid &noteId, int newIndex)
{
    auto theme = crossBoardTheme(data, themeId);
    if (!theme)
        return theme.error();
    const qsizetype from = (*theme)->noteIds.indexOf(noteId);
    if (from < 0)
        return fail(tr("That note is not in “%1”.").arg((*theme)->name));
    Theme after = **theme;
    after.noteIds.move(from, std::clamp<qsizetype>(newIndex, 0, after.noteIds.size() - 1));
    Edit edit{tr("Reorder “%1”").arg(after.name), CommandId::None, {}, {}};
    if (after.noteIds != (*theme)->noteIds)
        edit.changes.push_back(RowChange::updated(**theme, after));
    return edit;
}

Result<Edit> removeCrossBoardTheme(const WorkshopData &data, const QUuid &themeId)
{
    auto theme = crossBoardTheme(data, themeId);
    if (!theme)
        return theme.error();
    const QString name = (*theme)->name;
    auto edit = removeTheme(data, themeId);
    if (edit)
        edit->text = tr("Delete theme “%1”").arg(name);
    return edit;
}

} // namespace cg::edits
