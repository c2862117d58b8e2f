// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"

namespace cg {

/// An answer to a feedback question ("best aspects", "what changed for you").
struct Feedback : Record
{
    QString question;
    QString answer;
    QUuid participantId; // null = anonymous

    bool operator==(const Feedback &) const = default;
};

} // namespace cg
