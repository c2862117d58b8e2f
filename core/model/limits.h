// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>

namespace cg::limits {

// The bounds every number and size in a workshop keeps, in one place: the edit builders, the
// JSON import, the file check and the generator all use these, so a value one of them accepts
// is never refused (or allowed to run away) by another. They are far beyond any real workshop:
// a board a million points across, a note as long as a chapter.

/// Note and theme positions on a board, each way from the origin.
inline constexpr double maxCoordinate = 1'000'000;
/// Note and theme width and height (a theme of a cross-board gathering may be 0 by 0).
inline constexpr double minNoteSize = 1;
inline constexpr double maxSize = 10'000;
/// Characters (UTF-16 units) of text on a note: a long chapter. Notes of 100 KB are kept on
/// purpose (the awkward-text archive and the export tests carry one), so the bound is above that.
inline constexpr int maxTextLength = 120'000;
/// Characters of a name or title (a person, a board, a theme).
inline constexpr int maxNameLength = 200;
/// Dots on one vote row.
inline constexpr int maxVoteCount = 1'000;

/// What `generate` may make: enough for the benchmarks, not enough to exhaust a laptop.
inline constexpr int maxGeneratedNotes = 200'000;
inline constexpr int maxGeneratedPeople = 5'000;
inline constexpr int maxGeneratedGroups = 200;
inline constexpr int maxGeneratedBoards = 1'000;

inline bool coordinateOk(double v) { return std::isfinite(v) && std::abs(v) <= maxCoordinate; }
inline bool noteSizeOk(double v) { return std::isfinite(v) && v >= minNoteSize && v <= maxSize; }
inline bool themeSizeOk(double v) { return std::isfinite(v) && v >= 0 && v <= maxSize; }

} // namespace cg::limits
