// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "planning/allocation.h"
#include "result.h"

namespace cg {

/// What an allocation should do: whom to seat, at how many groups, with which seed.
struct AllocationRequest
{
    allocation::Pool pool = allocation::Pool::Arrived;
    /// 0: the groups there are. Otherwise groups are added ("Table N") or the last ones removed
    /// until there are this many.
    int groupCount = 0;
    quint64 seed = 1;
};

/// The edit that seats everyone, and what the allocation could not honour.
struct AllocationEdit
{
    Edit edit;
    std::vector<Group> groups; // the groups after the edit, in display order
    std::vector<allocation::Problem> problems;
    int seated = 0;
};

namespace edits {

inline constexpr int maxGroups = 200;
inline constexpr int maxGroupNameLength = 200;

/// Seats the pool at the groups in one undoable step: members locked to a group stay, table
/// facilitators are not seated, everyone else in the pool is arranged by allocation::allocate()
/// and anyone not in the pool leaves their group. Refused when there are no groups to use or
/// nobody to seat.
Result<AllocationEdit> allocateGroups(const WorkshopData &data, const AllocationRequest &request);

/// editGroup() for the groups page: a new table facilitator leads the table rather than sitting at
/// it or at any other table, so they are taken out of every group's members in the same step.
Result<Edit> editTable(const WorkshopData &data, Group updated);

/// Adds groups named "Table N" until there are \a count (never removes any).
Result<Edit> makeGroups(const WorkshopData &data, int count);

} // namespace edits
} // namespace cg
