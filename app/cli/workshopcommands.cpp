// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

namespace cg::cli {

void registerWorkshopCommands(CommandTable &)
{
}

} // namespace cg::cli
