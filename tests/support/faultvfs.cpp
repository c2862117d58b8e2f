// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultvfs.h"

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <stdexcept>

namespace cg::test {

namespace {

// SQLite calls the VFS through plain function pointers with no user data per file, so the state
// is the process's; FaultVfs refuses a second instance.
struct State
{
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods[4]{}; // one per iVersion of the real files (1 to 3)
    std::array<int, 4> calls{};
    bool armed = false;
    FaultVfs::Kind kind = FaultVfs::Kind::Write;
    int n = 0;
    int code = SQLITE_IOERR;
    bool persistent = false;
    bool fired = false;
    bool alive = false;
} g;

struct File
{
    sqlite3_file base; // must come first: SQLite sees this
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

// Counts one call of \a kind; returns the error to give instead of calling the real file, or 0.
int fault(FaultVfs::Kind kind)
{
    const int count = ++g.calls[std::size_t(kind)];
    if (!g.armed || kind != g.kind)
        return 0;
    if (count == g.n || (g.persistent && count > g.n)) {
        g.fired = true;
        return g.code;
    }
    return 0;
}

int xClose(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = fault(FaultVfs::Kind::Read))
        return rc;
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}

int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = fault(FaultVfs::Kind::Write))
        return rc;
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (const int rc = fault(FaultVfs::Kind::Truncate))
        return rc;
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}

int xSync(sqlite3_file *f, int flags)
{
    if (const int rc = fault(FaultVfs::Kind::Sync))
        return rc;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
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
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}

int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
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
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}

int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<File *>(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = g.real->xOpen(g.real, name, file->real, flags, outFlags);
    // A file the real VFS could not open has no methods: SQLite then never calls xClose.
    if (file->real->pMethods) {
        const int version = std::min(file->real->pMethods->iVersion, 3);
        file->base.pMethods = &g.methods[version];
    }
    return rc;
}

void fillMethods()
{
    for (int version = 1; version <= 3; ++version) {
        sqlite3_io_methods &m = g.methods[version];
        m = sqlite3_io_methods{};
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

} // namespace

FaultVfs::FaultVfs()
{
    if (g.alive)
        throw std::logic_error("only one FaultVfs at a time");
    sqlite3_initialize();
    g.real = sqlite3_vfs_find(nullptr);
    if (!g.real)
        throw std::runtime_error("no default SQLite VFS");
    fillMethods();
    g.vfs = *g.real; // everything but opening files goes straight to the real VFS
    g.vfs.pNext = nullptr;
    g.vfs.zName = "cg-fault";
    g.vfs.szOsFile = int(sizeof(File)) + g.real->szOsFile;
    g.vfs.pAppData = nullptr;
    g.vfs.xOpen = xOpen;
    // The real VFS's other functions take their own sqlite3_vfs*; they only read its fields, which
    // the copy carries over, so forwarding them unchanged is sound for the unix VFS.
    g.calls = {};
    g.armed = false;
    g.fired = false;
    g.alive = true;
    sqlite3_vfs_register(&g.vfs, 1);
}

FaultVfs::~FaultVfs()
{
    sqlite3_vfs_unregister(&g.vfs);
    g.alive = false;
    g.armed = false;
}

void FaultVfs::arm(Kind kind, int n, int code, bool persistent)
{
    g.calls = {};
    g.kind = kind;
    g.n = n;
    g.code = code;
    g.persistent = persistent;
    g.fired = false;
    g.armed = true;
}

void FaultVfs::disarm()
{
    g.armed = false;
}

bool FaultVfs::fired() const
{
    return g.fired;
}

int FaultVfs::calls(Kind kind) const
{
    return g.calls[std::size_t(kind)];
}

QString FaultVfs::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Write:
        return QStringLiteral("write");
    case Kind::Sync:
        return QStringLiteral("sync");
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::Read:
        return QStringLiteral("read");
    }
    return {};
}

} // namespace cg::test
