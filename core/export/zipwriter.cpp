// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/zipwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <zip.h>

#include <limits>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg", text);
}

QString packingFailed(const QString &detail)
{
    return tr("The document could not be packed into a file (%1).").arg(detail);
}

QString zipMessage(zip_t *zip)
{
    return QString::fromLocal8Bit(zip_strerror(zip));
}

} // namespace

struct ZipWriter::Archive
{
    zip_source_t *target = nullptr; ///< the in-memory buffer that receives the archive
    zip_t *zip = nullptr;
    // libzip reads each entry's bytes only when the archive is closed, so they are kept here
    // until then (implicitly shared: no copy).
    QList<QByteArray> data;
    QSet<QString> names;
    time_t modified = 0;
    QString openError;

    ~Archive()
    {
        if (zip)
            zip_discard(zip);
        if (target)
            zip_source_free(target);
    }
};

ZipWriter::ZipWriter(QDateTime modified) : m_archive(std::make_unique<Archive>())
{
    m_archive->modified = time_t(modified.toSecsSinceEpoch());
    zip_error_t error;
    zip_error_init(&error);
    m_archive->target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_archive->target) {
        // Keep the buffer alive past zip_close(), which would otherwise free it.
        zip_source_keep(m_archive->target);
        m_archive->zip = zip_open_from_source(m_archive->target, ZIP_TRUNCATE, &error);
    }
    if (!m_archive->zip)
        m_archive->openError = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
}

ZipWriter::~ZipWriter() = default;

QString ZipWriter::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("an entry has no name");
    if (name.size() > 1024)
        return tr("an entry name is too long");
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')))
        return tr("“%1” is not a relative path with forward slashes").arg(name);
    const QStringList parts = name.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String("..") || part == QLatin1String(".") || (part.isEmpty() && i + 1 < parts.size()))
            return tr("“%1” has an empty, “.” or “..” part").arg(name);
    }
    if (name.endsWith(QLatin1Char('/')))
        return tr("“%1” is a folder, not a file").arg(name);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("an entry name contains a control character");
    }
    return {};
}

Result<void> ZipWriter::add(const QString &name, const QByteArray &data, Compression compression)
{
    Archive &a = *m_archive;
    if (!a.zip)
        return fail(packingFailed(a.openError.isEmpty() ? tr("the archive is already finished") : a.openError));
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return fail(packingFailed(problem));
    if (a.names.contains(name))
        return fail(packingFailed(tr("“%1” was added twice").arg(name)));
    // Entries past 4 GiB would need ZIP64 throughout; nothing Common Ground writes comes close.
    if (data.size() >= qsizetype(std::numeric_limits<quint32>::max()))
        return fail(packingFailed(tr("“%1” is too large").arg(name)));

    a.data.append(data);
    const QByteArray &kept = a.data.constLast();
    zip_source_t *source = zip_source_buffer(a.zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!source)
        return fail(packingFailed(zipMessage(a.zip)));
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_file_add(a.zip, utf8.constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return fail(packingFailed(zipMessage(a.zip)));
    }
    const zip_uint64_t i = zip_uint64_t(index);
    const bool stored = compression == Compression::Stored;
    const zip_uint32_t level = stored ? 0 : compression == Compression::DeflatedFast ? 1 : 6;
    if (zip_set_file_compression(a.zip, i, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, level) != 0
        || zip_file_set_mtime(a.zip, i, a.modified, 0) != 0)
        return fail(packingFailed(zipMessage(a.zip)));
    a.names.insert(name);
    return {};
}

int ZipWriter::count() const
{
    return int(m_archive->names.size());
}

Result<QByteArray> ZipWriter::finish()
{
    Archive &a = *m_archive;
    if (!a.zip)
        return fail(packingFailed(a.openError.isEmpty() ? tr("the archive is already finished") : a.openError));
    if (zip_close(a.zip) != 0) {
        const QString message = zipMessage(a.zip);
        zip_discard(a.zip);
        a.zip = nullptr;
        return fail(packingFailed(message));
    }
    a.zip = nullptr;
    a.data.clear();

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(a.target, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return fail(packingFailed(tr("its size is unknown")));
    if (stat.size > zip_uint64_t(std::numeric_limits<qsizetype>::max() / 2))
        return fail(packingFailed(tr("it is too large")));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    if (zip_source_open(a.target) != 0)
        return fail(packingFailed(tr("it could not be read back")));
    const zip_int64_t read = zip_source_read(a.target, bytes.data(), stat.size);
    zip_source_close(a.target);
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return fail(packingFailed(tr("it could not be read back")));
    return bytes;
}

} // namespace cg
