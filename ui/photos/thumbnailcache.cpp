// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/thumbnailcache.h"

#include "session/session.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

namespace cg {

ThumbnailCache::ThumbnailCache(Session *session, int size, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_size(size)
{
    connect(session, &Session::changed, this, &ThumbnailCache::onChanged);
}

void ThumbnailCache::onChanged(const Change &change)
{
    if (change.entity == Entity::Attachment && change.kind != Change::Kind::Inserted)
        m_pixmaps.remove(change.id);
}

QImage ThumbnailCache::decode(const QByteArray &bytes, const QSize &bound)
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; this shares, it does not copy
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (bound.isValid() && stored.isValid()) {
        const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
        const QSize upright = turned ? stored.transposed() : stored;
        if (upright.width() > bound.width() || upright.height() > bound.height()) {
            const QSize fitted = upright.scaled(bound, Qt::KeepAspectRatio);
            // Decoding straight to the small size is much quicker for JPEG.
            reader.setScaledSize(turned ? fitted.transposed() : fitted);
        }
    }
    return reader.read();
}

QPixmap ThumbnailCache::placeholder() const
{
    QPixmap pixmap(m_size, m_size * 3 / 4);
    pixmap.fill(QColor(0xF1, 0xE9, 0xDC));
    QPainter p(&pixmap);
    p.setPen(QColor(0x4F, 0x46, 0x3C));
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    p.drawText(pixmap.rect(), Qt::AlignCenter, tr("No picture"));
    return pixmap;
}

QPixmap ThumbnailCache::thumbnail(const QUuid &attachmentId)
{
    if (auto it = m_pixmaps.constFind(attachmentId); it != m_pixmaps.constEnd())
        return *it;
    QPixmap pixmap;
    auto bytes = m_session->attachmentData(attachmentId);
    if (bytes) {
        ++m_decodes;
        const QImage image = decode(*bytes, QSize(m_size, m_size));
        if (!image.isNull())
            pixmap = QPixmap::fromImage(image);
    }
    if (pixmap.isNull())
        pixmap = placeholder();
    m_pixmaps.insert(attachmentId, pixmap);
    return pixmap;
}

} // namespace cg
