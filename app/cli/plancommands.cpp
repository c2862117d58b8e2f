// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The planning subcommands (templates, agenda): argument parsing and calls into core.
#include "cli.h"
#include "clisupport.h"

#include "io/templates.h"
#include "planning/agenda.h"
#include "planning/agendaexport.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

// ---- templates ----------------------------------------------------------------------------------

const QString kTemplatesHelp = QStringLiteral(
    "Usage: commonground-cli templates\n\n"
    "Lists the workshop templates: the built-in ones, then your own (saved from the app with\n"
    "File > Save as Template), and says where your own are kept. Use a name with\n"
    "'commonground-cli new FILE --template NAME'.");

int runTemplates(const QStringList &arguments)
{
    const QString &help = kTemplatesHelp;
    Arguments args({}, {});
    if (!args.parse(arguments))
        return usageError(usageLine(help), args.error());
    if (!args.positional().isEmpty())
        return usageError(usageLine(help), tr("This command takes no file."));
    const QList<io::templates::Entry> entries = io::templates::available(io::templates::userFolder());
    qsizetype width = 0;
    for (const io::templates::Entry &e : entries)
        width = std::max(width, e.name.size());
    bool ownHeading = false;
    for (const io::templates::Entry &e : entries) {
        if (!e.builtIn && !ownHeading) {
            say(QString());
            say(tr("Your own templates:"));
            ownHeading = true;
        }
        say(QStringLiteral("%1  %2 (%3, %4 items)")
                .arg(e.name.leftJustified(width), e.title, agenda::durationText(e.minutes))
                .arg(e.items));
    }
    say(QString());
    say(tr("Your own templates are kept in %1.").arg(QDir::toNativeSeparators(io::templates::userFolder())));
    return Success;
}

// ---- agenda -------------------------------------------------------------------------------------

const QString kAgendaHelp = QStringLiteral(
    "Usage: commonground-cli agenda FILE [--format md|pdf|text] [-o OUT]\n\n"
    "Prints the workshop's agenda for the room: each item with its time, length, prompt,\n"
    "instructions and boards, and when the day ends (with a warning when it runs past the\n"
    "venue's end time). It names nobody. The file is only read.\n\n"
    "Options:\n"
    "  -o, --output OUT  write it to OUT instead (replaced only once the new one is complete)\n"
    "  --format F        md (Markdown), pdf or text; by default what OUT's name ends with,\n"
    "                    else text");

int runAgenda(const QStringList &arguments)
{
    const QString usage = usageLine(kAgendaHelp);
    Arguments args({ "format", "output", "o" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    const QString out = args.isSet("output") ? args.value("output") : args.value("o");
    std::optional<agenda::ExportFormat> format;
    if (args.isSet("format")) {
        format = agenda::exportFormatFromName(args.value("format"));
        if (!format)
            return usageError(usage, tr("“%1” is not an agenda format; choose md, pdf or text.").arg(args.value("format")));
    } else if (!out.isEmpty()) {
        format = agenda::exportFormatForPath(out);
    }
    if (!format)
        format = agenda::ExportFormat::Text;
    if (out.isEmpty() && *format == agenda::ExportFormat::Pdf)
        return usageError(usage, tr("A PDF goes to a file: say where with -o OUT."));

    const QString path = args.positional().first();
    workshopfile::OpenOptions options;
    options.readOnly = true;
    auto session = Session::open(path, options);
    if (!session)
        return failure(session.message());
    const WorkshopData &data = (*session)->data();
    if (out.isEmpty()) {
        QTextStream stdoutStream(stdout);
        stdoutStream << (*format == agenda::ExportFormat::Markdown ? QString::fromUtf8(agenda::toMarkdown(data))
                                                                   : agenda::toText(data));
        return Success;
    }
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return failure(tr("The agenda cannot be written over the workshop file itself; choose another name."));
    if (auto written = agenda::exportAgenda(data, *format, out); !written)
        return failure(written.message());
    say(tr("Wrote the agenda to %1.").arg(out));
    return Success;
}

} // namespace

void registerPlanCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("templates"), tr("List the workshop templates"), kTemplatesHelp, runTemplates });
    table.push_back({ QStringLiteral("agenda"), tr("Print or export a workshop's agenda (text, Markdown, PDF)"),
        kAgendaHelp, runAgenda, true });
}

} // namespace cg::cli
