// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QCoreApplication;

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
    /// What the command draws, and so which application object main() makes for it: a plain
    /// QCoreApplication; a QGuiApplication on the offscreen platform for laying out text (a PDF:
    /// fonts need one); a QApplication for board pictures (the canvas's painting code is in the
    /// widgets library). Never a window either way.
    enum class Draws { Nothing, Text, Widgets };
    Draws draws = Draws::Nothing;
};

using CommandTable = std::vector<Command>;

/// Each file of subcommands registers its own; main() only collects and dispatches.
void registerWorkshopCommands(CommandTable &table);  // workshopcommands.cpp: new, info, check, add-note, ...
void registerConsentCommands(CommandTable &table);   // consentcommands.cpp: consent, withdraw, registers
void registerExportCommands(CommandTable &table);    // exportcommands.cpp: export
void registerPlanCommands(CommandTable &table);      // plancommands.cpp: templates, agenda
void registerGroupCommands(CommandTable &table);     // groupcommands.cpp: groups
void registerSealCommands(CommandTable &table);      // sealcommands.cpp: seal, unseal
void registerRoomCommands(CommandTable &table);      // roomcommands.cpp: room
void registerPurgeCommands(CommandTable &table);     // purgecommands.cpp: purge
void registerProtectCommands(CommandTable &table);   // protectcommands.cpp: protect, unprotect, change-passphrase
void registerTableCommands(CommandTable &table);     // tablecommands.cpp: tables, merge

/// The application object for running \a command (see Command::draws).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, const Command *command);

} // namespace cg::cli
