// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include <utility>
#include <vector>

namespace cg {

/// Reading order on a board: rows of roughly half a note's height, then left to right.
bool readingOrder(const Note &a, const Note &b);

/// One board's notes and theme frames as a working copy, for the edits that arrange them. It keeps
/// true what a facilitator reads into a theme on the board: its members sit inside its frame, in
/// reading order, in rows under the title band and never on top of each other; no other note is
/// inside the frame; no two frames overlap, so nothing covers a title. Each operation (grouping, a
/// drop after a drag or a nudge, a new note, notes added to or taken out of a theme, a theme moved)
/// changes the copy, moving whatever has to make way into the nearest free space; addedNotes(),
/// changedNotes(), addedThemes() and changedThemes() then list the rows to write, which the
/// builders in core/commands turn into one undoable Edit. Geometry only: it checks neither names
/// nor consent and never touches the Session. Frames that already overlapped in an older file are
/// only sorted out when an operation touches them.
class BoardLayout
{
public:
    static constexpr double framePad = 16; // between a frame and its notes
    static constexpr double labelHeight = 44; // the title band at the top of a frame
    static constexpr double gap = 20; // between notes in a frame, and kept clear around frames

    /// How a dropped note decides which theme it lands in: its centre inside the frame (a drag), or
    /// any part of it over the frame (a nudge, which only ever moves it a little way).
    enum class Join { Centre, Touch };

    BoardLayout(const WorkshopData &data, const QUuid &boardId);

    QUuid board() const { return m_board; }
    const Note *note(const QUuid &id) const;
    const Theme *theme(const QUuid &id) const;
    const std::vector<Note> &notes() const { return m_notes; }
    const std::vector<Theme> &themes() const { return m_themes; }
    /// The theme whose frame contains \a point (frames do not overlap, so there is one at most).
    QUuid themeAt(QPointF point) const;
    /// The band at the top of a frame that shows the theme's name.
    static QRectF titleBand(const Theme &theme);
    /// The width a frame needs to show \a name whole in the canvas's bold title type, with room
    /// for a vote count (an estimate: core knows no fonts), at most three notes wide.
    static double titleWidth(const QString &name);

    /// Makes \a theme (id and name set) out of \a noteIds: its frame goes into the free space
    /// nearest to where the notes were, and the notes move inside it in reading order. Notes taken
    /// from another theme leave it.
    Result<void> group(Theme theme, const QList<QUuid> &noteIds);
    /// Notes put down at new top-left positions. A note landing in a theme's frame (see Join) joins
    /// that theme and takes the place in its rows nearest to where it was put down; a member put
    /// down outside its frame leaves the theme. A note outside every frame stays where it was put,
    /// moved just clear of any frame it would overlap.
    Result<void> drop(const std::vector<std::pair<QUuid, QPointF>> &positions, Join join = Join::Centre);
    /// A new note at its position (\a note's themeId is ignored): inside a frame it joins that theme.
    Result<void> add(Note note);
    /// Adds notes to a theme, after its present members.
    Result<void> addToTheme(const QList<QUuid> &noteIds, const QUuid &themeId);
    /// Takes notes out of their themes; each goes to the free space nearest to its old frame.
    Result<void> takeOut(const QList<QUuid> &noteIds);
    /// Moves a theme with its notes by \a offset; where that would cover other notes or frames, it
    /// goes to the nearest free space instead.
    Result<void> moveTheme(const QUuid &themeId, QPointF offset);

    std::vector<Note> addedNotes() const;
    std::vector<Theme> addedThemes() const;
    /// (before, after) of every row that existed and is now different.
    std::vector<std::pair<Note, Note>> changedNotes() const;
    std::vector<std::pair<Theme, Theme>> changedThemes() const;

private:
    int noteIndex(const QUuid &id) const { return m_noteIndex.value(id, -1); }
    int themeIndex(const QUuid &id) const { return m_themeIndex.value(id, -1); }
    Result<void> checkNotes(const QList<QUuid> &noteIds) const;
    bool isLoose(const Note &note) const;
    /// The members of a theme in reading order, leaving out \a except.
    std::vector<int> membersOf(int theme, const QSet<int> &except = {}) const;
    /// Puts \a members (note indices, in order) in rows inside the frame and fits its height.
    void layOut(int theme, const std::vector<int> &members);
    /// Lays out \a theme with \a incoming (note indices with where they were put down) placed
    /// among the members at the nearest place in the rows.
    void layOutWith(int theme, std::vector<std::pair<int, QPointF>> incoming);
    std::vector<QRectF> frames() const;
    /// Moves whatever a frame that grew or moved since \a framesBefore now covers out of its way,
    /// and loose notes off every frame (\a placed: loose notes put down on purpose, which stay as
    /// near to where they were put as they can).
    void settle(const std::vector<QRectF> &framesBefore, const QSet<int> &placed);
    std::vector<QRectF> obstacles(int exceptTheme, const QSet<int> &exceptNotes, bool withLooseNotes) const;
    void shiftTheme(int theme, QPointF delta);

    QUuid m_board;
    std::vector<Note> m_notes;
    std::vector<Theme> m_themes;
    QHash<QUuid, int> m_noteIndex;
    QHash<QUuid, int> m_themeIndex;
    std::size_t m_firstAddedNote = 0; // notes from this index on are new
    std::size_t m_firstAddedTheme = 0;
    std::vector<Note> m_originalNotes;
    std::vector<Theme> m_originalThemes;
};

} // namespace cg
