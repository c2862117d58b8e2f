// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace cg::look {

/// Calm and warm, legible on a projector in a bright hall: cream backgrounds, near-black text,
/// a deep teal accent (contrast above 7:1 against the background).
QPalette warmPalette();
/// Sizes follow \a basePoints (the facilitator's text size preference), so text scales.
QString styleSheet(int basePoints);
/// Fusion style and the warm palette, for the whole application.
void apply(QApplication &app);

} // namespace cg::look
