// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF: QPdfWriter and QPainter with our own pagination (PdfComposer), so headings keep
// with their text, tables repeat their header row, and every page has its running title and
// "Page N of M". Qt embeds a subset of each TrueType font, so the text stays real text.
// Afterwards the file gets bookmarks for its headings and its language (pdfoutline.h).
#include "export/pdfcomposer.h"
#include "export/pdfoutline.h"
#include "export/writers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace cg::doc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::doc", text);
}

} // namespace

Result<QByteArray> toPdf(const Document &document, const Style &style)
{
    // Laying out text needs Qt's fonts, which exist only in a graphical application object
    // (the command line makes one on the offscreen platform).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("The PDF could not be made: this program was started without the fonts it needs to lay out "
                       "text. Use the Common Ground app, or save the report as HTML or ODT."));
    const Metrics metrics = metricsFor(style);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(document.title.trimmed());
    writer.setCreator(QStringLiteral("Common Ground"));

    // First count the pages ("Page 3 of 12" needs the 12), then paint them.
    PdfComposer counting(document, metrics, &writer, nullptr, 0);
    counting.keepLayouts();
    if (!counting.run())
        return fail(tr("The PDF could not be laid out."));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("The PDF could not be started."));
    painter.setRenderHint(QPainter::Antialiasing);
    PdfComposer painting(document, metrics, &writer, &painter, counting.pages());
    painting.reuseLayouts(counting);
    const bool painted = painting.run();
    if (!painter.end() || !painted)
        return fail(tr("The PDF could not be written."));
    buffer.close();
    return finishPdf(buffer.data(), painting.headings(), document.language, painting.astralCharacters());
}

} // namespace cg::doc
