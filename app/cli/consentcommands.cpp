// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

namespace cg::cli {

void registerConsentCommands(CommandTable &)
{
    // consent, withdraw, consent-register and payments arrive with the consent work (issue 4).
}

} // namespace cg::cli
