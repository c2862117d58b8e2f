// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cg::test {

/// A document with every kind of block and the awkward text people really write: markup,
/// ampersands, quotes, Markdown, newlines, Arabic and Hebrew, emoji, combining accents, a
/// control character, a 100 KB paragraph, a table long enough to cross pages, and a photo.
cg::doc::Document awkwardDocument();

/// Pieces of the awkward document's text, in reading order, as a reader should find them
/// (control characters gone). Emoji are listed separately: see emojiPieces().
QStringList awkwardPieces();
/// The emoji in the awkward document.
QStringList emojiPieces();

/// A small PNG (a coloured gradient) of \a width × \a height pixels.
QByteArray pngImage(int width, int height);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};
/// Runs \a program (a tool the export tests check with: pdftotext, xmllint, unzip, soffice).
Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
/// Whether \a program can be found; the tests fail (never skip) when a checking tool is missing.
bool haveTool(const QString &program);

/// \a text with whitespace and invisible format characters removed, compatibility-normalised
/// (NFKC: Arabic presentation forms as letters), for comparing extracted text with the source.
QString comparable(const QString &text);

} // namespace cg::test

namespace cg::test {

/// A share-back report as a community partner would receive it (for the screenshots).
cg::doc::Document partnerDocument();

} // namespace cg::test
