// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

#include <QByteArray>
#include <QList>

namespace cg {

/// A photo (of a flipchart, say) or another file kept inside the workshop file.
struct Attachment : Record
{
    QUuid boardId;
    QString fileName;
    QString mimeType;
    QByteArray data;
    QString caption;
    QList<QUuid> peopleShown;

    bool operator==(const Attachment &) const = default;
};

} // namespace cg
