// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Group allocation as properties over hundreds of seeds and populations: even tables, roles
// spread, pairs and access needs honoured whenever some arrangement honours them (small cases are
// checked against every possible arrangement), reported when not, and the same seed giving the
// same tables.
#include "planning/allocation.h"
#include "testsupport.h"

#include <QSet>

#include <numeric>
#include <random>

using namespace cg;
using namespace cg::allocation;

namespace {

constexpr int kRoleCount = int(enumValues<Role>().size());

QUuid idFor(int kind, int n)
{
    return QUuid(uint(kind), ushort(n >> 16), ushort(n & 0xffff), 1, 2, 3, 4, 5, 6, 7, 8);
}

struct Population
{
    Input input;
    std::mt19937 random;

    explicit Population(unsigned seed)
        : random(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(random() % unsigned(n)); }

    void addTables(int n, double featureShare = 0)
    {
        for (int t = 0; t < n; ++t) {
            allocation::Table table{ idFor(1, t), QStringLiteral("Table %1").arg(t + 1), 0, {} };
            for (Feature f : allFeatures)
                if (below(1000) < int(featureShare * 1000))
                    table.features |= f;
            input.tables.push_back(table);
        }
    }
    /// People with skewed roles (most lived experience, few commissioners), as real rooms are.
    void addPeople(int n, double needShare = 0)
    {
        static const int weights[kRoleCount] = { 40, 15, 20, 10, 5, 3, 7 };
        for (int p = 0; p < n; ++p) {
            int pick = below(100);
            int role = 0;
            while (pick >= weights[role]) {
                pick -= weights[role];
                ++role;
            }
            Person person{ idFor(2, int(input.people.size())), QStringLiteral("P%1").arg(input.people.size()),
                Role(role), 0 };
            if (below(1000) < int(needShare * 1000))
                person.needs = allFeatures[std::size_t(below(3))];
            input.people.push_back(person);
        }
    }
    /// Carers and the people they support: disjoint pairs.
    void addCarerPairs(int count)
    {
        std::vector<int> order(input.people.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), random);
        for (int i = 0; i + 1 < int(order.size()) && i / 2 < count; i += 2)
            input.keepTogether.push_back(
                { input.people[std::size_t(order[std::size_t(i)])].id, input.people[std::size_t(order[std::size_t(i + 1)])].id });
    }
    void addPairs(int apart, int together)
    {
        const int n = int(input.people.size());
        if (n < 2)
            return;
        for (int i = 0; i < apart; ++i)
            input.keepApart.push_back({ input.people[std::size_t(below(n))].id, input.people[std::size_t(below(n))].id });
        for (int i = 0; i < together; ++i)
            input.keepTogether.push_back(
                { input.people[std::size_t(below(n))].id, input.people[std::size_t(below(n))].id });
    }
};

/// Every person exactly once, nobody invented.
void checkEveryoneSeatedOnce(const Input &input, const Allocation &a)
{
    REQUIRE(a.members.size() == input.tables.size());
    QSet<QUuid> seen;
    for (const QList<QUuid> &table : a.members) {
        for (const QUuid &id : table) {
            CHECK_FALSE(seen.contains(id));
            seen.insert(id);
        }
    }
    QSet<QUuid> expected;
    for (const Person &p : input.people)
        expected.insert(p.id);
    CHECK(seen == expected);
}

int problemsOf(const Allocation &a, Problem::Kind kind)
{
    return int(std::count_if(a.problems.begin(), a.problems.end(), [kind](const Problem &p) { return p.kind == kind; }));
}

