// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// commonground-cli: collects the subcommands and dispatches to one. No logic lives here.
#include "cli.h"

#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    cg::cli::CommandTable table;
    cg::cli::registerWorkshopCommands(table);
    cg::cli::registerConsentCommands(table);
    cg::cli::registerExportCommands(table);
    cg::cli::registerPlanCommands(table);
    cg::cli::registerGroupCommands(table);
    cg::cli::registerSealCommands(table);
    cg::cli::registerRoomCommands(table);
    cg::cli::registerPurgeCommands(table);

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto found = std::find_if(table.begin(), table.end(),
        [&](const cg::cli::Command &command) { return command.name == first; });
    const auto application = cg::cli::makeApplication(argc, argv, found == table.end() ? nullptr : &*found);
    QCoreApplication::setApplicationName(QStringLiteral("commonground-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Common Ground"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    auto overview = [&](QTextStream &to) {
        to << "Usage: commonground-cli COMMAND [ARGUMENTS]\n\n"
              "Works with Common Ground workshop files (.cgw) without the desktop app.\n\nCommands:\n";
        for (const auto &command : table)
            to << "  " << command.name.leftJustified(22) << command.summary << '\n';
        to << "\nRun 'commonground-cli help COMMAND' for the details of one command.\n";
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
        err << "commonground-cli: there is no command called '" << args.at(1) << "'\n";
        return cg::cli::UsageError;
    }
    for (const auto &command : table) {
        if (command.name == name) {
            const QStringList rest = args.mid(1);
            if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
                out << command.help << '\n';
                return cg::cli::Success;
            }
            return command.run(rest);
        }
    }
    err << "commonground-cli: there is no command called '" << name << "'. Run 'commonground-cli --help'.\n";
    return cg::cli::UsageError;
}
