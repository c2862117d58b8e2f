// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/cryptovfs.h"

#include <QDir>
#include <QFileInfo>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <vector>

namespace cg::cryptovfs {

namespace {

static_assert(sizeof(magic) - 1 == magicSize);
static_assert(
    reserveBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

constexpr int kNonce = int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
constexpr int kTag = int(crypto_aead_xchacha20poly1305_ietf_ABYTES);

/// One open protected database, shared by its file and its journal.
struct Shared
{
    KeyPtr key; // null: protected, but no key was given
    unsigned char fileId[fileIdBytes] {};
    std::uint32_t pageSize = 0; // 0 until the first page of a new file is written
    bool headerOnDisk = false;
};

enum class Mode { Plain, Database, Journal };

struct Extra
{
    Mode mode = Mode::Plain;
    std::shared_ptr<Shared> shared;
    QByteArray name; // SQLite's name of the database (Database mode)
    std::vector<unsigned char> cipher; // one page, encrypted
    std::vector<unsigned char> plain; // one page, clear
};

struct File
{
    sqlite3_file base; // must come first: SQLite sees this
    sqlite3_file *real;
    Extra *extra;
};

// SQLite's VFS list is the process's, and so is this registry. Never destroyed: SQLite may
// still close files while static objects are being torn down.
struct Registry
{
    std::mutex mutex;
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs {};
    sqlite3_io_methods methods[4] {};
    std::vector<std::weak_ptr<const Key>> keys;
    std::vector<std::pair<QByteArray, std::weak_ptr<Shared>>> open;
    std::vector<std::pair<QString, KeyPtr>> newFiles;
};

Registry &registry()
{
    static auto *r = new Registry;
    return *r;
}

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

Extra &extraOf(sqlite3_file *f)
{
    return *reinterpret_cast<File *>(f)->extra;
}

QByteArray sameIdentity(const QByteArray &header)
{
    QByteArray id = header.left(identitySize);
    if (id.size() == identitySize)
        std::memset(id.data() + pageSizeOffset, 0, 4);
    return id;
}

std::uint32_t readU32(const unsigned char *p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16)
        | (std::uint32_t(p[3]) << 24);
}

void putU32(unsigned char *p, std::uint64_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<unsigned char>(v >> (8 * i));
}

bool validPageSize(std::int64_t n)
{
    return n >= 512 && n <= 65536 && (n & (n - 1)) == 0;
}

// Additional data: the file id, what the bytes are (a database page or a journal record) and
// where they belong, so that no page can be moved to another place or another file unnoticed.
int additionalData(
    unsigned char (&ad)[fileIdBytes + 1 + 8], const Shared &shared, char kind, std::uint64_t where)
{
    std::memcpy(ad, shared.fileId, fileIdBytes);
    ad[fileIdBytes] = static_cast<unsigned char>(kind);
    for (int i = 0; i < 8; ++i)
        ad[fileIdBytes + 1 + i] = static_cast<unsigned char>(where >> (8 * i));
    return int(sizeof ad);
}

/// Encrypts \a page (pageSize bytes; its last reserveBytes are SQLite's reserved bytes, unused)
/// into extra.cipher.
void encryptPage(Extra &extra, const void *page, char kind, std::uint64_t where)
{
    const Shared &s = *extra.shared;
    const int P = int(s.pageSize);
    extra.cipher.resize(std::size_t(P));
    unsigned char *out = extra.cipher.data();
    unsigned char *nonce = out + P - reserveBytes;
    unsigned char *tag = nonce + kNonce;
    randombytes_buf(nonce, kNonce);
    unsigned char ad[fileIdBytes + 1 + 8];
    const int adSize = additionalData(ad, s, kind, where);
    unsigned long long tagSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, &tagSize,
        static_cast<const unsigned char *>(page), std::uint64_t(P - reserveBytes), ad, std::uint64_t(adSize),
        nullptr, nonce, s.key->bytes);
}

/// Decrypts extra.cipher into extra.plain (its reserved bytes zero); false when it was changed.
bool decryptPage(Extra &extra, char kind, std::uint64_t where)
{
    const Shared &s = *extra.shared;
    const int P = int(s.pageSize);
    extra.plain.resize(std::size_t(P));
    const unsigned char *in = extra.cipher.data();
    unsigned char ad[fileIdBytes + 1 + 8];
    const int adSize = additionalData(ad, s, kind, where);
    const bool ok = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(extra.plain.data(), nullptr, in,
                        std::uint64_t(P - reserveBytes), in + P - kTag, ad, std::uint64_t(adSize),
                        in + P - reserveBytes, s.key->bytes)
        == 0;
    std::memset(extra.plain.data() + P - reserveBytes, 0, reserveBytes);
    if (!ok)
        sodium_memzero(extra.plain.data(), extra.plain.size());
    return ok;
}

// ---- io methods ----------------------------------------------------------------------------

int xClose(sqlite3_file *f)
{
    auto *file = reinterpret_cast<File *>(f);
    sqlite3_file *real = file->real;
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    if (Extra *extra = file->extra) {
        if (extra->mode == Mode::Database) {
            Registry &r = registry();
            std::lock_guard guard(r.mutex);
            r.open.erase(std::remove_if(r.open.begin(), r.open.end(),
                             [&](const auto &entry) {
                                 auto live = entry.second.lock();
                                 return !live || live == extra->shared;
                             }),
                r.open.end());
        }
        if (!extra->plain.empty())
            sodium_memzero(extra->plain.data(), extra->plain.size());
        delete extra; // drops its hold on the key
        file->extra = nullptr;
    }
    f->pMethods = nullptr;
    return rc;
}

int readDatabase(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    Extra &extra = extraOf(f);
    Shared &s = *extra.shared;
    if (!s.key)
        return SQLITE_AUTH_USER;
    sqlite3_file *real = realOf(f);
    auto *out = static_cast<unsigned char *>(buffer);
    const std::int64_t P = s.pageSize;
    if (P == 0 || !s.headerOnDisk) {
        std::memset(buffer, 0, std::size_t(amount));
        return SQLITE_IOERR_SHORT_READ;
    }
    bool shortRead = false;
    std::int64_t done = 0;
    while (done < amount) {
        const std::int64_t at = offset + done;
        const std::int64_t page = at / P;
        const std::int64_t within = at % P;
        const std::int64_t take = std::min<std::int64_t>(P - within, amount - done);
        extra.cipher.resize(std::size_t(P));
        const int rc = real->pMethods->xRead(real, extra.cipher.data(), int(P), headerSize + page * P);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            sqlite3_int64 size = 0;
            if (real->pMethods->xFileSize(real, &size) != SQLITE_OK)
                return SQLITE_IOERR_READ;
            if (size > headerSize + page * P)
                return SQLITE_IOERR_AUTH; // a page cut short: the file was cut or damaged
            std::memset(out + done, 0, std::size_t(amount - done));
            shortRead = true;
            break;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!decryptPage(extra, 'P', std::uint64_t(page + 1)))
            return SQLITE_IOERR_AUTH;
        std::memcpy(out + done, extra.plain.data() + within, std::size_t(take));
        done += take;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int writeHeader(sqlite3_file *f, Shared &s)
{
    std::vector<unsigned char> header(headerSize, 0);
    std::memcpy(header.data(), s.key->identity.constData(), identitySize);
    putU32(header.data() + pageSizeOffset, s.pageSize);
    sqlite3_file *real = realOf(f);
    const int rc = real->pMethods->xWrite(real, header.data(), headerSize, 0);
    if (rc == SQLITE_OK)
        s.headerOnDisk = true;
    return rc;
}

int writeDatabase(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    Extra &extra = extraOf(f);
    Shared &s = *extra.shared;
    if (!s.key)
        return SQLITE_AUTH_USER;
    if (s.pageSize == 0) {
        if (!validPageSize(amount) || offset % amount != 0)
            return SQLITE_IOERR_WRITE;
        s.pageSize = std::uint32_t(amount);
    }
    const std::int64_t P = s.pageSize;
    // SQLite writes a database file in whole pages; anything else would not fit the layout.
    if (amount != P || offset % P != 0)
        return SQLITE_IOERR_WRITE;
    const std::int64_t page = offset / P;
    // Page 1 says how many bytes at the end of each page SQLite leaves free; without room for the
    // nonce and tag, encrypting would overwrite data, so such a file is never written.
    if (page == 0 && static_cast<const unsigned char *>(buffer)[20] < reserveBytes)
        return SQLITE_IOERR_WRITE;
    if (!s.headerOnDisk) {
        if (const int rc = writeHeader(f, s); rc != SQLITE_OK)
            return rc;
    }
    encryptPage(extra, buffer, 'P', std::uint64_t(page + 1));
    sqlite3_file *real = realOf(f);
    return real->pMethods->xWrite(real, extra.cipher.data(), int(P), headerSize + offset);
}

// In a rollback journal, a page's copy is written and read as one call of exactly a page at an
// offset of 4 modulo 8 (after its 4-byte page number); headers start on sector boundaries, so
// never there.
bool isJournalPage(const Extra &extra, int amount, sqlite3_int64 offset)
{
    const Shared &s = *extra.shared;
    return s.key && s.pageSize != 0 && amount == int(s.pageSize) && offset % 8 == 4;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    Extra &extra = extraOf(f);
    sqlite3_file *real = realOf(f);
    if (extra.mode == Mode::Database)
        return readDatabase(f, buffer, amount, offset);
    if (extra.mode == Mode::Journal && isJournalPage(extra, amount, offset)) {
        extra.cipher.resize(std::size_t(amount));
        const int rc = real->pMethods->xRead(real, extra.cipher.data(), amount, offset);
        if (rc != SQLITE_OK) {
            std::memcpy(buffer, extra.cipher.data(), std::size_t(amount));
            return rc; // a journal cut short ends the rollback, as SQLite expects
        }
        if (!decryptPage(extra, 'J', std::uint64_t(offset)))
            return SQLITE_IOERR_AUTH;
        std::memcpy(buffer, extra.plain.data(), std::size_t(amount));
        return SQLITE_OK;
    }
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    Extra &extra = extraOf(f);
    sqlite3_file *real = realOf(f);
    if (extra.mode == Mode::Database)
        return writeDatabase(f, buffer, amount, offset);
    if (extra.mode == Mode::Journal && isJournalPage(extra, amount, offset)) {
        encryptPage(extra, buffer, 'J', std::uint64_t(offset));
        return real->pMethods->xWrite(real, extra.cipher.data(), amount, offset);
    }
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    Extra &extra = extraOf(f);
    const bool shifted = extra.mode == Mode::Database && extra.shared->headerOnDisk;
    return realOf(f)->pMethods->xTruncate(realOf(f), shifted ? size + headerSize : size);
}

int xSync(sqlite3_file *f, int flags)
{
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    const int rc = realOf(f)->pMethods->xFileSize(realOf(f), size);
    Extra &extra = extraOf(f);
    if (rc == SQLITE_OK && extra.mode == Mode::Database)
        *size = extra.shared->headerOnDisk ? std::max<sqlite3_int64>(0, *size - headerSize) : 0;
    return rc;
}

int xLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}

int xUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}

