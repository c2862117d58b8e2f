// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

#include <vector>

namespace cg::doc {

/// A run of text with one style. Text is plain: writers escape it for their format, so a
/// participant's words are never markup.
struct Span
{
    QString text;
    bool strong = false;
    bool emphasis = false;

    bool operator==(const Span &) const = default;
};
using Spans = QList<Span>;

inline Spans plain(const QString &text)
{
    return {Span{text}};
}

/// One block of a document. Which members matter depends on the kind.
struct Block
{
    enum class Kind {
        Heading,      ///< `level` 1–4, `spans`
        Paragraph,    ///< `spans`
        Quote,        ///< a direct quote or a highlighted remark: `spans`
        BulletList,   ///< `items`
        NumberedList, ///< `items`
        Table,        ///< `rows`; the first row is the header when `headerRow`
        Image,        ///< `imageData` (PNG or JPEG bytes), `imageMime`, `imageSize` in pixels, `alt`
        PageBreak,
    };
    Kind kind = Kind::Paragraph;
    int level = 0;
    Spans spans;
    QList<Spans> items;
    QList<QList<Spans>> rows;
    bool headerRow = true;
    QByteArray imageData;
    QString imageMime;
    QSize imageSize;
    QString alt;

    bool operator==(const Block &) const = default;
};

/// A format-neutral document: what every report writer (Markdown, HTML, PDF, ODT, DOCX) renders.
/// The share-back report, the easy-read summary and the printed agenda are built as Documents,
/// so that each writer is written once and every format shows the same content. It holds only
/// what may leave the file: consent filtering happens before a Document is built.
struct Document
{
    QString title;
    QString subtitle;      ///< e.g. the date and venue, under the title
    QString runningTitle;  ///< page header in paged formats (defaults to the title)
    QString language = QStringLiteral("en-GB");
    std::vector<Block> blocks;

    Document &heading(int level, const QString &text);
    Document &paragraph(const QString &text);
    Document &paragraph(Spans spans);
    Document &quote(const QString &text);
    Document &bullets(const QStringList &items);
    Document &bullets(QList<Spans> items);
    Document &numbered(const QStringList &items);
    Document &table(QList<QList<Spans>> rows, bool headerRow = true);
    Document &table(const QList<QStringList> &rows, bool headerRow = true);
    Document &image(QByteArray data, const QString &mime, QSize size, const QString &alt);
    Document &pageBreak();

    bool operator==(const Document &) const = default;
};

/// How a paged or styled writer lays the document out.
struct Style
{
    double bodyPoints = 11;     ///< body text size; large print is 18 or more
    bool largePrint = false;    ///< 18 pt+ body, wider spacing, no side-by-side layout
    bool easyRead = false;      ///< one idea per line, very large type, generous spacing
    bool pageNumbers = true;

    static Style standard() { return {}; }
    static Style large() { return {18, true, false, true}; }
    static Style easy() { return {20, true, true, true}; }
};

/// The text of spans without styling, e.g. for accessible names and plain-text output.
QString plainText(const Spans &spans);

} // namespace cg::doc
