// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportformats.h"

#include "export/writers.h"
#include "session/session.h"

#include <QCoreApplication>

namespace cg::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::report", text);
}

} // namespace

const std::vector<Format> &formats()
{
    static const std::vector<Format> list = [] {
        std::vector<Format> out;
        out.push_back({ QStringLiteral("md"), tr("Markdown"), QStringLiteral("md"), Format::Preview::Text, toDocument,
            [](const WorkshopData &, const Report &r) -> Result<QByteArray> { return doc::toMarkdown(toDocument(r)); } });
        out.push_back({ QStringLiteral("html"), tr("Web page (HTML)"), QStringLiteral("html"), Format::Preview::Document,
            toDocument,
            [](const WorkshopData &, const Report &r) -> Result<QByteArray> { return doc::toHtml(toDocument(r)); } });
        out.push_back({ QStringLiteral("csv"), tr("Notes as a spreadsheet (CSV)"), QStringLiteral("csv"),
            Format::Preview::Text, nullptr,
            [](const WorkshopData &, const Report &r) -> Result<QByteArray> { return notesCsv(r); } });
        out.push_back({ QStringLiteral("json"), tr("Data (JSON)"), QStringLiteral("json"), Format::Preview::Text, nullptr,
            [](const WorkshopData &data, const Report &r) -> Result<QByteArray> {
                // The team's JSON is the lossless archive; the public one holds only the report.
                return r.audience == Audience::Team ? teamJson(data) : toJson(r);
            } });
        return out;
    }();
    return list;
}

const Format *findFormat(QStringView key)
{
    for (const Format &f : formats()) {
        if (key.compare(f.key, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

ExportRecord exportRecord(const Report &report, const QString &formatTitle)
{
    ExportRecord record;
    record.what = report.audience == Audience::Public ? tr("share-back report") : tr("team report");
    record.audience = report.audience;
    record.format = formatTitle;
    int answers = 0;
    for (const FeedbackQuestion &q : report.feedback)
        answers += int(q.answers.size());
    record.counts = { { tr("boards"), int(report.boards.size()) }, { tr("notes"), report.noteCount() },
        { tr("themes"), report.themeCount() }, { tr("actions"), int(report.actions.size()) },
        { tr("feedback answers"), answers }, { tr("photos"), int(report.photos.size()) },
        { tr("withheld"), report.withheld.total() } };
    return record;
}

Result<void> writeAndRecord(Session &session, const QString &path, const QByteArray &bytes, const ExportRecord &record,
    const QString &actor, QString *auditProblem)
{
    if (auto written = doc::writeFile(path, bytes); !written)
        return written;
    auto audited = session.record(edits::recordExport(session.data(), record, actor, session.now()));
    if (!audited && auditProblem)
        *auditProblem = tr("The file was written, but the export could not be recorded in the workshop's audit "
                           "trail: %1")
                            .arg(audited.message());
    return {};
}

} // namespace cg::report