int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    Extra &extra = extraOf(f);
    if (extra.mode == Mode::Database && op == SQLITE_FCNTL_SIZE_HINT) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64 *>(arg) + headerSize;
        return realOf(f)->pMethods->xFileControl(realOf(f), op, &hint);
    }
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}

int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    int flags = realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
    // Atomic writes of the real file do not line up with SQLite's pages once they are shifted.
    if (extraOf(f).mode != Mode::Plain)
        flags &= ~(SQLITE_IOCAP_BATCH_ATOMIC | SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512
            | SQLITE_IOCAP_ATOMIC1K | SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K
            | SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K);
    return flags;
}

int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}

int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}

void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}

int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}

int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    // Memory-mapped pages would be the encrypted bytes: a protected file is always read.
    if (extraOf(f).mode != Mode::Plain) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}

int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    if (extraOf(f).mode != Mode::Plain)
        return SQLITE_OK;
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

std::shared_ptr<Shared> openDatabaseNamed(Registry &r, const char *name)
{
    for (const auto &entry : r.open) {
        if (entry.first == name)
            if (auto live = entry.second.lock())
                return live;
    }
    return nullptr;
}

KeyPtr findLocked(Registry &r, const QByteArray &header)
{
    const QByteArray wanted = sameIdentity(header);
    if (wanted.size() != identitySize)
        return nullptr;
    r.keys.erase(std::remove_if(r.keys.begin(), r.keys.end(), [](const auto &k) { return k.expired(); }),
        r.keys.end());
    for (const auto &weak : r.keys) {
        if (auto key = weak.lock(); key && key->identity == wanted)
            return key;
    }
    return nullptr;
}

