// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report writers on a large workshop: a Document the size of a 20,000-note share-back
// report (about 1 MB of text, 50 boards), written as PDF, DOCX or ODT. Prints the time (median
// of the runs) and the process's peak resident memory. Called from main.cpp as
// `cg_bench export pdf|docx|odt [RUNS]`; the (offscreen) application object already exists.
#include "export/writers.h"

#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

cg::doc::Document largeReport(int notes)
{
    using namespace cg::doc;
    static const char *const words[] = {"waiting", "times", "for", "a", "call", "back", "were", "too", "long", "and",
                                        "nobody", "rang", "the", "drop-in", "felt", "warm", "welcoming", "staff", "listened",
                                        "benefits", "advice", "quiet", "room", "bus", "route", "changed", "tea", "helped"};
    const int wordCount = int(sizeof(words) / sizeof(words[0]));
    Document d;
    d.title = QStringLiteral("What we heard: a large listening exercise");
    d.subtitle = QStringLiteral("50 boards, %1 notes").arg(notes);
    quint32 seed = 7;
    auto next = [&seed]() {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    const int boards = 50;
    int written = 0;
    for (int b = 0; b < boards; ++b) {
        d.heading(1, QStringLiteral("Board %1: what would make the service better?").arg(b + 1));
        d.paragraph(QStringLiteral("These are the notes from board %1, grouped by theme, with the number of dot votes.").arg(b + 1));
        const int perBoard = notes / boards;
        for (int t = 0; t < 5; ++t) {
            d.heading(2, QStringLiteral("Theme %1").arg(t + 1));
            QStringList items;
            for (int n = 0; n < perBoard / 5 && written < notes; ++n, ++written) {
                QString text;
                const int length = 7 + int(next() % 8);
                for (int w = 0; w < length; ++w)
                    text += QLatin1String(words[next() % wordCount]) + QLatin1Char(' ');
                text += QStringLiteral("(note %1)").arg(written + 1);
                if (n % 40 == 0)
                    d.quote(text);
                else
                    items << text;
            }
            d.bullets(items);
        }
        QList<QStringList> votes{{QStringLiteral("Theme"), QStringLiteral("Notes"), QStringLiteral("Votes")}};
        for (int t = 0; t < 5; ++t)
            votes << QStringList{QStringLiteral("Theme %1").arg(t + 1), QString::number(perBoard / 5), QString::number(next() % 40)};
        d.table(votes);
    }
    return d;
}

qint64 textSize(const cg::doc::Document &d)
{
    qint64 size = 0;
    for (const auto &block : d.blocks) {
        size += cg::doc::plainText(block.spans).toUtf8().size();
        for (const auto &item : block.items)
            size += cg::doc::plainText(item).toUtf8().size();
        for (const auto &row : block.rows)
            for (const auto &cell : row)
                size += cg::doc::plainText(cell).toUtf8().size();
    }
    return size;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

int runExportBench(int argc, char **argv)
{
    const QString format = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("pdf");
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const int notes = 20000;
    const cg::doc::Document document = largeReport(notes);
    const double before = peakRssMb();
    std::vector<double> ms;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        cg::Result<QByteArray> out = format == QLatin1String("docx") ? cg::doc::toDocx(document)
            : format == QLatin1String("odt")                         ? cg::doc::toOdt(document)
                                                                     : cg::doc::toPdf(document);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!out) {
            std::fprintf(stderr, "%s\n", qPrintable(out.message()));
            return 1;
        }
        bytes = out->size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("export-%s\t%d notes, %.2f MB of text\tmedian_ms=%.0f\tpeak_rss_mb=%.0f\tbefore_rss_mb=%.0f\tbytes=%lld\n",
                qPrintable(format), notes, double(textSize(document)) / 1e6, ms[ms.size() / 2], peakRssMb(), before,
                static_cast<long long>(bytes));
    return 0;
}
