// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/allocation.h"

#include "consent/consentpolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <bit>
#include <limits>
#include <numeric>
#include <random>
#include <tuple>

namespace cg::allocation {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::allocation", text, nullptr, n);
}

constexpr int kRoles = int(enumValues<Role>().size());

// Costs, so that one broken rule always outweighs any amount of the weaker ones: a person too
// many or too few at a table, then a broken pair or an unmet need, then role imbalance (the sum
// over roles and tables of the squared count, smallest when every role is spread evenly).
constexpr qint64 kSizeCost = qint64(1) << 44;
constexpr qint64 kHardCost = qint64(1) << 30;

/// A seeded random source whose sequence is the same on every platform: mt19937_64 is fully
/// specified, and so is this way of drawing a bounded number (unlike std::uniform_int_distribution).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed ^ 0x9e3779b97f4a7c15ull)
    {
    }
    std::size_t below(std::size_t n)
    {
        if (n <= 1)
            return 0;
        const quint64 range = quint64(n);
        const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
        quint64 x = m_engine();
        while (x >= limit)
            x = m_engine();
        return std::size_t(x % range);
    }
    template<class T>
    void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(i)]);
    }

private:
    std::mt19937_64 m_engine;
};

int popcount(Features f)
{
    // Three features: a table beats a library call in the search's innermost loop.
    static constexpr int bits[8] = { 0, 1, 1, 2, 1, 2, 2, 3 };
    return f < 8 ? bits[f] : std::popcount(f);
}

QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

class DisjointSets
{
public:
    explicit DisjointSets(int n)
        : m_parent(std::size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[std::size_t(x)] != x) {
            m_parent[std::size_t(x)] = m_parent[std::size_t(m_parent[std::size_t(x)])];
            x = m_parent[std::size_t(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::size_t(std::max(a, b))] = std::min(a, b); // the earlier person leads
    }

private:
    std::vector<int> m_parent;
};

/// The input turned into indices, with the pairs checked, deduplicated and joined into
/// keep-together groups; shared by allocate() and check().
struct Prepared
{
    const Input &input;
    int tables = 0;
    int people = 0;
    QHash<QUuid, int> index;             // person id -> index
    std::vector<Features> features;      // per table
    Features offered = 0;                // what at least one table has
    std::vector<int> role;               // per person
    std::vector<Features> needs;         // per person: only what some table offers
    std::vector<Features> rawNeeds;      // per person: everything they need
    std::vector<int> fixedAt;            // per person: the table they are locked to, or -1
    std::vector<std::pair<int, int>> apart;          // pairs that can be honoured
    std::vector<std::pair<int, int>> together;
    std::vector<std::pair<int, int>> contradictions; // apart, but in one keep-together group
    std::vector<std::vector<int>> apartOf;           // per person: their keep-apart partners
    std::vector<int> component;                      // per person: the first person of their group

    explicit Prepared(const Input &in)
        : input(in)
    {
        tables = int(in.tables.size());
        people = int(in.people.size());
        role.resize(std::size_t(people));
        needs.resize(std::size_t(people));
        rawNeeds.resize(std::size_t(people));
        fixedAt.assign(std::size_t(people), -1);
        apartOf.resize(std::size_t(people));
        for (const Table &t : in.tables) {
            features.push_back(t.features);
            offered |= t.features;
        }
        for (int p = 0; p < people; ++p) {
            const Person &person = in.people[std::size_t(p)];
            if (index.contains(person.id))
                continue; // listed twice: the first counts
            index.insert(person.id, p);
            role[std::size_t(p)] = int(person.role);
            rawNeeds[std::size_t(p)] = person.needs;
            needs[std::size_t(p)] = person.needs & offered;
        }
        for (int t = 0; t < tables; ++t) {
            for (const QUuid &id : in.tables[std::size_t(t)].fixed) {
                const int p = index.value(id, -1);
                if (p >= 0 && fixedAt[std::size_t(p)] < 0)
                    fixedAt[std::size_t(p)] = t;
            }
        }
        auto pairsOf = [this](const std::vector<Pair> &pairs) {
            std::vector<std::pair<int, int>> out;
            QSet<QPair<int, int>> seen;
            for (const Pair &pair : pairs) {
                int a = index.value(pair.first, -1);
                int b = index.value(pair.second, -1);
                if (a < 0 || b < 0 || a == b)
                    continue;
                const QPair<int, int> key { std::min(a, b), std::max(a, b) };
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                out.emplace_back(a, b); // as given: messages name them in the facilitator's order
            }
            return out;
        };
        together = pairsOf(in.keepTogether);
        DisjointSets sets(people);
        for (const auto &[a, b] : together)
            sets.unite(a, b);
        component.resize(std::size_t(people));
        for (int p = 0; p < people; ++p)
            component[std::size_t(p)] = sets.find(p);
        for (const auto &[a, b] : pairsOf(in.keepApart)) {
            if (component[std::size_t(a)] == component[std::size_t(b)]) {
                contradictions.emplace_back(a, b);
                continue;
            }
            apart.emplace_back(a, b);
            apartOf[std::size_t(a)].push_back(b);
            apartOf[std::size_t(b)].push_back(a);
        }
    }

