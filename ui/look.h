// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;
class QLineEdit;

namespace cg::look {

/// Calm and warm, legible on a projector in a bright hall: cream backgrounds, near-black text,
/// a deep teal accent (contrast above 7:1 against the background).
QPalette warmPalette();
/// High contrast (the preference): black on white, a deep blue for selection and focus (both
/// above 12:1), borders black. The board follows it too (isHighContrast()).
QPalette highContrastPalette();
QPalette palette(bool highContrast);
/// Whether \a palette is the high-contrast one (how the board canvas learns the preference).
bool isHighContrast(const QPalette &palette);
/// The projector's colours (presenter slide, countdown, join panel). Warm: cream paper, near-black
/// ink, a muted brown for small print, the teal accent. High contrast: white paper, and black for
/// everything else, since a projector in a bright hall washes out any tint.
struct Projection {
    QColor paper;
    QColor ink;
    QColor quiet;
    QColor accent;
};
Projection projection(bool highContrast);
/// Sizes follow \a basePoints (the facilitator's text size preference), so text scales. In high
/// contrast every colour is replaced by black, white or the deep blue, and focus is a yellow fill
/// or a thick ring.
QString styleSheet(int basePoints, bool highContrast = false);
/// Turns on \a edit's clear button and gives it a name a screen reader can say.
void addClearButton(QLineEdit *edit);
/// Fusion style and the warm palette, for the whole application.
void apply(QApplication &app);

} // namespace cg::look
