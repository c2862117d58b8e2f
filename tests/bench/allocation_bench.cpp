// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The allocation figure for docs/performance.md: seating 500 people at 40 tables with 30
// constraints (15 keep-apart pairs, 10 keep-together pairs, 5 people needing step-free access or
// a hearing loop), median of RUNS seeds. Called from main.cpp as `cg_bench allocate [RUNS]`.
#include "planning/allocation.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace cg;

int runAllocationBench(int runs)
{
    std::mt19937 random(20261122);
    allocation::Input input;
    for (int t = 0; t < 40; ++t) {
        allocation::Features features = 0;
        if (t % 4 == 0)
            features |= allocation::StepFree;
        if (t % 8 == 1)
            features |= allocation::HearingLoop;
        input.tables.push_back({ QUuid::createUuid(), QStringLiteral("Table %1").arg(t + 1), features, {} });
    }
    constexpr int roles = int(enumValues<Role>().size());
    for (int p = 0; p < 500; ++p)
        input.people.push_back(
            { QUuid::createUuid(), QStringLiteral("Person %1").arg(p + 1), Role(int(random() % roles)), 0 });
    for (int i = 0; i < 5; ++i)
        input.people[std::size_t(i * 97)].needs = i % 2 ? allocation::HearingLoop : allocation::StepFree;
    auto someone = [&] { return input.people[random() % input.people.size()].id; };
    for (int i = 0; i < 15; ++i)
        input.keepApart.push_back({ someone(), someone() });
    for (int i = 0; i < 10; ++i) // carers: disjoint pairs
        input.keepTogether.push_back({ input.people[std::size_t(200 + 2 * i)].id, input.people[std::size_t(201 + 2 * i)].id });

    std::vector<double> ms;
    std::size_t problems = 0;
    int sizeSpread = 0;
    int roleSpread = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const allocation::Allocation result = allocation::allocate(input, quint64(run + 1));
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        problems = std::max(problems, result.problems.size());
        const allocation::Balance b = allocation::measure(input, result.members);
        sizeSpread = std::max(sizeSpread, b.sizeSpread);
        roleSpread = std::max(roleSpread, *std::max_element(b.roleSpread.begin(), b.roleSpread.end()));
    }
    std::sort(ms.begin(), ms.end());
    std::printf("allocate\t500 people, 40 tables, 30 constraints\tmedian_ms=%.2f\tmax_ms=%.2f\tproblems=%zu\t"
                "size_spread=%d\trole_spread=%d\n",
        ms[ms.size() / 2], ms.back(), problems, sizeSpread, roleSpread);
    return 0;
}
