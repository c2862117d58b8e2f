// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of breakout groups, each done, undone, redone and reopened with the file's rows
// compared: table access, locks, keep-apart / keep-together rules, moving people, allocation.
#include "commands/edits.h"
#include "commands/groupedits.h"
#include "consent/consentpolicy.h"
#include "io/jsonarchive.h"
#include "session/session.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace cg;

namespace {

struct Room
{
    test::TempDir dir;
    std::unique_ptr<Session> session;
    std::vector<QUuid> people; // 0..9
    QUuid table1, table2, leader;

    Room()
    {
        session = test::newSession(dir);
        session->setClock(test::FakeClock{});
        static const Role roles[] = { Role::LivedExperience, Role::LivedExperience, Role::LivedExperience,
            Role::LivedExperience, Role::Practitioner, Role::Practitioner, Role::PeerWorker, Role::Researcher,
            Role::Commissioner, Role::Other };
        std::vector<Participant> list;
        for (int i = 0; i < 10; ++i) {
            Participant p;
            p.id = newId();
            p.displayName = QStringLiteral("Person %1").arg(i + 1);
            p.role = roles[i];
            p.attendance = i < 8 ? Attendance::Arrived : Attendance::Confirmed;
            people.push_back(p.id);
            list.push_back(p);
        }
        Participant lead;
        lead.id = leader = newId();
        lead.displayName = QStringLiteral("Lead");
        lead.role = Role::Facilitator;
        lead.attendance = Attendance::Arrived;
        list.push_back(lead);
        must(edits::addParticipants(session->data(), list));
        Group a;
        a.id = table1 = newId();
        a.name = QStringLiteral("Table 1");
        a.memberIds = { people[0], people[1] };
        must(edits::addGroup(session->data(), a));
        Group b;
        b.id = table2 = newId();
        b.name = QStringLiteral("Table 2");
        b.memberIds = { people[2] };
        must(edits::addGroup(session->data(), b));
        session->undoStack()->clear();
    }

    void must(Result<Edit> edit)
    {
        auto done = session->perform(std::move(edit));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
    }

    const Group &group(const QUuid &id) const { return *session->data().groups.find(id); }

