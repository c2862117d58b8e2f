// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/projectionlayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cg::projection {

namespace {

/// How many columns of at most \a limit a run of \a heights needs, stacked with \a gap.
int columnsNeeded(const std::vector<double> &heights, double limit, double gap)
{
    int columns = heights.empty() ? 0 : 1;
    double used = 0;
    bool empty = true;
    for (double h : heights) {
        if (!empty && used + gap + h > limit + 0.01) {
            ++columns;
            used = 0;
            empty = true;
        }
        used += (empty ? 0 : gap) + h;
        empty = false;
    }
    return columns;
}

/// Splits \a heights into at most \a columns runs, in order, keeping the tallest run as short as
/// it can be. Returns where each run starts.
std::vector<std::size_t> balance(const std::vector<double> &heights, int columns, double gap)
{
    if (heights.empty())
        return {};
    double low = *std::max_element(heights.begin(), heights.end());
    double high = std::accumulate(heights.begin(), heights.end(), 0.0) + gap * double(heights.size());
    for (int i = 0; i < 40 && high - low > 0.5; ++i) {
        const double mid = (low + high) / 2;
        if (columnsNeeded(heights, mid, gap) <= columns)
            high = mid;
        else
            low = mid;
    }
    std::vector<std::size_t> starts { 0 };
    double used = 0;
    for (std::size_t i = 0; i < heights.size(); ++i) {
        if (i > 0 && used + gap + heights[i] > high + 0.01) {
            starts.push_back(i);
            used = 0;
        }
        used += (used > 0 ? gap : 0) + heights[i];
    }
    return starts;
}

double tallest(const std::vector<double> &heights, const std::vector<std::size_t> &starts, double gap)
{
    double most = 0;
    for (std::size_t c = 0; c < starts.size(); ++c) {
        const std::size_t end = c + 1 < starts.size() ? starts[c + 1] : heights.size();
        double h = 0;
        for (std::size_t i = starts[c]; i < end; ++i)
            h += (i > starts[c] ? gap : 0) + heights[i];
        most = std::max(most, h);
    }
    return most;
}

/// One try: every group in columns at one text size with at most `columns` columns.
struct Plan
{
    Metrics metrics;
    double columnWidth = 0;
    bool fits = false;
    std::vector<double> bands; // per group; 0 for the loose notes
    std::vector<std::vector<double>> heights; // per group, per card
    std::vector<std::vector<std::size_t>> starts; // per group: where each of its columns starts
    int columnsUsed() const
    {
        int n = 0;
        for (const auto &s : starts)
            n += int(s.size());
        return n;
    }
};

Plan plan(const Request &r, int textPx, int columns, bool spreadOut)
{
    Plan p;
    p.metrics = Metrics::forText(textPx);
    const Metrics &m = p.metrics;
    const double width = r.area.width();
    const double height = r.area.height();
    columns = std::max(1, columns);
    p.columnWidth = std::min(m.maxColumn, (width - (columns - 1) * m.gap) / columns);
    if (p.columnWidth < m.minColumn && columns > 1)
        return p;
    p.columnWidth = std::min(p.columnWidth, width);
    const double card = p.columnWidth - 2 * m.pad;
    const std::size_t groups = r.groups.size();
    p.bands.assign(groups, 0);
    p.heights.resize(groups);
    p.starts.resize(groups);
    std::vector<int> need(groups, 0);
    std::vector<double> room(groups, height);
    int total = 0;
    bool capped = false; // a card taller than a whole column: this size does not fit
    for (std::size_t g = 0; g < groups; ++g) {
        const Group &group = r.groups[g];
        std::vector<double> natural;
        for (const QUuid &id : group.notes)
            natural.push_back(r.cardHeight ? r.cardHeight(id, card, textPx) : 4.0 * textPx);
        if (!group.themeId.isNull()) {
            // The name's band as wide as the frame will be: one column first, then as many as the
            // notes need with that band (a long name on two lines in one column may fit on one).
            auto band = [&](int columnsWide) {
                const double w = columnsWide * p.columnWidth + (columnsWide - 1) * m.gap;
                return r.bandHeight ? r.bandHeight(group.themeId, w, textPx) : 2.0 * textPx;
            };
            p.bands[g] = band(1);
            int columnsWide = columnsNeeded(natural, std::max(1.0, height - p.bands[g] - m.pad), m.gap);
            for (int tries = 0; tries < 3 && columnsWide > 1; ++tries) {
                const double wider = band(columnsWide);
                if (wider >= p.bands[g])
                    break;
                // Only if the notes still need that many columns under the lower band.
                if (columnsNeeded(natural, std::max(1.0, height - wider - m.pad), m.gap) != columnsWide)
                    break;
                p.bands[g] = wider;
            }
            room[g] = std::max(1.0, height - p.bands[g] - m.pad);
        }
        for (double h : natural) {
            capped = capped || h > room[g];
            p.heights[g].push_back(std::min(room[g], h));
        }
        need[g] = columnsNeeded(p.heights[g], room[g], m.gap);
        total += need[g];
    }
    p.fits = total <= columns && !capped;
    if (p.fits && spreadOut) {
        // Spare columns go to the groups whose columns are tallest, so the board spreads across
        // the screen like a board rather than running down one side of it.
        int spare = columns - total;
        while (spare > 0) {
            int best = -1;
            double bestHeight = 0;
            for (std::size_t g = 0; g < groups; ++g) {
                if (need[g] >= int(p.heights[g].size()))
                    continue;
                const double h
                    = tallest(p.heights[g], balance(p.heights[g], need[g], m.gap), m.gap) + p.bands[g];
                if (h > bestHeight) {
                    bestHeight = h;
                    best = int(g);
                }
            }
            if (best < 0)
                break;
            ++need[std::size_t(best)];
            --spare;
        }
    }
    for (std::size_t g = 0; g < groups; ++g)
        p.starts[g] = balance(p.heights[g], need[g], m.gap);
    return p;
}

int mostColumns(const Request &r, int textPx)
{
    const Metrics m = Metrics::forText(textPx);
    return std::max(1, int(std::floor((r.area.width() + m.gap) / (m.minColumn + m.gap))));
}

/// The plan at \a textPx that fits, using as many columns as the screen has room for and then as
/// few as the notes need (wider columns, shorter cards). A note too long for a narrow column
/// makes the columns fewer and wider.
Plan bestPlanAt(const Request &r, int textPx)
{
    Plan p;
    for (int columns = mostColumns(r, textPx); columns >= 1; --columns) {
        p = plan(r, textPx, columns, true);
        if (p.fits || p.columnWidth >= Metrics::forText(textPx).maxColumn - 0.5)
            break;
    }
    if (!p.fits)
        return p;
    const int used = p.columnsUsed();
    if (used < mostColumns(r, textPx)) {
        Plan wider = plan(r, textPx, std::max(1, used), true);
        if (wider.fits)
            return wider;
    }
    return p;
}

} // namespace

