// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The merge figure for docs/performance.md: four table copies, each with 2,000 new notes captured
// on its own laptop, merged into a 20,000-note workshop (core/io/generator.h) in one step. Each
// run merges into a fresh copy of the same lead file; the preview (what the dialog and the
// command line show first) is timed on its own. Medians of RUNS.
//   cg_bench merge [RUNS]
// One line, tab-separated:
//   merge  4 copies x 2000 notes into 20000  median_ms=  min_ms=  max_ms=  preview_ms=  cpu_median_ms=
#include "commands/edits.h"
#include "io/generator.h"
#include "merge/tablecopies.h"
#include "session/session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

int runMergeBench(int runs)
{
    using namespace cg;
    runs = std::max(1, runs);
    QTemporaryDir dir;
    io::GeneratorOptions options;
    options.participants = 500;
    options.groups = 4;
    options.boards = 50;
    options.notes = 20000;
    options.seed = 7;
    auto generated = io::generateWorkshop(options);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.message()));
        return 1;
    }
    const QString lead = dir.filePath(QStringLiteral("lead.cgw"));
    std::vector<tablecopies::PreparedCopy> copies;
    {
        auto made = Session::createFrom(lead, *generated);
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.message()));
            return 1;
        }
        auto prepared = tablecopies::prepare(**made, dir.filePath(QStringLiteral("copies")));
        if (!prepared) {
            std::fprintf(stderr, "%s\n", qPrintable(prepared.message()));
            return 1;
        }
        copies = *prepared;
    }
    QStringList paths;
    for (const tablecopies::PreparedCopy &copy : copies) {
        auto table = Session::open(copy.path);
        if (!table) {
            std::fprintf(stderr, "%s\n", qPrintable(table.message()));
            return 1;
        }
        Session &s = **table;
        Board board;
        board.title = QStringLiteral("Captured at %1").arg(copy.groupName);
        board.groupId = s.data().groups.rows().front().id;
        if (auto added = s.perform(edits::addBoard(s.data(), board)); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.message()));
            return 1;
        }
        const QUuid boardId = s.data().boards.rows().back().id;
        std::vector<Note> notes;
        for (int i = 0; i < 2000; ++i) {
            Note n;
            n.boardId = boardId;
            n.text = QStringLiteral("Said at %1, number %2: the waiting room needs quieter corners").arg(copy.groupName).arg(i);
            n.x = 200.0 * (i % 40);
            n.y = 140.0 * (i / 40);
            notes.push_back(n);
        }
        if (auto added = s.perform(edits::addNotes(s.data(), notes)); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.message()));
            return 1;
        }
        paths << copy.path;
    }
    const tablecopies::Decide ours = [](const tablecopies::Conflict &) { return std::optional(tablecopies::Choice::Ours); };
    std::vector<double> times;
    std::vector<double> cpu;
    double previewMs = 0;
    for (int run = 0; run < runs; ++run) {
        const QString target = dir.filePath(QStringLiteral("run-%1.cgw").arg(run));
        QFile::copy(lead, target);
        auto session = Session::open(target);
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(session.message()));
            return 1;
        }
        QElapsedTimer timer;
        if (run == 0) {
            timer.start();
            auto preview = tablecopies::merge(**session, paths, true, {}, QStringLiteral("bench"));
            previewMs = double(timer.nsecsElapsed()) / 1e6;
            if (!preview) {
                std::fprintf(stderr, "%s\n", qPrintable(preview.message()));
                return 1;
            }
        }
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto merged = tablecopies::merge(**session, paths, false, ours, QStringLiteral("bench"));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        if (!merged) {
            std::fprintf(stderr, "%s\n", qPrintable(merged.message()));
            return 1;
        }
        session->reset();
        QFile::remove(target);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    const double median = times.size() % 2 ? times[times.size() / 2]
                                           : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    // CPU time beside the clock: on a machine shared with other work the clock also counts waiting.
    std::printf("merge\t4 copies x 2000 notes into %d\tmedian_ms=%.1f\tmin_ms=%.1f\tmax_ms=%.1f\tpreview_ms=%.1f\t"
                "cpu_median_ms=%.1f\n",
        int(generated->notes.size()), median, times.front(), times.back(), previewMs, cpu[cpu.size() / 2]);
    return 0;
}
