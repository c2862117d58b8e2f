// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMimeData>
#include <QUuid>

namespace cg::notemime {

/// Notes being dragged between the sense-making lists: their ids, one a line.
inline const QString &type()
{
    static const QString t = QStringLiteral("application/x-commonground-note-ids");
    return t;
}

inline QMimeData *make(const QList<QUuid> &ids)
{
    QByteArray bytes;
    for (const QUuid &id : ids)
        bytes += id.toByteArray(QUuid::WithoutBraces) + '\n';
    auto *mime = new QMimeData;
    mime->setData(type(), bytes);
    return mime;
}

inline QList<QUuid> read(const QMimeData *mime)
{
    QList<QUuid> ids;
    if (!mime || !mime->hasFormat(type()))
        return ids;
    for (const QByteArray &line : mime->data(type()).split('\n')) {
        const QUuid id = QUuid::fromString(QString::fromLatin1(line));
        if (!id.isNull() && ids.size() < 100000)
            ids << id;
    }
    return ids;
}

} // namespace cg::notemime