bool sameFile(const QString &registered, const char *name)
{
    const QString sqliteName = QString::fromUtf8(name);
    if (sqliteName == registered)
        return true;
    const QFileInfo info(registered);
    return QFileInfo(info.absolutePath()).canonicalFilePath() + QLatin1Char('/') + info.fileName()
        == sqliteName;
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    Registry &r = registry();
    auto *file = reinterpret_cast<File *>(f);
    file->base.pMethods = nullptr;
    file->extra = nullptr;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = r.real->xOpen(r.real, name, file->real, flags, outFlags);
    // A file the real VFS could not open has no methods: SQLite then never calls xClose.
    if (!file->real->pMethods)
        return rc;
    file->extra = new Extra;
    file->base.pMethods = &r.methods[std::min(file->real->pMethods->iVersion, 3)];
    if (rc != SQLITE_OK || !name)
        return rc;
    Extra &extra = *file->extra;
    sqlite3_file *real = file->real;

    if (flags & SQLITE_OPEN_MAIN_DB) {
        sqlite3_int64 size = 0;
        if (real->pMethods->xFileSize(real, &size) != SQLITE_OK)
            return SQLITE_OK; // SQLite finds out for itself
        std::lock_guard guard(r.mutex);
        auto shared = std::make_shared<Shared>();
        if (size >= magicSize) {
            QByteArray header(identitySize, '\0');
            const int read = real->pMethods->xRead(real, header.data(), identitySize, 0);
            if ((read != SQLITE_OK && read != SQLITE_IOERR_SHORT_READ) || !looksProtected(header))
                return SQLITE_OK;
            const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
            shared->key = size >= identitySize ? findLocked(r, header) : nullptr;
            std::memcpy(shared->fileId, h + fileIdOffset, fileIdBytes);
            shared->pageSize = readU32(h + pageSizeOffset);
            if (!validPageSize(shared->pageSize))
                shared->pageSize = 0;
            shared->headerOnDisk = true;
        } else if (size == 0) {
            const auto pending = std::find_if(r.newFiles.begin(), r.newFiles.end(),
                [&](const auto &entry) { return sameFile(entry.first, name); });
            if (pending == r.newFiles.end())
                return SQLITE_OK;
            shared->key = pending->second;
            std::memcpy(shared->fileId, shared->key->identity.constData() + fileIdOffset, fileIdBytes);
        } else {
            return SQLITE_OK;
        }
        extra.mode = Mode::Database;
        extra.shared = shared;
        extra.name = QByteArray(name);
        r.open.emplace_back(extra.name, shared);
        return SQLITE_OK;
    }
    if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL)) {
        std::lock_guard guard(r.mutex);
        auto shared = openDatabaseNamed(r, sqlite3_filename_database(name));
        if (!shared)
            return SQLITE_OK;
        if (flags & SQLITE_OPEN_WAL) {
            // A write-ahead log would hold pages in the clear: protected files never use one.
            real->pMethods->xClose(real);
            delete file->extra;
            file->extra = nullptr;
            file->base.pMethods = nullptr;
            return SQLITE_CANTOPEN;
        }
        extra.mode = Mode::Journal;
        extra.shared = shared;
    }
    return SQLITE_OK;
}