    QString name(int p) const { return input.people[std::size_t(p)].name; }
    QString tableName(int t) const { return input.tables[std::size_t(t)].name; }
};

/// The sizes tables may have: with nobody fixed, everyone within one of N / T. People fixed to
/// a table count there, so a table with more fixed people than that keeps exactly those and the
/// others share the rest evenly ("water filling").
struct Bounds
{
    std::vector<int> lo;
    std::vector<int> hi;
    int level = 0; // the others have level or level + 1 people
    int plus = 0;  // how many of them have level + 1
};

Bounds boundsFor(const std::vector<int> &immovable, int total)
{
    const int tables = int(immovable.size());
    auto filled = [&](qint64 level) {
        qint64 sum = 0;
        for (int n : immovable)
            sum += std::max<qint64>(n, level);
        return sum;
    };
    qint64 low = 0;
    qint64 high = total + 1;
    while (high - low > 1) { // the largest level whose filling fits in total
        const qint64 mid = (low + high) / 2;
        if (filled(mid) <= total)
            low = mid;
        else
            high = mid;
    }
    Bounds b;
    b.level = int(low);
    b.plus = int(total - filled(low));
    b.lo.resize(std::size_t(tables));
    b.hi.resize(std::size_t(tables));
    for (int t = 0; t < tables; ++t) {
        const int n = immovable[std::size_t(t)];
        if (n > b.level) {
            b.lo[std::size_t(t)] = b.hi[std::size_t(t)] = n;
        } else {
            b.lo[std::size_t(t)] = b.level;
            b.hi[std::size_t(t)] = b.level + (b.plus > 0 ? 1 : 0);
        }
    }
    return b;
}

/// People who must move as one: a keep-together group, or one person.
struct Unit
{
    std::vector<int> members;
    std::array<int, kRoles> roles{};
    Features needs = 0;
    bool movable = true;
    int home = -1; // the table of an unmovable unit
    int size() const { return int(members.size()); }
};

/// The people to seat as units, and which of them are too big for any table.
struct Units
{
    std::vector<Unit> units;
    std::vector<int> immovable; // per table
    Bounds bounds;
    QSet<int> oversized; // components split because they are larger than a table may be
};

Units buildUnits(const Prepared &pr)
{
    Units out;
    out.immovable.assign(std::size_t(pr.tables), 0);
    // Group people by keep-together component, in input order.
    QHash<int, int> unitOfComponent;
    std::vector<std::vector<int>> components;
    for (int p = 0; p < pr.people; ++p) {
        if (pr.index.value(pr.input.people[std::size_t(p)].id) != p)
            continue; // a duplicate entry
        const int c = pr.component[std::size_t(p)];
        auto it = unitOfComponent.find(c);
        if (it == unitOfComponent.end()) {
            it = unitOfComponent.insert(c, int(components.size()));
            components.emplace_back();
        }
        components[std::size_t(*it)].push_back(p);
    }
    auto makeUnit = [&](std::vector<int> members, bool movable, int home) {
        Unit u;
        u.movable = movable;
        u.home = home;
        for (int p : members) {
            ++u.roles[std::size_t(pr.role[std::size_t(p)])];
            u.needs |= pr.needs[std::size_t(p)];
        }
        u.members = std::move(members);
        if (!movable)
            out.immovable[std::size_t(home)] += u.size();
        out.units.push_back(std::move(u));
    };
    std::vector<std::vector<int>> free;
    for (std::vector<int> &members : components) {
        // Fixed people stay where they are; the rest of their group joins the first of them.
        int anchor = -1;
        std::vector<int> rest;
        for (int p : members) {
            const int t = pr.fixedAt[std::size_t(p)];
            if (t >= 0) {
                makeUnit({ p }, false, t);
                if (anchor < 0)
                    anchor = t;
            } else {
                rest.push_back(p);
            }
        }
        if (rest.empty())
            continue;
        if (anchor >= 0)
            makeUnit(std::move(rest), false, anchor);
        else
            free.push_back(std::move(rest));
    }
    out.bounds = boundsFor(out.immovable, pr.people);
    const int largest = out.bounds.level + (out.bounds.plus > 0 ? 1 : 0);
    for (std::vector<int> &members : free) {
        if (int(members.size()) > std::max(largest, 1)) {
            out.oversized.insert(pr.component[std::size_t(members.front())]);
            for (int p : members)
                makeUnit({ p }, true, -1);
        } else {
            makeUnit(std::move(members), true, -1);
        }
    }
    return out;
}

/// One arrangement being improved: where each unit sits and the counts the costs need.
class Search
{
public:
    Search(const Prepared &pr, const Units &units)
        : m_pr(pr)
        , m_units(units.units)
        , m_bounds(units.bounds)
        , m_tables(pr.tables)
    {
        m_unitOf.assign(std::size_t(pr.people), -1);
        m_unmet.assign(m_units.size() * std::size_t(m_tables), 0);
        for (int u = 0; u < int(m_units.size()); ++u) {
            for (int p : m_units[std::size_t(u)].members) {
                m_unitOf[std::size_t(p)] = u;
                for (int t = 0; t < m_tables; ++t)
                    m_unmet[std::size_t(u * m_tables + t)]
                        += popcount(m_pr.needs[std::size_t(p)] & ~m_pr.features[std::size_t(t)]);
            }
        }
        // The needs a unit leaves unmet wherever it sits: no arrangement does better than that.
        m_unitFloor.assign(m_units.size(), 0);
        for (int u = 0; u < int(m_units.size()); ++u) {
            const Unit &unit = m_units[std::size_t(u)];
            int least = std::numeric_limits<int>::max();
            for (int t = 0; t < m_tables; ++t)
                least = std::min(least, m_unmet[std::size_t(u * m_tables + t)]);
            m_unitFloor[std::size_t(u)] = unit.movable ? least : m_unmet[std::size_t(u * m_tables + unit.home)];
            m_floor += m_unitFloor[std::size_t(u)];
        }
    }

    void run(Random &random)
    {
        reset();
        seatGreedily(random);
        improve(random);
    }

    qint64 cost() const { return m_cost; }
    /// Whether every rule but role balance is met.
    bool clean() const { return m_sizeBroken == 0 && m_hardBroken == 0; }
    /// Whether every rule that can be met is: sizes even, no pair broken, and no need unmet that
    /// another table would have met (a need no table offers is unmet wherever they sit).
    bool settled() const { return m_sizeBroken == 0 && m_hardBroken == m_floor; }
    int tableOf(int person) const { return m_at[std::size_t(m_unitOf[std::size_t(person)])]; }

