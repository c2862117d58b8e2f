// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a workshop file: opening it (every check, then loading every table) and the
// read-only `check` must refuse or accept it, never crash, hang or read out of bounds.
#include "session/session.h"
#include "storage/workshopfile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace cg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    // A real workshop is larger, but the header, schema and first rows fit in this; a bound keeps
    // each run short enough for many mutations.
    if (size > 1024 * 1024)
        return -1;
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/cg-fuzz-open-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("fuzz.cgw"));
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        QFile::remove(dir.filePath(name));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(reinterpret_cast<const char *>(bytes), qint64(size));
    }
    (void)workshopfile::check(path);
    {
        auto opened = Session::open(path, workshopfile::OpenOptions{.readOnly = true});
        if (opened)
            (void)(*opened)->finishChecks();
    }
    {
        auto opened = Session::open(path);
        if (opened)
            (void)(*opened)->finishChecks();
    }
    return 0;
}