void fillMethods(Registry &r)
{
    for (int version = 1; version <= 3; ++version) {
        sqlite3_io_methods &m = r.methods[version];
        m = sqlite3_io_methods {};
        m.iVersion = version;
        m.xClose = xClose;
        m.xRead = xRead;
        m.xWrite = xWrite;
        m.xTruncate = xTruncate;
        m.xSync = xSync;
        m.xFileSize = xFileSize;
        m.xLock = xLock;
        m.xUnlock = xUnlock;
        m.xCheckReservedLock = xCheckReservedLock;
        m.xFileControl = xFileControl;
        m.xSectorSize = xSectorSize;
        m.xDeviceCharacteristics = xDeviceCharacteristics;
        if (version >= 2) {
            m.xShmMap = xShmMap;
            m.xShmLock = xShmLock;
            m.xShmBarrier = xShmBarrier;
            m.xShmUnmap = xShmUnmap;
        }
        if (version >= 3) {
            m.xFetch = xFetch;
            m.xUnfetch = xUnfetch;
        }
    }
}

// Registered before main() runs, so that it is beneath any VFS a test puts in front of it.
const bool g_installed = (install(), true);

} // namespace

Key::~Key()
{
    sodium_memzero(bytes, sizeof bytes);
}

void install()
{
    Registry &r = registry();
    std::lock_guard guard(r.mutex);
    if (r.real) {
        if (sqlite3_vfs_find(nullptr) == r.real)
            sqlite3_vfs_register(&r.vfs, 1);
        return;
    }
    if (sodium_init() < 0 || sqlite3_initialize() != SQLITE_OK)
        return;
    r.real = sqlite3_vfs_find(nullptr);
    if (!r.real)
        return;
    fillMethods(r);
    r.vfs = *r.real; // everything but opening files goes straight to the real VFS
    r.vfs.pNext = nullptr;
    r.vfs.zName = "cg-crypt";
    r.vfs.szOsFile = int(sizeof(File)) + r.real->szOsFile;
    r.vfs.pAppData = r.real->pAppData;
    r.vfs.xOpen = xOpen;
    sqlite3_vfs_register(&r.vfs, 1);
}

