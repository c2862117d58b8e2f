// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas figures for docs/performance.md: a board of 5,000 notes, the time to build its
// scene, and the time to paint a full 1600×1000 viewport at fit zoom and at 100%, rendered
// offscreen into a QImage. Medians of 20. Called from main.cpp as `cg_bench board [options]`;
// the application object already exists.
#include "board/boardcanvas.h"
#include "board/boardscene.h"
#include "commands/edits.h"
#include "io/generator.h"
#include "session/session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Figure
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Figure summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figure f;
    f.min = ms.front();
    f.max = ms.back();
    const std::size_t n = ms.size();
    f.median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return f;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Paints the canvas's whole viewport into \a image, as the screen would get it.
double paintOnce(cg::BoardCanvas &canvas, QImage &image)
{
    image.fill(Qt::white);
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&image);
    painter.setRenderHints(canvas.renderHints());
    canvas.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), canvas.viewport()->rect());
    painter.end();
    return elapsedMs(timer);
}

int visibleNotes(cg::BoardCanvas &canvas)
{
    int n = 0;
    const auto items = canvas.items(canvas.viewport()->rect());
    for (QGraphicsItem *item : items)
        n += item->type() == cg::NoteItem::Type ? 1 : 0;
    return n;
}

void usage()
{
    std::printf("usage: cg_bench board [--notes N] [--runs R] [--png PREFIX]\n"
                "  Builds a board of N notes (default 5000), times building its scene and painting a\n"
                "  1600x1000 viewport at fit zoom and at 100%%, median of R runs (default 20).\n"
                "  --png writes PREFIX-fit.png and PREFIX-100.png of what was painted.\n");
}

} // namespace

int runBoardBench(int argc, char **argv)
{
    int notes = 5000;
    int runs = 20;
    QString pngPrefix;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        }
        if (arg == "--notes" && i + 1 < argc)
            notes = QByteArray(argv[++i]).toInt();
        else if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, QByteArray(argv[++i]).toInt());
        else if (arg == "--png" && i + 1 < argc)
            pngPrefix = QString::fromLocal8Bit(argv[++i]);
        else {
            usage();
            return 2;
        }
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::fprintf(stderr, "cg_bench board needs a QApplication\n");
        return 1;
    }

    // One board holding all the notes, from the repeatable generator (themes and votes included).
    cg::io::GeneratorOptions options;
    options.participants = 40;
    options.groups = 1;
    options.boards = 1;
    options.notes = notes;
    options.seed = 5000;
    QElapsedTimer timer;
    timer.start();
    auto generated = cg::io::generateWorkshop(options);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.message()));
        return 1;
    }
    QTemporaryDir dir;
    auto created = cg::Session::createFrom(dir.filePath(QStringLiteral("board-bench.cgw")), *generated);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.message()));
        return 1;
    }
    cg::Session &session = **created;
    const double setupMs = elapsedMs(timer);
    QUuid board;
    std::size_t onBoard = 0;
    for (const cg::Board &b : session.data().boards) {
        std::size_t n = 0;
        for (const cg::Note &note : session.data().notes)
            n += note.boardId == b.id ? 1 : 0;
        if (n > onBoard) {
            onBoard = n;
            board = b.id;
        }
    }

    // Scene build: every item made and the spatial index built (forced by one lookup).
    std::vector<double> buildMs;
    for (int i = 0; i < runs; ++i) {
        cg::BoardScene scene(&session, cg::Audience::Team, false);
        QElapsedTimer t;
        t.start();
        scene.setBoard(board);
        (void)scene.items(QRectF(0, 0, 1600, 1000));
        buildMs.push_back(elapsedMs(t));
    }

    cg::BoardCanvas canvas(&session);
    canvas.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    canvas.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    canvas.resize(1600, 1000);
    canvas.show();
    QCoreApplication::processEvents();
    canvas.setBoard(board);
    QImage image(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    canvas.zoomToFit();
    const double fitZoom = canvas.zoom();
    const int fitVisible = visibleNotes(canvas);
    paintOnce(canvas, image); // warm-up: fonts, glyph caches
    std::vector<double> fitMs;
    for (int i = 0; i < runs; ++i)
        fitMs.push_back(paintOnce(canvas, image));
    if (!pngPrefix.isEmpty())
        image.save(pngPrefix + QStringLiteral("-fit.png"));

    canvas.resetZoom();
    // The densest view: the top of the board, where the grid of notes fills the whole viewport.
    canvas.centerOn(canvas.boardScene()->itemsBoundingRect().topLeft() + QPointF(650, 500));
    const int fullVisible = visibleNotes(canvas);
    paintOnce(canvas, image);
    std::vector<double> fullMs;
    for (int i = 0; i < runs; ++i)
        fullMs.push_back(paintOnce(canvas, image));
    if (!pngPrefix.isEmpty())
        image.save(pngPrefix + QStringLiteral("-100.png"));

    const Figure build = summarise(buildMs);
    const Figure fit = summarise(fitMs);
    const Figure full = summarise(fullMs);
    std::printf("board canvas: %zu notes on one board, %zu themes, %zu vote rows in the workshop "
                "(generated and written in %.0f ms), viewport %dx%d, %d runs each\n",
        onBoard, std::size_t(canvas.boardScene()->themeItems().size()), session.data().votes.size(), setupMs,
        image.width(), image.height(), runs);
    std::printf("\n| figure | median | min | max | goal |\n|---|---|---|---|---|\n");
    std::printf("| build the scene (%zu items + index) | %.1f ms | %.1f ms | %.1f ms | fast |\n", onBoard,
        build.median, build.min, build.max);
    std::printf("| paint 1600x1000 at fit zoom (%.3fx, %d notes visible) | %.2f ms | %.2f ms | %.2f ms | <= "
                "50 ms |\n",
        fitZoom, fitVisible, fit.median, fit.min, fit.max);
    std::printf("| paint 1600x1000 at 100%% (%d notes visible) | %.2f ms | %.2f ms | %.2f ms | <= 16 ms |\n",
        fullVisible, full.median, full.min, full.max);
    return 0;
}