    /// How many whole arrangements tryAll() would look at (capped at \a cap + 1).
    qint64 arrangements(qint64 cap) const
    {
        qint64 n = 1;
        for (const Unit &unit : m_units) {
            if (unit.movable && (n *= m_tables) > cap)
                return cap + 1;
        }
        return n;
    }

    /// Tries every arrangement (for a small room: see allocate()), dropping each as soon as it
    /// breaks a rule, and leaves the cheapest settled one in place; false when there is none. The
    /// improving search can miss the one arrangement that meets every rule in a tightly
    /// constrained small room, which is just where a facilitator would see that one exists.
    bool tryAll()
    {
        reset();
        std::vector<int> order;
        qint64 placedFloor = 0;
        for (int u = 0; u < int(m_units.size()); ++u) {
            if (m_units[std::size_t(u)].movable) {
                order.push_back(u);
            } else {
                place(u, m_units[std::size_t(u)].home);
                placedFloor += m_unitFloor[std::size_t(u)];
            }
        }
        if (m_hardBroken > placedFloor)
            return false; // people fixed to their tables already break a rule
        qint64 bestCost = std::numeric_limits<qint64>::max();
        std::vector<int> best;
        std::function<void(std::size_t, qint64)> next = [&](std::size_t i, qint64 floor) {
            if (i == order.size()) {
                if (m_sizeBroken == 0 && m_cost < bestCost) {
                    bestCost = m_cost;
                    best = m_at;
                }
                return;
            }
            const int u = order[i];
            const qint64 withThis = floor + m_unitFloor[std::size_t(u)];
            for (int t = 0; t < m_tables; ++t) {
                place(u, t);
                if (m_size[std::size_t(t)] <= m_bounds.hi[std::size_t(t)] && m_hardBroken == withThis)
                    next(i + 1, withThis);
                lift(u);
            }
        };
        next(0, placedFloor);
        if (best.empty())
            return false;
        reset();
        for (int u = 0; u < int(m_units.size()); ++u)
            place(u, best[std::size_t(u)]);
        return true;
    }

private:
    void reset()
    {
        m_at.assign(m_units.size(), -1);
        m_tableOfPerson.assign(std::size_t(m_pr.people), -1);
        m_size.assign(std::size_t(m_tables), 0);
        m_roleCount.assign(std::size_t(m_tables * kRoles), 0);
        m_singles.assign(std::size_t(m_tables * kRoles), {});
        m_plusLeft = m_bounds.plus;
        // Empty tables are short of their least size: counted from the start, so that a whole
        // arrangement with every table in bounds has nothing broken (clean() means what it says).
        m_sizeBroken = 0;
        for (int t = 0; t < m_tables; ++t)
            m_sizeBroken += sizeViolation(t, 0);
        m_cost = kSizeCost * m_sizeBroken;
        m_hardBroken = 0;
    }

    int &count(int table, int role) { return m_roleCount[std::size_t(table * kRoles + role)]; }
    int count(int table, int role) const { return m_roleCount[std::size_t(table * kRoles + role)]; }

    qint64 sizeViolation(int table, int size) const
    {
        return std::max(0, size - m_bounds.hi[std::size_t(table)]) + std::max(0, m_bounds.lo[std::size_t(table)] - size);
    }
    int unmet(const Unit &unit, int table) const
    {
        return m_unmet[std::size_t(int(&unit - m_units.data()) * m_tables + table)];
    }
    /// Keep-apart partners of the unit's members at \a table, not counting \a except's members.
    int conflicts(const Unit &unit, int table, int except = -1) const
    {
        int n = 0;
        for (int p : unit.members) {
            for (int q : m_pr.apartOf[std::size_t(p)]) {
                const int qu = m_unitOf[std::size_t(q)];
                if (m_tableOfPerson[std::size_t(q)] == table && qu != except && qu != m_unitOf[std::size_t(p)])
                    ++n;
            }
        }
        return n;
    }
    static qint64 squareDelta(int count, int by) { return qint64(2 * count + by) * by; }

    /// Puts a unit at a table (it is at none), keeping the total cost up to date.
    void place(int u, int table)
    {
        const Unit &unit = m_units[std::size_t(u)];
        const int size = m_size[std::size_t(table)];
        const qint64 sizeChange = sizeViolation(table, size + unit.size()) - sizeViolation(table, size);
        const qint64 hard = unmet(unit, table) + conflicts(unit, table);
        m_sizeBroken += sizeChange;
        m_hardBroken += hard;
        m_cost += kSizeCost * sizeChange + kHardCost * hard;
        for (int r = 0; r < kRoles; ++r) {
            if (unit.roles[std::size_t(r)]) {
                m_cost += squareDelta(count(table, r), unit.roles[std::size_t(r)]);
                count(table, r) += unit.roles[std::size_t(r)];
            }
        }
        m_size[std::size_t(table)] += unit.size();
        m_at[std::size_t(u)] = table;
        for (int p : unit.members)
            m_tableOfPerson[std::size_t(p)] = table;
        if (unit.movable && unit.size() == 1)
            m_singles[std::size_t(table * kRoles + m_pr.role[std::size_t(unit.members.front())])].push_back(u);
    }
    void lift(int u)
    {
        const Unit &unit = m_units[std::size_t(u)];
        const int table = m_at[std::size_t(u)];
        if (unit.movable && unit.size() == 1) {
            auto &list = m_singles[std::size_t(table * kRoles + m_pr.role[std::size_t(unit.members.front())])];
            list.erase(std::find(list.begin(), list.end(), u));
        }
        for (int p : unit.members)
            m_tableOfPerson[std::size_t(p)] = -1;
        m_at[std::size_t(u)] = -1;
        m_size[std::size_t(table)] -= unit.size();
        for (int r = 0; r < kRoles; ++r) {
            if (unit.roles[std::size_t(r)]) {
                count(table, r) -= unit.roles[std::size_t(r)];
                m_cost -= squareDelta(count(table, r), unit.roles[std::size_t(r)]);
            }
        }
        const qint64 hard = unmet(unit, table) + conflicts(unit, table);
        const int size = m_size[std::size_t(table)];
        const qint64 sizeChange = sizeViolation(table, size + unit.size()) - sizeViolation(table, size);
        m_sizeBroken -= sizeChange;
        m_hardBroken -= hard;
        m_cost -= kSizeCost * sizeChange + kHardCost * hard;
    }

