// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sessiontablemodel.h"

namespace cg {

class ThumbnailCache;

/// The workshop's photos and files, in the order they were added: a thumbnail and caption, the
/// board, who is shown, and whether the share-back report may show it (consent rule 4, through
/// the ConsentPolicy). Thumbnails come from the cache, made when a row is first shown.
class PhotosModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Column { Photo, BoardColumn, Shown, Public, ColumnCount };

    PhotosModel(Session *session, ThumbnailCache *thumbnails, QObject *parent = nullptr);

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;

private:
    ThumbnailCache *m_thumbnails;
};

/// "2400 × 1800 pixels, 820 KB (scaled down from 4032 × 3024)".
QString photoSizeWords(const Attachment &attachment);

} // namespace cg