/// Whether some arrangement with even tables meets every pair and every need a table offers:
/// tried exhaustively (small inputs only).
bool satisfiable(const Input &input)
{
    const int n = int(input.people.size());
    const int t = int(input.tables.size());
    std::vector<int> at(std::size_t(n), 0);
    Features offered = 0;
    for (const allocation::Table &table : input.tables)
        offered |= table.features;
    QHash<QUuid, int> index;
    for (int p = 0; p < n; ++p)
        index.insert(input.people[std::size_t(p)].id, p);
    const int low = n / t;
    const int high = low + (n % t ? 1 : 0);
    std::function<bool(int)> next = [&](int p) -> bool {
        if (p == n) {
            std::vector<int> sizes(std::size_t(t), 0);
            for (int q = 0; q < n; ++q)
                ++sizes[std::size_t(at[std::size_t(q)])];
            for (int s : sizes)
                if (s < low || s > high)
                    return false;
            for (const Pair &pair : input.keepApart) {
                const int a = index.value(pair.first), b = index.value(pair.second);
                if (a != b && at[std::size_t(a)] == at[std::size_t(b)])
                    return false;
            }
            for (const Pair &pair : input.keepTogether)
                if (at[std::size_t(index.value(pair.first))] != at[std::size_t(index.value(pair.second))])
                    return false;
            for (int q = 0; q < n; ++q) {
                const Features need = input.people[std::size_t(q)].needs & offered;
                if ((input.tables[std::size_t(at[std::size_t(q)])].features & need) != need)
                    return false;
            }
            return true;
        }
        for (int table = 0; table < t; ++table) {
            at[std::size_t(p)] = table;
            if (next(p + 1))
                return true;
        }
        return false;
    };
    return next(0);
}

} // namespace

TEST_CASE("allocation: without constraints, tables and every role are within one", "[allocation]")
{
    for (unsigned seed = 1; seed <= 400; ++seed) {
        Population pop(seed);
        pop.addTables(1 + pop.below(15));
        pop.addPeople(pop.below(150));
        const Allocation a = allocate(pop.input, seed);
        INFO("seed " << seed << ", " << pop.input.people.size() << " people at " << pop.input.tables.size()
                     << " tables");
        checkEveryoneSeatedOnce(pop.input, a);
        const Balance b = measure(pop.input, a.members);
        CHECK(b.sizeSpread <= 1);
        for (int r = 0; r < kRoleCount; ++r) {
            INFO("role " << enumKey(Role(r)).toStdString());
            CHECK(b.roleSpread[std::size_t(r)] <= 1);
        }
        CHECK(a.problems.empty());
    }
}

TEST_CASE("allocation: the same seed gives the same tables, other seeds other tables", "[allocation]")
{
    for (unsigned seed = 1; seed <= 100; ++seed) {
        Population pop(seed * 7919);
        pop.addTables(2 + pop.below(8), 0.3);
        pop.addPeople(10 + pop.below(90), 0.1);
        // One population per seed on every compiler: the order of two draws in one argument list
        // is unspecified (gcc draws the second first, clang the first), so it is spelled out.
        const int together = pop.below(6);
        const int apart = pop.below(6);
        pop.addPairs(apart, together);
        const Allocation first = allocate(pop.input, seed);
        const Allocation again = allocate(pop.input, seed);
        CHECK(first.members == again.members);
        bool differs = false;
        for (quint64 other = 1000; other < 1010 && !differs; ++other)
            differs = allocate(pop.input, other).members != first.members;
        CHECK(differs);
    }
}

