// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/photoimport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>
#include <cmath>

namespace cg::io::photos {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::io::photos", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString withSuffix(const QString &fileName, const QString &suffix)
{
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName().isEmpty() ? tr("photo") : info.completeBaseName();
    return base + QLatin1Char('.') + suffix;
}

Result<QByteArray> encode(const QImage &image, const QByteArray &format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(88);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
    }
    if (!writer.write(image))
        return fail(tr("The picture could not be prepared for the workshop: %1").arg(writer.errorString()));
    return out;
}

} // namespace

Result<Attachment> importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(tr("There is no file at %1.").arg(path));
    if (info.isDir())
        return fail(tr("“%1” is a folder; choose a photo inside it.").arg(name));
    if (info.size() > maxFileBytes)
        return fail(tr("“%1” is %2 MB; a photo can be up to %3 MB. Make a smaller copy of it first.")
                        .arg(name, megabytes(info.size()), megabytes(maxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    return importBytes(bytes, name, options);
}

Result<Attachment> importBytes(const QByteArray &bytes, const QString &fileName, const ImportOptions &options)
{
    const QString name = fileName.trimmed().isEmpty() ? tr("photo") : fileName.trimmed();
    if (bytes.isEmpty())
        return fail(tr("“%1” is empty: there is no picture in it.").arg(name));
    if (bytes.size() > maxFileBytes)
        return fail(tr("“%1” is %2 MB; a photo can be up to %3 MB. Make a smaller copy of it first.")
                        .arg(name, megabytes(bytes.size()), megabytes(maxFileBytes)));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    const QString notAPicture = tr("“%1” is not a picture Common Ground can read. Choose a photo (JPEG or PNG, for "
                                   "example).")
                                    .arg(name);
    // Drawings in SVG are not photos of the room; icons neither.
    if (!reader.canRead() || format.isEmpty() || format == "svg" || format == "svgz" || format == "ico")
        return fail(notAPicture);
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty())
        return fail(notAPicture);
    if (qint64(stored.width()) * stored.height() > maxPixels)
        return fail(tr("“%1” is %2 × %3 pixels, far more than any photo needs; it was not added.")
                        .arg(name)
                        .arg(stored.width())
                        .arg(stored.height()));
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize upright = turned ? stored.transposed() : stored;

    Attachment photo;
    photo.fileName = name;
    photo.originalWidth = upright.width();
    photo.originalHeight = upright.height();

    const bool commonFormat = format == "jpeg" || format == "png" || format == "gif";
    const int longest = std::max(stored.width(), stored.height());
    const bool needsScaling = !options.keepFullSize && options.longestSide > 0 && longest > options.longestSide;
    if (commonFormat && (options.keepFullSize || (format != "jpeg" && !needsScaling))) {
        // Kept as the file is: it is already a size and a format any computer shows.
        photo.data = bytes;
        photo.mimeType = QStringLiteral("image/") + QString::fromLatin1(format);
        photo.width = upright.width();
        photo.height = upright.height();
        photo.byteSize = bytes.size();
        return photo;
    }

    if (needsScaling) {
        const double scale = double(options.longestSide) / longest;
        reader.setScaledSize(QSize(std::max(1, int(std::lround(stored.width() * scale))),
                                   std::max(1, int(std::lround(stored.height() * scale)))));
    }
    // maxPixels of 32-bit pixels, with room for the scaling copy.
    reader.setAllocationLimit(int(maxPixels * 4 / (1024 * 1024)) + 64);
    QImage image = reader.read();
    if (image.isNull())
        return fail(tr("“%1” could not be read as a picture: %2").arg(name, reader.errorString()));
    const QByteArray outFormat = format == "png" || format == "gif" || image.hasAlphaChannel() ? "png" : "jpeg";
    if (outFormat == "jpeg" && image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(QImage::Format_RGB32);
    auto encoded = encode(image, outFormat);
    if (!encoded)
        return encoded.error();
    photo.data = std::move(*encoded);
    photo.byteSize = photo.data.size();
    photo.mimeType = QStringLiteral("image/") + QString::fromLatin1(outFormat);
    photo.width = image.width();
    photo.height = image.height();
    const QString suffix = outFormat == "jpeg" ? QStringLiteral("jpg") : QStringLiteral("png");
    const QString current = QFileInfo(name).suffix().toLower();
    if (!(current == suffix || (suffix == QLatin1String("jpg") && current == QLatin1String("jpeg"))))
        photo.fileName = withSuffix(name, suffix);
    return photo;
}

} // namespace cg::io::photos
