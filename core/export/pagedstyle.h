// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/document.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>
#include <utility>

namespace cg::doc {

/// Type sizes and spacing for the paged and office writers (PDF, ODT, DOCX), from one Style, so
/// that standard, large-print and easy-read documents look alike in every format. All sizes
/// are in points.
struct Metrics
{
    double body = 11;
    double heading[4] = {22, 17, 14, 12};
    double title = 26;
    double subtitle = 14;
    double margin = 0;      ///< page margin (header and footer sit inside it)
    double small = 9;       ///< running title and page number
    double lineHeight = 1.3; ///< multiple of the type size
    double paragraphAfter = 6;
    double headingBefore = 14; ///< level 1; deeper levels get less
    double headingAfter = 6;
    double listIndent = 18;
    double cellPadding = 4;
    bool ideaPerLine = false; ///< easy read: each sentence starts its own line
    /// The font named in ODT and DOCX: what the reader's word processor shows. Arial (or its
    /// metric twin Liberation Sans) is on nearly every computer and is what large-print and
    /// easy-read guidance asks for.
    QString officeFont = QStringLiteral("Arial");

    double headingSize(int level) const { return heading[qBound(1, level, 4) - 1]; }
    /// Space above a heading of \a level.
    double spaceBefore(int level) const { return headingBefore * (level <= 1 ? 1.0 : level == 2 ? 0.8 : 0.65); }
};

Metrics metricsFor(const Style &style);

/// The lines a paragraph is shown as: the paragraph itself, or in easy read one line per
/// sentence ("one idea per line").
QList<Spans> linesOf(const Spans &spans, const Metrics &metrics);

/// Whether the text of \a spans reads right to left (its first strong character is Arabic,
/// Hebrew, …), so that paragraphs are set right-aligned in that direction.
bool isRightToLeft(const Spans &spans);

/// An image a writer may embed: its bytes are PNG or JPEG (by their signature, not by the
/// claimed MIME type) and it has a size. Anything else is shown as its alt text.
struct EmbeddableImage
{
    QByteArray data;
    QString extension; ///< "png" or "jpeg"
    QString mime;      ///< image/png or image/jpeg
    QSize pixels;
};
std::optional<EmbeddableImage> embeddable(const Block &image);

/// The text shown where an image cannot be: its alt text, or a plain word when it has none.
QString imageStandIn(const Block &image);

/// "en-GB" → {"en", "GB"}; a bare "cy" → {"cy", ""}.
std::pair<QString, QString> languageAndCountry(const QString &tag);

/// The running title of paged formats: the document's own, or its title.
QString runningTitleOf(const Document &document);

} // namespace cg::doc
