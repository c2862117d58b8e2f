// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/boardlayout.h"

#include "planning/placement.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::BoardLayout", text);
}

/// A real overlap; rectangles that only touch do not overlap.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

double overlapArea(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isValid() ? i.width() * i.height() : 0;
}

} // namespace

bool readingOrder(const Note &a, const Note &b)
{
    const int rowA = int(std::floor(a.y / 60));
    const int rowB = int(std::floor(b.y / 60));
    if (rowA != rowB)
        return rowA < rowB;
    return a.x < b.x;
}

BoardLayout::BoardLayout(const WorkshopData &data, const QUuid &boardId)
    : m_board(boardId)
{
    for (const Theme &t : data.themes) {
        if (t.boardId != boardId)
            continue;
        m_themeIndex.insert(t.id, int(m_themes.size()));
        m_themes.push_back(t);
    }
    for (const Note &n : data.notes) {
        if (n.boardId != boardId)
            continue;
        m_noteIndex.insert(n.id, int(m_notes.size()));
        m_notes.push_back(n);
    }
    m_originalNotes = m_notes;
    m_originalThemes = m_themes;
    m_firstAddedNote = m_notes.size();
    m_firstAddedTheme = m_themes.size();
}

const Note *BoardLayout::note(const QUuid &id) const
{
    const int i = noteIndex(id);
    return i < 0 ? nullptr : &m_notes[std::size_t(i)];
}

const Theme *BoardLayout::theme(const QUuid &id) const
{
    const int i = themeIndex(id);
    return i < 0 ? nullptr : &m_themes[std::size_t(i)];
}

QUuid BoardLayout::themeAt(QPointF point) const
{
    for (const Theme &t : m_themes)
        if (t.rect().contains(point))
            return t.id;
    return {};
}

QRectF BoardLayout::titleBand(const Theme &theme)
{
    return { theme.x, theme.y, theme.width, std::min(labelHeight, theme.height) };
}

double BoardLayout::titleWidth(const QString &name)
{
    // 19 px bold DejaVu Sans averages about 12.5 px a character; 28 for the band's margins and
    // 40 for a vote count beside the name.
    const double wanted = double(name.size()) * 12.5 + 28 + 40;
    const double most = 3 * (placement::noteWidth + gap) - gap + 2 * framePad;
    return std::min(wanted, most);
}

bool BoardLayout::isLoose(const Note &note) const
{
    return note.themeId.isNull() || themeIndex(note.themeId) < 0;
}

Result<void> BoardLayout::checkNotes(const QList<QUuid> &noteIds) const
{
    for (const QUuid &id : noteIds)
        if (noteIndex(id) < 0)
            return fail(tr("That note is no longer on the board."));
    return {};
}

std::vector<int> BoardLayout::membersOf(int theme, const QSet<int> &except) const
{
    const QUuid id = m_themes[std::size_t(theme)].id;
    std::vector<int> members;
    for (int i = 0; i < int(m_notes.size()); ++i)
        if (m_notes[std::size_t(i)].themeId == id && !except.contains(i))
            members.push_back(i);
    std::stable_sort(members.begin(), members.end(),
        [this](int a, int b) { return readingOrder(m_notes[std::size_t(a)], m_notes[std::size_t(b)]); });
    return members;
}

void BoardLayout::layOut(int themeIdx, const std::vector<int> &members)
{
    Theme &t = m_themes[std::size_t(themeIdx)];
    double widest = 0;
    for (int i : members)
        widest = std::max(widest, m_notes[std::size_t(i)].width);
    t.width = std::max({ t.width, widest + 2 * framePad, titleWidth(t.name) });
    const double left = t.x + framePad;
    const double right = t.x + t.width - framePad;
    const double top = t.y + labelHeight + framePad;
    double x = left;
    double y = top;
    double rowHeight = 0;
    for (int i : members) {
        Note &n = m_notes[std::size_t(i)];
        if (x > left && x + n.width > right + 0.01) {
            y += rowHeight + gap;
            x = left;
            rowHeight = 0;
        }
        n.x = x;
        n.y = y;
        n.themeId = t.id;
        x += n.width + gap;
        rowHeight = std::max(rowHeight, n.height);
    }
    // An empty theme keeps room for one note, so it can be seen and dropped into.
    const double content = members.empty() ? placement::noteHeight : y + rowHeight - top;
    t.height = labelHeight + 2 * framePad + content;
}

