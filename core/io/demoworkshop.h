// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

namespace cg::io {

/// The demo workshop shipped inside the app: a realistic half-day co-production workshop with
/// about 25 participants of mixed roles and mixed consent, 4 breakout groups with a board each
/// plus a plenary board, notes with themes and votes, actions and feedback. Always the same
/// content (fixed ids and times), so screenshots and tests can rely on it.
///
/// It is data, not code: a JSON archive (io/jsonarchive.h) at resources/demo/demo-workshop.json,
/// compiled into the core library, read by the same code that imports any archive.
Result<WorkshopData> loadDemoWorkshop();
/// The demo, or an empty workshop should the built-in archive ever fail to load (the tests make
/// sure it does not).
WorkshopData demoWorkshop();

} // namespace cg::io
