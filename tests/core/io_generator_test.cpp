// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/generator.h"
#include "io/jsonarchive.h"
#include "planning/placement.h"
#include "testsupport.h"

#include <QSet>

using namespace cg;

namespace {

io::GeneratorOptions smallOptions(quint64 seed)
{
    io::GeneratorOptions o;
    o.participants = 80;
    o.groups = 6;
    o.boards = 9;
    o.notes = 700;
    o.seed = seed;
    return o;
}

} // namespace

TEST_CASE("generator: the same seed gives the same workshop, another seed another", "[io][generator]")
{
    auto a = io::generateWorkshop(smallOptions(7));
    auto b = io::generateWorkshop(smallOptions(7));
    auto c = io::generateWorkshop(smallOptions(8));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(io::archive::toJson(*a) == io::archive::toJson(*b));
    CHECK(io::archive::toJson(*a) != io::archive::toJson(*c));
}

TEST_CASE("generator: exactly the counts asked for, with sound references", "[io][generator]")
{
    auto d = io::generateWorkshop(smallOptions(3));
    REQUIRE(d.ok());
    CHECK(d->participants.size() == 80);
    CHECK(d->groups.size() == 6);
    CHECK(d->boards.size() == 9);
    CHECK(d->notes.size() == 700);
    CHECK_FALSE(d->themes.empty());
    CHECK_FALSE(d->votes.empty());
    CHECK_FALSE(d->actions.empty());
    CHECK_FALSE(d->feedback.empty());
    CHECK_FALSE(d->payments.empty());
    auto references = io::archive::checkReferences(*d);
    INFO(references.message().toStdString());
    CHECK(references.ok());
    for (const Group &g : d->groups)
        CHECK_FALSE(g.memberIds.isEmpty());
}

TEST_CASE("generator: consent is mixed, as in a real room", "[io][generator]")
{
    auto d = io::generateWorkshop(smallOptions(11));
    REQUIRE(d.ok());
    QSet<QUuid> recorded;
    QSet<ConsentDecision> decisions;
    for (const ConsentEvent &e : d->consentEvents) {
        recorded.insert(e.participantId);
        decisions.insert(e.decision);
    }
    CHECK(decisions.contains(ConsentDecision::Granted));
    CHECK(decisions.contains(ConsentDecision::Refused));
    CHECK(recorded.size() < 80); // someone never recorded
    QSet<Role> roles;
    for (const Participant &p : d->participants)
        roles.insert(p.role);
    CHECK(roles.size() >= 5);
}

TEST_CASE("generator: notes have sticky-note lengths and sit on the grid without overlaps", "[io][generator]")
{
    auto d = io::generateWorkshop(smallOptions(5));
    REQUIRE(d.ok());
    qsizetype total = 0;
    for (const Note &n : d->notes) {
        CHECK(n.text.size() > 0);
        CHECK(n.text.size() < 200);
        total += n.text.size();
    }
    const double mean = double(total) / double(d->notes.size());
    CHECK(mean > 15);
    CHECK(mean < 120);
    for (const Board &board : d->boards) {
        std::vector<const Note *> notes;
        for (const Note &n : d->notes)
            if (n.boardId == board.id)
                notes.push_back(&n);
        for (std::size_t i = 1; i < notes.size(); ++i) {
            const Note &prev = *notes[i - 1];
            const Note &n = *notes[i];
            CHECK((n.y > prev.y || (n.y == prev.y && n.x > prev.x))); // reading order, so no overlap
            CHECK(n.x < placement::margin + placement::columns * (placement::noteWidth + placement::gap));
        }
        for (const Theme &t : d->themes) {
            if (t.boardId != board.id)
                continue;
            for (const Note *n : notes) {
                if (n->themeId == t.id)
                    CHECK(t.rect().contains(n->rect()));
                else
                    CHECK_FALSE(t.rect().intersects(n->rect()));
            }
        }
    }
}

TEST_CASE("generator: impossible requests are refused", "[io][generator]")
{
    io::GeneratorOptions o;
    o.boards = 0;
    o.notes = 10;
    CHECK_FALSE(io::generateWorkshop(o).ok());
    o.boards = 2;
    o.participants = -1;
    CHECK_FALSE(io::generateWorkshop(o).ok());
    io::GeneratorOptions empty;
    empty.participants = 0;
    empty.groups = 0;
    empty.boards = 0;
    empty.notes = 0;
    auto nothing = io::generateWorkshop(empty);
    REQUIRE(nothing.ok());
    CHECK(nothing->notes.empty());
}
