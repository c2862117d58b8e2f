// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "joinqr.h"

#include <QUrl>
#include <QUrlQuery>

#include <qrencode.h>

#include <memory>

namespace cg::room {

namespace {

constexpr int kQuietZone = 4;
constexpr int kMaxText = 1024; // a join link is well under 100 characters

} // namespace

QImage joinQrImage(const QString &text, int moduleSize)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty() || bytes.size() > kMaxText || moduleSize < 1 || moduleSize > 64)
        return {};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) // bit 0: dark module
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + kQuietZone) * moduleSize + dy);
                std::fill_n(line + (x + kQuietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

QString joinLink(const QString &roomUrl, const QString &code)
{
    QUrl url(roomUrl);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString noteTakerLink(const QString &roomUrl, const QString &code, const QUuid &boardId)
{
    QUrl url(roomUrl);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("role"), QStringLiteral("note-taker"));
    query.addQueryItem(QStringLiteral("board"), boardId.toString(QUuid::WithoutBraces));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace cg::room
