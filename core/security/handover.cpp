// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/handover.h"

#include "export/reportaudit.h"
#include "export/reportformats.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cg::seal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::seal", text);
}

} // namespace

Result<void> handOverWorkshop(Session &session, const QByteArray &passphrase, const QString &path,
    const QString &actor, QString *auditProblem, const Parameters &parameters)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(session.filePath()).absoluteFilePath())
        return fail(tr("Choose a different file: the sealed file cannot replace the workshop itself."));
    auto sealed = sealWorkshop(session, passphrase, QFileInfo(session.filePath()).fileName(), parameters);
    if (!sealed)
        return sealed.error();
    const WorkshopData &data = session.data();
    ExportRecord record;
    record.what = tr("sealed hand-over of the workshop");
    record.audience = Audience::Team; // it holds everything, as the team sees it
    record.format = tr("an encrypted file");
    record.counts = { { tr("participants"), int(data.participants.size()) }, { tr("notes"), int(data.notes.size()) },
        { tr("boards"), int(data.boards.size()) } };
    return report::writeAndRecord(session, path, *sealed, record, actor, auditProblem);
}

} // namespace cg::seal
