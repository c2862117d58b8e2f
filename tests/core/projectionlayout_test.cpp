// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The projection layout: one text size for the whole board, as large as fits; themes together in
// their frames; no holes; long notes on taller cards; pages when even the smallest size is full.
#include "planning/projectionlayout.h"

#include <catch2/catch.hpp>

#include <QHash>

#include <cmath>

using namespace cg;
using namespace cg::projection;

namespace {

bool overlap(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

/// Cards as a painter would size them: a header line, the text wrapped at about half an em a
/// character, a little padding.
struct Board
{
    QHash<QUuid, int> characters;
    std::vector<Group> groups;

    QUuid add(std::size_t group, int length)
    {
        const QUuid id = QUuid::createUuid();
        characters.insert(id, length);
        groups[group].notes.push_back(id);
        return id;
    }

    Request request(QSizeF area) const
    {
        Request r;
        r.area = area;
        r.groups = groups;
        r.smallestText = readableTextSize(area.height());
        r.largestText = 2 * r.smallestText;
        const QHash<QUuid, int> chars = characters;
        r.cardHeight = [chars](const QUuid &id, double width, int px) {
            const double perLine = std::max(1.0, std::floor((width - px) / (0.55 * px)));
            const double lines = std::ceil(chars.value(id) / perLine);
            return 1.4 * px + lines * 1.2 * px + 0.6 * px;
        };
        r.bandHeight = [](const QUuid &, double, int px) { return 1.9 * px; };
        return r;
    }
};

Board demoBoard()
{
    Board b;
    b.groups.resize(3);
    b.groups[0].themeId = QUuid::createUuid();
    b.groups[1].themeId = QUuid::createUuid();
    for (int len : { 78, 50, 52, 87 })
        b.add(0, len);
    for (int len : { 48, 58, 40 })
        b.add(1, len);
    for (int len : { 60, 48, 55, 70, 45 })
        b.add(2, len);
    return b;
}

} // namespace

TEST_CASE(
    "the projection lays out every note once, in its theme's frame, with nothing overlapping", "[projection]")
{
    const Board b = demoBoard();
    const QSizeF area(1180, 520);
    const Layout layout = layOut(b.request(area));
    REQUIRE(layout.notes.size() == 12);
    CHECK(layout.pages == 1);
    CHECK(layout.metrics.text >= readableTextSize(area.height()));
    CHECK(QRectF(QPointF(0, 0), area).contains(layout.pageRect(0)));
    for (std::size_t i = 0; i < layout.notes.size(); ++i)
        for (std::size_t j = i + 1; j < layout.notes.size(); ++j)
            CHECK_FALSE(overlap(layout.notes[i].rect, layout.notes[j].rect));
    // Each theme's notes are inside its frame, and no other note is.
    REQUIRE(layout.themes.size() == 2);
    for (const Placed &frame : layout.themes) {
        const Group *group = frame.id == b.groups[0].themeId ? &b.groups[0] : &b.groups[1];
        for (const Placed &card : layout.notes) {
            const bool member
                = std::find(group->notes.begin(), group->notes.end(), card.id) != group->notes.end();
            CHECK(member == frame.rect.contains(card.rect));
            if (!member)
                CHECK_FALSE(overlap(card.rect, frame.rect));
        }
    }
    CHECK_FALSE(overlap(layout.themes[0].rect, layout.themes[1].rect));
}

TEST_CASE("the projection leaves no holes: cards stack with one gap, columns side by side", "[projection]")
{
    Board b = demoBoard();
    const Layout full = layOut(b.request(QSizeF(1180, 520)));
    // Take three notes away (as consent would): the rest close up, and the type may grow.
    b.groups[2].notes.erase(b.groups[2].notes.begin(), b.groups[2].notes.begin() + 3);
    const Layout fewer = layOut(b.request(QSizeF(1180, 520)));
    REQUIRE(fewer.notes.size() == 9);
    CHECK(fewer.metrics.text >= full.metrics.text);
    // Within a column each card starts one gap below the one above it.
    QHash<int, std::vector<QRectF>> columns;
    for (const Placed &p : fewer.notes)
        columns[int(std::lround(p.rect.left()))].push_back(p.rect);
    for (auto &column : columns) {
        std::sort(
            column.begin(), column.end(), [](const QRectF &a, const QRectF &c) { return a.top() < c.top(); });
        for (std::size_t i = 1; i < column.size(); ++i)
            CHECK(column[i].top() == Approx(column[i - 1].bottom() + fewer.metrics.gap));
    }
    // Columns follow each other one gap apart (frame padding included), from the left edge.
    QList<int> lefts = columns.keys();
    std::sort(lefts.begin(), lefts.end());
    CHECK(lefts.first() == int(std::lround(fewer.metrics.pad)));
    for (int i = 1; i < lefts.size(); ++i) {
        const double step = lefts[i] - lefts[i - 1];
        CHECK(step
            == Approx(columns[lefts[0]].front().width() + 2 * fewer.metrics.pad + fewer.metrics.gap)
                   .margin(1));
    }
}

TEST_CASE(
    "a longer note gets a taller card, not smaller type; a bigger screen gets bigger type", "[projection]")
{
    Board b;
    b.groups.resize(1);
    const QUuid shortNote = b.add(0, 20);
    const QUuid longNote = b.add(0, 200);
    const Layout layout = layOut(b.request(QSizeF(1180, 520)));
    QRectF shortCard, longCard;
    for (const Placed &p : layout.notes)
        (p.id == shortNote ? shortCard : longCard) = p.rect;
    CHECK(longCard.height() > shortCard.height());
    CHECK(longCard.width() == Approx(shortCard.width()));
    const Layout bigger = layOut(b.request(QSizeF(2360, 1040)));
    CHECK(bigger.metrics.text > layout.metrics.text);
}

TEST_CASE("a board too big for one screen goes on pages at the smallest readable size", "[projection]")
{
    Board b;
    b.groups.resize(2);
    b.groups[0].themeId = QUuid::createUuid();
    for (int i = 0; i < 30; ++i)
        b.add(0, 60);
    for (int i = 0; i < 60; ++i)
        b.add(1, 60);
    const QSizeF area(1180, 520);
    const Layout layout = layOut(b.request(area));
    CHECK(layout.pages > 1);
    CHECK(layout.metrics.text == readableTextSize(area.height()));
    CHECK(layout.notes.size() == 90);
    for (int page = 0; page < layout.pages; ++page) {
        INFO("page " << page);
        CHECK(layout.pageRect(page).width() <= area.width() + 0.5);
        CHECK(layout.pageRect(page).height() <= area.height() + 0.5);
    }
}
