// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tables and merge: one laptop per table. Argument handling only; what a copy holds and how it
// comes back is decided in core (merge/tablecopies.h).
#include "cli.h"
#include "clisupport.h"

#include "merge/tablecopies.h"
#include "platform/terminal.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

const char *const kTablesHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli tables FILE --prepare DIR\n\n"
    "Prepares one table copy per breakout group in DIR, each named after its group\n"
    "(\"Table 1.cgw\"), for tables that capture on their own laptops without a network. A copy\n"
    "holds its group, the group's boards with their photos, the agenda and the people list with\n"
    "everyone's consent (without contact details or private notes), and knows which workshop it\n"
    "came from. Open it on the table's laptop like any workshop; bring it back with\n"
    "`commonground-cli merge`.\n\n"
    "  --prepare DIR   the folder to write the copies into (made if missing; existing files are\n"
    "                  never overwritten)\n\n"
    "Exit status: 0 done, 1 refused or failed (nothing written), 2 wrong arguments.");

const char *const kMergeHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli merge FILE COPY... [--preview] [--accept theirs|ours|ask] [--by NAME]\n\n"
    "Brings table copies back into the lead facilitator's workshop FILE, offline, in any order,\n"
    "each once, in one step (all of them or nothing). Notes, people's changes and every consent\n"
    "decision from each copy arrive; a withdrawal recorded anywhere counts. When the same thing\n"
    "was changed in two places, or changed where it was deleted elsewhere, the merge lists the\n"
    "conflicts and stops unless --accept says how to settle them.\n\n"
    "  --preview        say what would arrive and list the conflicts; change nothing\n"
    "  --accept theirs  settle every conflict the table's way\n"
    "  --accept ours    settle every conflict this file's way\n"
    "  --accept ask     ask about each conflict (needs a terminal)\n"
    "  --by NAME        who merged, for the audit trail (default: your user name)\n\n"
    "Exit status: 0 merged (or previewed), 1 refused, conflicts unsettled or failed (nothing\n"
    "changed), 2 wrong arguments.");

int runTables(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kTablesHelp));
    Arguments args({ "prepare" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    if (!args.isSet("prepare") || args.value("prepare").isEmpty())
        return usageError(usage, tr("Say where to put the copies with --prepare DIR."));
    auto opened = openSession(args.positional().first(), true);
    if (!opened)
        return failure(opened.message());
    auto made = tablecopies::prepare(**opened, args.value("prepare"));
    if (!made)
        return failure(made.message());
    say(tr("Prepared %1 table copies:").arg(made->size()));
    for (const tablecopies::PreparedCopy &copy : *made)
        say(QStringLiteral("  - %1: %2").arg(copy.groupName, copy.path));
    return Success;
}

void listConflicts(const std::vector<tablecopies::Conflict> &conflicts)
{
    for (std::size_t i = 0; i < conflicts.size(); ++i)
        say(QStringLiteral("  %1. %2").arg(i + 1).arg(conflicts[i].words));
}

std::optional<tablecopies::Choice> askOnTerminal(const tablecopies::Conflict &conflict)
{
    QTextStream in(stdin);
    for (int tries = 0; tries < 5; ++tries) {
        say(conflict.words);
        say(tr("  t) %1   o) %2").arg(conflict.theirsWords, conflict.oursWords));
        std::fputs(qPrintable(tr("Your choice [t/o]: ")), stdout);
        std::fflush(stdout);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer.isNull())
            return std::nullopt; // end of input: no answer
        if (answer == QStringLiteral("t") || answer == QStringLiteral("theirs"))
            return tablecopies::Choice::Theirs;
        if (answer == QStringLiteral("o") || answer == QStringLiteral("ours"))
            return tablecopies::Choice::Ours;
    }
    return std::nullopt;
}

int runMerge(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kMergeHelp));
    Arguments args({ "accept", "by" }, { "preview" });
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() < 2)
        return usageError(usage, tr("Name the workshop file and at least one table copy."));
    const QString accept = args.value("accept");
    if (args.isSet("accept") && accept != QStringLiteral("theirs") && accept != QStringLiteral("ours")
        && accept != QStringLiteral("ask"))
        return usageError(usage, tr("--accept takes theirs, ours or ask."));
    if (accept == QStringLiteral("ask") && !platform::isInteractiveTerminal())
        return failure(tr("--accept ask needs a terminal to ask on; use --accept theirs or --accept ours instead."));
    QStringList copies = args.positional();
    const QString file = copies.takeFirst();
    auto opened = openSession(file, false);
    if (!opened)
        return failure(opened.message());
    Session &session = **opened;

    // With --accept every conflict has an answer, so the merge itself is all there is to do: a
    // preview first would do the same work twice (it is the same merge, rolled back).
    if (args.isSet("preview") || !args.isSet("accept")) {
        auto preview = tablecopies::merge(session, copies, true, {}, actorOr(args));
        if (!preview)
            return failure(preview.message());
        if (args.isSet("preview") || !preview->conflicts.empty()) {
            say(tr("Merging %1 would bring in:").arg(preview->copies.join(QStringLiteral(", "))));
            if (preview->lines.isEmpty())
                say(tr("  nothing new"));
            for (const QString &line : preview->lines)
                say(QStringLiteral("  - ") + line);
            if (preview->conflicts.empty()) {
                say(tr("No conflicts."));
            } else {
                say(tr("Conflicts (%1):").arg(preview->conflicts.size()));
                listConflicts(preview->conflicts);
            }
            if (args.isSet("preview"))
                return Success;
            return failure(tr("Nothing was merged: say how to settle the conflicts with --accept theirs, --accept ours "
                              "or --accept ask."));
        }
    }
    tablecopies::Decide decide;
    if (accept == QStringLiteral("theirs"))
        decide = [](const tablecopies::Conflict &) { return std::optional(tablecopies::Choice::Theirs); };
    else if (accept == QStringLiteral("ours"))
        decide = [](const tablecopies::Conflict &) { return std::optional(tablecopies::Choice::Ours); };
    else if (accept == QStringLiteral("ask"))
        decide = askOnTerminal;
    else
        decide = [](const tablecopies::Conflict &) { return std::optional(tablecopies::Choice::Ours); }; // none
    auto merged = tablecopies::merge(session, copies, false, decide, actorOr(args));
    if (!merged)
        return failure(merged.message());
    say(tr("Merged %1:").arg(merged->copies.join(QStringLiteral(", "))));
    if (merged->lines.isEmpty())
        say(tr("  nothing new"));
    for (const QString &line : merged->lines)
        say(QStringLiteral("  - ") + line);
    if (!merged->conflicts.empty())
        say(tr("%1 conflicts settled.").arg(merged->conflicts.size()));
    return Success;
}

} // namespace

void registerTableCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("tables"), tr("Prepare one copy per table, for laptops without a network"),
        tr(kTablesHelp), runTables });
    table.push_back({ QStringLiteral("merge"), tr("Bring table copies back into the workshop"), tr(kMergeHelp),
        runMerge });
}

} // namespace cg::cli
