// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The board layout: what a theme looks like is what it is. Its notes gather inside its frame in
// reading order, nothing else is inside, frames never overlap, no title is hidden; notes dropped
// in join, dropped out leave. Checked by geometry, and each edit builder by do, undo, redo and
// reopen with the file's rows compared.
#include "commands/edits.h"
#include "planning/boardlayout.h"
#include "planning/placement.h"
#include "session/session.h"
#include "testsupport.h"

#include <QLineF>
#include <QUndoStack>

#include <algorithm>
#include <random>

using namespace cg;

namespace {

bool overlap(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

/// Every promise of the layout, for every theme on the board. Returns what is wrong, or nothing.
QStringList brokenPromises(const WorkshopData &d, const QUuid &board)
{
    QStringList wrong;
    std::vector<const Theme *> themes;
    std::vector<const Note *> notes;
    for (const Theme &t : d.themes)
        if (t.boardId == board)
            themes.push_back(&t);
    for (const Note &n : d.notes)
        if (n.boardId == board)
            notes.push_back(&n);
    for (std::size_t i = 0; i < themes.size(); ++i)
        for (std::size_t j = i + 1; j < themes.size(); ++j)
            if (overlap(themes[i]->rect(), themes[j]->rect()))
                wrong << QStringLiteral("frames %1 and %2 overlap").arg(themes[i]->name, themes[j]->name);
    for (const Theme *t : themes) {
        const QRectF title = BoardLayout::titleBand(*t);
        if (t->width + 0.01 < BoardLayout::titleWidth(t->name))
            wrong << QStringLiteral("%1 is too narrow for its name").arg(t->name);
        for (const Note *n : notes) {
            const bool member = n->themeId == t->id;
            if (member && !t->rect().contains(n->rect()))
                wrong << QStringLiteral("“%1” sticks out of %2").arg(n->text, t->name);
            if (!member && overlap(n->rect(), t->rect()))
                wrong << QStringLiteral("“%1” is inside %2 without being in it").arg(n->text, t->name);
            if (overlap(n->rect(), title))
                wrong << QStringLiteral("“%1” covers the name of %2").arg(n->text, t->name);
        }
    }
    for (std::size_t i = 0; i < notes.size(); ++i)
        for (std::size_t j = i + 1; j < notes.size(); ++j)
            if (!notes[i]->themeId.isNull() && notes[i]->themeId == notes[j]->themeId
                && overlap(notes[i]->rect(), notes[j]->rect()))
                wrong << QStringLiteral("“%1” and “%2” overlap in their theme")
                             .arg(notes[i]->text, notes[j]->text);
    return wrong;
}

/// The members of a theme in the order they are laid out (rows, then left to right).
QStringList laidOut(const WorkshopData &d, const QUuid &theme)
{
    std::vector<const Note *> members;
    for (const Note &n : d.notes)
        if (n.themeId == theme)
            members.push_back(&n);
    std::sort(
        members.begin(), members.end(), [](const Note *a, const Note *b) { return readingOrder(*a, *b); });
    QStringList out;
    for (const Note *n : members)
        out << n->text;
    return out;
}

struct TestBoard
{
    test::TempDir dir;
    std::unique_ptr<Session> session;
    QUuid board;

    TestBoard()
    {
        session = test::newSession(dir);
        session->setClock(test::FakeClock {});
        cg::Board b;
        b.id = board = newId();
        b.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), b)).ok());
    }

    QUuid note(const QString &text, double x, double y)
    {
        Note n;
        n.id = newId();
        n.boardId = board;
        n.text = text;
        n.x = x;
        n.y = y;
        REQUIRE(session->perform(edits::addNote(session->data(), n)).ok());
        return n.id;
    }

    QUuid group(const QList<QUuid> &ids, const QString &name)
    {
        auto done = session->perform(edits::groupAsTheme(session->data(), ids, name));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        return session->data().notes.find(ids.first())->themeId;
    }

    const Note &at(const QUuid &id) const { return *session->data().notes.find(id); }
    const Theme &theme(const QUuid &id) const { return *session->data().themes.find(id); }
    const WorkshopData &data() const { return session->data(); }

    /// Does \a edit, checks \a expect, undoes (the file's rows exactly as before), redoes (exactly
    /// as after) and reopens (memory equals the file), checking \a expect again.
    void roundTrip(Result<Edit> edit, const std::function<void(const WorkshopData &)> &expect)
    {
        session->undoStack()->clear();
        const QStringList rowsBefore = test::dumpRows(*session);
        const WorkshopData before = session->data();
        auto done = session->perform(std::move(edit));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        REQUIRE(session->undoStack()->count() == 1);
        expect(session->data());
        CHECK(brokenPromises(session->data(), board) == QStringList());
        const QStringList rowsAfter = test::dumpRows(*session);
        const WorkshopData after = session->data();
        CHECK(rowsAfter != rowsBefore);
        session->undoStack()->undo();
        CHECK(test::dumpRows(*session) == rowsBefore);
        CHECK(test::sameContent(session->data(), before));
        session->undoStack()->redo();
        CHECK(test::dumpRows(*session) == rowsAfter);
        CHECK(test::sameContent(session->data(), after));
        const QString path = session->filePath();
        session.reset();
        auto reopened = Session::open(path);
        REQUIRE(reopened.ok());
        session = std::move(*reopened);
        CHECK(test::sameContent(session->data(), after));
        expect(session->data());
    }
};

} // namespace

