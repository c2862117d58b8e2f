// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/document.h"
#include "export/report.h"
#include "model/workshop.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <vector>

namespace cg::qda {

/// One code of the codebook: a theme, or a category that groups codes (a board, "Themes across
/// boards"), which analysis tools show as a folder and do not let anyone code with.
struct Code
{
    QUuid guid;
    QString name;
    QString description;
    bool codable = true;
    QString colour; ///< "#rrggbb"; empty for categories
    int notes = 0;  ///< coded selections, for the preview
    int votes = 0;
    std::vector<Code> children;
};

/// One note as a coded stretch of its board's text. Positions are in Unicode code points from
/// the start of the source text, the end one past the last character (text[start:end] in
/// Python).
struct Selection
{
    QUuid guid;
    QUuid noteId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;   ///< the note's words as they stand in the source text
    QString author; ///< as the report names the author: a name, a pseudonym, "Anonymous", …
    int votes = 0;
    bool verbatim = false;
    QDateTime created;
    QList<QUuid> codes; ///< guids of the codes it is coded with, board theme first
};

/// One board as a plain-text source: its title, prompt and every note the audience may see.
struct Source
{
    QUuid guid;
    QUuid boardId;
    QString name;
    QString prompt;
    QString group;
    QString text; ///< the whole source text; lines end with LF only
    int votes = 0;
    std::vector<Selection> selections; ///< in the order they stand in the text
};

/// One person (or "Anonymous", "Facilitator") as the report names them, with their notes.
struct Case
{
    QUuid guid;
    QString name;
    QList<QUuid> selections;
};

/// A REFI-QDA (QDA-XML 1.0) project made from one report: each board is a text source, themes
/// are codes (a theme across boards codes notes in several sources), each note a coded
/// selection, authors are cases under the name the report gives them, votes are in the
/// selections' and codes' descriptions and the boards' "Votes" variable. It is built from a
/// report::Report, never from the workshop's records, so it holds exactly what the report's
/// audience may see: the consent rules have been applied before it exists. Every GUID is derived
/// from the workshop's and the records' ids, and every date comes from the workshop, so the same
/// workshop always gives the same bytes.
struct Project
{
    QString name;
    QString description;
    Audience audience = Audience::Public;
    QDateTime created;
    QDateTime modified;
    QUuid user;
    QUuid groupVariable;
    QUuid votesVariable;
    std::vector<Code> codes;
    std::vector<Source> sources;
    std::vector<Case> cases;

    int selectionCount() const;
    int codeCount() const; ///< codable codes, categories not counted
};

/// The project of \a report. \a workshop gives the ids and dates only (none of its words).
/// Fails, in plain words, when the report leaves out the boards.
Result<Project> project(const report::Report &report, const Workshop &workshop = {});

/// `project.qde`: the project's XML (namespace urn:QDA-XML:project:1.0).
QByteArray projectXml(const Project &project);
/// The codebook alone (`.qdc`, namespace urn:QDA-XML:codebook:1.0).
QByteArray codebookXml(const Project &project);
/// The `.qdpx` package: `project.qde` and one `sources/<guid>.txt` (UTF-8, no byte-order mark)
/// per board.
Result<QByteArray> toQdpx(const Project &project);
/// The `.qdc` file; fails when there is no code at all (the format needs one).
Result<QByteArray> toQdc(const Project &project);

/// What the files hold, for the Share view's preview: the codebook and, unless \a codebookOnly,
/// every source with its coded notes.
doc::Document toDocument(const Project &project, bool codebookOnly = false);

/// The number of Unicode code points in \a text (a pair of UTF-16 surrogates is one).
qsizetype codePoints(QStringView text);
/// \a text from code point \a start up to (not including) code point \a end.
QString codePointSlice(QStringView text, qsizetype start, qsizetype end);

} // namespace cg::qda
