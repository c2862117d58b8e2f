// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "storage/backups.h"

#include <QSettings>

#include <algorithm>

namespace cg {

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.facilitatorName = settings.value(QStringLiteral("preferences/facilitatorName")).toString();
    p.interfaceTextSize = std::clamp(
        settings.value(QStringLiteral("preferences/interfaceTextSize"), p.interfaceTextSize).toInt(), 8, 28);
    p.presenterTextSize = std::clamp(
        settings.value(QStringLiteral("preferences/presenterTextSize"), p.presenterTextSize).toInt(), 16, 96);
    p.reopenLastWorkshop = settings.value(QStringLiteral("preferences/reopenLastWorkshop"), false).toBool();
    p.backupsToKeep = std::clamp(
        settings.value(QStringLiteral("preferences/backupsToKeep"), p.backupsToKeep).toInt(), 0, backups::maxKeep);
    p.highContrast = settings.value(QStringLiteral("preferences/highContrast"), false).toBool();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("preferences/facilitatorName"), facilitatorName);
    settings.setValue(QStringLiteral("preferences/interfaceTextSize"), interfaceTextSize);
    settings.setValue(QStringLiteral("preferences/presenterTextSize"), presenterTextSize);
    settings.setValue(QStringLiteral("preferences/reopenLastWorkshop"), reopenLastWorkshop);
    settings.setValue(QStringLiteral("preferences/backupsToKeep"), backupsToKeep);
    settings.setValue(QStringLiteral("preferences/highContrast"), highContrast);
}

} // namespace cg