void BoardLayout::layOutWith(int themeIdx, std::vector<std::pair<int, QPointF>> incoming)
{
    std::vector<int> members = membersOf(themeIdx);
    layOut(themeIdx, members);
    if (incoming.empty())
        return;
    // Where the staying members now are decides where each newcomer goes: before the first member
    // in a lower row, or in its own row before the first member whose middle is right of it.
    auto at = [](const Note &n, QPointF pos) {
        Note moved = n;
        moved.x = pos.x();
        moved.y = pos.y();
        return moved;
    };
    std::stable_sort(incoming.begin(), incoming.end(), [&](const auto &a, const auto &b) {
        return readingOrder(
            at(m_notes[std::size_t(a.first)], a.second), at(m_notes[std::size_t(b.first)], b.second));
    });
    std::vector<std::vector<int>> before(members.size() + 1); // newcomers going before member k
    for (const auto &[i, pos] : incoming) {
        const Note &n = m_notes[std::size_t(i)];
        const QPointF centre = pos + QPointF(n.width / 2, n.height / 2);
        std::size_t place = members.size();
        for (std::size_t k = 0; k < members.size(); ++k) {
            const Note &m = m_notes[std::size_t(members[k])];
            const bool lowerRow = m.y > centre.y();
            const bool sameRow = centre.y() >= m.y - gap && centre.y() < m.y + m.height + gap;
            if (lowerRow || (sameRow && centre.x() < m.x + m.width / 2)) {
                place = k;
                break;
            }
        }
        before[place].push_back(i);
    }
    std::vector<int> ordered;
    ordered.reserve(members.size() + incoming.size());
    for (std::size_t k = 0; k <= members.size(); ++k) {
        ordered.insert(ordered.end(), before[k].begin(), before[k].end());
        if (k < members.size())
            ordered.push_back(members[k]);
    }
    layOut(themeIdx, ordered);
}

std::vector<QRectF> BoardLayout::obstacles(
    int exceptTheme, const QSet<int> &exceptNotes, bool withLooseNotes) const
{
    std::vector<QRectF> out;
    out.reserve(m_themes.size() + (withLooseNotes ? m_notes.size() : 0));
    for (int t = 0; t < int(m_themes.size()); ++t)
        if (t != exceptTheme)
            out.push_back(m_themes[std::size_t(t)].rect());
    if (withLooseNotes)
        for (int i = 0; i < int(m_notes.size()); ++i)
            if (!exceptNotes.contains(i) && isLoose(m_notes[std::size_t(i)]))
                out.push_back(m_notes[std::size_t(i)].rect());
    return out;
}

void BoardLayout::shiftTheme(int themeIdx, QPointF delta)
{
    Theme &t = m_themes[std::size_t(themeIdx)];
    t.x += delta.x();
    t.y += delta.y();
    for (Note &n : m_notes) {
        if (n.themeId == t.id) {
            n.x += delta.x();
            n.y += delta.y();
        }
    }
}

std::vector<QRectF> BoardLayout::frames() const
{
    std::vector<QRectF> out;
    out.reserve(m_themes.size());
    for (const Theme &t : m_themes)
        out.push_back(t.rect());
    return out;
}

