// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardrenderer.h"

#include "board/boardscene.h"
#include "board/notepalette.h"
#include "planning/projectionlayout.h"

#include <QPainter>

#include <cmath>

namespace cg {

BoardRenderer::BoardRenderer(Session *session, Audience audience, bool largeType)
    : m_scene(std::make_unique<BoardScene>(session, audience, largeType))
{
    // Whatever a renderer draws leaves the canvas (projector, picture, print): an output.
    m_scene->setOutput(true);
}

BoardRenderer::~BoardRenderer() = default;

void BoardRenderer::setBoard(const QUuid &boardId)
{
    m_scene->setBoard(boardId);
}

QUuid BoardRenderer::board() const
{
    return m_scene->board();
}

void BoardRenderer::setLayout(Layout layout, QSizeF area, int smallestText, int largestText)
{
    if (layout == Layout::Canvas) {
        m_scene->setCanvasLayout();
        return;
    }
    const int smallest = smallestText > 0 ? smallestText : projection::readableTextSize(area.height());
    const int largest = largestText > 0 ? std::max(largestText, smallest) : int(std::lround(smallest * 2.2));
    m_scene->setProjection(area, smallest, largest);
}

BoardRenderer::Layout BoardRenderer::layout() const
{
    return m_scene->isProjection() ? Layout::Projection : Layout::Canvas;
}

int BoardRenderer::pageCount() const
{
    return m_scene->pageCount();
}

int BoardRenderer::page() const
{
    return m_scene->page();
}

void BoardRenderer::setPage(int page)
{
    m_scene->setPage(page);
}

int BoardRenderer::textSize() const
{
    return m_scene->projectedTextSize();
}

QRectF BoardRenderer::boardRect() const
{
    return m_scene->contentRect();
}

int BoardRenderer::withheldCount() const
{
    return m_scene->withheldCount();
}

void BoardRenderer::render(QPainter *painter, const QRectF &target, const QRectF &source) const
{
    m_scene->render(painter, target, source.isNull() ? boardRect() : source, Qt::KeepAspectRatio);
}

QImage BoardRenderer::toImage(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette::boardBackground());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (m_scene->isProjection()) {
        // Laid out for this picture, drawn one to one and centred, with a margin of one gap.
        const double margin = std::max(12.0, size.height() * 0.03);
        const QSizeF area(size.width() - 2 * margin, size.height() - 2 * margin);
        if (m_scene->projectionArea() != area)
            setLayout(Layout::Projection, area);
        const QRectF page = boardRect();
        QRectF target(QPointF(), page.size());
        target.moveCenter(QPointF(size.width() / 2.0, margin + page.height() / 2));
        render(&painter, target, page);
    } else {
        render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return image;
}

} // namespace cg
