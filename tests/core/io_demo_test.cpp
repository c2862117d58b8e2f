// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demoworkshop.h"
#include "planning/placement.h"
#include "session/session.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QSet>

using namespace cg;

TEST_CASE("the demo workshop is the same every time", "[io][demo]")
{
    const WorkshopData a = io::demoWorkshop();
    const WorkshopData b = io::demoWorkshop();
    CHECK(a.workshop == b.workshop);
    CHECK(a.participants.rows() == b.participants.rows());
    CHECK(a.notes.rows() == b.notes.rows());
    CHECK(a.themes.rows() == b.themes.rows());
    CHECK(a.votes.rows() == b.votes.rows());
    CHECK(a.attachments.rows() == b.attachments.rows());
    CHECK(a.payments.rows() == b.payments.rows());
}

TEST_CASE("the demo workshop is realistic in size and mix", "[io][demo]")
{
    const WorkshopData d = io::demoWorkshop();
    CHECK(d.participants.size() >= 20);
    CHECK(d.groups.size() == 4);
    CHECK(d.boards.size() >= 5);
    QSet<Role> roles;
    for (const Participant &p : d.participants)
        roles.insert(p.role);
    CHECK(roles.size() >= 5);
    bool apostrophe = false;
    bool accent = false;
    for (const Participant &p : d.participants) {
        apostrophe = apostrophe || p.displayName.contains(QLatin1Char('\''));
        accent = accent || p.displayName.contains(QChar(0xE1)) || p.displayName.contains(QChar(0xE9));
    }
    CHECK(apostrophe);
    CHECK(accent);
    // Somebody has no consent recorded at all, somebody refused to be named.
    QSet<QUuid> withConsent;
    bool refusedNamed = false;
    for (const ConsentEvent &e : d.consentEvents) {
        withConsent.insert(e.participantId);
        refusedNamed
            = refusedNamed || (e.scope == ConsentScope::BeNamed && e.decision == ConsentDecision::Refused);
    }
    CHECK(withConsent.size() < qsizetype(d.participants.size()));
    CHECK(refusedNamed);
    int verbatim = 0;
    int sensitive = 0;
    for (const Note &n : d.notes) {
        verbatim += n.verbatim ? 1 : 0;
        sensitive += n.sensitive ? 1 : 0;
    }
    CHECK(verbatim >= 3);
    CHECK(sensitive == 1);
    for (const Payment &p : d.payments)
        CHECK(p.rateMinor == 2500);
    CHECK_FALSE(d.actions.empty());
    CHECK_FALSE(d.feedback.empty());
    CHECK_FALSE(d.votes.empty());
}

TEST_CASE("demo notes sit on the grid without overlapping each other or other themes' frames", "[io][demo]")
{
    const WorkshopData d = io::demoWorkshop();
    for (const Board &board : d.boards) {
        std::vector<const Note *> notes;
        for (const Note &n : d.notes)
            if (n.boardId == board.id)
                notes.push_back(&n);
        INFO(board.title.toStdString());
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const Note &n = *notes[i];
            CHECK(n.width == placement::noteWidth);
            CHECK(n.height == placement::noteHeight);
            const double col = (n.x - placement::margin) / (placement::noteWidth + placement::gap);
            CHECK(col == double(int(col)));
            CHECK(col < placement::columns);
            for (std::size_t j = i + 1; j < notes.size(); ++j)
                CHECK_FALSE(n.rect().intersects(notes[j]->rect()));
            // Reading order: each note is after the previous one (row by row, left to right).
            if (i > 0) {
                const Note &prev = *notes[i - 1];
                CHECK((n.y > prev.y || (n.y == prev.y && n.x > prev.x)));
            }
            for (const Theme &t : d.themes) {
                if (t.boardId != board.id)
                    continue;
                if (n.themeId == t.id)
                    CHECK(t.rect().contains(n.rect()));
                else
                    CHECK_FALSE(t.rect().intersects(n.rect()));
            }
        }
    }
}

TEST_CASE("the demo workshop writes to a file and loads back unchanged", "[io][demo]")
{
    test::TempDir dir;
    const WorkshopData d = io::demoWorkshop();
    const QString path = dir.path(QStringLiteral("demo.cgw"));
    {
        auto session = Session::createFrom(path, d);
        INFO(session.message().toStdString());
        REQUIRE(session.ok());
        const WorkshopData &loaded = (*session)->data();
        CHECK(loaded.workshop == d.workshop);
        CHECK(loaded.participants.size() == d.participants.size());
        CHECK(loaded.notes.size() == d.notes.size());
    }
    {
        auto reopened = Session::open(path);
        REQUIRE(reopened.ok());
        const WorkshopData &loaded = (*reopened)->data();
        CHECK(loaded.workshop == d.workshop);
        for (const Participant &p : d.participants) {
            const Participant *q = loaded.participants.find(p.id);
            REQUIRE(q);
            CHECK(*q == p);
        }
        for (const Note &n : d.notes) {
            const Note *q = loaded.notes.find(n.id);
            REQUIRE(q);
            CHECK(*q == n);
        }
        for (const Action &a : d.actions) {
            const Action *q = loaded.actions.find(a.id);
            REQUIRE(q);
            CHECK(*q == a);
        }
    }
    // Closed again: the file alone passes every check.
    auto problems = workshopfile::check(path);
    REQUIRE(problems.ok());
    CHECK(problems.value() == QStringList());
}
