// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attachment.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace cg::io::photos {

/// Longest side of a photo kept in a workshop unless the facilitator asks for full size: sharp
/// enough to read a flipchart on a projector or in a printed report, small enough that fifty
/// photos keep a workshop file easy to copy and hand over.
inline constexpr int defaultLongestSide = 2400;
/// What is refused at the door, before anything is decoded.
inline constexpr qint64 maxFileBytes = 50LL * 1024 * 1024;
inline constexpr qint64 maxPixels = 100LL * 1000 * 1000;

struct ImportOptions
{
    /// Keep the file exactly as it is (no scaling, metadata kept) instead of a scaled copy.
    bool keepFullSize = false;
    int longestSide = defaultLongestSide;
};

/// Turns a picture file into an Attachment ready for edits::addAttachment (no board, caption or
/// people yet). A photo larger than `longestSide` is scaled down; a JPEG is written afresh, which
/// also drops its camera metadata (a phone's photo may carry where it was taken); a PNG that
/// needs no scaling is kept as it is; other formats become PNG (with transparency) or JPEG. The
/// camera's orientation is applied. With `keepFullSize` the file's own bytes are kept. Files that
/// are not pictures, are empty, or are absurdly large (over maxFileBytes, or over maxPixels) are
/// refused with a message saying why.
Result<Attachment> importFile(const QString &path, const ImportOptions &options = {});
Result<Attachment> importBytes(const QByteArray &bytes, const QString &fileName, const ImportOptions &options = {});

} // namespace cg::io::photos
