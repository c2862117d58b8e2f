// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/protection.h"

#include "storage/backups.h"
#include "storage/database.h"
#include "storage/workshopfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace cg::protection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::protection", text);
}

// The layout of the header's identity bytes (docs/file-format.md, "Protected workshops").
constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kAlgArgon2id = 2;
constexpr int kOps = 12;
constexpr int kMem = 16;
constexpr int kSalt = 24;
constexpr int kReserve = 60;
constexpr int kCheck = 64;
constexpr int kCheckBytes = 32;
static_assert(kSalt + int(crypto_pwhash_SALTBYTES) == cryptovfs::fileIdOffset);
static_assert(kCheck + kCheckBytes == cryptovfs::identitySize);

// The offers of the command line; process-wide like the key registry they feed.
std::mutex g_offersMutex;
std::vector<PassphraseOffer *> g_offers;

Error wrongPassphrase()
{
    return fail(tr("That is not the passphrase this workshop was protected with. Check it (capital letters "
                   "count) and try again."));
}

/// The key check: a keyed BLAKE2b hash of the identity bytes before it, so that a wrong
/// passphrase is found before any page is read, and a changed header is found too.
void keyCheck(unsigned char (&out)[kCheckBytes], const QByteArray &identity, const unsigned char *key)
{
    crypto_generichash(out, kCheckBytes, reinterpret_cast<const unsigned char *>(identity.constData()),
        kCheck, key, cryptovfs::keyBytes);
}

Result<cryptovfs::KeyPtr> newKey(const QByteArray &passphrase, const seal::Parameters &parameters)
{
    if (auto usable = seal::checkPassphrase(passphrase); !usable)
        return usable.error();
    if (!seal::parametersAllowed(parameters.opsLimit, parameters.memLimit))
        return fail(tr("The key settings are outside what Common Ground allows."));
    auto key = std::make_shared<cryptovfs::Key>();
    QByteArray id(cryptovfs::identitySize, '\0');
    auto *p = reinterpret_cast<unsigned char *>(id.data());
    std::memcpy(p, cryptovfs::magic, cryptovfs::magicSize);
    p[8] = kVersion;
    p[9] = kAlgArgon2id;
    qToLittleEndian(std::uint32_t(parameters.opsLimit), p + kOps);
    qToLittleEndian(std::uint64_t(parameters.memLimit), p + kMem);
    randombytes_buf(p + kSalt, crypto_pwhash_SALTBYTES);
    randombytes_buf(p + cryptovfs::fileIdOffset, cryptovfs::fileIdBytes);
    qToLittleEndian(std::uint32_t(cryptovfs::reserveBytes), p + kReserve);
    if (auto derived = seal::deriveKey(
            key->bytes, sizeof key->bytes, passphrase, p + kSalt, parameters.opsLimit, parameters.memLimit);
        !derived)
        return derived.error();
    unsigned char check[kCheckBytes];
    keyCheck(check, id, key->bytes);
    std::memcpy(p + kCheck, check, kCheckBytes);
    key->identity = id;
    return cryptovfs::KeyPtr(std::move(key));
}

Result<cryptovfs::KeyPtr> keyFromHeader(const QByteArray &header, const QByteArray &passphrase)
{
    if (header.size() < cryptovfs::identitySize || !looksProtected(header))
        return fail(tr("This workshop file is not protected, or its first bytes are damaged."));
    const auto *p = reinterpret_cast<const unsigned char *>(header.constData());
    if (p[8] != kVersion)
        return fail(tr("This workshop was protected by a newer version of Common Ground (format %1); update "
                       "Common Ground to open it.")
                        .arg(p[8]));
    const std::uint64_t ops = qFromLittleEndian<std::uint32_t>(p + kOps);
    const std::uint64_t mem = qFromLittleEndian<std::uint64_t>(p + kMem);
    if (p[9] != kAlgArgon2id || !seal::parametersAllowed(ops, mem)
        || qFromLittleEndian<std::uint32_t>(p + kReserve) != std::uint32_t(cryptovfs::reserveBytes))
        return fail(damagedMessage());
    if (passphrase.isEmpty() || passphrase.size() > 4096)
        return wrongPassphrase();
    auto key = std::make_shared<cryptovfs::Key>();
    if (auto derived = seal::deriveKey(key->bytes, sizeof key->bytes, passphrase, p + kSalt, ops, mem);
        !derived)
        return derived.error();
    QByteArray id = header.left(cryptovfs::identitySize);
    std::memset(id.data() + cryptovfs::pageSizeOffset, 0, 4);
    unsigned char check[kCheckBytes];
    keyCheck(check, id, key->bytes);
    if (sodium_memcmp(check, p + kCheck, kCheckBytes) != 0)
        return wrongPassphrase();
    key->identity = id;
    return cryptovfs::KeyPtr(std::move(key));
}

QByteArray readStart(const QString &path, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(size);
}

/// Rewrites the workshop at \a path under \a key (null: plain) beside itself and renames it
/// over the original; then removes every backup, old key or plain.
Result<void> rewrite(const QString &path, const cryptovfs::KeyPtr &key)
{
    auto opened = workshopfile::open(path);
    if (!opened)
        return opened.error();
    if (opened->readOnly)
        return fail(tr("“%1” can only be read, so its protection cannot be changed: %2")
                        .arg(QFileInfo(path).fileName(), opened->readOnlyReason));
    auto written = workshopfile::saveCopyAs(*opened->db, path, key, true);
    workshopfile::releaseJournal(*opened->db);
    opened->db.reset();
    if (!written)
        return written.error();
    if (auto removed = backups::removeAll(path); !removed)
        return fail(
            tr("The workshop itself was rewritten, but its older backups could not all be removed, and "
               "they are not protected the new way: %1")
                .arg(removed.message()));
    // The copy of an older file format kept beside it when it was upgraded ("NAME.v1-backup.cgw")
    // is plain: once the workshop is protected it would be the one readable copy left.
    const QFileInfo info(path);
    const QStringList upgraded = info.absoluteDir().entryList(
        { info.completeBaseName() + QStringLiteral(".v*-backup.cgw") }, QDir::Files | QDir::Hidden);
    for (const QString &name : upgraded) {
        if (!QFile::remove(info.absoluteDir().filePath(name)))
            return fail(tr("The workshop itself was rewritten, but the copy kept from before its file format was "
                           "upgraded (%1) could not be removed, and it is not protected. Delete it yourself.")
                            .arg(name));
    }
    return {};
}

} // namespace

