// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <vector>

namespace cg {
class ConsentPolicy;
}

namespace cg::allocation {

/// What a table offers and what a person needs from the table they sit at, as bits.
enum Feature : unsigned { StepFree = 1u, HearingLoop = 2u, QuietSpace = 4u };
using Features = unsigned;
inline constexpr std::array<Feature, 3> allFeatures{StepFree, HearingLoop, QuietSpace};

/// "step-free access", "a hearing loop", "a quiet space".
QString featureWords(Feature feature);

struct Table
{
    QUuid id;
    QString name;
    Features features = 0;
    QList<QUuid> fixed; // people locked to this table: they stay, everyone else is arranged around them
};

struct Person
{
    QUuid id;
    QString name; // for the messages
    Role role = Role::Other;
    Features needs = 0;
};

struct Pair
{
    QUuid first;
    QUuid second;
};

/// Everything one allocation needs, with no reference to the workshop: the tables in the order
/// results are given in, everyone to seat (the fixed people included) and the pairs. Pairs and
/// fixed places naming someone who is not in `people` are ignored.
struct Input
{
    std::vector<Table> tables;
    std::vector<Person> people;
    std::vector<Pair> keepApart;
    std::vector<Pair> keepTogether;
};

/// One constraint that is not met, with who and why in plain words.
struct Problem
{
    enum class Kind {
        NoTables,           ///< there is no table to seat anyone at
        NoTableWithFeature, ///< people need something no table is marked as having
        FeatureNotMet,      ///< someone sits at a table without what they need
        KeepApart,          ///< a keep-apart pair shares a table
        KeepTogether,       ///< a keep-together pair sits at different tables
        Contradiction,      ///< a pair is to be kept both apart and together (perhaps through others)
        UnevenSizes,        ///< table sizes differ by more than one
    };
    Kind kind = Kind::NoTables;
    QList<QUuid> people;
    QList<QUuid> tables;
    Features feature = 0;
    QString message;
};

struct Allocation
{
    std::vector<QList<QUuid>> members; // per table, in Input::tables order; fixed people first
    std::vector<Problem> problems;     // empty when every constraint is met
};

/// Seats everyone in \a input at the tables.
///
/// The rules, strongest first: table sizes differ by at most one (unless more people are fixed
/// to one table than that allows); people kept together sit together (a carer and the person
/// they support); people kept apart do not share a table (a manager and their own staff);
/// someone who needs step-free access, a hearing loop or a quiet space sits at a table marked as
/// having it; and each role is spread over the tables as evenly as the numbers allow. When the
/// rules cannot all be met, the best arrangement found is still returned and `problems` says
/// which rule was not met for whom, and why.
///
/// The result depends only on \a input and \a seed: the same seed gives the same tables.
/// A greedy seating (the most constrained first, then role by role, round the tables) is
/// improved by moves and swaps that lower a cost ordered as the rules are; when a rule is still
/// broken the search restarts a bounded number of times from other seeds derived from \a seed.
Allocation allocate(const Input &input, quint64 seed);

/// The constraints that \a members (per table, as Allocation::members) does not meet: the same
/// problems allocate() reports, for an arrangement made by hand.
std::vector<Problem> check(const Input &input, const std::vector<QList<QUuid>> &members);

/// How even an arrangement is, for tests and benchmarks.
struct Balance
{
    int sizeSpread = 0;                                   // largest table minus smallest
    std::array<int, enumValues<Role>().size()> roleSpread{}; // per role: most at one table minus fewest
    int apartBroken = 0;
    int togetherBroken = 0;
    int needsUnmet = 0; // needs that some table offers, unmet where the person sits
    int unseated = 0;   // people in the input at no table
};
Balance measure(const Input &input, const std::vector<QList<QUuid>> &members);

// ---- Over a workshop ------------------------------------------------------------------------

/// Who an allocation seats: on the day, the people who arrived (and those who stepped out for a
/// moment); when planning ahead, everyone confirmed as well.
enum class Pool { Arrived, Planning };

/// What a group's table offers, and what a person needs from theirs (step-free access, a hearing
/// loop, a quiet room).
Features featuresOf(const Group &group);
Features needsOf(const Participant &participant);

/// Whether \a person would be seated from \a pool: their attendance fits, they have not refused
/// or withdrawn from taking part, and they are not a facilitator (facilitators lead tables and
/// are not seated at them).
bool inPool(const Participant &person, Pool pool, const WorkshopData &data);
/// The same with the consent rules already built, for many people at once.
bool inPool(const Participant &person, Pool pool, const ConsentPolicy &policy);

/// The input for allocating over \a tables (existing or new groups, in order): everyone in the
/// pool, plus anyone locked to one of the tables; the workshop's seating rules as pairs.
/// Table facilitators are never seated.
Input inputFor(const WorkshopData &data, const std::vector<Group> &tables, Pool pool);

/// The input that describes the groups as they are: everyone at a table, each person's current
/// table as their place. For check().
Input currentInput(const WorkshopData &data);
/// The current members of every group, in the order of currentInput().tables.
std::vector<QList<QUuid>> currentMembers(const WorkshopData &data);

/// Groups in display order (position, then creation).
std::vector<const Group *> orderedGroups(const WorkshopData &data);

/// How many groups of "about \a size people" seat \a people: the nearest whole number, at least 1.
int groupCountForSize(int people, int size);

} // namespace cg::allocation
