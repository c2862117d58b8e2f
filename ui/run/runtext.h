// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/runclock.h"

#include <QString>

namespace cg::runtext {

// The words of the run, shared by the run bar, the countdown and the agenda. Plain, and spelled
// out ("1 minute", not "1 minute(s)"): they are read from the back of a hall.

/// "5 minutes" / "1 minute".
QString minutes(qint64 count);
/// "Running 5 minutes late", "On time", "3 minutes ahead".
QString lateness(const RunStatus &status);
/// What the countdown says under the numbers: "Paused", "Under 2 minutes left", "Time is up",
/// "3 minutes over", or nothing while there is plenty of time.
QString warning(const RunStatus &status);
/// "Expected to end at 12:55 (planned 12:50)", with the venue's end time when it is passed.
QString ending(const RunStatus &status);

} // namespace cg::runtext
