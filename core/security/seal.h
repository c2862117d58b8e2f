// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace cg {
class Session;
}

namespace cg::seal {

/// Sealed hand-over: one file, encrypted with a passphrase, holding a copy of a workshop or one
/// export, for a community partner who receives it on a USB stick or by email.
///
/// The key comes from the passphrase through Argon2id (libsodium's crypto_pwhash); the content
/// is encrypted and authenticated in 64 KiB chunks with crypto_secretstream_xchacha20poly1305.
/// The plain header (magic, version, Argon2id parameters, salt, sizes) is the additional data of
/// the first chunk, so changing any header byte is detected; the last chunk carries TAG_FINAL, so
/// a file cut short is detected. What is sealed, its file name and its media type are inside the
/// encrypted part: a file name can carry a person's name. The layout is in docs/file-format.md.
/// Sealing works on the whole file in memory (workshops and exports are tens of megabytes at
/// most); sizes above maxContentBytes are refused.

/// What a sealed file holds.
enum class Kind : std::uint8_t { Workshop = 1, Export = 2 };

/// How hard Argon2id works. Stored in each file, so that they can change without breaking old
/// files; the defaults are libsodium's "moderate" (3 passes over 256 MiB, about a second here).
struct Parameters
{
    std::uint64_t opsLimit;
    std::uint64_t memLimit;
    static Parameters standard();
    /// The smallest libsodium allows: for tests only, never for real files.
    static Parameters fastestForTests();
};

/// What unseal() found inside.
struct Unsealed
{
    Kind kind = Kind::Export;
    QString name;      ///< the original file name, without folders
    QString mediaType; ///< e.g. "application/pdf", "application/x-commonground-workshop"
    QByteArray bytes;
};

inline constexpr int minPassphraseLength = 8;
inline constexpr qint64 maxContentBytes = qint64(1) << 30; // 1 GiB, far above any workshop
inline constexpr const char *workshopMediaType = "application/x-commonground-workshop";
inline constexpr const char *fileSuffix = "cgseal";

/// Null when \a passphrase (UTF-8) may be used, otherwise why not (too short, too long).
Result<void> checkPassphrase(const QByteArray &passphrase);

/// Works out a \a size -byte key from \a passphrase with Argon2id (crypto_pwhash) and \a salt
/// (crypto_pwhash_SALTBYTES long): the one key derivation of sealing and of protected workshops.
/// Fails only when the memory it needs cannot be had.
Result<void> deriveKey(unsigned char *key, std::size_t size, const QByteArray &passphrase, const unsigned char *salt,
    std::uint64_t opsLimit, std::uint64_t memLimit);

/// Whether Argon2id limits read from a file are ones Common Ground accepts: generous, but no file
/// can make it use more than 1 GiB of memory or minutes of work before the passphrase is checked.
bool parametersAllowed(std::uint64_t opsLimit, std::uint64_t memLimit);

/// Overwrites \a bytes with zeros (sodium_memzero) and empties it. Call it on every buffer that
/// held a passphrase once it is no longer needed.
void wipe(QByteArray &bytes);

/// True when \a start (the first bytes of a file) begins like a sealed file.
bool looksSealed(const QByteArray &start);

/// Seals \a content.
Result<QByteArray> seal(const QByteArray &content, const QByteArray &passphrase, Kind kind, const QString &name,
    const QString &mediaType, const Parameters &parameters = Parameters::standard());

/// Seals a consistent snapshot of the open workshop: a copy made the way "Save a Copy" makes it
/// (in a private temporary folder, removed afterwards), whose bytes are sealed. \a name is the
/// file name the partner will see when they open it.
Result<QByteArray> sealWorkshop(Session &session, const QByteArray &passphrase, const QString &name,
    const Parameters &parameters = Parameters::standard());

/// Opens \a sealed with \a passphrase. Each problem has its own message: not a sealed file, a
/// newer version, cut short, wrong passphrase (or changed header), changed content.
Result<Unsealed> unseal(const QByteArray &sealed, const QByteArray &passphrase);

/// Reads a passphrase from a file (the command line's --passphrase-file): one trailing newline
/// (LF or CRLF) is removed, nothing else. Bounded; the buffer read into is wiped.
Result<QByteArray> readPassphraseFile(const QString &path);

/// Reads a file to seal or unseal, refusing anything above maxContentBytes (plus the header).
Result<QByteArray> readBounded(const QString &path);

} // namespace cg::seal
