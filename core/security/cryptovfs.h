// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace cg::cryptovfs {

/// The encrypting SQLite VFS behind protected workshops ("cg-crypt", registered over the default
/// VFS when the process starts, so every connection uses it).
///
/// A file that does not begin with the protected magic passes through untouched. A protected
/// file has a clear header block of headerSize bytes (magic, Argon2id salt and limits, file id,
/// page size, key check: docs/file-format.md), then SQLite's pages, each encrypted and
/// authenticated with XChaCha20-Poly1305: the last reserveBytes of every page (SQLite's reserved
/// bytes) hold its random nonce and tag, and the additional data binds the file id and the page
/// number. Page records in the rollback journal are encrypted the same way (bound to their place
/// in the journal), so an interrupted change is still undone. Keys are never on disk nor in a
/// file name: they live in an in-process registry, looked up by the file's header, held while a
/// file using them is open and wiped (sodium_memzero) when the last holder lets go. Deriving keys
/// from passphrases is core/security/protection.h's job; this file only uses them.
inline constexpr int headerSize = 4096;
/// Bytes of the header that say which file and which key it is (the rest is zero).
inline constexpr int identitySize = 96;
inline constexpr int pageSizeOffset = 56;
inline constexpr int reserveBytes = 40; // 24 nonce + 16 tag
inline constexpr int keyBytes = 32;
inline constexpr int fileIdOffset = 40;
inline constexpr int fileIdBytes = 16;
inline constexpr int magicSize = 8;
inline constexpr char magic[] = "CGPROT1\n";

/// A derived key and the identity bytes of the header of the files it opens.
struct Key
{
    unsigned char bytes[keyBytes] {};
    /// The header's first identitySize bytes, the page size field zeroed.
    QByteArray identity;
    Key() = default;
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;
    ~Key();
};
using KeyPtr = std::shared_ptr<const Key>;

/// Registers the VFS as the default (done once when the process starts; safe to call again).
void install();
/// Makes it the default again if a test VFS that stood in front of it went away.
void ensureDefault();

/// True when \a start (a file's first bytes) begins like a protected workshop.
bool looksProtected(const QByteArray &start);

/// Makes \a key findable by the files it opens, for as long as someone holds it.
void remember(const KeyPtr &key);
/// The remembered key for a file beginning with \a header (at least identitySize bytes), or null.
KeyPtr find(const QByteArray &header);
/// The key an open protected database uses, by SQLite's name for it (sqlite3_db_filename), or
/// null when that database is plain or not open.
KeyPtr keyOfOpenDatabase(const QString &sqliteFileName);

/// True when a database open in this process at \a path is a protected one (asks the registry,
/// never the file: opening and closing a descriptor of an open workshop drops SQLite's locks).
bool isOpenProtected(const QString &path);

/// While it lives, a new (empty) file created at \a path is made protected with \a key: how
/// VACUUM INTO writes protected copies.
class NewFile
{
public:
    NewFile(const QString &path, KeyPtr key);
    ~NewFile();
    NewFile(const NewFile &) = delete;
    NewFile &operator=(const NewFile &) = delete;

private:
    QString m_path;
};

} // namespace cg::cryptovfs
