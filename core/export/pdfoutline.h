// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/pdfcomposer.h"
#include "result.h"

#include <QByteArray>

namespace cg::doc {

/// \a pdf (as QPdfWriter wrote it) with bookmarks for \a headings, the document language,
/// the viewer told to show the title and the bookmarks, and the fonts' ToUnicode maps completed
/// with \a characters (emoji), so that a viewer can copy and search them. Qt 6.4's PDF writer
/// can do none of these, so they are appended as an incremental update (PDF 1.7, 7.5.6): the
/// original bytes stay as they were, followed by the new objects and a cross-reference
/// section that points back to the old one.
Result<QByteArray> finishPdf(const QByteArray &pdf, const QList<PlacedHeading> &headings, const QString &language,
                             const QList<FontCharacters> &characters);

} // namespace cg::doc
