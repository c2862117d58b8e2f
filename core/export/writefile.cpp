// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/writers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cg::doc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::doc", text);
}

QString problem(const QSaveFile &file, const QString &name)
{
    if (file.error() == QFileDevice::ResourceError)
        return tr("The disk is full, so “%1” could not be written. Free some space and try again; "
                  "any earlier file of that name was left as it was.")
            .arg(name);
    return tr("“%1” could not be written: %2. Any earlier file of that name was left as it was.")
        .arg(name, file.errorString());
}

} // namespace

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.fileName());
    if (info.isDir())
        return fail(tr("“%1” is a folder; choose a file name.").arg(name));
    if (!info.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    // Unbuffered, so that a short write (a full disk) is seen here rather than lost in a flush
    // that QSaveFile::commit() does not check before it renames.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(problem(file, name));
    if (!info.exists())
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString message = problem(file, name);
            file.cancelWriting();
            return fail(message);
        }
        done += n;
    }
    if (!file.flush()) {
        const QString message = problem(file, name);
        file.cancelWriting();
        return fail(message);
    }
    // commit() syncs the temporary file to the disk, then renames it over the old one.
    if (!file.commit())
        return fail(problem(file, name));
    return {};
}

} // namespace cg::doc