void BoardLayout::settle(const std::vector<QRectF> &framesBefore, const QSet<int> &placed)
{
    // Frames that grew, moved or are new push; the others make way.
    std::vector<int> pushers;
    QSet<int> pushing;
    for (int t = 0; t < int(m_themes.size()); ++t) {
        const QRectF now = m_themes[std::size_t(t)].rect();
        if (std::size_t(t) >= framesBefore.size() || !framesBefore[std::size_t(t)].contains(now)) {
            pushers.push_back(t);
            pushing.insert(t);
        }
    }
    // 1. A frame that a pushing frame now covers moves away whole, with its notes.
    for (std::size_t p = 0; p < pushers.size(); ++p) {
        const int t = pushers[p];
        for (int u = 0; u < int(m_themes.size()); ++u) {
            if (u == t)
                continue;
            // Two pushing frames: the later one gives way.
            if (pushing.contains(u)
                && std::find(pushers.begin(), pushers.begin() + std::ptrdiff_t(p), u)
                    != pushers.begin() + std::ptrdiff_t(p))
                continue;
            const Theme &other = m_themes[std::size_t(u)];
            if (!overlaps(other.rect(), m_themes[std::size_t(t)].rect()))
                continue;
            QSet<int> members;
            for (int i = 0; i < int(m_notes.size()); ++i)
                if (m_notes[std::size_t(i)].themeId == other.id)
                    members.insert(i);
            const QPointF to = placement::freeSpot(
                other.rect().size(), other.rect().topLeft(), obstacles(u, members, true), gap);
            shiftTheme(u, to - other.rect().topLeft());
        }
    }
    // 2. Loose notes never sit in a frame: neither those a frame grew over nor those put down on one.
    for (int i = 0; i < int(m_notes.size()); ++i) {
        Note &n = m_notes[std::size_t(i)];
        if (!isLoose(n))
            continue;
        const bool put = placed.contains(i);
        bool covered = false;
        for (int t = 0; t < int(m_themes.size()) && !covered; ++t)
            covered = (put || pushing.contains(t)) && overlaps(n.rect(), m_themes[std::size_t(t)].rect());
        if (!covered)
            continue;
        // Put down on purpose: just clear of the frames, even if beside another loose note. Pushed
        // by a frame: clear of everything, so it is not hidden under another note either.
        const QPointF to
            = placement::freeSpot(n.rect().size(), n.rect().topLeft(), obstacles(-1, { i }, !put), gap);
        n.x = to.x();
        n.y = to.y();
    }
}

Result<void> BoardLayout::group(Theme theme, const QList<QUuid> &noteIds)
{
    if (noteIds.isEmpty())
        return fail(tr("Select the notes that belong together first."));
    if (auto ok = checkNotes(noteIds); !ok)
        return ok;
    const std::vector<QRectF> before = frames();
    theme.boardId = m_board;
    QSet<int> members;
    QRectF bounds;
    std::vector<int> ordered;
    double widest = 0;
    for (const QUuid &id : noteIds) {
        const int i = noteIndex(id);
        if (members.contains(i))
            continue;
        members.insert(i);
        ordered.push_back(i);
        bounds |= m_notes[std::size_t(i)].rect();
        widest = std::max(widest, m_notes[std::size_t(i)].width);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
        [this](int a, int b) { return readingOrder(m_notes[std::size_t(a)], m_notes[std::size_t(b)]); });
    // Themes the notes come from close up behind them.
    QSet<int> sources;
    for (int i : ordered)
        if (const int t = themeIndex(m_notes[std::size_t(i)].themeId); t >= 0)
            sources.insert(t);
    for (int i : ordered)
        m_notes[std::size_t(i)].themeId = QUuid();
    for (int t : std::as_const(sources))
        layOut(t, membersOf(t));

    // A frame about as wide as it is tall in notes (3 notes in a row, 4 as two by two, 9 as three
    // by three), at least wide enough for its name.
    const int n = int(ordered.size());
    const int columns = n <= 3 ? n : int(std::ceil(std::sqrt(double(n))));
    theme.width = std::max(columns * (widest + gap) - gap + 2 * framePad, titleWidth(theme.name));
    theme.height = 0;
    theme.x = bounds.x() - framePad;
    theme.y = bounds.y() - framePad - labelHeight;
    m_themeIndex.insert(theme.id, int(m_themes.size()));
    m_themes.push_back(theme);
    const int t = int(m_themes.size()) - 1;
    layOut(t, ordered); // at the wanted spot, to learn its size
    const QRectF frame = m_themes[std::size_t(t)].rect();
    const QPointF to = placement::freeSpot(frame.size(), frame.topLeft(), obstacles(t, members, true), gap);
    m_themes[std::size_t(t)].x = to.x();
    m_themes[std::size_t(t)].y = to.y();
    layOut(t, ordered);
    settle(before, {});
    return {};
}

