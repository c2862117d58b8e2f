// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace cg::cli {

/// Exit codes of commonground-cli.
enum Exit { Success = 0, Failure = 1, UsageError = 2 };

/// One subcommand: its name, a one-line summary for the overview, the full help text shown by
/// `commonground-cli help NAME` / `NAME --help`, and what it does with its own arguments
/// (everything after the subcommand name).
struct Command
{
    QString name;
    QString summary;
    QString help;
    std::function<int(const QStringList &arguments)> run;
};

using CommandTable = std::vector<Command>;

/// Each file of subcommands registers its own; main() only collects and dispatches.
void registerWorkshopCommands(CommandTable &table);  // workshopcommands.cpp: new, info, check, add-note, ...
void registerConsentCommands(CommandTable &table);   // consentcommands.cpp: consent, withdraw, registers
void registerGroupCommands(CommandTable &table);     // groupcommands.cpp: groups

} // namespace cg::cli
