// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg::resources {

/// The application icon inside the app's resources.
QString appIconPath();

} // namespace cg::resources