Result<void> BoardLayout::drop(const std::vector<std::pair<QUuid, QPointF>> &positions, Join join)
{
    QHash<int, std::vector<std::pair<int, QPointF>>> incoming; // theme -> notes landing in it
    QSet<int> touched;
    QSet<int> placed;
    std::vector<std::pair<int, QPointF>> moves;
    for (const auto &[id, pos] : positions) {
        const int i = noteIndex(id);
        if (i < 0)
            return fail(tr("That note is no longer on the board."));
        if (!std::isfinite(pos.x()) || !std::isfinite(pos.y()))
            return fail(tr("A note cannot be moved off the board."));
        moves.emplace_back(i, pos);
    }
    const std::vector<QRectF> before = frames();
    // Which frame each note lands in is decided against the frames as they are now.
    std::vector<int> targets;
    for (const auto &[i, pos] : moves) {
        const Note &n = m_notes[std::size_t(i)];
        const QRectF at(pos, n.rect().size());
        int target = -1;
        double best = 0;
        for (int t = 0; t < int(m_themes.size()); ++t) {
            const QRectF frame = m_themes[std::size_t(t)].rect();
            if (frame.contains(at.center())) {
                target = t;
                break;
            }
            // Touch joins other themes; a note leaves its own as soon as its centre is out.
            if (join == Join::Touch && m_themes[std::size_t(t)].id != n.themeId) {
                const double area = overlapArea(at, frame);
                if (area > best) {
                    best = area;
                    target = t;
                }
            }
        }
        targets.push_back(target);
        if (const int from = themeIndex(n.themeId); from >= 0)
            touched.insert(from);
        if (target >= 0) {
            incoming[target].emplace_back(i, pos);
            touched.insert(target);
        }
    }
    // Every moved note is out of its theme until the theme it lands in takes it.
    for (std::size_t k = 0; k < moves.size(); ++k) {
        Note &n = m_notes[std::size_t(moves[k].first)];
        n.themeId = QUuid();
        if (targets[k] < 0) {
            n.x = moves[k].second.x();
            n.y = moves[k].second.y();
            placed.insert(moves[k].first);
        }
    }
    QList<int> order = touched.values();
    std::sort(order.begin(), order.end());
    for (int t : std::as_const(order))
        layOutWith(t, incoming.value(t));
    settle(before, placed);
    return {};
}

Result<void> BoardLayout::add(Note note)
{
    if (note.boardId != m_board)
        return fail(tr("That board is no longer in the workshop."));
    if (noteIndex(note.id) >= 0)
        return fail(tr("That note is already on the board."));
    const QPointF pos(note.x, note.y);
    note.themeId = QUuid();
    m_noteIndex.insert(note.id, int(m_notes.size()));
    m_notes.push_back(note);
    return drop({ { note.id, pos } }, Join::Centre);
}

Result<void> BoardLayout::addToTheme(const QList<QUuid> &noteIds, const QUuid &themeId)
{
    const int target = themeIndex(themeId);
    if (target < 0)
        return fail(tr("That theme is no longer in the workshop."));
    if (auto ok = checkNotes(noteIds); !ok)
        return ok;
    const std::vector<QRectF> before = frames();
    QSet<int> touched { target };
    std::vector<int> newcomers;
    for (const QUuid &id : noteIds) {
        const int i = noteIndex(id);
        Note &n = m_notes[std::size_t(i)];
        if (n.themeId == themeId || std::find(newcomers.begin(), newcomers.end(), i) != newcomers.end())
            continue;
        if (const int from = themeIndex(n.themeId); from >= 0)
            touched.insert(from);
        newcomers.push_back(i);
    }
    std::stable_sort(newcomers.begin(), newcomers.end(),
        [this](int a, int b) { return readingOrder(m_notes[std::size_t(a)], m_notes[std::size_t(b)]); });
    for (int i : newcomers)
        m_notes[std::size_t(i)].themeId = QUuid();
    std::vector<int> members = membersOf(target);
    members.insert(members.end(), newcomers.begin(), newcomers.end());
    for (int t : std::as_const(touched))
        if (t != target)
            layOut(t, membersOf(t));
    layOut(target, members);
    settle(before, {});
    return {};
}

