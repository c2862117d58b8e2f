// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// cg_bench: timings for docs/performance.md. Not a test: it asserts nothing and prints figures.
// tests/bench/run-bench.sh runs every part and prints one table.
//
//   cg_bench open FILE [RUNS]        open FILE to a loaded Session, median of RUNS (default 7)
//   cg_bench add-note FILE [COUNT]   add COUNT notes one by one through the Session (default 1000)
//   cg_bench allocate [RUNS]         seat 500 people at 40 tables with 30 constraints (default 21)
//   cg_bench board [...]             the canvas figures (GUI build only)
#include "commands/edits.h"
#include "session/session.h"

#ifdef CG_BENCH_HAS_UI
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <vector>

#ifdef CG_BENCH_HAS_UI
int runBoardBench(int argc, char **argv);
#endif
int runExportBench(const QString &path, int runs, const QStringList &keys); // export_bench.cpp
int runAllocationBench(int runs); // allocation_bench.cpp
int runMergeBench(int runs); // merge_bench.cpp

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::clamp(p * double(values.size() - 1) + 0.5, 0.0, double(values.size() - 1)));
    return values[index];
}

int benchOpen(const QString &path, int runs)
{
    std::vector<double> ms;
    std::size_t notes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto session = cg::Session::open(path);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(session.message()));
            return 1;
        }
        notes = (*session)->data().notes.size();
        ms.push_back(elapsed);
    }
    std::printf("open\t%zu notes\tmedian_ms=%.1f\tmin_ms=%.1f\tmax_ms=%.1f\n", notes, percentile(ms, 0.5),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()));
    return 0;
}

int benchAddNote(const QString &path, int count)
{
    auto opened = cg::Session::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    cg::Session &session = **opened;
    if (session.data().boards.empty()) {
        std::fprintf(stderr, "the workshop has no board\n");
        return 1;
    }
    const QUuid board = session.data().boards.rows().front().id;
    std::vector<double> ms;
    ms.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        cg::Note note;
        note.boardId = board;
        note.text = QStringLiteral("Benchmark note %1: waiting times for a call back were too long").arg(i);
        note.x = 5000 + (i % 40) * 200.0;
        note.y = 5000 + (i / 40) * 140.0;
        QElapsedTimer timer;
        timer.start();
        auto done = session.perform(cg::edits::addNote(session.data(), note));
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.message()));
            return 1;
        }
    }
    std::printf("add-note\t%d adds\tmedian_ms=%.2f\tp99_ms=%.2f\tmax_ms=%.2f\n", count, percentile(ms, 0.5),
                percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef CG_BENCH_HAS_UI
    if (argc > 1 && qstrcmp(argv[1], "board") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runBoardBench(argc - 1, argv + 1);
    }
#endif
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        // The PDF writer lays out text with Qt's fonts, which need a QGuiApplication.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const QStringList args = QCoreApplication::arguments();
        if (args.size() < 3) {
            std::fprintf(stderr, "usage: cg_bench export FILE [RUNS [KEY...]]\n");
            return 2;
        }
        return runExportBench(args.at(2), args.size() > 3 ? args.at(3).toInt() : 5, args.mid(4));
    }
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("open"))
        return benchOpen(args.at(2), args.size() > 3 ? args.at(3).toInt() : 7);
    if (args.size() >= 3 && args.at(1) == QLatin1String("add-note"))
        return benchAddNote(args.at(2), args.size() > 3 ? args.at(3).toInt() : 1000);
    if (args.size() >= 2 && args.at(1) == QLatin1String("merge"))
        return runMergeBench(args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5);
    if (args.size() >= 2 && args.at(1) == QLatin1String("allocate"))
        return runAllocationBench(args.size() > 2 ? std::max(1, args.at(2).toInt()) : 21);
    std::fprintf(stderr, "usage: cg_bench open FILE [RUNS] | add-note FILE [COUNT] | export FILE [RUNS [KEY...]] | allocate [RUNS] | merge [RUNS] | board [...]\n");
    return 2;
}
