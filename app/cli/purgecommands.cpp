// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// purge: the retention purge. Argument handling only; what goes and what stays is decided in
// core (commands/purge.h).
#include "cli.h"
#include "clisupport.h"

#include "commands/purge.h"
#include "session/session.h"

#include <QCoreApplication>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

const char *const kPurgeHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli purge FILE [--preview] [--force] [--by NAME]\n\n"
    "Purges the personal data of a workshop whose retention date has come: every person's name\n"
    "is replaced by their pseudonym, and their organisation, email address, phone number, access\n"
    "needs and private notes are removed; payment records, seating rules and photos showing\n"
    "people are deleted. Notes, votes, feedback, themes, actions and the consent history stay,\n"
    "shown under pseudonyms. The purge is recorded in the audit trail (in numbers only), the undo\n"
    "history and every rolling backup of the file are removed, and nothing purged is left in the\n"
    "file's bytes. It cannot be undone.\n\n"
    "  --preview   say exactly what would go and what stays, and change nothing\n"
    "  --force     purge before the retention date (or when none is set)\n"
    "  --by NAME   who purged it, for the audit trail (default: your user name)\n\n"
    "Exit status: 0 done (or previewed), 1 refused or failed (nothing changed), 2 wrong arguments.");

int runPurge(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kPurgeHelp));
    Arguments args({ "by" }, { "preview", "force" });
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    const bool previewOnly = args.isSet("preview");
    auto opened = openSession(args.positional().first(), previewOnly);
    if (!opened)
        return failure(opened.message());
    Session &session = **opened;
    const WorkshopData &data = session.data();
    const PurgeCounts counts = purge::preview(data);
    const QDate today = session.now().toLocalTime().date();

    if (previewOnly) {
        if (counts.nothing()) {
            say(tr("There is no personal data left to purge in this workshop."));
            return Success;
        }
        if (auto due = purge::allowed(data.workshop, today, false); !due)
            say(due.message());
        say(tr("A purge would do this:"));
        for (const QString &line : purge::goingLines(counts))
            say(QStringLiteral("  - ") + line);
        say(tr("What stays:"));
        for (const QString &line : purge::stayingLines(data))
            say(QStringLiteral("  - ") + line);
        return Success;
    }

    if (auto due = purge::allowed(data.workshop, today, args.isSet("force")); !due)
        return failure(due.message() + QLatin1Char(' ') + tr("Use --force to purge now, or --preview to see what would go."));
    PurgeCounts done;
    if (auto purged = session.recordIrreversibly(
            edits::purgePersonalData(data, actorOr(args), session.now(), args.isSet("force"), &done));
        !purged)
        return failure(purged.message());
    say(tr("Purged the personal data:"));
    for (const QString &line : purge::goingLines(done))
        say(QStringLiteral("  - ") + line);
    return Success;
}

} // namespace

void registerPurgeCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("purge"), tr("Purge personal data once the retention date has come"),
        tr(kPurgeHelp), runPurge });
}

} // namespace cg::cli
