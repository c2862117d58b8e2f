// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardrenderer.h"

#include "board/boardscene.h"
#include "board/notepalette.h"

#include <QPainter>

namespace cg {

BoardRenderer::BoardRenderer(Session *session, Audience audience, bool largeType)
    : m_scene(std::make_unique<BoardScene>(session, audience, largeType))
{
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

QImage BoardRenderer::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette::boardBackground());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace cg
