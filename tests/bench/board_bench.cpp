// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas figures for docs/performance.md: a board of 5,000 notes laid out like a screen (about
// 16 by 10, its themes in frames along the top), the time to build its scene, and the time to
// paint a full 1600×1000 viewport at fit zoom and at 100%, rendered offscreen into a QImage, and to
// lay it out for a projector. Medians of 20. Called from main.cpp as `cg_bench board [options]`;
// the application object already exists.
#include "board/boardcanvas.h"
#include "board/boardrenderer.h"
#include "board/boardscene.h"
#include "commands/edits.h"
#include "io/generator.h"
#include "planning/boardlayout.h"
#include "planning/placement.h"
#include "session/session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <QHash>

#include <algorithm>
#include <cmath>
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

/// Lays the generator's board out the way a board fills a screen rather than the generator's strip
/// six notes wide: the themes' frames side by side along the top, in rows, then the other notes in
/// a grid about 16 by 10 in shape.
void shapeLikeScreen(cg::WorkshopData &data, const QUuid &board)
{
    using cg::BoardLayout;
    using namespace cg::placement;
    const double cellW = noteWidth + gap;
    const double cellH = noteHeight + gap;
    std::vector<cg::Note> notes;
    for (const cg::Note &n : data.notes)
        if (n.boardId == board)
            notes.push_back(n);
    const int columns = std::max(6, int(std::lround(std::sqrt(double(notes.size()) * 1.6 * cellH / cellW))));
    const double width = columns * cellW;
    QHash<QUuid, std::vector<std::size_t>> members;
    std::vector<std::size_t> loose;
    for (std::size_t i = 0; i < notes.size(); ++i)
        (notes[i].themeId.isNull() ? loose : members[notes[i].themeId]).push_back(i);
    double x = margin;
    double y = margin;
    double shelf = 0;
    for (const cg::Theme &theme : data.themes.rows()) {
        if (theme.boardId != board)
            continue;
        const auto &mine = members.value(theme.id);
        const int n = int(mine.size());
        const int cols = std::max(1, n <= 3 ? n : int(std::ceil(std::sqrt(double(n)))));
        const int rows = std::max(1, (n + cols - 1) / cols);
        cg::Theme t = theme;
        t.width = cols * cellW - gap + 2 * BoardLayout::framePad;
        t.height = rows * cellH - gap + 2 * BoardLayout::framePad + BoardLayout::labelHeight;
        if (x > margin && x + t.width > width) {
            x = margin;
            y += shelf + gap;
            shelf = 0;
        }
        t.x = x;
        t.y = y;
        for (int k = 0; k < n; ++k) {
            cg::Note &note = notes[mine[std::size_t(k)]];
            note.x = x + BoardLayout::framePad + (k % cols) * cellW;
            note.y = y + BoardLayout::labelHeight + BoardLayout::framePad + (k / cols) * cellH;
        }
        data.themes.update(t);
        x += t.width + gap;
        shelf = std::max(shelf, t.height);
    }
    const double top = y + shelf + gap;
    for (std::size_t k = 0; k < loose.size(); ++k) {
        cg::Note &note = notes[loose[k]];
        note.x = margin + double(k % std::size_t(columns)) * cellW;
        note.y = top + double(k / std::size_t(columns)) * cellH;
    }
    for (const cg::Note &n : notes)
        data.notes.update(n);
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
    shapeLikeScreen(*generated, generated->boards.rows().front().id);
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
    // The densest view: the middle of the board, where the grid of notes fills the whole viewport.
    canvas.centerOn(canvas.boardScene()->itemsBoundingRect().center());
    const int fullVisible = visibleNotes(canvas);
    paintOnce(canvas, image);
    std::vector<double> fullMs;
    for (int i = 0; i < runs; ++i)
        fullMs.push_back(paintOnce(canvas, image));
    if (!pngPrefix.isEmpty())
        image.save(pngPrefix + QStringLiteral("-100.png"));

    // The projector's layout of the whole board (public audience, so consent is asked per note):
    // a 1280x720 window, the text at the smallest readable size, on pages.
    std::vector<double> projectMs;
    int pages = 0;
    {
        cg::BoardRenderer projector(&session, cg::Audience::Public, true);
        projector.setBoard(board);
        for (int i = 0; i < std::max(3, runs / 4); ++i) {
            QElapsedTimer t;
            t.start();
            projector.setLayout(cg::BoardRenderer::Layout::Projection, QSizeF(1180, 560 + i % 2));
            projectMs.push_back(elapsedMs(t));
        }
        pages = projector.pageCount();
    }

    // What a drag costs in core on this board: a loose note dropped into the first theme's frame,
    // the theme laid out again and what it grows over moved aside (the edit built, not applied).
    std::vector<double> dropMs;
    {
        const cg::Theme *theme = nullptr;
        const cg::Note *loose = nullptr;
        for (const cg::Theme &t : session.data().themes)
            if (t.boardId == board && !theme)
                theme = &t;
        for (const cg::Note &n : session.data().notes)
            if (n.boardId == board && n.themeId.isNull() && !loose)
                loose = &n;
        if (theme && loose) {
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                auto edit = cg::edits::dropNotes(
                    session.data(), {{loose->id, QPointF(theme->x + theme->width - 60, theme->y + 70)}});
                dropMs.push_back(elapsedMs(t));
                if (!edit)
                    break;
            }
        }
    }
    if (dropMs.empty())
        dropMs.push_back(0);

    const Figure build = summarise(buildMs);
    const Figure project = summarise(projectMs);
    const Figure drop = summarise(dropMs);
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
    std::printf("| lay the board out for a 1280x720 projector (%d pages) | %.1f ms | %.1f ms | %.1f ms | fast |\n",
        pages, project.median, project.min, project.max);
    std::printf("| drop a note into a theme (the edit, laid out in core) | %.2f ms | %.2f ms | %.2f ms | <= 16 ms |\n",
        drop.median, drop.min, drop.max);
    return 0;
}
