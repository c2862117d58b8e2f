// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// commonground-cli: collects the subcommands and dispatches to one. No logic lives here.
#include "cli.h"
#include "clisupport.h"
#include "i18n/translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

void registerAll(cg::cli::CommandTable &table)
{
    cg::cli::registerWorkshopCommands(table);
    cg::cli::registerConsentCommands(table);
    cg::cli::registerExportCommands(table);
    cg::cli::registerPlanCommands(table);
    cg::cli::registerGroupCommands(table);
    cg::cli::registerSealCommands(table);
    cg::cli::registerRoomCommands(table);
    cg::cli::registerPurgeCommands(table);
    cg::cli::registerProtectCommands(table);
    cg::cli::registerTableCommands(table);
}

} // namespace

int main(int argc, char *argv[])
{
    cg::cli::CommandTable table;
    registerAll(table);

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto found = std::find_if(table.begin(), table.end(),
        [&](const cg::cli::Command &command) { return command.name == first; });
    const auto application = cg::cli::makeApplication(argc, argv, found == table.end() ? nullptr : &*found);
    QCoreApplication::setApplicationName(QStringLiteral("commonground-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Common Ground"));
    // The system's language (or COMMONGROUND_LANGUAGE); then the commands again, so that their
    // summaries and help are made in it.
    cg::i18n::install(*application);
    table.clear();
    registerAll(table);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    auto overview = [&](QTextStream &to) {
        to << tr("Usage: commonground-cli COMMAND [ARGUMENTS]\n\n"
                 "Works with Common Ground workshop files (.cgw) without the desktop app.\n\nCommands:\n");
        for (const auto &command : table)
            to << "  " << command.name.leftJustified(22) << command.summary << '\n';
        to << tr("\nRun 'commonground-cli help COMMAND' for the details of one command.\n");
    };
    if (args.isEmpty()) {
        overview(err);
        return cg::cli::UsageError;
    }
    const QString name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        overview(out);
        return cg::cli::Success;
    }
    if (name == QLatin1String("help")) {
        if (args.size() < 2) {
            overview(out);
            return cg::cli::Success;
        }
        for (const auto &command : table) {
            if (command.name == args.at(1)) {
                out << command.help << '\n';
                return cg::cli::Success;
            }
        }
        err << tr("commonground-cli: there is no command called '%1'\n").arg(args.at(1));
        return cg::cli::UsageError;
    }
    for (const auto &command : table) {
        if (command.name == name) {
            const QStringList rest = args.mid(1);
            if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
                out << command.help << '\n';
                return cg::cli::Success;
            }
            return cg::cli::runWithPassphrase(command, rest);
        }
    }
    err << tr("commonground-cli: there is no command called '%1'. Run 'commonground-cli --help'.\n").arg(name);
    return cg::cli::UsageError;
}
