// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/protection.h"

#include <QString>

#include <functional>

class QWidget;

namespace cg {
class Session;
}

namespace cg::protectui {

/// What the main window gives the protection steps: closing and opening the workshop (the file is
/// rewritten while it is closed) and telling the facilitator about success and failure.
struct Hooks
{
    std::function<void()> closeWorkshop;
    std::function<bool(const QString &)> openWorkshop;
    std::function<void(const QString &)> status;
    std::function<void(const QString &)> error;
};

/// Before a file is opened: when it is protected and its key is not known yet, asks for its
/// passphrase (retrying on a wrong one) and keeps the key in \a unlocked. False when the
/// facilitator cancelled; true when there is nothing to ask or the passphrase worked.
bool unlockForOpening(QWidget *parent, const QString &path, protection::Unlocked &unlocked);

/// File → Protect with Passphrase…, Change Passphrase…, Remove Protection…: the dialog, then the
/// rewrite (busy cursor) with the workshop closed, then the workshop opened again.
void protectWorkshop(QWidget *parent, Session &session, const Hooks &hooks);
void changePassphrase(QWidget *parent, Session &session, const Hooks &hooks);
void removeProtection(QWidget *parent, Session &session, const Hooks &hooks);

} // namespace cg::protectui