void ensureDefault()
{
    (void)g_installed;
    install();
}

bool looksProtected(const QByteArray &start)
{
    return start.startsWith(QByteArray::fromRawData(magic, magicSize));
}

void remember(const KeyPtr &key)
{
    Registry &r = registry();
    std::lock_guard guard(r.mutex);
    r.keys.push_back(key);
}

KeyPtr find(const QByteArray &header)
{
    Registry &r = registry();
    std::lock_guard guard(r.mutex);
    return findLocked(r, header);
}

KeyPtr keyOfOpenDatabase(const QString &sqliteFileName)
{
    Registry &r = registry();
    std::lock_guard guard(r.mutex);
    auto shared = openDatabaseNamed(r, sqliteFileName.toUtf8().constData());
    return shared ? shared->key : nullptr;
}

bool isOpenProtected(const QString &path)
{
    Registry &r = registry();
    std::lock_guard guard(r.mutex);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const auto &entry : r.open) {
        if (!entry.second.expired() && sameFile(absolute, entry.first.constData()))
            return true;
    }
    return false;
}

NewFile::NewFile(const QString &path, KeyPtr key)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    Registry &r = registry();
    std::lock_guard guard(r.mutex);
    r.newFiles.emplace_back(m_path, std::move(key));
}

NewFile::~NewFile()
{
    Registry &r = registry();
    std::lock_guard guard(r.mutex);
    r.newFiles.erase(std::remove_if(r.newFiles.begin(), r.newFiles.end(),
                         [&](const auto &entry) { return entry.first == m_path; }),
        r.newFiles.end());
}

} // namespace cg::cryptovfs
