// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export figures for docs/performance.md: the public share-back report of a workshop (the
// 20,000-note generated one in run-bench.sh) built through ConsentPolicy and rendered as
// Markdown, CSV and HTML. Each figure includes building the report from the loaded workshop, as
// an export does; opening the file is measured separately ("open"). Medians of RUNS.
//   cg_bench export FILE [RUNS]
#include "export/reportformats.h"
#include "session/session.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int runExportBench(const QString &path, int runs)
{
    auto opened = cg::Session::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    const cg::WorkshopData &data = (*opened)->data();
    for (const char *key : { "md", "csv", "html" }) {
        const cg::report::Format *format = cg::report::findFormat(QString::fromLatin1(key));
        std::vector<double> ms;
        qsizetype size = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const cg::report::Report report = cg::report::build(data, cg::Audience::Public);
            auto bytes = format->write(data, report);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!bytes) {
                std::fprintf(stderr, "%s\n", qPrintable(bytes.message()));
                return 1;
            }
            size = bytes->size();
        }
        std::sort(ms.begin(), ms.end());
        std::printf("export-%s\t%zu notes\tmedian_ms=%.1f\tmin_ms=%.1f\tmax_ms=%.1f\tbytes=%lld\n", key,
            data.notes.size(), ms[ms.size() / 2], ms.front(), ms.back(), static_cast<long long>(size));
    }
    return 0;
}
