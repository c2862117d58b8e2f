// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "security/seal.h"

#include <QByteArray>
#include <QString>

namespace cg {
class Session;
}

namespace cg::seal {

/// Hands the open workshop over securely: seals a consistent snapshot (sealWorkshop), writes it
/// to \a path (atomically, readable by the owner only) and records the hand-over in the audit
/// trail as an export (counts only). The file is written even when the audit record fails; then
/// \a auditProblem says so. The one path shared by the app and the command line.
Result<void> handOverWorkshop(Session &session, const QByteArray &passphrase, const QString &path,
    const QString &actor, QString *auditProblem = nullptr, const Parameters &parameters = Parameters::standard());

} // namespace cg::seal
