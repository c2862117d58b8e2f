// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/boardpicture.h"

#include "board/boardrenderer.h"
#include "i18n/perlanguage.h"
#include "session/session.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace cg::boardpicture {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::boardpicture", text);
}

/// Board pictures are drawn at 1.5 pixels per board unit, crisp when printed, and never more than
/// this many pixels on their longer side, so a board of 5,000 notes still makes a picture that
/// fits in memory and in an email.
constexpr double kScale = 1.5;
constexpr int kMaxSide = 8000;

QSize pictureSize(const QRectF &rect, double scale)
{
    const double longer = std::max(rect.width(), rect.height()) * scale;
    const double fit = longer > kMaxSide ? kMaxSide / longer : 1.0;
    return QSize(std::max(1, int(std::ceil(rect.width() * scale * fit))),
        std::max(1, int(std::ceil(rect.height() * scale * fit))));
}

} // namespace

const std::vector<Format> &formats()
{
    // In the language of the moment, as report::formats().
    static i18n::PerLanguage<Format> list(
        [] {
            return std::vector<Format> { { QStringLiteral("png"), tr("Board picture (PNG)"), QStringLiteral("png") },
                { QStringLiteral("svg"), tr("Board picture (SVG)"), QStringLiteral("svg") } };
        },
        [](const Format &a, const Format &b) { return a.title == b.title; });
    return list.list();
}

const Format *findFormat(QStringView key)
{
    for (const Format &f : formats()) {
        if (key.compare(f.key, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

Result<QByteArray> render(Session &session, const QUuid &boardId, Audience audience, QStringView formatKey)
{
    const Board *board = session.data().boards.find(boardId);
    if (!board)
        return fail(tr("That board is no longer in the workshop."));
    const Format *format = findFormat(formatKey);
    if (!format)
        return fail(tr("Board pictures are PNG or SVG."));
    BoardRenderer renderer(&session, audience);
    renderer.setBoard(boardId);
    QRectF source = renderer.boardRect();
    if (source.isEmpty())
        source = QRectF(0, 0, 400, 300); // an empty board is still a picture of the board

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format->key == QLatin1String("svg")) {
        // Vector output at one unit per SVG pixel: it scales without losing sharpness.
        const QSize size = pictureSize(source, 1.0);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(board->title);
        svg.setDescription(audience == Audience::Public ? tr("Board picture for sharing back")
                                                        : tr("Board picture for the workshop team"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("The SVG picture could not be drawn."));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        painter.end();
        return bytes;
    }
    const QImage image = renderer.toImage(pictureSize(source, kScale));
    if (image.isNull())
        return fail(tr("The board is too large to draw as a picture."));
    if (!image.save(&buffer, "PNG"))
        return fail(tr("The PNG picture could not be made."));
    return bytes;
}

ExportRecord exportRecord(Session &session, const QUuid &boardId, Audience audience, QStringView formatKey)
{
    BoardRenderer renderer(&session, audience);
    renderer.setBoard(boardId);
    const Format *format = findFormat(formatKey);
    return ExportRecord { tr("board picture"), audience, format ? format->key.toUpper() : formatKey.toString(),
        { { tr("withheld"), renderer.withheldCount() } } };
}

} // namespace cg::boardpicture