TEST_CASE("allocation: small cases meet every rule whenever any arrangement does", "[allocation]")
{
    int satisfiableCases = 0;
    int unsatisfiableCases = 0;
    // Each seed twice, with the pairs drawn in both orders (clang's order of the two draws, when
    // they were one argument list, made seed 600 a room the search alone got wrong).
    for (const bool apartFirst : { false, true }) {
        for (unsigned seed = 1; seed <= 600; ++seed) {
            Population pop(seed * 104729);
            pop.addTables(2 + pop.below(2), 0.4);
            pop.addPeople(3 + pop.below(6), 0.3);
            int together = 0;
            int apart = 0;
            if (apartFirst) {
                apart = pop.below(4);
                together = pop.below(3);
            } else {
                together = pop.below(3);
                apart = pop.below(4);
            }
            pop.addPairs(apart, together);
            const Allocation a = allocate(pop.input, seed);
            INFO("seed " << seed << (apartFirst ? ", the pairs to keep apart drawn first" : ""));
            checkEveryoneSeatedOnce(pop.input, a);
            const Balance b = measure(pop.input, a.members);
            const bool brokenPairs = b.apartBroken > 0 || b.togetherBroken > 0;
            if (satisfiable(pop.input)) {
                ++satisfiableCases;
                CHECK(b.sizeSpread <= 1);
                CHECK(b.apartBroken == 0);
                CHECK(b.togetherBroken == 0);
                CHECK(b.needsUnmet == 0);
                CHECK(problemsOf(a, Problem::Kind::KeepApart) == 0);
                CHECK(problemsOf(a, Problem::Kind::FeatureNotMet) == 0);
            } else {
                ++unsatisfiableCases;
                // Something is said about each rule that was broken.
                CHECK_FALSE(a.problems.empty());
                CHECK((b.sizeSpread > 1 || brokenPairs || b.needsUnmet > 0
                    || problemsOf(a, Problem::Kind::Contradiction) > 0));
            }
            // What is reported is exactly what is broken.
            CHECK(problemsOf(a, Problem::Kind::KeepApart) == b.apartBroken);
            CHECK(problemsOf(a, Problem::Kind::KeepTogether) == b.togetherBroken);
            CHECK(problemsOf(a, Problem::Kind::FeatureNotMet) == b.needsUnmet);
            CHECK((problemsOf(a, Problem::Kind::UnevenSizes) > 0) == (b.sizeSpread > 1));
        }
    }
    // The generator makes both kinds of case, so both branches above were exercised.
    CHECK(satisfiableCases > 200);
    CHECK(unsatisfiableCases > 40);
}

TEST_CASE("allocation: large rooms with pairs and needs keep every rule and roles near even", "[allocation]")
{
    for (unsigned seed = 1; seed <= 120; ++seed) {
        Population pop(seed * 31337);
        const int tables = 5 + pop.below(36);
        pop.addTables(tables, 0.5);
        pop.addPeople(tables * (4 + pop.below(8)), 0.05);
        pop.addPairs(pop.below(20), 0);
        pop.addCarerPairs(pop.below(12));
        const Allocation a = allocate(pop.input, seed);
        INFO("seed " << seed << ", " << pop.input.people.size() << " people at " << tables << " tables");
        checkEveryoneSeatedOnce(pop.input, a);
        const Balance b = measure(pop.input, a.members);
        CHECK(b.sizeSpread <= 1);
        CHECK(b.apartBroken == 0);
        CHECK(b.togetherBroken == 0);
        CHECK(b.needsUnmet == 0);
        // Pairs and needs pull people out of the perfect deal; the search pulls roles back to
        // within two of each other at every table.
        for (int r = 0; r < kRoleCount; ++r)
            CHECK(b.roleSpread[std::size_t(r)] <= 2);
        CHECK(problemsOf(a, Problem::Kind::KeepApart) == 0);
    }
}

TEST_CASE("allocation: locked people stay where they are", "[allocation]")
{
    for (unsigned seed = 1; seed <= 200; ++seed) {
        Population pop(seed * 65537);
        pop.addTables(2 + pop.below(6));
        pop.addPeople(pop.below(60), 0.1);
        // One population per seed on every compiler: the order of two draws in one argument list
        // is unspecified (gcc draws the second first, clang the first), so it is spelled out.
        const int together = pop.below(5);
        const int apart = pop.below(5);
        pop.addPairs(apart, together);
        // Lock a few people, at most a fair share per table.
        const int n = int(pop.input.people.size());
        QHash<QUuid, int> lockedAt;
        for (int i = 0; i < n / 6; ++i) {
            const QUuid id = pop.input.people[std::size_t(pop.below(n))].id;
            const int t = pop.below(int(pop.input.tables.size()));
            if (lockedAt.contains(id))
                continue;
            lockedAt.insert(id, t);
            pop.input.tables[std::size_t(t)].fixed << id;
        }
        const Allocation a = allocate(pop.input, seed);
        INFO("seed " << seed);
        checkEveryoneSeatedOnce(pop.input, a);
        for (auto it = lockedAt.cbegin(); it != lockedAt.cend(); ++it)
            CHECK(a.members[std::size_t(it.value())].contains(it.key()));
        const Balance b = measure(pop.input, a.members);
        CHECK((b.sizeSpread <= 1 || problemsOf(a, Problem::Kind::UnevenSizes) == 1));
        CHECK(problemsOf(a, Problem::Kind::KeepApart) == b.apartBroken);
        CHECK(problemsOf(a, Problem::Kind::KeepTogether) == b.togetherBroken);
    }
}

