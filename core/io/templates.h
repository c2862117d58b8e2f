// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cg::io {

struct TemplateBoard
{
    QString title;
    BoardKind kind = BoardKind::Plenary;
    QString prompt;
    QString group; ///< the name of one of the template's groups, or empty

    bool operator==(const TemplateBoard &) const = default;
};

struct TemplateItem
{
    QString title;
    AgendaKind kind = AgendaKind::Plenary;
    int minutes = 15;
    QString prompt;
    QString instructions;
    QList<TemplateBoard> boards; ///< boards for this item

    bool operator==(const TemplateItem &) const = default;
};

struct TemplateGroup
{
    QString name;
    QString location;

    bool operator==(const TemplateGroup &) const = default;
};

/// The shape of a workshop without its people or what they said: workshop details (no date,
/// facilitators or retention date), breakout groups by name, the timed agenda with prompts and
/// instructions, and empty boards. The built-in templates are files in resources/templates; a
/// facilitator's own are saved beside them in a folder of their own (templates::userFolder()).
///
/// File format (JSON, UTF-8): {"format": "common-ground-template", "formatVersion": 1,
/// "title", "description", "workshop": {"title", "purpose", "venue", "startTime": "HH:MM",
/// "endTime": "HH:MM" or null, "infoSheetVersion", "currency", "defaultRateMinor"},
/// "groups": [{"name", "location"}], "agenda": [{"title", "kind", "minutes", "prompt",
/// "instructions", "boards": [{"title", "kind", "prompt", "group"}]}], "boards": [...]}.
/// Every key but "format", "formatVersion" and the titles may be left out.
struct WorkshopTemplate
{
    QString name; ///< the key (the file's name without .json), e.g. "half-day"
    QString title; ///< e.g. "Half-day co-production workshop"
    QString description;
    Workshop workshop;
    QList<TemplateGroup> groups;
    QList<TemplateItem> agenda;
    QList<TemplateBoard> boards; ///< boards not tied to an agenda item (a parking lot)

    int totalMinutes() const;
    bool operator==(const WorkshopTemplate &) const = default;
};

namespace templates {

inline constexpr int formatVersion = 1;

QByteArray toJson(const WorkshopTemplate &workshopTemplate);
/// Reads a template, checking every value and bound; errors say where ("agenda[2].minutes: ...").
Result<WorkshopTemplate> fromJson(const QByteArray &json, const QString &name);
Result<WorkshopTemplate> readFile(const QString &path);
/// Writes atomically: the old file, if any, stays until the new one is complete.
Result<void> writeFile(const WorkshopTemplate &workshopTemplate, const QString &path);

/// A template that can be chosen: built in, or one of the facilitator's own.
struct Entry
{
    QString name;
    QString title;
    QString description;
    int minutes = 0;
    int items = 0;
    QString path; ///< where it is read from (":/templates/..." for the built-in ones)
    bool builtIn = true;
};

/// Where a facilitator's own templates are kept (shared by the app and the command line).
QString userFolder();
/// Every template: the built-in ones, then those in \a userFolder (files that cannot be read
/// are left out of the list).
QList<Entry> available(const QString &userFolder);
/// The template called \a nameOrPath (a built-in or own template's name, or a path to a file).
Result<WorkshopTemplate> find(const QString &nameOrPath, const QString &userFolder);
/// A file name for a new own template with this title, e.g. "evening-session".
QString nameFor(const QString &title);

/// A new workshop from the template: fresh ids, the agenda, groups and boards linked up. The
/// caller fills in the date and anything else it asked for.
WorkshopData instantiate(const WorkshopTemplate &workshopTemplate);
/// A template of \a data: everything but people, notes and what happened on the day.
WorkshopTemplate fromWorkshop(const WorkshopData &data, const QString &title, const QString &description);

} // namespace templates
} // namespace cg::io