Result<void> BoardLayout::takeOut(const QList<QUuid> &noteIds)
{
    if (auto ok = checkNotes(noteIds); !ok)
        return ok;
    QSet<int> sources;
    std::vector<std::pair<int, int>> leaving; // note, its old theme
    for (const QUuid &id : noteIds) {
        const int i = noteIndex(id);
        const int t = themeIndex(m_notes[std::size_t(i)].themeId);
        if (t < 0)
            continue;
        sources.insert(t);
        leaving.emplace_back(i, t);
        m_notes[std::size_t(i)].themeId = QUuid();
    }
    for (int t : std::as_const(sources))
        layOut(t, membersOf(t));
    // Each goes just right of its old frame, level with where it was, or the nearest free spot.
    for (const auto &[i, t] : leaving) {
        Note &n = m_notes[std::size_t(i)];
        const Theme &frame = m_themes[std::size_t(t)];
        const QPointF wanted(frame.x + frame.width + gap, n.y);
        const QPointF to = placement::freeSpot(n.rect().size(), wanted, obstacles(-1, { i }, true), gap);
        n.x = to.x();
        n.y = to.y();
    }
    return {};
}

Result<void> BoardLayout::moveTheme(const QUuid &themeId, QPointF offset)
{
    const int t = themeIndex(themeId);
    if (t < 0)
        return fail(tr("That theme is no longer in the workshop."));
    if (!std::isfinite(offset.x()) || !std::isfinite(offset.y()))
        return fail(tr("A theme cannot be moved off the board."));
    QSet<int> members;
    for (int i = 0; i < int(m_notes.size()); ++i)
        if (m_notes[std::size_t(i)].themeId == themeId)
            members.insert(i);
    const std::vector<QRectF> before = frames();
    const QRectF from = m_themes[std::size_t(t)].rect();
    const QRectF wanted = from.translated(offset);
    const std::vector<QRectF> others = obstacles(t, members, true);
    const bool covers
        = std::any_of(others.begin(), others.end(), [&](const QRectF &o) { return overlaps(o, wanted); });
    const QPointF to
        = covers ? placement::freeSpot(wanted.size(), wanted.topLeft(), others, gap) : wanted.topLeft();
    shiftTheme(t, to - from.topLeft());
    // Its members keep their places, but a frame from an older file may never have been laid out.
    layOut(t, membersOf(t));
    settle(before, {});
    return {};
}

std::vector<Note> BoardLayout::addedNotes() const
{
    return { m_notes.begin() + std::ptrdiff_t(m_firstAddedNote), m_notes.end() };
}

std::vector<Theme> BoardLayout::addedThemes() const
{
    return { m_themes.begin() + std::ptrdiff_t(m_firstAddedTheme), m_themes.end() };
}

std::vector<std::pair<Note, Note>> BoardLayout::changedNotes() const
{
    std::vector<std::pair<Note, Note>> out;
    for (std::size_t i = 0; i < m_firstAddedNote; ++i)
        if (!(m_notes[i] == m_originalNotes[i]))
            out.emplace_back(m_originalNotes[i], m_notes[i]);
    return out;
}

std::vector<std::pair<Theme, Theme>> BoardLayout::changedThemes() const
{
    std::vector<std::pair<Theme, Theme>> out;
    for (std::size_t i = 0; i < m_firstAddedTheme; ++i)
        if (!(m_themes[i] == m_originalThemes[i]))
            out.emplace_back(m_originalThemes[i], m_themes[i]);
    return out;
}

} // namespace cg