TEST_CASE("allocation: what cannot be met is said, with who and why", "[allocation]")
{
    Input input;
    for (int t = 0; t < 3; ++t)
        input.tables.push_back({ idFor(1, t), QStringLiteral("Table %1").arg(t + 1), 0, {} });
    for (int p = 0; p < 12; ++p)
        input.people.push_back({ idFor(2, p), QStringLiteral("Person %1").arg(p + 1), Role::LivedExperience, 0 });
    auto person = [&](int p) -> Person & { return input.people[std::size_t(p)]; };

    SECTION("a need no table offers")
    {
        person(0).needs = StepFree;
        person(1).needs = StepFree;
        const Allocation a = allocate(input, 1);
        REQUIRE(problemsOf(a, Problem::Kind::NoTableWithFeature) == 1);
        const Problem &p = a.problems.front();
        CHECK(p.people == QList<QUuid>{ person(0).id, person(1).id });
        CHECK(p.message.contains(QStringLiteral("Person 1 and Person 2 need step-free access")));
        CHECK(p.message.contains(QStringLiteral("no table is marked as having it")));
    }
    SECTION("more people need a hearing loop than its one table seats")
    {
        input.tables[1].features = HearingLoop;
        for (int p = 0; p < 6; ++p)
            person(p).needs = HearingLoop;
        const Allocation a = allocate(input, 1);
        checkEveryoneSeatedOnce(input, a);
        int looped = 0;
        for (int p = 0; p < 6; ++p)
            looped += a.members[1].contains(person(p).id) ? 1 : 0;
        CHECK(a.members[1].size() == 4);
        CHECK(looped == 4); // the table is full of people who need its loop
        REQUIRE(problemsOf(a, Problem::Kind::FeatureNotMet) == 2);
        for (const Problem &p : a.problems) {
            CHECK(p.kind == Problem::Kind::FeatureNotMet);
            CHECK(p.message.contains(QStringLiteral("needs a hearing loop")));
            CHECK(p.message.contains(QStringLiteral("The tables that have it (Table 2) were full.")));
        }
    }
    SECTION("four people to keep apart at three tables")
    {
        for (int a = 0; a < 4; ++a)
            for (int b = a + 1; b < 4; ++b)
                input.keepApart.push_back({ person(a).id, person(b).id });
        const Allocation a = allocate(input, 3);
        checkEveryoneSeatedOnce(input, a);
        CHECK(measure(input, a.members).sizeSpread <= 1);
        REQUIRE(problemsOf(a, Problem::Kind::KeepApart) == 1); // the best: only one pair shares
        CHECK(a.problems.front().message.contains(QStringLiteral("are to be kept apart, but both sit at")));
    }
    SECTION("apart and together at once")
    {
        input.keepTogether.push_back({ person(0).id, person(1).id });
        input.keepTogether.push_back({ person(1).id, person(2).id });
        input.keepApart.push_back({ person(0).id, person(2).id });
        const Allocation a = allocate(input, 1);
        REQUIRE(problemsOf(a, Problem::Kind::Contradiction) == 1);
        CHECK(problemsOf(a, Problem::Kind::KeepTogether) == 0);
        const int t = int(std::find_if(a.members.begin(), a.members.end(),
                              [&](const QList<QUuid> &m) { return m.contains(person(0).id); })
            - a.members.begin());
        CHECK(a.members[std::size_t(t)].contains(person(1).id));
        CHECK(a.members[std::size_t(t)].contains(person(2).id));
    }
    SECTION("a pair to keep together locked to different tables")
    {
        input.keepTogether.push_back({ person(0).id, person(1).id });
        input.tables[0].fixed << person(0).id;
        input.tables[2].fixed << person(1).id;
        const Allocation a = allocate(input, 1);
        REQUIRE(problemsOf(a, Problem::Kind::KeepTogether) == 1);
        CHECK(a.problems.front().message.contains(QStringLiteral("fixed to different tables")));
        CHECK(a.members[0].front() == person(0).id);
        CHECK(a.members[2].front() == person(1).id);
    }
    SECTION("a group to keep together larger than a table")
    {
        for (int p = 0; p < 6; ++p)
            input.keepTogether.push_back({ person(p).id, person(p + 1).id });
        const Allocation a = allocate(input, 1);
        CHECK(measure(input, a.members).sizeSpread <= 1);
        CHECK(problemsOf(a, Problem::Kind::KeepTogether) > 0);
        CHECK(a.problems.front().message.contains(QStringLiteral("more than the 4 a table can take")));
    }
    SECTION("too many locked to one table")
    {
        for (int p = 0; p < 7; ++p)
            input.tables[0].fixed << person(p).id;
        const Allocation a = allocate(input, 1);
        CHECK(a.members[0].size() == 7);
        CHECK(a.members[1].size() + a.members[2].size() == 5);
        REQUIRE(problemsOf(a, Problem::Kind::UnevenSizes) == 1);
        CHECK(a.problems.front().message.contains(QStringLiteral("Table 1 (7 fixed to it)")));
    }
    SECTION("no tables at all")
    {
        input.tables.clear();
        const Allocation a = allocate(input, 1);
        REQUIRE(problemsOf(a, Problem::Kind::NoTables) == 1);
        CHECK(a.members.empty());
    }
}

