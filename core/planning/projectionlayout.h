// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QUuid>

#include <functional>
#include <vector>

namespace cg::projection {

/// A theme and its notes in reading order, or (null themeId) the notes in no theme.
struct Group
{
    QUuid themeId;
    std::vector<QUuid> notes;
};

/// The spacing that goes with one text size, in pixels: everything scales with the type.
struct Metrics
{
    int text = 0; // the notes' text, the same on every card
    double gap = 0; // between cards and between columns
    double pad = 0; // inside a theme's frame, around its cards
    double minColumn = 0; // narrowest column (about 15 characters a line, like a sticky note)
    double maxColumn = 0; // widest column (about 25 characters a line)

    static Metrics forText(int textPx);
};

struct Request
{
    QSizeF area; // what the board may fill, in pixels
    std::vector<Group> groups; // themes first, in reading order of their frames; loose notes last
    int smallestText = 20; // see readableTextSize()
    int largestText = 40;
    /// The height a card needs for note \a id at \a width with \a textPx type (author, text,
    /// votes). The painting code answers, so that what is laid out is what is drawn.
    std::function<double(const QUuid &id, double width, int textPx)> cardHeight;
    /// The height of a theme's title band at \a width: its name, wrapped, and its votes.
    std::function<double(const QUuid &themeId, double width, int textPx)> bandHeight;
};

struct Placed
{
    QUuid id;
    QRectF rect;
    int page = 0;
    double band = 0; // a theme's title band at the top of its frame
};

struct Layout
{
    Metrics metrics;
    int pages = 0;
    std::vector<Placed> notes;
    /// One frame per theme and page it is on (a long theme can go on over a page).
    std::vector<Placed> themes;
    /// What is on \a page, from the area's top-left corner.
    QRectF pageRect(int page) const;
};

/// The smallest note text for a screen \a height pixels tall that reads from the back of a hall:
/// a 38th of the height, 19 px on a 720-line projector. On a screen about 2 m tall that makes
/// capitals about 3.7 cm high, which is 12 minutes of arc from 10 m away: above the usual limit
/// of legibility (10) though short of comfortable reading (16), which larger type reaches whenever
/// the board leaves room for it.
int readableTextSize(double height);

/// A board laid out for a projector or a picture, not as it stands on the canvas: one text size for
/// every note, as large as lets everything fit (never below Request::smallestText); notes in
/// columns, each theme's notes together in a frame headed by its name, the notes in no theme after
/// them; a long note gets a taller card, never smaller type; nothing missing leaves a hole, because
/// only the notes given are laid out. What does not fit at the smallest size goes on further pages.
Layout layOut(const Request &request);

} // namespace cg::projection
