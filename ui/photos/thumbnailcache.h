// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QUuid>

namespace cg {

class Session;
struct Change;

/// Small pictures of the workshop's photos, made the first time one is asked for (a list asks
/// only for the rows it shows) from bytes read then through Session::attachmentData(), and kept
/// until the photo changes. Nothing is read when a workshop opens.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    ThumbnailCache(Session *session, int size, QObject *parent = nullptr);

    /// The thumbnail (at most size × size), or a placeholder for a file that is not a picture.
    QPixmap thumbnail(const QUuid &attachmentId);
    /// How many pictures have been decoded so far (for tests: lazily, once each).
    int decodeCount() const { return m_decodes; }
    bool isCached(const QUuid &attachmentId) const { return m_pixmaps.contains(attachmentId); }

    /// Decodes \a bytes upright (a phone's orientation applied) to fit \a bound (an invalid
    /// bound: full size). A null image when they are not a picture.
    static QImage decode(const QByteArray &bytes, const QSize &bound);

private:
    void onChanged(const Change &change);
    QPixmap placeholder() const;

    Session *m_session;
    int m_size;
    int m_decodes = 0;
    QHash<QUuid, QPixmap> m_pixmaps;
};

} // namespace cg
