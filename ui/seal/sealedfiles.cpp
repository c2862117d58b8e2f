// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seal/sealedfiles.h"

#include "export/writers.h"
#include "seal/handoverdialog.h"
#include "security/handover.h"
#include "security/seal.h"
#include "session/session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace cg::sealui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::sealui", text);
}

// Argon2id takes about a second on purpose; the busy cursor says the app has not hung.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

bool isSealedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && seal::looksSealed(file.read(8));
}

void handOver(QWidget *parent, Session &session, const Feedback &feedback)
{
    const QFileInfo current(session.filePath());
    const QString suggestion = QDir::toNativeSeparators(
        QDir(feedback.folder).filePath(current.completeBaseName() + QLatin1Char('.') + QLatin1String(seal::fileSuffix)));
    HandOverDialog dialog(session.workshop().title, suggestion, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray passphrase = dialog.passphrase();
    const QString path = QDir::fromNativeSeparators(dialog.path());
    QString auditProblem;
    Result<void> done;
    {
        BusyCursor busy;
        done = seal::handOverWorkshop(
            session, passphrase, path, session.workshop().facilitators.value(0), &auditProblem);
    }
    seal::wipe(passphrase);
    if (!done) {
        feedback.error(tr("The workshop could not be sealed. %1").arg(done.message()));
        return;
    }
    if (!auditProblem.isEmpty())
        feedback.error(auditProblem);
    feedback.status(tr("Sealed a copy of the workshop into %1. Give the passphrase another way than the file.")
                        .arg(QDir::toNativeSeparators(path)));
}

QString openSealed(QWidget *parent, const QString &path, const Feedback &feedback)
{
    auto sealed = seal::readBounded(path);
    if (!sealed) {
        feedback.error(sealed.message());
        return {};
    }
    Result<seal::Unsealed> opened = fail(QString());
    for (;;) {
        UnsealDialog dialog(QFileInfo(path).fileName(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        QByteArray passphrase = dialog.passphrase();
        {
            BusyCursor busy;
            opened = seal::unseal(*sealed, passphrase);
        }
        seal::wipe(passphrase);
        if (opened)
            break;
        feedback.error(opened.message());
        // Only a wrong passphrase is worth another try; a changed or cut-short file stays so.
        if (!opened.message().startsWith(tr("The passphrase is not")))
            return {};
    }
    const bool workshop = opened->kind == seal::Kind::Workshop;
    const QString suggestion = QDir(feedback.folder).filePath(opened->name);
    const QString title = workshop ? tr("Save the opened workshop as") : tr("Save the opened file as");
    const QString filter = workshop ? tr("Common Ground workshops (*.cgw)") : tr("All files (*)");
    const QString target = QFileDialog::getSaveFileName(
        parent, title, suggestion, filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty()) {
        seal::wipe(opened->bytes);
        return {};
    }
    if (QFileInfo::exists(target)) {
        seal::wipe(opened->bytes);
        feedback.error(tr("%1 already exists. Open the sealed file again and choose a new name, so that nothing is "
                          "replaced.")
                           .arg(QDir::toNativeSeparators(target)));
        return {};
    }
    auto written = doc::writeFile(target, opened->bytes);
    seal::wipe(opened->bytes);
    if (!written) {
        feedback.error(written.message());
        return {};
    }
    if (workshop)
        return target;
    feedback.status(tr("Opened “%1” and saved it to %2.").arg(opened->name, QDir::toNativeSeparators(target)));
    return {};
}

} // namespace cg::sealui
