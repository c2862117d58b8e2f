// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/photosmodel.h"

#include "models/listtext.h"
#include "photos/thumbnailcache.h"
#include "session/session.h"

#include <QLocale>

namespace cg {

QString photoSizeWords(const Attachment &a)
{
    const QString bytes = QLocale().formattedDataSize(a.byteSize, 1, QLocale::DataSizeTraditionalFormat);
    if (a.width <= 0 || a.height <= 0)
        return bytes;
    QString words = PhotosModel::tr("%1 × %2 pixels, %3").arg(a.width).arg(a.height).arg(bytes);
    if (a.originalWidth > a.width || a.originalHeight > a.height)
        words += PhotosModel::tr(" (scaled down from %1 × %2)").arg(a.originalWidth).arg(a.originalHeight);
    return words;
}

PhotosModel::PhotosModel(Session *session, ThumbnailCache *thumbnails, QObject *parent)
    : SessionTableModel(session, Entity::Attachment, parent)
    , m_thumbnails(thumbnails)
{
    load();
}

QList<QUuid> PhotosModel::orderedIds() const
{
    QList<QUuid> ids;
    for (const Attachment &a : workshopData().attachments)
        ids << a.id;
    return ids;
}

QStringList PhotosModel::headers() const
{
    return { tr("Photo"), tr("Board"), tr("Shown"), tr("Share-back report") };
}

QVariant PhotosModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Attachment *a = data.attachments.find(id);
    if (!a)
        return {};
    const QString title = a->caption.trimmed().isEmpty() ? a->fileName : a->caption.simplified();
    const bool isPublic = policy().mayAppear(*a, Audience::Public);
    if (column == Photo && role == Qt::DecorationRole && m_thumbnails)
        return m_thumbnails->thumbnail(id);
    if (role == Qt::ToolTipRole) {
        const Board *board = data.boards.find(a->boardId);
        return tr("%1\n%2\n%3\n%4")
            .arg(title, a->fileName + QStringLiteral(" — ") + photoSizeWords(*a),
                 board ? tr("On %1").arg(board->title) : tr("The whole workshop"),
                 isPublic ? tr("May appear in the share-back report") : tr("Kept out of the share-back report"));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Photo:
        return title;
    case BoardColumn: {
        const Board *board = data.boards.find(a->boardId);
        return board ? board->title : tr("The whole workshop");
    }
    case Shown: {
        QStringList shown;
        for (const QUuid &p : a->peopleShown)
            shown << personName(data, p);
        return shown.isEmpty() ? tr("Nobody") : shown.join(QStringLiteral(", "));
    }
    case Public:
        return isPublic ? tr("May appear") : tr("Kept out");
    default:
        return {};
    }
}

bool PhotosModel::dependsOn(Entity entity) const
{
    return entity == Entity::Board || entity == Entity::Participant || entity == Entity::ConsentEvent;
}

} // namespace cg