TEST_CASE("allocation: check() finds what a hand-made arrangement breaks", "[allocation]")
{
    Input input;
    input.tables.push_back({ idFor(1, 0), QStringLiteral("Window"), StepFree, {} });
    input.tables.push_back({ idFor(1, 1), QStringLiteral("Door"), 0, {} });
    for (int p = 0; p < 4; ++p)
        input.people.push_back({ idFor(2, p), QStringLiteral("Person %1").arg(p + 1), Role::Other, 0 });
    input.people[3].needs = StepFree;
    input.keepApart.push_back({ idFor(2, 0), idFor(2, 1) });
    input.keepTogether.push_back({ idFor(2, 2), idFor(2, 3) });
    const std::vector<QList<QUuid>> members{ { idFor(2, 0), idFor(2, 1), idFor(2, 2) }, { idFor(2, 3) } };
    const auto problems = check(input, members);
    QStringList messages;
    for (const Problem &p : problems)
        messages << p.message;
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    CHECK(messages.contains(QStringLiteral("Person 1 and Person 2 are to be kept apart, but both sit at Window.")));
    CHECK(messages.contains(QStringLiteral("Person 3 and Person 4 are to be kept together, but sit at Window and Door.")));
    CHECK(messages.contains(
        QStringLiteral("Person 4 needs step-free access, but Door does not have it. Tables that have it: Window.")));
    CHECK(messages.contains(QStringLiteral("Table sizes differ by more than one: from 1 to 3 people.")));
    CHECK(problems.size() == 4);
}

TEST_CASE("allocation: groups of about K people", "[allocation]")
{
    CHECK(groupCountForSize(22, 6) == 4);
    CHECK(groupCountForSize(24, 6) == 4);
    CHECK(groupCountForSize(27, 6) == 5);
    CHECK(groupCountForSize(2, 6) == 1);
    CHECK(groupCountForSize(0, 6) == 1);
    CHECK(groupCountForSize(10, 0) == 1);
}
