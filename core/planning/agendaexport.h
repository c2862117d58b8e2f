// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cg::agenda {

/// The agenda for the room: title, date, venue and purpose, then each item with its planned
/// time, kind and length, prompt, instructions and boards, and when the day ends (with a warning
/// when it runs past the venue's end time). It names nobody: it goes on walls and tables.
///
/// Kept small and apart from the report writers (core/export) so that they can take it over:
/// the content is built once (sections()) and each format only lays it out.
enum class ExportFormat { Text, Markdown, Pdf };

/// "md", "markdown", "pdf", "txt", "text" (any case); nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
/// The format a file name asks for by its extension, if it does.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

/// Plain text, for a terminal.
QString toText(const WorkshopData &data);
/// CommonMark; every piece of text is escaped, so nobody's words become Markdown syntax.
QByteArray toMarkdown(const WorkshopData &data);
/// A4, large readable type, page numbers. Needs a QGuiApplication (fonts).
Result<QByteArray> toPdf(const WorkshopData &data);

/// Writes the agenda to \a path in \a format, atomically: every write checked, flushed and
/// committed, so a full disk is an error and any earlier file stays as it was.
Result<void> exportAgenda(const WorkshopData &data, ExportFormat format, const QString &path);

} // namespace cg::agenda
