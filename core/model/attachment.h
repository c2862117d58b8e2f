// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

#include <QByteArray>
#include <QList>

namespace cg {

/// A photo (of a paper flipchart, say) or another file kept inside the workshop file, on a board
/// or on the workshop as a whole (board null), with a caption and the people it shows (consent
/// rule 4: a photo goes public only when everyone shown agreed to be photographed).
///
/// The bytes travel with the row only where they must: an edit that adds or replaces them, an
/// archive, an import. The Session never keeps them in its data(): opening a workshop with a
/// hundred photos reads none of them, and Session::attachmentData() reads one when it is wanted.
/// So `data` is null ("not here") in the Session's rows, while `byteSize` always says how big the
/// stored bytes are.
struct Attachment : Record
{
    QUuid boardId;
    QString fileName;
    QString mimeType;
    QByteArray data; // null when not loaded (see above)
    QString caption;
    QList<QUuid> peopleShown;
    qint64 byteSize = 0;
    /// Pixel size of the stored image (0 when unknown or not an image).
    int width = 0;
    int height = 0;
    /// Pixel size of the picture as it was imported, before it was scaled down (0 when unknown;
    /// equal to width/height when it was kept at full size).
    int originalWidth = 0;
    int originalHeight = 0;

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
    bool operator==(const Attachment &) const = default;
};

} // namespace cg
