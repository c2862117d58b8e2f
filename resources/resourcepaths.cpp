// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcepaths.h"

namespace cg::resources {

QString appIconPath()
{
    return QStringLiteral(":/icons/commonground.svg");
}

} // namespace cg::resources