Metrics Metrics::forText(int textPx)
{
    Metrics m;
    m.text = textPx;
    m.gap = std::round(textPx * 0.5);
    m.pad = std::round(textPx * 0.45);
    m.minColumn = textPx * 10.5;
    m.maxColumn = textPx * 16.0;
    return m;
}

int readableTextSize(double height)
{
    return std::max(12, int(std::lround(height / 38.0)));
}

QRectF Layout::pageRect(int page) const
{
    QRectF bounds;
    for (const Placed &p : themes)
        if (p.page == page)
            bounds |= p.rect;
    for (const Placed &p : notes)
        if (p.page == page)
            bounds |= p.rect;
    return bounds;
}

Layout layOut(const Request &request)
{
    Layout out;
    Request r = request;
    r.area = QSizeF(std::max(1.0, r.area.width()), std::max(1.0, r.area.height()));
    r.smallestText = std::max(6, r.smallestText);
    r.largestText = std::max(r.smallestText, r.largestText);
    r.groups.erase(
        std::remove_if(r.groups.begin(), r.groups.end(), [](const Group &g) { return g.notes.empty(); }),
        r.groups.end());

    // The largest text that fits on one page (larger type makes every card bigger, so a binary
    // search finds it); a huge board goes straight to the smallest size and to pages.
    std::size_t cards = 0;
    for (const Group &g : r.groups)
        cards += g.notes.size();
    Plan chosen;
    bool found = false;
    if (cards <= 400) {
        int low = r.smallestText;
        int high = r.largestText;
        while (low <= high) {
            const int mid = (low + high) / 2;
            Plan p = bestPlanAt(r, mid);
            if (p.fits) {
                chosen = std::move(p);
                found = true;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
    }
    if (!found)
        chosen = plan(r, r.smallestText, mostColumns(r, r.smallestText), false);
    out.metrics = chosen.metrics;
    const Metrics &m = chosen.metrics;
    const double columnStep = chosen.columnWidth + m.gap;
    const int perPage = found ? std::max(1, chosen.columnsUsed()) : mostColumns(r, m.text);

    // Columns go onto pages in order; a theme that fits on a page is not split between two.
    int page = 0;
    int column = 0;
    for (std::size_t g = 0; g < r.groups.size(); ++g) {
        const Group &group = r.groups[g];
        const auto &starts = chosen.starts[g];
        const int count = int(starts.size());
        if (column > 0 && column + count > perPage && count <= perPage) {
            ++page;
            column = 0;
        }
        const bool themed = !group.themeId.isNull();
        const double top = themed ? chosen.bands[g] : 0;
        int firstColumn = column;
        double boxHeight = 0;
        auto closeBox = [&](int lastColumn) {
            if (!themed || lastColumn < firstColumn)
                return;
            const double x = firstColumn * columnStep;
            const double w = (lastColumn - firstColumn + 1) * columnStep - m.gap;
            out.themes.push_back({ group.themeId, QRectF(x, 0, w, top + boxHeight + m.pad), page, top });
        };
        for (int c = 0; c < count; ++c) {
            if (column >= perPage) {
                closeBox(column - 1);
                ++page;
                column = 0;
                firstColumn = 0;
                boxHeight = 0;
            }
            const std::size_t end
                = std::size_t(c + 1 < count ? starts[std::size_t(c + 1)] : group.notes.size());
            double y = top;
            for (std::size_t i = starts[std::size_t(c)]; i < end; ++i) {
                const double h = chosen.heights[g][i];
                out.notes.push_back({ group.notes[i],
                    QRectF(column * columnStep + m.pad, y, chosen.columnWidth - 2 * m.pad, h), page });
                y += h + m.gap;
            }
            boxHeight = std::max(boxHeight, y - m.gap - top);
            ++column;
        }
        closeBox(column - 1);
    }
    out.pages = page + 1;
    return out;
}

} // namespace cg::projection
