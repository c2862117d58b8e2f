// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/agendaexport.h"

#include "planning/agenda.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace cg::agenda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::agenda", text);
}

struct Section
{
    QString time; // "10:00–10:25"
    QString title;
    QString about; // "Plenary · 25 min"
    QString prompt;
    QString instructions;
    QStringList boards;
};

struct Sheet
{
    QString title;
    QString when;
    QString purpose;
    std::vector<Section> items;
    QString ending;
    QString warning;
};

QString sentence(const QString &words)
{
    return words.isEmpty() ? words : words.left(1).toUpper() + words.mid(1);
}

Sheet sheetOf(const WorkshopData &data)
{
    const Workshop &w = data.workshop;
    const Timing timing = plan(data);
    Sheet sheet;
    sheet.title = w.title.trimmed().isEmpty() ? tr("Workshop agenda") : w.title.trimmed();
    QStringList when;
    if (w.date.isValid())
        when << QLocale().toString(w.date, QLocale::LongFormat);
    when << tr("%1 to %2").arg(clockText(timing.start), clockText(timing.end));
    if (!w.venue.trimmed().isEmpty())
        when << w.venue.trimmed();
    sheet.when = when.join(QStringLiteral(" · "));
    sheet.purpose = w.purpose.trimmed();

    std::vector<const Board *> boards;
    for (const Board &b : data.boards)
        boards.push_back(&b);
    std::stable_sort(boards.begin(), boards.end(),
        [](const Board *a, const Board *b) { return a->position < b->position; });
    const auto items = inOrder(data);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const AgendaItem &item = *items[i];
        const Slot &slot = timing.slots[i];
        Section s;
        s.time = QStringLiteral("%1–%2").arg(clockText(slot.start), clockText(slot.end()));
        s.title = item.title;
        s.about = QStringLiteral("%1 · %2").arg(sentence(enumWords(item.kind)), durationText(slot.minutes));
        s.prompt = item.prompt.trimmed();
        s.instructions = item.instructions.trimmed();
        for (const Board *b : boards)
            if (b->agendaItemId == item.id)
                s.boards << b->title;
        sheet.items.push_back(s);
    }
    if (items.empty())
        sheet.ending = tr("No agenda items yet.");
    else
        sheet.ending = tr("The day ends at %1 (%2 in all).")
                           .arg(clockText(timing.end), durationText(timing.totalMinutes()));
    if (timing.venueEnd) {
        if (timing.overrunMinutes() > 0)
            sheet.warning = tr("Warning: the agenda runs %1 past the venue's end time (%2).")
                                .arg(durationText(timing.overrunMinutes()), clockText(*timing.venueEnd));
        else
            sheet.ending
                += QLatin1Char(' ') + tr("The venue must be left by %1.").arg(clockText(*timing.venueEnd));
    }
    return sheet;
}

// ---- Markdown -------------------------------------------------------------------------------------

/// Escapes what CommonMark would read as markup: inline punctuation anywhere, and what starts a
/// block (a heading, list, quote or numbered item) at the start of a line. Single line breaks
/// stay line breaks (a backslash at the end of the line).
QString md(const QString &text)
{
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>|~&!");
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        QString out;
        out.reserve(line.size() + 8);
        for (const QChar c : line) {
            if (inlineSpecial.contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
        const QString trimmed = out.trimmed();
        const qsizetype lead = out.indexOf(trimmed.isEmpty() ? QString() : trimmed.left(1));
        if (!trimmed.isEmpty()) {
            const QChar first = trimmed.front();
            if (first == QLatin1Char('#') || first == QLatin1Char('-') || first == QLatin1Char('+')
                || first == QLatin1Char('>') || first == QLatin1Char('=')) {
                out.insert(lead, QLatin1Char('\\'));
            } else if (first.isDigit()) {
                qsizetype i = lead;
                while (i < out.size() && out.at(i).isDigit())
                    ++i;
                if (i < out.size() && (out.at(i) == QLatin1Char('.') || out.at(i) == QLatin1Char(')')))
                    out.insert(i, QLatin1Char('\\'));
            }
        }
        lines << out.trimmed();
    }
    // A blank line would end the paragraph (and let what follows be read as markup): one text stays
    // one paragraph.
    lines.removeIf([](const QString &l) { return l.isEmpty(); });
    return lines.join(QStringLiteral("\\\n"));
}

// ---- PDF ------------------------------------------------------------------------------------------

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("txt") || n == QLatin1String("text"))
        return ExportFormat::Text;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    return exportFormatFromName(QFileInfo(path).suffix());
}

