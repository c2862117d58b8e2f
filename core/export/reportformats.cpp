// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportformats.h"

#include "export/qdawriter.h"
#include "export/writers.h"
#include "i18n/perlanguage.h"
#include "session/session.h"

#include <QCoreApplication>

namespace cg::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::report", text);
}

} // namespace

namespace {

std::vector<Format> makeFormats()
{
    return [] {
        using Write = std::function<Result<QByteArray>(const WorkshopData &, const Report &)>;
        std::vector<Format> out;
        auto add = [&out](const char *key, QString title, const char *extension, Format::Preview preview,
                       std::function<doc::Document(const Report &)> document, Write write, bool binary,
                       QString description) {
            out.push_back({ QString::fromLatin1(key), std::move(title), QString::fromLatin1(extension), preview,
                std::move(document), std::move(write), binary, std::move(description) });
        };
        add("md", tr("Markdown"), "md", Format::Preview::Text, toDocument,
            [](const WorkshopData &, const Report &r) -> Result<QByteArray> { return doc::toMarkdown(toDocument(r)); },
            false, tr("the report as plain text with light formatting"));
        add("html", tr("Web page (HTML)"), "html", Format::Preview::Document, toDocument,
            [](const WorkshopData &, const Report &r) -> Result<QByteArray> { return doc::toHtml(toDocument(r)); },
            false, tr("one web page that opens in any browser, also offline"));
        add("pdf", tr("PDF"), "pdf", Format::Preview::Document, toDocument,
            [](const WorkshopData &, const Report &r) { return doc::toPdf(toDocument(r), doc::Style::standard()); },
            true, tr("A4 pages to print or send, fonts included"));
        // For people who asked for large print: the same report at 18 pt.
        add("largeprint-pdf", tr("Large-print PDF (18 pt)"), "pdf", Format::Preview::Document, toDocument,
            [](const WorkshopData &, const Report &r) { return doc::toPdf(toDocument(r), doc::Style::large()); },
            true, tr("the PDF in 18 pt type, for people who asked for large print"));
        add("odt", tr("OpenDocument text (ODT)"), "odt", Format::Preview::Document, toDocument,
            [](const WorkshopData &, const Report &r) { return doc::toOdt(toDocument(r), doc::Style::standard()); },
            true, tr("to edit in LibreOffice or any word processor"));
        add("docx", tr("Word document (DOCX)"), "docx", Format::Preview::Document, toDocument,
            [](const WorkshopData &, const Report &r) { return doc::toDocx(toDocument(r), doc::Style::standard()); },
            true, tr("to edit in Microsoft Word or any word processor"));
        add("easyread-pdf", tr("Easy read (PDF)"), "pdf", Format::Preview::Document, toEasyRead,
            [](const WorkshopData &, const Report &r) { return doc::toPdf(toEasyRead(r), doc::Style::easy()); },
            true, tr("a short summary in plain words and large type, as a PDF"));
        add("easyread-docx", tr("Easy read (DOCX)"), "docx", Format::Preview::Document, toEasyRead,
            [](const WorkshopData &, const Report &r) { return doc::toDocx(toEasyRead(r), doc::Style::easy()); },
            true, tr("the easy-read summary as a Word document, to add pictures to"));
        add("csv", tr("Notes as a spreadsheet (CSV)"), "csv", Format::Preview::Text, nullptr,
            [](const WorkshopData &, const Report &r) -> Result<QByteArray> { return notesCsv(r); }, false,
            tr("the notes, one a row, for a spreadsheet"));
        add("json", tr("Data (JSON)"), "json", Format::Preview::Text, nullptr,
            [](const WorkshopData &data, const Report &r) -> Result<QByteArray> {
                // The team's JSON is the lossless archive; the public one holds only the report.
                return r.audience == Audience::Team ? teamJson(data) : toJson(r);
            },
            false, tr("the report as data; the team's is the complete archive"));
        // For qualitative-analysis tools (NVivo, ATLAS.ti, MAXQDA, QualCoder): docs/qda-export.md.
        add("qdpx", tr("Project for analysis tools (REFI-QDA)"), "qdpx", Format::Preview::Document,
            [](const Report &r) {
                auto p = qda::project(r);
                return p ? qda::toDocument(*p) : doc::Document {}.paragraph(p.message());
            },
            [](const WorkshopData &data, const Report &r) -> Result<QByteArray> {
                auto p = qda::project(r, data.workshop);
                return p ? qda::toQdpx(*p) : Result<QByteArray>(p.error());
            },
            true, tr("a project for NVivo, ATLAS.ti, MAXQDA or QualCoder"));
        add("qdc", tr("Codebook for analysis tools (REFI-QDA)"), "qdc", Format::Preview::Document,
            [](const Report &r) {
                auto p = qda::project(r);
                return p ? qda::toDocument(*p, true) : doc::Document {}.paragraph(p.message());
            },
            [](const WorkshopData &data, const Report &r) -> Result<QByteArray> {
                auto p = qda::project(r, data.workshop);
                return p ? qda::toQdc(*p) : Result<QByteArray>(p.error());
            },
            true, tr("the themes alone, as a codebook for those tools"));
        return out;
    }();
}

} // namespace

const std::vector<Format> &formats()
{
    static i18n::PerLanguage<Format> list(makeFormats,
        [](const Format &a, const Format &b) { return a.title == b.title && a.description == b.description; });
    return list.list();
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
    // The REFI-QDA files hold the boards' notes and themes only, the codebook only the themes:
    // their record counts what they hold.
    const Format *project = findFormat(u"qdpx");
    const Format *codebook = findFormat(u"qdc");
    if ((project && formatTitle == project->title) || (codebook && formatTitle == codebook->title)) {
        const int themes = report.themeCount()
            - (report.has(Section::CrossThemes) ? 0 : int(report.crossThemes.size()));
        if (codebook && formatTitle == codebook->title)
            record.counts = { { tr("themes"), themes } };
        else
            record.counts = { { tr("boards"), int(report.boards.size()) }, { tr("notes"), report.noteCount() },
                { tr("themes"), themes }, { tr("withheld"), report.withheld.notes + report.withheld.votes } };
    }
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
