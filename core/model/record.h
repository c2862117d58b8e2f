// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QUuid>

namespace cg {

/// What every stored entity has: a UUID that stays the same across export, import and merge,
/// and creation / modification times in UTC.
struct Record
{
    QUuid id;
    QDateTime created;
    QDateTime modified;

    bool operator==(const Record &) const = default;
};

/// A fresh random UUID for a new entity.
inline QUuid newId()
{
    return QUuid::createUuid();
}

} // namespace cg
