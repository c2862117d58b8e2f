// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

namespace cg {

/// Builds a ZIP archive in memory, entry by entry, in the order they are added. Office
/// documents (ODT, DOCX) and exchange formats (REFI-QDA .qdpx) are ZIP packages; this is the
/// one place that writes them, over libzip. Entries are stored or deflated as the caller asks,
/// because some formats need an entry uncompressed (ODT's `mimetype` must come first and be
/// stored, so that tools can sniff the type at a fixed offset). Names are checked: relative,
/// forward slashes, no `..`, no duplicates, so an archive never unpacks outside its folder.
class ZipWriter
{
    // Its own tr() context, so that lupdate and the lookup at run time agree (see
    // tests/translations/check_translations.py).
    Q_DECLARE_TR_FUNCTIONS(cg::ZipWriter)

public:
    /// DeflatedFast packs large generated text (a REFI-QDA project of thousands of notes) about
    /// three times as fast for a slightly larger file.
    enum class Compression { Stored, Deflated, DeflatedFast };

    /// Every entry gets \a modified as its time (default: now), so a caller that wants
    /// reproducible bytes can pass a fixed time.
    explicit ZipWriter(QDateTime modified = QDateTime::currentDateTimeUtc());
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    /// Adds one file. Fails on a bad or repeated name, or after finish().
    Result<void> add(const QString &name, const QByteArray &data, Compression compression = Compression::Deflated);
    /// The number of entries added so far.
    int count() const;
    /// Writes the central directory and returns the whole archive. The writer is spent after.
    Result<QByteArray> finish();

    /// Why \a name cannot be an entry name, or an empty string when it can.
    static QString nameProblem(const QString &name);

private:
    struct Archive;
    std::unique_ptr<Archive> m_archive;
};

} // namespace cg