TEST_CASE("grouping gathers the notes in their frame and leaves the others out", "[layout][theme]")
{
    TestBoard b;
    // Scattered, with notes that are not in the theme between and around them.
    const QUuid late = b.note(QStringLiteral("Buses are late"), 40, 40);
    const QUuid parking = b.note(QStringLiteral("Free parking"), 240, 40);
    const QUuid steps = b.note(QStringLiteral("No step-free access"), 440, 40);
    const QUuid taxi = b.note(QStringLiteral("Taxi vouchers"), 240, 180);
    const QUuid lift = b.note(QStringLiteral("Lift broken"), 40, 400);

    b.roundTrip(edits::groupAsTheme(b.data(), { lift, late, steps }, QStringLiteral("Getting there")),
        [&](const WorkshopData &d) {
            const Note &first = *d.notes.find(late);
            REQUIRE(!first.themeId.isNull());
            const Theme &t = *d.themes.find(first.themeId);
            CHECK(t.name == QStringLiteral("Getting there"));
            for (const QUuid &id : { late, steps, lift }) {
                CHECK(d.notes.find(id)->themeId == t.id);
                CHECK(t.rect().contains(d.notes.find(id)->rect()));
                CHECK_FALSE(overlap(d.notes.find(id)->rect(), BoardLayout::titleBand(t)));
            }
            for (const QUuid &id : { parking, taxi }) {
                CHECK(d.notes.find(id)->themeId.isNull());
                CHECK_FALSE(overlap(d.notes.find(id)->rect(), t.rect()));
                // The notes that were not grouped did not move.
            }
            CHECK(d.notes.find(parking)->x == 240);
            CHECK(d.notes.find(taxi)->y == 180);
            // In reading order of where they were: top row left to right, then the one below.
            CHECK(laidOut(d, t.id)
                == QStringList({ QStringLiteral("Buses are late"), QStringLiteral("No step-free access"),
                    QStringLiteral("Lift broken") }));
        });
}

