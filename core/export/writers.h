// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/document.h"
#include "result.h"

#include <QByteArray>

namespace cg::doc {

// The document writers. Each renders a whole Document to the bytes of one file; none of them
// decides what may appear (that is ConsentPolicy's job, before the Document is built). Writing
// the bytes to disk is writeFile()'s job, so that every format is written the same safe way.

/// CommonMark, every piece of text escaped so that nobody's words become Markdown syntax.
QByteArray toMarkdown(const Document &document);
/// One self-contained HTML file: landmarks, headings, print stylesheet, no external resources,
/// images inline as data: URLs, every piece of text escaped.
QByteArray toHtml(const Document &document, const Style &style = Style::standard());
/// A4 PDF with page numbers and a running title; fonts embedded.
Result<QByteArray> toPdf(const Document &document, const Style &style = Style::standard());
/// OpenDocument Text (.odt) with real heading styles, lists, tables and embedded images.
Result<QByteArray> toOdt(const Document &document, const Style &style = Style::standard());
/// Office Open XML (.docx) with real heading styles, lists, tables and embedded images.
Result<QByteArray> toDocx(const Document &document, const Style &style = Style::standard());

/// Writes \a bytes to \a path atomically (a temporary file beside it, every write checked,
/// flushed and synced before it replaces the old file). A full disk or a vanished folder is a
/// clear error and leaves any previous file at \a path as it was. New files are readable by
/// their owner only.
Result<void> writeFile(const QString &path, const QByteArray &bytes);

} // namespace cg::doc