QString toText(const WorkshopData &data)
{
    const Sheet sheet = sheetOf(data);
    QStringList out;
    out << sheet.title << sheet.when;
    if (!sheet.purpose.isEmpty())
        out << QString() << sheet.purpose;
    for (const Section &s : sheet.items) {
        out << QString() << QStringLiteral("%1  %2").arg(s.time, s.title);
        const QString indent(s.time.size() + 2, QLatin1Char(' '));
        out << indent + s.about;
        if (!s.prompt.isEmpty())
            out << indent
                    + tr("Prompt: %1").arg(QString(s.prompt).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (!s.instructions.isEmpty())
            out << indent + QString(s.instructions).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!s.boards.isEmpty())
            out << indent + tr("Boards: %1").arg(s.boards.join(QStringLiteral(", ")));
    }
    out << QString() << sheet.ending;
    if (!sheet.warning.isEmpty())
        out << sheet.warning;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray toMarkdown(const WorkshopData &data)
{
    const Sheet sheet = sheetOf(data);
    QString out;
    out += QStringLiteral("# %1\n\n%2\n\n").arg(md(sheet.title), md(sheet.when));
    if (!sheet.purpose.isEmpty())
        out += md(sheet.purpose) + QStringLiteral("\n\n");
    for (const Section &s : sheet.items) {
        out += QStringLiteral("## %1 · %2\n\n").arg(md(s.time), md(s.title));
        out += QStringLiteral("*%1*\n\n").arg(md(s.about));
        if (!s.prompt.isEmpty())
            out += QStringLiteral("> %1\n\n")
                       .arg(md(s.prompt).replace(QStringLiteral("\\\n"), QStringLiteral("\\\n> ")));
        if (!s.instructions.isEmpty())
            out += md(s.instructions) + QStringLiteral("\n\n");
        if (!s.boards.isEmpty()) {
            QStringList names;
            for (const QString &b : s.boards)
                names << md(b);
            out += tr("Boards: %1").arg(names.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
        }
    }
    out += md(sheet.ending) + QLatin1Char('\n');
    if (!sheet.warning.isEmpty())
        out += QStringLiteral("\n**%1**\n").arg(md(sheet.warning));
    return out.toUtf8();
}

Result<QByteArray> toPdf(const WorkshopData &data)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("A PDF can only be made by a program that can draw text."));
    const Sheet sheet = sheetOf(data);
    // Large, plain type: an agenda is read on a wall or at arm's length, often by someone who
    // asked for large print.
    QString body;
    body += QStringLiteral("<h1>%1</h1><p class='when'>%2</p>").arg(html(sheet.title), html(sheet.when));
    if (!sheet.purpose.isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(html(sheet.purpose));
    body += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='7'>");
    for (const Section &s : sheet.items) {
        QString details
            = QStringLiteral("<b>%1</b><br><span class='about'>%2</span>").arg(html(s.title), html(s.about));
        if (!s.prompt.isEmpty())
            details += QStringLiteral("<br><i>%1</i>").arg(html(s.prompt));
        if (!s.instructions.isEmpty())
            details += QStringLiteral("<br>%1").arg(html(s.instructions));
        if (!s.boards.isEmpty())
            details += QStringLiteral("<br><span class='about'>%1</span>")
                           .arg(html(tr("Boards: %1").arg(s.boards.join(QStringLiteral(", ")))));
        body += QStringLiteral(
            "<tr><td width='24%' valign='top' class='time'>%1</td><td valign='top'>%2</td></tr>")
                    .arg(html(s.time), details);
    }
    body += QStringLiteral("</table><p>%1</p>").arg(html(sheet.ending));
    if (!sheet.warning.isEmpty())
        body += QStringLiteral("<p><b>%1</b></p>").arg(html(sheet.warning));

    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(13);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 22pt; } .when { font-size: 14pt; } "
                                            ".about { color: #4a4038; } .time { font-weight: bold; white-space: nowrap; } "
                                            "td { border-bottom: 1px solid #b8ada0; }"));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(tr("The PDF could not be made in memory."));
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(sheet.title);
        writer.setCreator(QStringLiteral("Common Ground"));
        // No margins of its own: print() keeps 2 cm round the text and numbers the pages.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
            QPageLayout::Millimeter));
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return fail(tr("The PDF could not be made."));
    return bytes;
}

Result<void> exportAgenda(const WorkshopData &data, ExportFormat format, const QString &path)
{
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Text:
        bytes = toText(data).toUtf8();
        break;
    case ExportFormat::Markdown:
        bytes = toMarkdown(data);
        break;
    case ExportFormat::Pdf: {
        auto pdf = toPdf(data);
        if (!pdf)
            return pdf.error();
        bytes = *pdf;
        break;
    }
    }
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isDir())
        return fail(tr("“%1” is a folder; choose a file name.").arg(name));
    if (!info.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    // Unbuffered, so that a short write (a full disk) shows here rather than in a flush that
    // commit() would not report.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(tr("“%1” could not be written: %2").arg(name, file.errorString()));
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString why
                = file.error() == QFileDevice::ResourceError ? tr("the disk is full") : file.errorString();
            file.cancelWriting();
            return fail(
                tr("“%1” could not be written (%2); any earlier file of that name was left as it was.")
                    .arg(name, why));
        }
        done += n;
    }
    if (!file.flush() || !file.commit())
        return fail(tr("“%1” could not be written (%2); any earlier file of that name was left as it was.")
                        .arg(name, file.errorString()));
    return {};
}

} // namespace cg::agenda
