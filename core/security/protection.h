// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "security/cryptovfs.h"
#include "security/seal.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace cg::protection {

/// Protected workshops: a workshop file (and its journal and backups) encrypted at rest with a
/// key worked out from a passphrase, through the encrypting VFS (security/cryptovfs.h).
///
/// Opening one needs its key in this process first: unlock() works it out from the passphrase
/// (Argon2id, the same derivation as sealing) and checks it against the file's key check, so a
/// wrong passphrase is told apart from damage. protect(), unprotect() and changePassphrase()
/// rewrite the whole file beside itself, sync it and rename it over the original, then remove
/// its backups, so that no copy under the old key or in the clear is left behind. Nothing
/// recovers a lost passphrase: there is no second key and no way around it (docs/decisions.md).

/// True when the file at \a path begins like a protected workshop.
bool isProtected(const QString &path);
bool looksProtected(const QByteArray &start);

/// A key worked out for a protected file, kept for as long as this lives (and, after that, for
/// as long as a file opened with it stays open); then wiped.
class Unlocked
{
public:
    Unlocked() = default;
    explicit Unlocked(cryptovfs::KeyPtr key)
        : m_key(std::move(key))
    {
    }
    bool isValid() const { return m_key != nullptr; }
    const cryptovfs::KeyPtr &key() const { return m_key; }

private:
    cryptovfs::KeyPtr m_key;
};

/// Works out the key of the protected file at \a path from \a passphrase. Refuses a wrong
/// passphrase (or a changed header) and a file that is not protected.
Result<Unlocked> unlock(const QString &path, const QByteArray &passphrase);

/// Passphrases the command line was given (--passphrase-file): while one lives, opening a
/// protected file whose key is not known yet tries it. With an empty passphrase it only says,
/// with \a missingMessage, how to give one.
class PassphraseOffer
{
public:
    PassphraseOffer(QByteArray passphrase, QString missingMessage);
    ~PassphraseOffer();
    PassphraseOffer(const PassphraseOffer &) = delete;
    PassphraseOffer &operator=(const PassphraseOffer &) = delete;

private:
    friend Result<void> ensureUnlocked(const QByteArray &header, const QString &fileName);
/// The same for the file at \a path (a plain file needs nothing).
Result<void> ensureUnlocked(const QString &path);
    /// True when the key of the protected file at \a path is known in this process.
    bool isUnlocked(const QString &path);
    QByteArray m_passphrase;
    QString m_missing;
    std::vector<cryptovfs::KeyPtr> m_keys;
};

/// For opening: null when the key of the protected file beginning with \a header is known (or
/// an offered passphrase gives it), otherwise why it cannot be opened.
Result<void> ensureUnlocked(const QByteArray &header, const QString &fileName);
/// The same for the file at \a path (a plain file needs nothing).
Result<void> ensureUnlocked(const QString &path);
/// True when the key of the protected file at \a path is known in this process.
bool isUnlocked(const QString &path);

/// Protects the (plain) workshop at \a path with \a passphrase; the new key comes back, so that
/// the caller can open the file again without working it out a second time.
Result<Unlocked> protect(const QString &path, const QByteArray &passphrase,
    const seal::Parameters &parameters = seal::Parameters::standard());
/// Makes the protected workshop at \a path plain again.
Result<void> unprotect(const QString &path, const QByteArray &passphrase);
/// Protects the workshop at \a path with \a newPassphrase instead of \a oldPassphrase.
Result<Unlocked> changePassphrase(const QString &path, const QByteArray &oldPassphrase,
    const QByteArray &newPassphrase, const seal::Parameters &parameters = seal::Parameters::standard());

/// A plain copy at \a destination of the protected file at \a source whose key is known (for
/// sealing a protected workshop: the sealed file has its own passphrase).
Result<void> plainCopy(const QString &source, const QString &destination);

/// Advice on a passphrase being chosen, in plain words (empty when it looks strong).
QString strengthAdvice(const QString &passphrase);

/// The message for a protected file that was changed outside Common Ground.
QString damagedMessage();

} // namespace cg::protection

namespace cg {
class Database;
}

namespace cg::workshopfile {

/// workshopfile::saveCopy() (storage/workshopfile.cpp), protected with \a key (null: a plain
/// copy); with \a replaceSource the copy may be renamed over \a db's own file (protecting,
/// unprotecting, changing the passphrase). Declared here so that the header every part of the
/// app includes does not change; saveCopy() itself protects a copy like its source.
Result<void> saveCopyAs(Database &db, const QString &destination,
    const std::shared_ptr<const cryptovfs::Key> &key, bool replaceSource);

} // namespace cg::workshopfile
