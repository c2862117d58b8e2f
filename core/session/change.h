// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QMetaType>

namespace cg {

/// A typed change event: which row of which entity was inserted, updated or removed. Emitted by
/// the Session after the file and its in-memory copy both hold the change.
struct Change
{
    enum class Kind { Inserted, Updated, Removed };
    Entity entity = Entity::Workshop;
    Kind kind = Kind::Updated;
    QUuid id;
};

} // namespace cg

Q_DECLARE_METATYPE(cg::Change)
