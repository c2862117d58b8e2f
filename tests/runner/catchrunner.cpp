// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "catchrunner.h"

#include <catch2/catch.hpp>

namespace cg::test {

int runCatch(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}

} // namespace cg::test