    /// Does \a edit, checks \a expect, undoes (the file's rows exactly as before), redoes (exactly
    /// as after) and reopens (memory equals the file).
    void roundTrip(Result<Edit> edit, const std::function<void(const WorkshopData &)> &expect)
    {
        const QStringList rowsBefore = test::dumpRows(*session);
        const WorkshopData before = session->data();
        QSignalSpy changes(session.get(), &Session::changed);
        auto done = session->perform(std::move(edit));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        CHECK(changes.count() > 0);
        REQUIRE(session->undoStack()->count() == 1);
        expect(session->data());
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

TEST_CASE("groups: a table's access and name are kept in the file", "[commands][groups]")
{
    Room r;
    Group g = r.group(r.table1);
    g.stepFree = true;
    g.hearingLoop = true;
    g.location = QStringLiteral("By the “window”, <near> the ramp");
    const QUuid id = r.table1;
    r.roundTrip(edits::editGroup(r.session->data(), g), [id](const WorkshopData &d) {
        CHECK(d.groups.find(id)->stepFree);
        CHECK(d.groups.find(id)->hearingLoop);
        CHECK_FALSE(d.groups.find(id)->quietSpace);
        CHECK(d.groups.find(id)->location == QStringLiteral("By the “window”, <near> the ramp"));
    });
    Group bad = r.group(r.table1);
    bad.name = QString(201, QLatin1Char('x'));
    CHECK_FALSE(edits::editGroup(r.session->data(), bad).ok());
}

TEST_CASE("groups: move a person between tables, keeping their place in the list", "[commands][groups]")
{
    Room r;
    SECTION("to another table")
    {
        const QUuid a = r.table1, b = r.table2, p = r.people[0], q = r.people[2], stays = r.people[1];
        r.roundTrip(edits::moveToGroup(r.session->data(), p, b, 0), [=](const WorkshopData &d) {
            CHECK(d.groups.find(a)->memberIds == QList<QUuid>{ stays });
            CHECK(d.groups.find(b)->memberIds == (QList<QUuid>{ p, q }));
        });
    }
    SECTION("someone not yet at a table")
    {
        const QUuid a = r.table1, p = r.people[5];
        r.roundTrip(edits::moveToGroup(r.session->data(), p, a), [=](const WorkshopData &d) {
            CHECK(d.groups.find(a)->memberIds.back() == p);
        });
    }
    SECTION("out of every table")
    {
        const QUuid a = r.table1, p = r.people[0];
        r.roundTrip(edits::moveToGroup(r.session->data(), p, QUuid()), [=](const WorkshopData &d) {
            CHECK_FALSE(d.groups.find(a)->memberIds.contains(p));
        });
    }
    SECTION("a locked person stays locked at the new table")
    {
        r.must(edits::setGroupLock(r.session->data(), r.table1, r.people[0], true));
        r.session->undoStack()->clear();
        const QUuid a = r.table1, b = r.table2, p = r.people[0];
        r.roundTrip(edits::moveToGroup(r.session->data(), p, b), [=](const WorkshopData &d) {
            CHECK(d.groups.find(a)->lockedIds.isEmpty());
            CHECK(d.groups.find(b)->lockedIds == QList<QUuid>{ p });
        });
    }
    SECTION("a table facilitator cannot also be a member of their table")
    {
        Group g = r.group(r.table2);
        g.facilitatorId = r.leader;
        r.must(edits::editGroup(r.session->data(), g));
        auto refused = edits::moveToGroup(r.session->data(), r.leader, r.table2);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("facilitates Table 2")));
    }
}

TEST_CASE("groups: lock and unlock a member", "[commands][groups]")
{
    Room r;
    const QUuid a = r.table1, p = r.people[1], q = r.people[0];
    r.roundTrip(edits::setGroupLock(r.session->data(), a, p, true), [=](const WorkshopData &d) {
        CHECK(d.groups.find(a)->lockedIds == QList<QUuid>{ p });
        CHECK(d.groups.find(a)->memberIds == (QList<QUuid>{ q, p }));
    });
    r.session->undoStack()->clear();
    r.roundTrip(edits::setGroupLock(r.session->data(), a, p, false), [=](const WorkshopData &d) {
        CHECK(d.groups.find(a)->lockedIds.isEmpty());
    });
    auto refused = edits::setGroupLock(r.session->data(), a, r.people[7], true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message() == QStringLiteral("Person 8 is not in Table 1, so they cannot be locked to it."));
}

TEST_CASE("groups: keep-apart and keep-together rules", "[commands][groups]")
{
    Room r;
    SECTION("add one")
    {
        SeatingRule rule;
        rule.kind = SeatingKind::KeepApart;
        rule.firstId = r.people[4];
        rule.secondId = r.people[0];
        const QUuid one = r.people[0], five = r.people[4];
        auto edit = edits::addSeatingRule(r.session->data(), rule);
        REQUIRE(edit.ok());
        CHECK(edit->text == QStringLiteral("Keep Person 5 and Person 1 apart"));
        r.roundTrip(edit, [=](const WorkshopData &d) {
            REQUIRE(d.seatingRules.size() == 1);
            CHECK(d.seatingRules.rows().front().kind == SeatingKind::KeepApart);
            CHECK(edits::seatingRuleFor(d, one, five) != nullptr);
        });
    }
    SECTION("the other kind replaces it; the same again changes nothing")
    {
        SeatingRule rule;
        rule.kind = SeatingKind::KeepApart;
        rule.firstId = r.people[4];
        rule.secondId = r.people[0];
        r.must(edits::addSeatingRule(r.session->data(), rule));
        auto same = edits::addSeatingRule(r.session->data(), rule);
        REQUIRE(same.ok());
        CHECK(same->isEmpty());
        r.session->undoStack()->clear();
        rule.kind = SeatingKind::KeepTogether;
        std::swap(rule.firstId, rule.secondId);
        r.roundTrip(edits::addSeatingRule(r.session->data(), rule), [](const WorkshopData &d) {
            REQUIRE(d.seatingRules.size() == 1);
            CHECK(d.seatingRules.rows().front().kind == SeatingKind::KeepTogether);
        });
    }
    SECTION("remove one")
    {
        SeatingRule rule;
        rule.kind = SeatingKind::KeepTogether;
        rule.firstId = r.people[4];
        rule.secondId = r.people[0];
        r.must(edits::addSeatingRule(r.session->data(), rule));
        r.session->undoStack()->clear();
        const QUuid id = r.session->data().seatingRules.rows().front().id;
        r.roundTrip(edits::removeSeatingRule(r.session->data(), id),
            [](const WorkshopData &d) { CHECK(d.seatingRules.empty()); });
    }
    SECTION("removing a person added by mistake takes their rules with them")
    {
        SeatingRule rule;
        rule.firstId = r.people[4];
        rule.secondId = r.people[9];
        r.must(edits::addSeatingRule(r.session->data(), rule));
        r.session->undoStack()->clear();
        const QUuid gone = r.people[9];
        r.roundTrip(edits::removeParticipant(r.session->data(), gone), [gone](const WorkshopData &d) {
            CHECK_FALSE(d.participants.contains(gone));
            CHECK(d.seatingRules.empty());
        });
    }
    SECTION("nonsense is refused")
    {
        SeatingRule self;
        self.firstId = self.secondId = r.people[1];
        CHECK_FALSE(edits::addSeatingRule(r.session->data(), self).ok());
        SeatingRule stranger;
        stranger.firstId = r.people[1];
        stranger.secondId = newId();
        CHECK_FALSE(edits::addSeatingRule(r.session->data(), stranger).ok());
    }
}

TEST_CASE("groups: allocation is one undoable edit", "[commands][groups]")
{
    Room r;
    SECTION("at the groups there are: the people who arrived, locks kept, the facilitator not seated")
    {
        r.must(edits::setGroupLock(r.session->data(), r.table1, r.people[1], true));
        SeatingRule apart;
        apart.firstId = r.people[1];
        apart.secondId = r.people[4];
        r.must(edits::addSeatingRule(r.session->data(), apart));
        r.session->undoStack()->clear();
        auto planned = edits::allocateGroups(r.session->data(), { allocation::Pool::Arrived, 0, 7 });
        REQUIRE(planned.ok());
        CHECK(planned->seated == 8);
        CHECK(planned->problems.empty());
        const QUuid a = r.table1, b = r.table2;
        const auto people = r.people;
        const QUuid leader = r.leader;
        r.roundTrip(planned->edit, [=](const WorkshopData &d) {
            const Group &one = *d.groups.find(a);
            const Group &two = *d.groups.find(b);
            CHECK(one.memberIds.size() == 4);
            CHECK(two.memberIds.size() == 4);
            CHECK(one.memberIds.front() == people[1]); // locked, first
            CHECK(one.lockedIds == QList<QUuid>{ people[1] });
            CHECK_FALSE(one.memberIds.contains(people[4])); // kept apart from the locked person
            for (const Group *g : { &one, &two }) {
                CHECK_FALSE(g->memberIds.contains(people[8])); // only confirmed
                CHECK_FALSE(g->memberIds.contains(leader));
            }
        });
    }
    SECTION("planning ahead, with more groups made")
    {
        auto planned = edits::allocateGroups(r.session->data(), { allocation::Pool::Planning, 4, 3 });
        REQUIRE(planned.ok());
        CHECK(planned->seated == 10);
        REQUIRE(planned->groups.size() == 4);
        CHECK(planned->groups[2].name == QStringLiteral("Table 3"));
        CHECK(planned->groups[3].name == QStringLiteral("Table 4"));
        r.roundTrip(planned->edit, [](const WorkshopData &d) {
            CHECK(d.groups.size() == 4);
            int seated = 0;
            for (const Group &g : d.groups) {
                CHECK((g.memberIds.size() == 2 || g.memberIds.size() == 3));
                seated += int(g.memberIds.size());
            }
            CHECK(seated == 10);
        });
    }
    SECTION("fewer groups: the last ones go")
    {
        auto planned = edits::allocateGroups(r.session->data(), { allocation::Pool::Arrived, 1, 3 });
        REQUIRE(planned.ok());
        const QUuid a = r.table1, b = r.table2;
        r.roundTrip(planned->edit, [=](const WorkshopData &d) {
            CHECK(d.groups.size() == 1);
            CHECK_FALSE(d.groups.contains(b));
            CHECK(d.groups.find(a)->memberIds.size() == 8);
        });
    }
    SECTION("the same seed, the same tables")
    {
        auto first = edits::allocateGroups(r.session->data(), { allocation::Pool::Arrived, 0, 11 });
        auto second = edits::allocateGroups(r.session->data(), { allocation::Pool::Arrived, 0, 11 });
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        CHECK(first->groups == second->groups);
    }
    SECTION("refused with nobody to seat or nowhere to seat them")
    {
        for (const QUuid &id : r.people) {
            Participant p = *r.session->data().participants.find(id);
            p.attendance = Attendance::Invited;
            r.must(edits::editParticipant(r.session->data(), p));
        }
        auto none = edits::allocateGroups(r.session->data(), { allocation::Pool::Planning, 0, 1 });
        REQUIRE_FALSE(none.ok());
        CHECK(none.message().contains(QStringLiteral("Nobody to seat")));
        const std::vector<Group> groups(r.session->data().groups.begin(), r.session->data().groups.end());
        for (const Group &g : groups)
            r.must(edits::removeGroup(r.session->data(), g.id));
        auto nowhere = edits::allocateGroups(r.session->data(), { allocation::Pool::Arrived, 0, 1 });
        REQUIRE_FALSE(nowhere.ok());
        CHECK(nowhere.message().contains(QStringLiteral("There are no groups yet")));
        auto tooMany = edits::allocateGroups(r.session->data(), { allocation::Pool::Arrived, 201, 1 });
        CHECK_FALSE(tooMany.ok());
    }
}

TEST_CASE("groups: the current arrangement is checked against the rules", "[commands][groups]")
{
    Room r;
    SeatingRule apart;
    apart.firstId = r.people[0];
    apart.secondId = r.people[1];
    r.must(edits::addSeatingRule(r.session->data(), apart));
    Participant p = *r.session->data().participants.find(r.people[2]);
    p.accessNeeds = { AccessNeed::HearingLoop };
    r.must(edits::editParticipant(r.session->data(), p));
    const auto problems
        = allocation::check(allocation::currentInput(r.session->data()), allocation::currentMembers(r.session->data()));
    QStringList messages;
    for (const auto &problem : problems)
        messages << problem.message;
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    CHECK(messages.contains(QStringLiteral("Person 1 and Person 2 are to be kept apart, but both sit at Table 1.")));
    CHECK(messages.contains(QStringLiteral(
        "Person 3 needs a hearing loop, but no table is marked as having it. Mark the tables that have it.")));
    CHECK(problems.size() == 2);
}

TEST_CASE("groups: locks, table access and pairs survive the JSON archive, and bad ones are refused",
    "[commands][groups][json]")
{
    Room r;
    r.must(edits::setGroupLock(r.session->data(), r.table1, r.people[1], true));
    Group g = r.group(r.table2);
    g.quietSpace = true;
    r.must(edits::editGroup(r.session->data(), g));
    SeatingRule rule;
    rule.kind = SeatingKind::KeepTogether;
    rule.firstId = r.people[3];
    rule.secondId = r.people[4];
    r.must(edits::addSeatingRule(r.session->data(), rule));

    const QByteArray json = io::archive::toJson(r.session->data());
    auto read = io::archive::fromJson(json);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    CHECK(test::sameContent(*read, r.session->data()));
    CHECK(read->groups.find(r.table1)->lockedIds == QList<QUuid>{ r.people[1] });
    CHECK(read->groups.find(r.table2)->quietSpace);
    REQUIRE(read->seatingRules.size() == 1);

    // A rule naming someone who is not there, and a lock on someone who is not a member.
    WorkshopData broken = *read;
    SeatingRule bad = broken.seatingRules.rows().front();
    bad.secondId = newId();
    broken.seatingRules.update(bad);
    auto refused = io::archive::checkReferences(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("seating rule")));
    WorkshopData badLock = *read;
    Group locked = *badLock.groups.find(r.table1);
    locked.lockedIds = { r.people[7] };
    badLock.groups.update(locked);
    auto lockRefused = io::archive::checkReferences(badLock);
    REQUIRE_FALSE(lockRefused.ok());
    CHECK(lockRefused.message().contains(QStringLiteral("not one of its members")));
}
