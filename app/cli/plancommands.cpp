// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The planning subcommands (templates, agenda): argument parsing and calls into core.
#include "cli.h"
#include "i18n/localeformat.h"
#include "clisupport.h"

#include "io/templates.h"
#include "planning/agenda.h"
#include "planning/agendaexport.h"
#include "planning/runclock.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdlib>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

// ---- templates ----------------------------------------------------------------------------------

const char *const kTemplatesHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli templates\n\n"
    "Lists the workshop templates: the built-in ones, then your own (saved from the app with\n"
    "File > Save as Template), and says where your own are kept. Use a name with\n"
    "'commonground-cli new FILE --template NAME'.");

int runTemplates(const QStringList &arguments)
{
    const QString &help = tr(kTemplatesHelp);
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

const char *const kAgendaHelp = QT_TRANSLATE_NOOP("cg::cli",
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
    const QString usage = usageLine(tr(kAgendaHelp));
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
            return usageError(
                usage, tr("“%1” is not an agenda format; choose md, pdf or text.").arg(args.value("format")));
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
        stdoutStream << printable(*format == agenda::ExportFormat::Markdown
                ? QString::fromUtf8(agenda::toMarkdown(data))
                : agenda::toText(data));
        return Success;
    }
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return failure(
            tr("The agenda cannot be written over the workshop file itself; choose another name."));
    if (auto written = agenda::exportAgenda(data, *format, out); !written)
        return failure(written.message());
    say(tr("Wrote the agenda to %1.").arg(out));
    return Success;
}

// ---- run ----------------------------------------------------------------------------------------

const char *const kRunHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli run FILE [status|start|pause|resume|next|back|extend|skip|reset] [--minutes "
    "N]\n\n"
    "Runs the day from the command line, as the app's Timekeeping menu does: each step is saved\n"
    "in the workshop at once, so the app (opened now or later) carries on from it.\n\n"
    "  status  where the day stands (the default)\n"
    "  start   start the first item not yet run\n"
    "  pause   stop the clock of the item under way; resume starts it again\n"
    "  next    end the item under way and start the next one\n"
    "  back    go back to the item before, with the time it had left\n"
    "  extend  give the item under way more time (--minutes N, default 5)\n"
    "  skip    leave out the item under way and start the next one\n"
    "  reset   forget every recorded time, extension and skip");

QString clockOf(const QDateTime &time)
{
    return time.isValid() ? i18n::clock(time) : QStringLiteral("--:--");
}

void printStatus(const WorkshopData &data, const RunStatus &status)
{
    using Phase = RunStatus::Phase;
    const AgendaItem *current = data.agendaItems.find(status.currentId);
    switch (status.phase) {
    case Phase::NotStarted:
        say(tr("Not started."));
        break;
    case Phase::Running:
    case Phase::Paused:
        say(tr("Now: %1, %2 %3%4")
                .arg(current->title, RunClock::countdownText(std::abs(status.remainingSeconds)),
                    status.remainingSeconds < 0 ? tr("over") : tr("left"),
                    status.phase == Phase::Paused ? tr(" (paused)") : QString()));
        break;
    case Phase::BetweenItems:
        say(tr("Between items."));
        break;
    case Phase::Finished:
        say(tr("Finished."));
        break;
    }
    if (status.phase != Phase::NotStarted) {
        const int late = status.lateMinutes();
        say(late == 0      ? tr("On time.")
                : late > 0 ? tr("%1 min late.").arg(late)
                           : tr("%1 min ahead.").arg(-late));
    }
    for (const RunSlot &slot : status.slots) {
        const AgendaItem *item = data.agendaItems.find(slot.itemId);
        QString state;
        switch (slot.state) {
        case agenda::RunState::Done:
            state = tr("done");
            break;
        case agenda::RunState::Current:
            state = tr("now");
            break;
        case agenda::RunState::Skipped:
            state = tr("skipped");
            break;
        case agenda::RunState::Upcoming:
            state = status.phase == Phase::NotStarted ? tr("planned") : tr("expected");
            break;
        }
        say(QStringLiteral("  %1–%2  %3  %4")
                .arg(clockOf(slot.start), clockOf(slot.end), state.leftJustified(8), item->title));
    }
}

int runRun(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kRunHelp));
    Arguments args({ "minutes" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().isEmpty() || args.positional().size() > 2)
        return usageError(usage, tr("Name one workshop file, then what to do."));
    const QString path = args.positional().first();
    const QString step = args.positional().value(1, QStringLiteral("status")).toLower();
    static const QStringList steps { QStringLiteral("status"), QStringLiteral("start"),
        QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("next"), QStringLiteral("back"),
        QStringLiteral("extend"), QStringLiteral("skip"), QStringLiteral("reset") };
    if (!steps.contains(step))
        return usageError(usage,
            tr("“%1” is not a step of the run; choose one of %2.")
                .arg(step, steps.join(QStringLiteral(", "))));
    const auto minutes = args.count("minutes", 5);
    if (!minutes || *minutes < 1 || *minutes > 120)
        return usageError(usage, tr("--minutes needs a whole number from 1 to 120."));

    const RunClock clock;
    if (step == QLatin1String("status")) {
        workshopfile::OpenOptions options;
        options.readOnly = true;
        auto session = Session::open(path, options);
        if (!session)
            return failure(session.message());
        printStatus((*session)->data(), clock.status((*session)->data()));
        return Success;
    }
    auto session = Session::open(path);
    if (!session)
        return failure(session.message());
    Session &s = **session;
    if (s.isReadOnly())
        return failure(
            tr("“%1” is read-only, so the run cannot be changed.").arg(QFileInfo(path).fileName()));
    const WorkshopData &data = s.data();
    Result<Edit> edit = step == QLatin1String("start") ? clock.start(data)
        : step == QLatin1String("pause")               ? clock.pause(data)
        : step == QLatin1String("resume")              ? clock.resume(data)
        : step == QLatin1String("next")                ? clock.next(data)
        : step == QLatin1String("back")                ? clock.back(data)
        : step == QLatin1String("extend")              ? clock.extend(data, int(*minutes))
        : step == QLatin1String("skip")                ? clock.skip(data)
                                                       : clock.reset(data);
    const QString text = edit ? edit->text : QString();
    if (auto done = s.perform(std::move(edit)); !done)
        return failure(done.message());
    say(text + QLatin1Char('.'));
    printStatus(s.data(), clock.status(s.data()));
    return Success;
}

} // namespace

void registerPlanCommands(CommandTable &table)
{
    table.push_back(
        { QStringLiteral("templates"), tr("List the workshop templates"), tr(kTemplatesHelp), runTemplates });
    table.push_back({ QStringLiteral("agenda"),
        tr("Print or export a workshop's agenda (text, Markdown, PDF)"), tr(kAgendaHelp), runAgenda, Command::Draws::Text });
    table.push_back({ QStringLiteral("run"),
        tr("Run the day: start, pause, next, back, extend, skip, status"), tr(kRunHelp), runRun });
}

} // namespace cg::cli
