// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

namespace cg {

/// Whether two people should share a breakout table or not.
enum class SeatingKind { KeepApart, KeepTogether };

template<>
struct EnumKeys<SeatingKind>
{
    static constexpr auto table = std::to_array<std::pair<SeatingKind, const char *>>(
        { { SeatingKind::KeepApart, "keep_apart" }, { SeatingKind::KeepTogether, "keep_together" } });
};

/// A pair of people that group allocation keeps apart (a manager and their own staff, so that
/// nobody has to speak in front of their boss) or together (a carer and the person they
/// support). Order within the pair carries no meaning; there is at most one rule per pair.
/// Team information: it never appears in an output.
struct SeatingRule : Record
{
    SeatingKind kind = SeatingKind::KeepApart;
    QUuid firstId;
    QUuid secondId;

    bool operator==(const SeatingRule &) const = default;
};

} // namespace cg
