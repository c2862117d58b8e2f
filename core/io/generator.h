// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

namespace cg::io {

/// What to generate: how many of each, and the seed that makes it repeatable.
struct GeneratorOptions
{
    int participants = 25;
    int groups = 4;
    int boards = 5;
    int notes = 120;
    quint64 seed = 1;
    QString title; // empty: a title naming the seed
};

/// A synthetic but realistic workshop for tests, demos of scale and benchmarks: people of mixed
/// roles with mixed consent (mostly granted, some refusals, a few withdrawals, some never
/// recorded), groups with members, an agenda, breakout and plenary boards with notes of
/// sticky-note length laid out in reading order without overlaps, themes framing some of them,
/// dot votes, actions, feedback and payments. The same options always give the same workshop,
/// ids and times included, on every machine (it uses its own random number generator).
Result<WorkshopData> generateWorkshop(const GeneratorOptions &options);

} // namespace cg::io
