// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace cg::palette {

/// The sticky-note colours: light tints of the Okabe–Ito palette, which stays distinguishable
/// for the common kinds of colour blindness. Colour is never the only signal: every colour also
/// has a name and a shape (drawn in the note's corner and shown in menus).
QColor fill(NoteColour colour);
/// The full-strength Okabe–Ito colour, for the corner shape and theme frames.
QColor accent(NoteColour colour);
/// The colour's name for people ("Yellow"), translated.
QString name(NoteColour colour);
/// Draws the colour's shape (circle, square, triangle, diamond, cross, hexagon) inside \a box.
void paintShape(QPainter *painter, const QRectF &box, NoteColour colour);

/// Ink, edges and marks shared by everything on the board.
QColor ink();
QColor mutedInk();
QColor boardBackground();
QColor selection();
QColor findHighlight();
QColor sensitiveMark();
/// The chip on a note whose author has not granted take_part (white text on it reads at 7:1).
QColor consentMark();

} // namespace cg::palette