bool looksProtected(const QByteArray &start)
{
    return cryptovfs::looksProtected(start);
}

bool isProtected(const QString &path)
{
    return looksProtected(readStart(path, cryptovfs::magicSize));
}

Result<Unlocked> unlock(const QString &path, const QByteArray &passphrase)
{
    cryptovfs::ensureDefault();
    const QByteArray header = readStart(path, cryptovfs::identitySize);
    if (!looksProtected(header))
        return fail(tr("“%1” is not protected with a passphrase.").arg(QFileInfo(path).fileName()));
    // Worked out (and checked) even when the key is known already: removing the protection or
    // changing the passphrase of an open workshop must still need the passphrase.
    auto key = keyFromHeader(header, passphrase);
    if (!key)
        return key.error();
    cryptovfs::remember(*key);
    return Unlocked(*key);
}

PassphraseOffer::PassphraseOffer(QByteArray passphrase, QString missingMessage)
    : m_passphrase(std::move(passphrase))
    , m_missing(std::move(missingMessage))
{
    std::lock_guard guard(g_offersMutex);
    g_offers.push_back(this);
}

PassphraseOffer::~PassphraseOffer()
{
    seal::wipe(m_passphrase);
    std::lock_guard guard(g_offersMutex);
    g_offers.erase(std::remove(g_offers.begin(), g_offers.end(), this), g_offers.end());
}

Result<void> ensureUnlocked(const QByteArray &header, const QString &fileName)
{
    cryptovfs::ensureDefault();
    if (cryptovfs::find(header))
        return {};
    std::lock_guard guard(g_offersMutex);
    for (PassphraseOffer *offer : g_offers) {
        if (offer->m_passphrase.isEmpty())
            return fail(offer->m_missing);
        auto key = keyFromHeader(header, offer->m_passphrase);
        if (!key)
            return key.error();
        cryptovfs::remember(*key);
        offer->m_keys.push_back(*key);
        return {};
    }
    return fail(tr("“%1” is protected with a passphrase; give its passphrase to open it.").arg(fileName));
}

Result<void> ensureUnlocked(const QString &path)
{
    if (!isProtected(path))
        return {};
    return ensureUnlocked(readStart(path, cryptovfs::identitySize), QFileInfo(path).fileName());
}

Result<Unlocked> protect(
    const QString &path, const QByteArray &passphrase, const seal::Parameters &parameters)
{
    cryptovfs::ensureDefault();
    if (isProtected(path))
        return fail(tr("“%1” is already protected; to use another passphrase, change it instead.")
                        .arg(QFileInfo(path).fileName()));
    auto key = newKey(passphrase, parameters);
    if (!key)
        return key.error();
    cryptovfs::remember(*key);
    if (auto done = rewrite(path, *key); !done)
        return done.error();
    return Unlocked(*key);
}

Result<void> unprotect(const QString &path, const QByteArray &passphrase)
{
    auto unlocked = unlock(path, passphrase);
    if (!unlocked)
        return unlocked.error();
    return rewrite(path, nullptr);
}

Result<Unlocked> changePassphrase(const QString &path, const QByteArray &oldPassphrase,
    const QByteArray &newPassphrase, const seal::Parameters &parameters)
{
    auto unlocked = unlock(path, oldPassphrase);
    if (!unlocked)
        return unlocked.error();
    auto key = newKey(newPassphrase, parameters);
    if (!key)
        return key.error();
    cryptovfs::remember(*key);
    if (auto done = rewrite(path, *key); !done)
        return done.error();
    return Unlocked(*key);
}

bool isUnlocked(const QString &path)
{
    return cryptovfs::find(readStart(path, cryptovfs::identitySize)) != nullptr;
}

Result<void> plainCopy(const QString &source, const QString &destination)
{
    auto db = Database::open(source, Database::Access::ReadOnly);
    if (!db)
        return db.error();
    if (auto configured = workshopfile::configure(**db, true); !configured)
        return configured.error();
    return workshopfile::saveCopyAs(**db, destination, nullptr, false);
}

QString strengthAdvice(const QString &passphrase)
{
    const QString text = passphrase.trimmed();
    const qsizetype length = text.size();
    if (length < seal::minPassphraseLength)
        return tr("Too short: use at least %1 characters.").arg(seal::minPassphraseLength);
    QSet<QChar> distinct;
    for (const QChar c : text)
        distinct.insert(c.toLower());
    if (distinct.size() < 5)
        return tr("Too easy to guess: it repeats the same few characters.");
    if (length < 16 && !text.contains(QLatin1Char(' ')))
        return tr(
            "Could be stronger: four or five ordinary words that have nothing to do with each other are "
            "easy to remember and very hard to guess.");
    return {};
}

QString damagedMessage()
{
    return tr("This workshop file has been changed or damaged outside Common Ground, so it was not read (a "
              "protected file shows any change to its bytes). Restore it from a backup or an earlier copy.");
}

} // namespace cg::protection