TEST_CASE("frames never overlap, however many themes are grouped", "[layout][theme]")
{
    TestBoard b;
    QList<QUuid> ids;
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 6; ++col)
            ids << b.note(QStringLiteral("Note %1.%2").arg(row).arg(col), 40 + col * 200, 40 + row * 140);
    std::mt19937 random(7);
    QList<QUuid> pool = ids;
    std::shuffle(pool.begin(), pool.end(), random);
    // Five themes of different sizes, from notes anywhere on the board, some regrouped.
    const std::vector<int> sizes { 4, 1, 6, 3, 5 };
    int taken = 0;
    for (std::size_t k = 0; k < sizes.size(); ++k) {
        const QList<QUuid> members = pool.mid(taken, sizes[k]);
        taken += sizes[k];
        b.group(members, QStringLiteral("Theme %1").arg(k + 1));
        INFO("after theme " << k + 1);
        CHECK(brokenPromises(b.data(), b.board) == QStringList());
        for (const QUuid &id : members)
            CHECK(b.theme(b.at(id).themeId).rect().contains(b.at(id).rect()));
    }
    // A theme made of notes from two others takes them out of both; neither is left broken.
    const QUuid from1 = pool.at(0);
    const QUuid from3 = pool.at(5 + 1);
    const QUuid theme1 = b.at(from1).themeId;
    b.group({ from1, from3 }, QStringLiteral("Mixed"));
    CHECK(b.at(from1).themeId != theme1);
    CHECK(brokenPromises(b.data(), b.board) == QStringList());
    CHECK(b.data().themes.size() == 6);
}

TEST_CASE("a one-note theme shows its whole name, with nothing on top of it", "[layout][theme]")
{
    TestBoard b;
    // A note right above: a frame drawn around the lower note would put its name under it.
    const QUuid above = b.note(QStringLiteral("Above"), 40, 40);
    const QUuid alone = b.note(QStringLiteral("On its own"), 40, 180);
    const QUuid theme = b.group({ alone }, QStringLiteral("Nobody to call after discharge"));
    const Theme &t = b.theme(theme);
    CHECK(t.rect().contains(b.at(alone).rect()));
    CHECK_FALSE(overlap(BoardLayout::titleBand(t), b.at(above).rect()));
    CHECK_FALSE(overlap(BoardLayout::titleBand(t), b.at(alone).rect()));
    CHECK(t.width >= BoardLayout::titleWidth(t.name));
    CHECK(BoardLayout::titleWidth(t.name) > 180 + 2 * BoardLayout::framePad); // wider than its note
    CHECK(brokenPromises(b.data(), b.board) == QStringList());
}