    // ---- Greedy seating ------------------------------------------------------------------------

    bool fits(int table, int n) const
    {
        const int after = m_size[std::size_t(table)] + n;
        const int lo = m_bounds.lo[std::size_t(table)];
        return after <= lo || (after == m_bounds.hi[std::size_t(table)] && after == lo + 1 && m_plusLeft > 0);
    }

    void seatGreedily(Random &random)
    {
        std::vector<int> order;
        for (int u = 0; u < int(m_units.size()); ++u) {
            if (m_units[std::size_t(u)].movable)
                order.push_back(u);
            else
                place(u, m_units[std::size_t(u)].home);
        }
        // The most constrained first: people with needs only some tables meet (fewest such
        // tables first), then keep-together groups (largest first), then everyone else role by
        // role, the most common role first, so each role is dealt round the tables in turn.
        std::vector<int> eligible(m_units.size(), m_tables);
        std::array<int, kRoles> roleTotals{};
        for (int u : order) {
            const Unit &unit = m_units[std::size_t(u)];
            if (unit.needs) {
                int n = 0;
                for (int t = 0; t < m_tables; ++t)
                    n += (m_pr.features[std::size_t(t)] & unit.needs) == unit.needs ? 1 : 0;
                eligible[std::size_t(u)] = n;
            }
            if (unit.size() == 1)
                ++roleTotals[std::size_t(m_pr.role[std::size_t(unit.members.front())])];
        }
        random.shuffle(order);
        auto tier = [&](int u) {
            const Unit &unit = m_units[std::size_t(u)];
            if (unit.needs)
                return 0;
            return unit.size() > 1 ? 1 : 2;
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Unit &ua = m_units[std::size_t(a)];
            const Unit &ub = m_units[std::size_t(b)];
            if (tier(a) != tier(b))
                return tier(a) < tier(b);
            if (tier(a) == 0 && eligible[std::size_t(a)] != eligible[std::size_t(b)])
                return eligible[std::size_t(a)] < eligible[std::size_t(b)];
            if (ua.size() != ub.size())
                return ua.size() > ub.size();
            if (tier(a) == 2) {
                const int ra = m_pr.role[std::size_t(ua.members.front())];
                const int rb = m_pr.role[std::size_t(ub.members.front())];
                if (roleTotals[std::size_t(ra)] != roleTotals[std::size_t(rb)])
                    return roleTotals[std::size_t(ra)] > roleTotals[std::size_t(rb)];
                return ra < rb;
            }
            return false;
        });
        std::vector<int> tableOrder(static_cast<std::size_t>(m_tables));
        std::iota(tableOrder.begin(), tableOrder.end(), 0);
        random.shuffle(tableOrder); // ties go to a table chosen by the seed
        // Each unit goes to the table that, in this order, fits it, overfills least when none
        // does, breaks fewest rules, raises its roles' counts least and has fewest people.
        using Score = std::tuple<int, qint64, qint64, qint64, int>;
        for (int u : order) {
            const Unit &unit = m_units[std::size_t(u)];
            int best = -1;
            Score bestScore;
            for (int t : tableOrder) {
                const int after = m_size[std::size_t(t)] + unit.size();
                const bool ok = fits(t, unit.size());
                qint64 roles = 0;
                for (int r = 0; r < kRoles; ++r)
                    if (unit.roles[std::size_t(r)])
                        roles += squareDelta(count(t, r), unit.roles[std::size_t(r)]);
                const Score score { ok ? 0 : 1, ok ? 0 : sizeViolation(t, after),
                    qint64(unmet(unit, t) + conflicts(unit, t)), roles, m_size[std::size_t(t)] };
                if (best < 0 || score < bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
            const int after = m_size[std::size_t(best)] + unit.size();
            if (std::get<0>(bestScore) == 0 && after > m_bounds.lo[std::size_t(best)])
                --m_plusLeft;
            place(u, best);
        }
    }

    // ---- Improvement ---------------------------------------------------------------------------

    /// The change in cost if unit \a u moved to \a to (and unit \a v, if any, moved to u's table).
    qint64 delta(int u, int to, int v = -1) const
    {
        const Unit &a = m_units[std::size_t(u)];
        const int from = m_at[std::size_t(u)];
        const int sizeA = m_size[std::size_t(from)];
        const int sizeB = m_size[std::size_t(to)];
        const int moved = a.size() - (v >= 0 ? m_units[std::size_t(v)].size() : 0);
        qint64 d = kSizeCost
            * (sizeViolation(from, sizeA - moved) - sizeViolation(from, sizeA) + sizeViolation(to, sizeB + moved)
                - sizeViolation(to, sizeB));
        qint64 hard = unmet(a, to) - unmet(a, from) + conflicts(a, to, v) - conflicts(a, from);
        std::array<int, kRoles> change = a.roles; // what goes from `from` to `to`
        if (v >= 0) {
            const Unit &b = m_units[std::size_t(v)];
            hard += unmet(b, from) - unmet(b, to) + conflicts(b, from, u) - conflicts(b, to);
            for (int r = 0; r < kRoles; ++r)
                change[std::size_t(r)] -= b.roles[std::size_t(r)];
        }
        d += kHardCost * hard;
        for (int r = 0; r < kRoles; ++r) {
            if (const int c = change[std::size_t(r)])
                d += squareDelta(count(from, r), -c) + squareDelta(count(to, r), c);
        }
        return d;
    }

    void apply(int u, int to, int v)
    {
        const int from = m_at[std::size_t(u)];
        lift(u);
        if (v >= 0) {
            lift(v);
            place(v, from);
        }
        place(u, to);
    }

    bool inTrouble(int u) const
    {
        const Unit &unit = m_units[std::size_t(u)];
        const int t = m_at[std::size_t(u)];
        return unmet(unit, t) > 0 || conflicts(unit, t) > 0 || sizeViolation(t, m_size[std::size_t(t)]) > 0;
    }

    /// For every unit that breaks a rule, the best single move or swap that lowers the cost.
    bool repair(Random &random)
    {
        std::vector<int> troubled;
        for (int u = 0; u < int(m_units.size()); ++u)
            if (m_units[std::size_t(u)].movable && inTrouble(u))
                troubled.push_back(u);
        random.shuffle(troubled);
        bool improved = false;
        for (int u : troubled) {
            if (!inTrouble(u))
                continue;
            qint64 best = 0;
            int bestTo = -1;
            int bestWith = -1;
            const int from = m_at[std::size_t(u)];
            for (int t = 0; t < m_tables; ++t) {
                if (t == from)
                    continue;
                if (const qint64 d = delta(u, t); d < best) {
                    best = d;
                    bestTo = t;
                    bestWith = -1;
                }
            }
            for (int v = 0; v < int(m_units.size()); ++v) {
                const int to = m_at[std::size_t(v)];
                if (!m_units[std::size_t(v)].movable || to == from)
                    continue;
                if (const qint64 d = delta(u, to, v); d < best) {
                    best = d;
                    bestTo = to;
                    bestWith = v;
                }
            }
            if (bestTo >= 0) {
                apply(u, bestTo, bestWith);
                improved = true;
            }
        }
        return improved;
    }

    /// Evens out roles: swaps of two single people of different roles between two tables, and
    /// moves of one person where the sizes allow, whenever they lower the cost. Which swaps can
    /// help depends only on the role counts, so candidates are found per table and role.
    bool balance()
    {
        bool improved = false;
        for (int a = 0; a < m_tables; ++a) {
            for (int b = 0; b < m_tables; ++b) {
                if (a == b)
                    continue;
                for (int r1 = 0; r1 < kRoles; ++r1) {
                    if (count(a, r1) <= count(b, r1))
                        continue; // moving r1 from a to b can only help if a has more
                    auto &fromA = m_singles[std::size_t(a * kRoles + r1)];
                    if (fromA.empty())
                        continue;
                    // A move, when a is the larger table.
                    if (count(a, r1) >= count(b, r1) + 2 && m_size[std::size_t(a)] > m_size[std::size_t(b)])
                        improved = tryMove(fromA, b) || improved;
                    for (int r2 = 0; r2 < kRoles; ++r2) {
                        if (r2 == r1 || fromA.empty())
                            continue;
                        const int gain = 2 * (count(b, r1) - count(a, r1) + count(a, r2) - count(b, r2)) + 4;
                        if (gain >= 0)
                            continue;
                        auto &fromB = m_singles[std::size_t(b * kRoles + r2)];
                        if (!fromB.empty())
                            improved = trySwap(fromA, fromB, b) || improved;
                    }
                }
            }
        }
        return improved;
    }

    bool tryMove(const std::vector<int> &candidates, int to)
    {
        for (int u : std::vector<int>(candidates)) {
            if (delta(u, to) < 0) {
                apply(u, to, -1);
                return true;
            }
        }
        return false;
    }
    bool trySwap(const std::vector<int> &left, const std::vector<int> &right, int to)
    {
        // A few candidates suffice: the people of one role at one table differ only in their
        // pairs and needs, and the first that can go without breaking one is found quickly.
        constexpr std::size_t kTries = 6;
        const std::vector<int> l(left.begin(), left.begin() + std::ptrdiff_t(std::min(kTries, left.size())));
        const std::vector<int> r(right.begin(), right.begin() + std::ptrdiff_t(std::min(kTries, right.size())));
        for (int u : l) {
            for (int v : r) {
                if (delta(u, to, v) < 0) {
                    apply(u, to, v);
                    return true;
                }
            }
        }
        return false;
    }

    void improve(Random &random)
    {
        constexpr int kRounds = 60;
        for (int round = 0; round < kRounds; ++round) {
            bool improved = repair(random);
            improved = balance() || improved;
            if (!improved)
                break;
        }
    }

    const Prepared &m_pr;
    const std::vector<Unit> &m_units;
    const Bounds &m_bounds;
    const int m_tables;
    std::vector<int> m_unitOf;        // per person
    std::vector<int> m_unmet;         // per unit and table: needs the table does not meet
    std::vector<int> m_unitFloor;     // per unit: the fewest needs it leaves unmet at any table
    qint64 m_floor = 0;               // their sum
    std::vector<int> m_at;            // per unit: its table
    std::vector<int> m_tableOfPerson; // per person
    std::vector<int> m_size;          // per table
    std::vector<int> m_roleCount;     // per table and role
    std::vector<std::vector<int>> m_singles; // per table and role: movable one-person units there
    int m_plusLeft = 0;
    qint64 m_cost = 0;
    qint64 m_sizeBroken = 0;
    qint64 m_hardBroken = 0;
};

quint64 mix(quint64 seed, quint64 attempt)
{
    // splitmix64: other attempts start far from the first in the engine's sequence space.
    quint64 z = seed + 0x9e3779b97f4a7c15ull * (attempt + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// ---- Problems, in words -------------------------------------------------------------------------

std::vector<Problem> describe(const Prepared &pr, const std::vector<QList<QUuid>> &members, bool allocated)
{
    std::vector<Problem> out;
    if (pr.tables == 0) {
        if (pr.people > 0)
            out.push_back({ Problem::Kind::NoTables, {}, {}, 0,
                tr("There are no groups to seat anyone at. Make the groups first.") });
        return out;
    }
    std::vector<int> at(std::size_t(pr.people), -1);
    std::vector<int> sizes(std::size_t(pr.tables), 0);
    for (int t = 0; t < pr.tables && t < int(members.size()); ++t) {
        for (const QUuid &id : members[std::size_t(t)]) {
            const int p = pr.index.value(id, -1);
            if (p >= 0 && at[std::size_t(p)] < 0) {
                at[std::size_t(p)] = t;
                ++sizes[std::size_t(t)];
            }
        }
    }
    auto idOf = [&](int p) { return pr.input.people[std::size_t(p)].id; };
    auto tableId = [&](int t) { return pr.input.tables[std::size_t(t)].id; };
    const Units units = buildUnits(pr);

    // Sizes.
    {
        const auto [small, large] = std::minmax_element(sizes.begin(), sizes.end());
        if (*large - *small > 1) {
            Problem p { Problem::Kind::UnevenSizes, {}, {}, 0, {} };
            QStringList crowded;
            for (int t = 0; t < pr.tables; ++t) {
                if (units.immovable[std::size_t(t)] > units.bounds.level + 1) {
                    crowded << tr("%1 (%n fixed to it)", units.immovable[std::size_t(t)]).arg(pr.tableName(t));
                    p.tables << tableId(t);
                }
            }
            p.message = tr("Table sizes differ by more than one: from %1 to %2 people.").arg(*small).arg(*large);
            if (!crowded.isEmpty())
                p.message += QLatin1Char(' ')
                    + tr("More people are fixed to %1 than the other tables can match. Unfix some of them to "
                         "even the tables out.")
                          .arg(joinNames(crowded));
            else if (allocated)
                p.message += QLatin1Char(' ') + tr("The people to keep together could not be fitted evenly.");
            out.push_back(p);
        }
    }

    // What no table offers.
    for (Feature f : allFeatures) {
        if (pr.offered & f)
            continue;
        Problem p { Problem::Kind::NoTableWithFeature, {}, {}, f, {} };
        QStringList names;
        for (int q = 0; q < pr.people; ++q) {
            if (pr.index.value(idOf(q)) == q && (pr.rawNeeds[std::size_t(q)] & f) && at[std::size_t(q)] >= 0) {
                p.people << idOf(q);
                names << pr.name(q);
            }
        }
        if (names.isEmpty())
            continue;
        p.message = (names.size() == 1 ? tr("%1 needs %2, but no table is marked as having it.")
                                       : tr("%1 need %2, but no table is marked as having it."))
                        .arg(joinNames(names), featureWords(f))
            + QLatin1Char(' ') + tr("Mark the tables that have it.");
        out.push_back(p);
    }

    // Needs not met where people sit.
    for (int q = 0; q < pr.people; ++q) {
        const int t = at[std::size_t(q)];
        if (t < 0 || pr.index.value(idOf(q)) != q)
            continue;
        const Features missing = pr.needs[std::size_t(q)] & ~pr.features[std::size_t(t)];
        for (Feature f : allFeatures) {
            if (!(missing & f))
                continue;
            QStringList having;
            for (int u = 0; u < pr.tables; ++u)
                if (pr.features[std::size_t(u)] & f)
                    having << pr.tableName(u);
            Problem p { Problem::Kind::FeatureNotMet, { idOf(q) }, { tableId(t) }, f, {} };
            p.message = tr("%1 needs %2, but %3 does not have it.").arg(pr.name(q), featureWords(f), pr.tableName(t));
            QString why;
            if (pr.fixedAt[std::size_t(q)] == t) {
                why = tr("They are fixed to %1.").arg(pr.tableName(t));
            } else if (allocated) {
                // Their keep-together group may need more than any one table has.
                Features groupNeeds = 0;
                int groupSize = 0;
                for (int r = 0; r < pr.people; ++r) {
                    if (pr.component[std::size_t(r)] == pr.component[std::size_t(q)]) {
                        groupNeeds |= pr.needs[std::size_t(r)];
                        ++groupSize;
                    }
                }
                bool oneTable = false;
                for (int u = 0; u < pr.tables; ++u)
                    oneTable = oneTable || (pr.features[std::size_t(u)] & groupNeeds) == groupNeeds;
                if (groupSize > 1 && !oneTable)
                    why = tr("No one table has everything that they and the people they are kept together "
                             "with need.");
                else
                    why = tr("The tables that have it (%1) were full.").arg(joinNames(having));
            } else {
                why = tr("Tables that have it: %1.").arg(joinNames(having));
            }
            p.message += QLatin1Char(' ') + why;
            out.push_back(p);
        }
    }

    // Pairs.
    for (const auto &[a, b] : pr.contradictions) {
        Problem p { Problem::Kind::Contradiction, { idOf(a), idOf(b) }, {}, 0, {} };
        p.message = tr("%1 and %2 are to be kept apart, but also together (directly or through the people they "
                       "are kept with); keeping together came first. Remove one of the two rules.")
                        .arg(pr.name(a), pr.name(b));
        out.push_back(p);
    }
    for (const auto &[a, b] : pr.apart) {
        const int t = at[std::size_t(a)];
        if (t < 0 || t != at[std::size_t(b)])
            continue;
        Problem p { Problem::Kind::KeepApart, { idOf(a), idOf(b) }, { tableId(t) }, 0, {} };
        p.message = tr("%1 and %2 are to be kept apart, but both sit at %3.").arg(pr.name(a), pr.name(b), pr.tableName(t));
        if (pr.fixedAt[std::size_t(a)] == t && pr.fixedAt[std::size_t(b)] == t)
            p.message += QLatin1Char(' ') + tr("Both are fixed to it.");
        else if (allocated && pr.tables == 1)
            p.message += QLatin1Char(' ') + tr("There is only one table.");
        else if (allocated)
            p.message += QLatin1Char(' ')
                + tr("No arrangement with even tables was found that keeps every such pair apart; there may be "
                     "too few tables for the pairs.");
        out.push_back(p);
    }
    for (const auto &[a, b] : pr.together) {
        const int ta = at[std::size_t(a)];
        const int tb = at[std::size_t(b)];
        if (ta < 0 || tb < 0 || ta == tb)
            continue;
        Problem p { Problem::Kind::KeepTogether, { idOf(a), idOf(b) }, { tableId(ta), tableId(tb) }, 0, {} };
        p.message = tr("%1 and %2 are to be kept together, but sit at %3 and %4.")
                        .arg(pr.name(a), pr.name(b), pr.tableName(ta), pr.tableName(tb));
        const int fa = pr.fixedAt[std::size_t(a)];
        const int fb = pr.fixedAt[std::size_t(b)];
        if (fa >= 0 && fb >= 0 && fa != fb) {
            p.message += QLatin1Char(' ') + tr("They are fixed to different tables.");
        } else if (units.oversized.contains(pr.component[std::size_t(a)])) {
            int groupSize = 0;
            for (int r = 0; r < pr.people; ++r)
                groupSize += pr.component[std::size_t(r)] == pr.component[std::size_t(a)] ? 1 : 0;
            const int largest = units.bounds.level + (units.bounds.plus > 0 ? 1 : 0);
            p.message += QLatin1Char(' ')
                + tr("Together with the people they are kept with they are %1, more than the %2 a table can take "
                     "with even tables.")
                      .arg(groupSize)
                      .arg(largest);
        }
        out.push_back(p);
    }
    return out;
}

} // namespace

QString featureWords(Feature feature)
{
    switch (feature) {
    case StepFree:
        return tr("step-free access");
    case HearingLoop:
        return tr("a hearing loop");
    case QuietSpace:
        return tr("a quiet space");
    }
    return {};
}

Allocation allocate(const Input &input, quint64 seed)
{
    Allocation out;
    out.members.resize(input.tables.size());
    const Prepared pr(input);
    if (pr.tables == 0) {
        out.problems = describe(pr, out.members, true);
        return out;
    }
    const Units units = buildUnits(pr);
    Search search(pr, units);
    // Restarts only while a rule is still broken, and fewer for big inputs (each attempt costs
    // about people × tables).
    const qint64 work = qint64(pr.people) * qint64(pr.tables);
    const int attempts = work > 400000 ? 2 : work > 40000 ? 6 : 16;
    qint64 bestCost = std::numeric_limits<qint64>::max();
    std::vector<int> best;
    bool settled = false;
    auto keep = [&] {
        bestCost = search.cost();
        best.assign(std::size_t(pr.people), -1);
        for (int p = 0; p < pr.people; ++p)
            if (pr.index.value(input.people[std::size_t(p)].id) == p)
                best[std::size_t(p)] = search.tableOf(p);
    };
    for (int attempt = 0; attempt < attempts; ++attempt) {
        Random random(mix(seed, quint64(attempt)));
        search.run(random);
        if (search.cost() < bestCost)
            keep();
        settled = settled || search.settled();
        if (search.clean())
            break;
    }
    // A small room where every attempt left a rule broken that could be kept: try every
    // arrangement (at most 60,000: milliseconds) rather than tell the facilitator it cannot be met.
    constexpr qint64 kTryAll = 60000;
    if (!settled && search.arrangements(kTryAll) <= kTryAll && search.tryAll())
        keep();
    // Fixed people first, in the order they were fixed; then everyone else in input order.
    QSet<QUuid> listed;
    for (int t = 0; t < pr.tables; ++t) {
        for (const QUuid &id : input.tables[std::size_t(t)].fixed) {
            const int p = pr.index.value(id, -1);
            if (p >= 0 && pr.fixedAt[std::size_t(p)] == t && !listed.contains(id)) {
                out.members[std::size_t(t)] << id;
                listed.insert(id);
            }
        }
    }
    for (int p = 0; p < pr.people; ++p) {
        const QUuid &id = input.people[std::size_t(p)].id;
        if (best[std::size_t(p)] >= 0 && !listed.contains(id)) {
            out.members[std::size_t(best[std::size_t(p)])] << id;
            listed.insert(id);
        }
    }
    out.problems = describe(pr, out.members, true);
    return out;
}

std::vector<Problem> check(const Input &input, const std::vector<QList<QUuid>> &members)
{
    const Prepared pr(input);
    return describe(pr, members, false);
}

Balance measure(const Input &input, const std::vector<QList<QUuid>> &members)
{
    const Prepared pr(input);
    Balance b;
    std::vector<int> at(std::size_t(pr.people), -1);
    std::vector<int> sizes(std::size_t(pr.tables), 0);
    std::vector<std::array<int, kRoles>> roles(std::size_t(pr.tables));
    for (int t = 0; t < pr.tables && t < int(members.size()); ++t) {
        for (const QUuid &id : members[std::size_t(t)]) {
            const int p = pr.index.value(id, -1);
            if (p < 0 || at[std::size_t(p)] >= 0)
                continue;
            at[std::size_t(p)] = t;
            ++sizes[std::size_t(t)];
            ++roles[std::size_t(t)][std::size_t(pr.role[std::size_t(p)])];
        }
    }
    if (pr.tables > 0) {
        const auto [small, large] = std::minmax_element(sizes.begin(), sizes.end());
        b.sizeSpread = *large - *small;
        for (int r = 0; r < kRoles; ++r) {
            int most = 0;
            int fewest = std::numeric_limits<int>::max();
            for (const auto &counts : roles) {
                most = std::max(most, counts[std::size_t(r)]);
                fewest = std::min(fewest, counts[std::size_t(r)]);
            }
            b.roleSpread[std::size_t(r)] = most - fewest;
        }
    }
    for (const auto &[x, y] : pr.apart)
        b.apartBroken += at[std::size_t(x)] >= 0 && at[std::size_t(x)] == at[std::size_t(y)] ? 1 : 0;
    for (const auto &[x, y] : pr.together)
        b.togetherBroken += at[std::size_t(x)] != at[std::size_t(y)] ? 1 : 0;
    for (int p = 0; p < pr.people; ++p) {
        if (pr.index.value(input.people[std::size_t(p)].id) != p)
            continue;
        if (at[std::size_t(p)] < 0) {
            ++b.unseated;
            continue;
        }
        b.needsUnmet += popcount(pr.needs[std::size_t(p)] & ~pr.features[std::size_t(at[std::size_t(p)])]);
    }
    return b;
}

// ---- Over a workshop ----------------------------------------------------------------------------

Features featuresOf(const Group &group)
{
    return (group.stepFree ? StepFree : 0u) | (group.hearingLoop ? HearingLoop : 0u)
        | (group.quietSpace ? QuietSpace : 0u);
}

Features needsOf(const Participant &participant)
{
    Features f = 0;
    for (AccessNeed need : participant.accessNeeds) {
        if (need == AccessNeed::StepFree)
            f |= StepFree;
        else if (need == AccessNeed::HearingLoop)
            f |= HearingLoop;
        else if (need == AccessNeed::QuietRoom)
            f |= QuietSpace;
    }
    return f;
}

bool inPool(const Participant &person, Pool pool, const ConsentPolicy &policy)
{
    if (person.role == Role::Facilitator)
        return false;
    switch (person.attendance) {
    case Attendance::Arrived:
    case Attendance::SteppedOut:
        break;
    case Attendance::Confirmed:
        if (pool != Pool::Planning)
            return false;
        break;
    case Attendance::Invited:
    case Attendance::Left:
    case Attendance::NoShow:
        return false;
    }
    const ConsentState taking = policy.state(person.id, ConsentScope::TakePart);
    return taking != ConsentState::Refused && taking != ConsentState::Withdrawn;
}

namespace {

Person personOf(const Participant &p)
{
    return { p.id, p.displayName.isEmpty() ? p.pseudonym : p.displayName, p.role, needsOf(p) };
}

void addRules(const WorkshopData &data, const QSet<QUuid> &seated, Input &input)
{
    for (const SeatingRule &rule : data.seatingRules) {
        if (!seated.contains(rule.firstId) || !seated.contains(rule.secondId))
            continue;
        (rule.kind == SeatingKind::KeepApart ? input.keepApart : input.keepTogether)
            .push_back({ rule.firstId, rule.secondId });
    }
}

} // namespace

bool inPool(const Participant &person, Pool pool, const WorkshopData &data)
{
    const ConsentPolicy policy(data);
    return inPool(person, pool, policy);
}

Input inputFor(const WorkshopData &data, const std::vector<Group> &tables, Pool pool)
{
    Input input;
    QSet<QUuid> leaders;
    for (const Group &g : tables)
        if (!g.facilitatorId.isNull())
            leaders.insert(g.facilitatorId);
    QSet<QUuid> locked;
    for (const Group &g : tables) {
        Table t { g.id, g.name, featuresOf(g), {} };
        for (const QUuid &id : g.lockedIds) {
            if (!leaders.contains(id) && data.participants.contains(id) && !locked.contains(id)) {
                t.fixed << id;
                locked.insert(id);
            }
        }
        input.tables.push_back(std::move(t));
    }
    const ConsentPolicy policy(data);
    QSet<QUuid> seated;
    for (const Participant &p : data.participants) {
        if (leaders.contains(p.id) || !(locked.contains(p.id) || inPool(p, pool, policy)))
            continue;
        input.people.push_back(personOf(p));
        seated.insert(p.id);
    }
    addRules(data, seated, input);
    return input;
}

std::vector<const Group *> orderedGroups(const WorkshopData &data)
{
    std::vector<const Group *> groups;
    for (const Group &g : data.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [](const Group *a, const Group *b) {
        return a->position != b->position ? a->position < b->position : a->created < b->created;
    });
    return groups;
}

Input currentInput(const WorkshopData &data)
{
    Input input;
    QSet<QUuid> seated;
    for (const Group *g : orderedGroups(data)) {
        input.tables.push_back({ g->id, g->name, featuresOf(*g), g->lockedIds });
        for (const QUuid &id : g->memberIds) {
            const Participant *p = data.participants.find(id);
            if (!p || seated.contains(id))
                continue;
            seated.insert(id);
            input.people.push_back(personOf(*p));
        }
    }
    addRules(data, seated, input);
    return input;
}

std::vector<QList<QUuid>> currentMembers(const WorkshopData &data)
{
    std::vector<QList<QUuid>> out;
    for (const Group *g : orderedGroups(data))
        out.push_back(g->memberIds);
    return out;
}

int groupCountForSize(int people, int size)
{
    if (size <= 0)
        return 1;
    return std::max(1, int((qint64(people) * 2 + size) / (qint64(size) * 2)));
}

} // namespace cg::allocation
