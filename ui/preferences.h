// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace cg {

/// What the facilitator can set once for every workshop. Stored in the settings the app was
/// given, never in a workshop file (a file is handed to the community partner).
struct Preferences
{
    QString facilitatorName; // shown as "recorded by" on consent decisions
    int interfaceTextSize = 11; // points, for the whole window
    int presenterTextSize = 40; // points, for prompts on the projector
    bool reopenLastWorkshop = false;
    int backupsToKeep = 5; // rolling backups beside each workshop (backups::defaultKeep); 0 for none
    bool highContrast = false; // black on white, thick edges, notes told apart without colour (look.h)

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const Preferences &) const = default;
};

} // namespace cg
