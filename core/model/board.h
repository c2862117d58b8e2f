// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

namespace cg {

/// A sticky-note board, optionally tied to a breakout group and an agenda item.
struct Board : Record
{
    QString title;
    BoardKind kind = BoardKind::Breakout;
    QUuid groupId;
    QUuid agendaItemId;
    QString prompt;
    int position = 0;

    bool operator==(const Board &) const = default;
};

} // namespace cg