TEST_CASE(
    "a note dropped into a frame joins the theme and is laid out inside it", "[layout][theme][commands]")
{
    TestBoard b;
    const QUuid a = b.note(QStringLiteral("A"), 40, 40);
    const QUuid c = b.note(QStringLiteral("C"), 240, 40);
    const QUuid loose = b.note(QStringLiteral("B"), 40, 600);
    const QUuid theme = b.group({ a, c }, QStringLiteral("Letters"));
    const Theme frame = b.theme(theme);
    const QRectF slotA = b.at(a).rect();
    const QRectF slotC = b.at(c).rect();

    SECTION("dropped between two members, it goes between them")
    {
        // Its centre on the gap between A and C, over both of them.
        const QPointF drop(slotA.right() - 80, slotA.top() + 10);
        b.roundTrip(edits::dropNotes(b.data(), { { loose, drop } }), [&](const WorkshopData &d) {
            const Note &n = *d.notes.find(loose);
            CHECK(n.themeId == theme);
            CHECK(laidOut(d, theme)
                == QStringList({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
            CHECK(d.themes.find(theme)->rect().contains(n.rect()));
            CHECK_FALSE(overlap(n.rect(), d.notes.find(a)->rect()));
            CHECK_FALSE(overlap(n.rect(), d.notes.find(c)->rect()));
        });
    }
    SECTION("dropped on top of a member, it takes a place of its own")
    {
        b.roundTrip(edits::dropNotes(b.data(), { { loose, slotC.topLeft() + QPointF(30, 20) } }),
            [&](const WorkshopData &d) {
                CHECK(d.notes.find(loose)->themeId == theme);
                CHECK_FALSE(overlap(d.notes.find(loose)->rect(), d.notes.find(c)->rect()));
                CHECK_FALSE(overlap(d.notes.find(loose)->rect(), d.notes.find(a)->rect()));
            });
    }
    SECTION("a frame that grows pushes what it would cover out of the way")
    {
        // A loose note just under the frame; the frame grows a row when a third note joins.
        const QUuid under = b.note(QStringLiteral("Under"), frame.x, frame.y + frame.height + 20);
        b.roundTrip(edits::dropNotes(b.data(), { { loose, slotC.topLeft() + QPointF(60, 0) } }),
            [&](const WorkshopData &d) {
                CHECK(d.notes.find(loose)->themeId == theme);
                CHECK(d.themes.find(theme)->height > frame.height);
                CHECK(d.notes.find(under)->themeId.isNull());
                CHECK_FALSE(overlap(d.notes.find(under)->rect(), d.themes.find(theme)->rect()));
            });
    }
    SECTION("dragged out, a member leaves and the frame closes up behind it")
    {
        const QPointF out(frame.x + frame.width + 60, frame.y);
        b.roundTrip(edits::dropNotes(b.data(), { { a, out } }), [&](const WorkshopData &d) {
            CHECK(d.notes.find(a)->themeId.isNull());
            CHECK(d.notes.find(a)->x == out.x());
            CHECK(laidOut(d, theme) == QStringList({ QStringLiteral("C") }));
            CHECK(d.themes.find(theme)->rect().contains(d.notes.find(c)->rect()));
        });
    }
    SECTION("dropped with its centre outside but its edge over the frame, it leaves and sits just clear")
    {
        const QPointF edge(frame.x + frame.width - 60, slotA.top());
        b.roundTrip(edits::dropNotes(b.data(), { { a, edge } }), [&](const WorkshopData &d) {
            CHECK(d.notes.find(a)->themeId.isNull());
            CHECK_FALSE(overlap(d.notes.find(a)->rect(), d.themes.find(theme)->rect()));
        });
    }
    SECTION("nudged, a member steps along the rows and out past the edge")
    {
        b.session->undoStack()->clear();
        REQUIRE(b.session->perform(edits::nudgeOnBoard(b.data(), { a }, QPointF(10, 0))).ok());
        CHECK(laidOut(b.data(), theme) == QStringList({ QStringLiteral("C"), QStringLiteral("A") }));
        REQUIRE(b.session->perform(edits::nudgeOnBoard(b.data(), { a }, QPointF(10, 0))).ok());
        CHECK(b.at(a).themeId.isNull());
        CHECK_FALSE(overlap(b.at(a).rect(), b.theme(theme).rect()));
        // One undo step for the nudges, as for any nudge.
        CHECK(b.session->undoStack()->count() == 1);
        b.session->undoStack()->undo();
        CHECK(laidOut(b.data(), theme) == QStringList({ QStringLiteral("A"), QStringLiteral("C") }));
    }
    SECTION("a nudge that takes a member out, as one edit: do, undo, redo, reopen")
    {
        b.roundTrip(edits::nudgeOnBoard(b.data(), { c }, QPointF(10, 0)), [&](const WorkshopData &d) {
            CHECK(d.notes.find(c)->themeId.isNull());
            CHECK(laidOut(d, theme) == QStringList({ QStringLiteral("A") }));
        });
    }
    SECTION("a loose note nudged into a frame joins it")
    {
        const QUuid beside = b.note(QStringLiteral("Beside"), frame.x + frame.width + 20, frame.y + 60);
        for (int i = 0; i < 3 && b.at(beside).themeId.isNull(); ++i)
            REQUIRE(b.session->perform(edits::nudgeOnBoard(b.data(), { beside }, QPointF(-10, 0))).ok());
        CHECK(b.at(beside).themeId == theme);
        CHECK(brokenPromises(b.data(), b.board) == QStringList());
    }
}

TEST_CASE("notes added to and taken out of a theme, a note written in a frame, a theme moved",
    "[layout][theme][commands]")
{
    TestBoard b;
    const QUuid a = b.note(QStringLiteral("A"), 40, 40);
    const QUuid c = b.note(QStringLiteral("C"), 240, 40);
    const QUuid loose = b.note(QStringLiteral("B"), 40, 600);
    const QUuid other = b.note(QStringLiteral("Other"), 700, 40);
    const QUuid theme = b.group({ a, c }, QStringLiteral("Letters"));

    SECTION("add to theme (the menu's way, for the keyboard)")
    {
        b.roundTrip(edits::addToTheme(b.data(), { loose }, theme), [&](const WorkshopData &d) {
            CHECK(laidOut(d, theme)
                == QStringList({ QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B") }));
        });
    }
    SECTION("take out of theme")
    {
        b.roundTrip(edits::takeOutOfTheme(b.data(), { c }), [&](const WorkshopData &d) {
            CHECK(d.notes.find(c)->themeId.isNull());
            CHECK(laidOut(d, theme) == QStringList({ QStringLiteral("A") }));
        });
    }
    SECTION("a note written inside a frame belongs to the theme")
    {
        Note n;
        n.id = newId();
        n.boardId = b.board;
        n.text = QStringLiteral("Written here");
        const Theme &t = b.theme(theme);
        n.x = t.x + 30;
        n.y = t.y + 70; // right on top of A
        const QUuid id = n.id;
        b.roundTrip(edits::addNoteAt(b.data(), n), [&](const WorkshopData &d) {
            REQUIRE(d.notes.find(id));
            CHECK(d.notes.find(id)->themeId == theme);
            CHECK_FALSE(overlap(d.notes.find(id)->rect(), d.notes.find(a)->rect()));
        });
    }
    SECTION("a note written on the board outside every frame stays where it was written")
    {
        Note n;
        n.id = newId();
        n.boardId = b.board;
        n.text = QStringLiteral("Somewhere");
        n.x = 900;
        n.y = 500;
        const QUuid id = n.id;
        b.roundTrip(edits::addNoteAt(b.data(), n), [&](const WorkshopData &d) {
            CHECK(d.notes.find(id)->themeId.isNull());
            CHECK(d.notes.find(id)->x == 900);
        });
    }
    SECTION("a theme dragged onto another note goes to the free space nearest to where it was put")
    {
        const Theme before = b.theme(theme);
        const Note o = b.at(other);
        const QPointF offset(o.x - before.x, 0);
        b.roundTrip(edits::dropTheme(b.data(), theme, offset), [&](const WorkshopData &d) {
            const Theme &t = *d.themes.find(theme);
            CHECK(t.x != before.x); // it moved
            CHECK_FALSE(overlap(t.rect(), d.notes.find(other)->rect()));
            CHECK(d.notes.find(other)->x == o.x); // the note it would have covered stays
            CHECK(t.rect().contains(d.notes.find(a)->rect()));
        });
    }
    SECTION("a theme dragged into free space lands exactly there")
    {
        const Theme before = b.theme(theme);
        const double ay = b.at(a).y;
        b.roundTrip(edits::dropTheme(b.data(), theme, QPointF(0, 900)), [&](const WorkshopData &d) {
            CHECK(d.themes.find(theme)->y == before.y + 900);
            CHECK(d.notes.find(a)->y == ay + 900);
        });
    }
}

TEST_CASE("free space: the wanted spot when it is free, else the nearest clear one", "[layout]")
{
    const std::vector<QRectF> taken { QRectF(0, 0, 200, 200), QRectF(300, 0, 200, 200) };
    CHECK(placement::freeSpot(QSizeF(100, 100), QPointF(0, 400), taken) == QPointF(0, 400));
    const QPointF spot = placement::freeSpot(QSizeF(100, 100), QPointF(50, 50), taken);
    const QRectF placed(spot, QSizeF(100, 100));
    for (const QRectF &r : taken)
        CHECK_FALSE(overlap(placed.adjusted(-20, -20, 20, 20), r));
    // Nearest: below the first block (250 away), not somewhere far off.
    CHECK(QLineF(spot, QPointF(50, 50)).length() <= 200 + 0.01);
}
