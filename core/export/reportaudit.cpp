// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportaudit.h"

#include "commands/edits.h"

#include <QCoreApplication>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg", text);
}

} // namespace

QString exportSummary(const ExportRecord &record)
{
    QStringList counts;
    for (const auto &[what, n] : record.counts) {
        if (n != 0)
            counts << QStringLiteral("%1: %2").arg(what).arg(n); // "notes: 1" reads right for any n
    }
    const QString audience = record.audience == Audience::Public ? tr("public") : tr("team");
    QString text = tr("Exported the %1 (%2) as %3").arg(record.what, audience, record.format);
    if (!counts.isEmpty())
        text += QStringLiteral(" (") + counts.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text + QLatin1Char('.');
}

namespace edits {

namespace {

// The edit builders' words, under the context lupdate gives calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("cg::edits", text);
}

} // namespace

Result<Edit> recordExport(
    const WorkshopData &data, const ExportRecord &record, const QString &actor, const QDateTime &now)
{
    if (!now.isValid())
        return fail(tr("An export needs the time it was made."));
    AuditEvent event;
    event.id = newId();
    event.at = now;
    event.kind = QStringLiteral("export");
    event.summary = exportSummary(record);
    event.actor = actor.trimmed();
    auto edit = appendAudit(data, std::move(event));
    if (edit)
        edit->text = tr("Record the export of the %1").arg(record.what);
    return edit;
}

} // namespace edits
} // namespace cg
