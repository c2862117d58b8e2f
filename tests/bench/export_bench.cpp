// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export figures for docs/performance.md: the public share-back report of a workshop (the
// 20,000-note generated one in run-bench.sh) built through ConsentPolicy and written in each
// format. Each figure includes building the report from the loaded workshop, as an export does;
// opening the file is measured separately ("open"). Medians of RUNS.
//   cg_bench export FILE [RUNS [KEY...]]
// One line a format, tab-separated:
//   export-KEY  N notes  median_ms=  min_ms=  max_ms=  peak_rss_mb=  bytes=  build_ms=  base_rss_mb=
// peak_rss_mb is the process's peak resident memory while that format was written (the loaded
// workshop included, base_rss_mb of it): the peak is reset before each format through
// /proc/self/clear_refs (Linux 4.0 and later); where that fails the line says peak_rss_mb=-1.
// build_ms is the part of the median run spent building the report through the consent rules.
#include "export/reportformats.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// A field of /proc/self/status ("VmHWM", "VmRSS") in MB, or -1.
double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            bool ok = false;
            const double kb = line.mid(prefix.size()).trimmed().split(' ').front().toDouble(&ok);
            return ok ? kb / 1024.0 : -1;
        }
    }
    return -1;
}

/// Sets the peak resident size back to the current one; false where the kernel can't.
bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1 && refs.flush();
}

} // namespace

int runExportBench(const QString &path, int runs, const QStringList &keys)
{
    auto opened = cg::Session::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    const cg::WorkshopData &data = (*opened)->data();
    runs = std::max(1, runs);
    const QStringList chosen = keys.isEmpty()
        ? QStringList { QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("pdf"),
              QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("easyread-pdf"),
              QStringLiteral("qdpx") }
        : keys;
    for (const QString &key : chosen) {
        const cg::report::Format *format = cg::report::findFormat(key);
        if (!format) {
            std::fprintf(stderr, "no format %s\n", qPrintable(key));
            return 2;
        }
        const double base = statusMb("VmRSS");
        const bool peakReset = resetPeak();
        std::vector<std::pair<double, double>> ms; // total, building the report
        qsizetype size = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const cg::report::Report report = cg::report::build(data, cg::Audience::Public);
            const double built = double(timer.nsecsElapsed()) / 1e6;
            auto bytes = format->write(data, report);
            ms.emplace_back(double(timer.nsecsElapsed()) / 1e6, built);
            if (!bytes) {
                std::fprintf(stderr, "%s\n", qPrintable(bytes.message()));
                return 1;
            }
            size = bytes->size();
        }
        const double peak = peakReset ? statusMb("VmHWM") : -1;
        std::sort(ms.begin(), ms.end());
        std::printf("export-%s\t%zu notes\tmedian_ms=%.1f\tmin_ms=%.1f\tmax_ms=%.1f\tpeak_rss_mb=%.0f\tbytes=%lld"
                    "\tbuild_ms=%.1f\tbase_rss_mb=%.0f\n",
            qPrintable(format->key), data.notes.size(), ms[ms.size() / 2].first, ms.front().first, ms.back().first,
            peak, static_cast<long long>(size), ms[ms.size() / 2].second, base);
        std::fflush(stdout);
    }
    return 0;
}
