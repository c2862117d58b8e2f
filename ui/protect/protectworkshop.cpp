// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protect/protectworkshop.h"

#include "protect/passphrasedialogs.h"
#include "security/seal.h"
#include "session/session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

namespace cg::protectui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::protectui", text);
}

struct Busy
{
    Busy() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~Busy() { QApplication::restoreOverrideCursor(); }
};

struct Wipe
{
    QByteArray &bytes;
    ~Wipe() { seal::wipe(bytes); }
};

QString titleOf(const Session &session)
{
    const QString title = session.workshop().title;
    return title.isEmpty() ? QFileInfo(session.filePath()).completeBaseName() : title;
}

/// Closes the workshop, runs \a rewrite on its file and opens it again (with the key \a rewrite
/// leaves in its Unlocked, so that no passphrase is asked twice).
void rewriteClosed(Session &session, const Hooks &hooks,
    const std::function<Result<protection::Unlocked>(const QString &)> &rewrite, const QString &doneMessage,
    const QString &failedMessage)
{
    const QString path = session.filePath();
    hooks.closeWorkshop(); // the session is gone from here on
    Result<protection::Unlocked> done = fail(QString());
    {
        Busy busy;
        done = rewrite(path);
    }
    hooks.openWorkshop(path);
    if (!done)
        hooks.error(failedMessage.arg(done.message()));
    else
        hooks.status(doneMessage);
}

/// Checks \a passphrase before the workshop is closed, so that a mistyped one leaves it open.
bool passphraseWorks(
    Session &session, const QByteArray &passphrase, const Hooks &hooks, const QString &failedMessage)
{
    Result<protection::Unlocked> checked = fail(QString());
    {
        Busy busy;
        checked = protection::unlock(session.filePath(), passphrase);
    }
    if (!checked)
        hooks.error(failedMessage.arg(checked.message()));
    return checked.ok();
}

} // namespace

bool unlockForOpening(QWidget *parent, const QString &path, protection::Unlocked &unlocked)
{
    if (!protection::isProtected(path) || protection::isUnlocked(path))
        return true;
    // A passphrase given on the command line (--passphrase-file) opens it without asking; a wrong
    // one still leaves the prompt.
    if (protection::ensureUnlocked(path))
        return true;
    PassphrasePrompt prompt(
        QFileInfo(path).fileName(),
        [&](const QByteArray &passphrase) {
            auto key = protection::unlock(path, passphrase);
            if (!key)
                return key.message();
            unlocked = *key;
            return QString();
        },
        parent);
    return prompt.exec() == QDialog::Accepted && unlocked.isValid();
}

void protectWorkshop(QWidget *parent, Session &session, const Hooks &hooks)
{
    ProtectDialog dialog(ProtectDialog::Purpose::Protect, titleOf(session), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray passphrase = dialog.passphrase();
    Wipe wipe { passphrase };
    rewriteClosed(
        session, hooks, [&](const QString &path) { return protection::protect(path, passphrase); },
        tr("The workshop is now protected with a passphrase. Keep the passphrase safe: it cannot be "
           "recovered."),
        tr("The workshop was not protected, and is as it was: %1"));
}

void changePassphrase(QWidget *parent, Session &session, const Hooks &hooks)
{
    ProtectDialog dialog(ProtectDialog::Purpose::Change, titleOf(session), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray current = dialog.currentPassphrase();
    QByteArray passphrase = dialog.passphrase();
    Wipe wipeCurrent { current };
    Wipe wipe { passphrase };
    if (!passphraseWorks(session, current, hooks, tr("The passphrase was not changed: %1")))
        return;
    rewriteClosed(
        session, hooks,
        [&](const QString &path) { return protection::changePassphrase(path, current, passphrase); },
        tr("The passphrase was changed; the old one no longer opens the workshop."),
        tr("The passphrase was not changed: %1"));
}

void removeProtection(QWidget *parent, Session &session, const Hooks &hooks)
{
    RemoveProtectionDialog dialog(titleOf(session), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray passphrase = dialog.passphrase();
    Wipe wipe { passphrase };
    if (!passphraseWorks(session, passphrase, hooks, tr("The protection was not removed: %1")))
        return;
    rewriteClosed(
        session, hooks,
        [&](const QString &path) -> Result<protection::Unlocked> {
            if (auto done = protection::unprotect(path, passphrase); !done)
                return done.error();
            return protection::Unlocked();
        },
        tr("The workshop is no longer protected: its file is not encrypted."),
        tr("The protection was not removed: %1"));
}

} // namespace cg::protectui
