// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "security/cryptovfs.h"
#include "security/protection.h"

#include <QCoreApplication>


#include <sqlite3.h>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg", text);
}

/// The number written by \a count ASCII digits at \a p, or -1 when any of them is not a digit.
int digits(const QChar *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString describeSqliteError(int code, const QString &detail)
{
    // The encrypting VFS (security/cryptovfs.h): a page that fails its authentication, and a
    // protected file opened without its key.
    if (code == SQLITE_IOERR_AUTH)
        return protection::damagedMessage();
    if (code == SQLITE_AUTH_USER)
        return tr("This workshop is protected with a passphrase, which is needed to open it.");
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("The disk is full, so the change could not be saved. Free some space and try again.");
    case SQLITE_READONLY:
        return tr("The workshop file can only be read, not changed.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The workshop is already open in another Common Ground window or program. Close it there first.");
    case SQLITE_NOTADB:
        return tr("This is not a Common Ground workshop file.");
    case SQLITE_CORRUPT:
        return tr("The workshop file is damaged (%1).").arg(detail);
    case SQLITE_IOERR:
        return tr("The workshop file could not be read or written (%1). Check the drive is still there.")
            .arg(detail);
    case SQLITE_CANTOPEN:
        return tr("The workshop file could not be opened (%1).").arg(detail);
    case SQLITE_NOMEM:
        return tr("The computer ran out of memory, so the change was not saved. Close other programs and try again.");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("Common Ground is not allowed to use this file.");
    case SQLITE_CONSTRAINT:
        return tr("The change would break the workshop's rules (%1).").arg(detail);
    default:
        return detail;
    }
}

QString timestampText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDate parseDate(QStringView s)
{
    // Exactly YYYY-MM-DD: every digit position a digit, so that "2026-03-1:" is no date at all.
    if (s.size() != 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return {};
    const int year = digits(s.data(), 4), month = digits(s.data() + 5, 2), day = digits(s.data() + 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid (so refused) when there is no such day
}

QTime parseClockTime(QStringView s)
{
    if (s.size() != 5 || s[2] != QLatin1Char(':'))
        return {};
    const int hours = digits(s.data(), 2), minutes = digits(s.data() + 3, 2);
    if (hours < 0 || minutes < 0)
        return {};
    return QTime(hours, minutes);
}

QDateTime parseTimestamp(QStringView s)
{
    // Exactly "YYYY-MM-DDTHH:MM:SS.sssZ" (what the file and the archive hold), or the same
    // without the milliseconds. Anything else, including a value cut short, is no time: a lenient
    // parse would read a damaged value as a different, plausible one.
    const bool withMs = s.size() == 24;
    if (!withMs && s.size() != 20)
        return {};
    if (s[10] != QLatin1Char('T') || s[13] != QLatin1Char(':') || s[16] != QLatin1Char(':') || s.back() != QLatin1Char('Z'))
        return {};
    if (withMs && s[19] != QLatin1Char('.'))
        return {};
    const QDate date = parseDate(s.first(10));
    const int hours = digits(s.data() + 11, 2), minutes = digits(s.data() + 14, 2), seconds = digits(s.data() + 17, 2);
    const int ms = withMs ? digits(s.data() + 20, 3) : 0;
    if (!date.isValid() || hours < 0 || minutes < 0 || seconds < 0 || ms < 0)
        return {};
    const QTime time(hours, minutes, seconds, ms);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// ---- Statement ---------------------------------------------------------------------------------

Statement::Statement(Database *db, sqlite3_stmt *stmt, bool cached)
    : m_db(db)
    , m_stmt(stmt)
    , m_cached(cached)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cached(other.m_cached)
    , m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finish();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cached = other.m_cached;
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    finish();
}

void Statement::finish()
{
    if (!m_stmt)
        return;
    if (m_cached) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_db->release(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

void Statement::bindNull(int index)
{
    bound(sqlite3_bind_null(m_stmt, index));
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bound(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

void Statement::bind(int index, qint64 value)
{
    bound(sqlite3_bind_int64(m_stmt, index, value));
}

void Statement::bind(int index, double value)
{
    bound(sqlite3_bind_double(m_stmt, index, value));
}

void Statement::bind(int index, const QByteArray &blob)
{
    // A zero-length blob must still be a blob, not NULL.
    bound(sqlite3_bind_blob(m_stmt, index, blob.isEmpty() ? "" : blob.constData(), int(blob.size()), SQLITE_TRANSIENT));
}

void Statement::bind(int index, const QUuid &value)
{
    if (value.isNull())
        bindNull(index);
    else
        bind(index, uuidText(value));
}

void Statement::bind(int index, const QDate &value)
{
    if (!value.isValid())
        bindNull(index);
    else
        bind(index, value.toString(Qt::ISODate));
}

void Statement::bind(int index, const QDateTime &value)
{
    if (!value.isValid())
        bindNull(index);
    else
        bind(index, timestampText(value));
}

void Statement::markUnreadable(int column) const
{
    if (m_unreadable)
        return;
    QString value = text(column);
    if (value.size() > 60)
        value = value.left(60) + QChar(0x2026);
    m_unreadable = QStringLiteral("%1 = “%2”").arg(QString::fromUtf8(sqlite3_column_name(m_stmt, column)), value);
}

void Statement::bound(int rc)
{
    if (rc != SQLITE_OK && !m_error)
        m_error = m_db->lastError(QString());
}

bool Statement::next()
{
    m_unreadable.reset();
    if (m_error)
        return false; // a value could not be bound: never store NULL in its place
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db->lastError(QString());
    return false;
}

Result<void> Statement::exec()
{
    while (next()) {
    }
    if (m_error)
        return *m_error;
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.reset();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

QUuid Statement::uuid(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    const QUuid id = QUuid::fromString(QLatin1String(data, sqlite3_column_bytes(m_stmt, column)));
    if (id.isNull())
        markUnreadable(column);
    return id;
}

QDate Statement::date(int column) const
{
    if (isNull(column))
        return {};
    const QDate value = parseDate(text(column));
    if (!value.isValid())
        markUnreadable(column);
    return value;
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    const QDateTime value = parseTimestamp(text(column));
    if (!value.isValid())
        markUnreadable(column);
    return value;
}

// ---- Database ----------------------------------------------------------------------------------

Database::Database(sqlite3 *db, QString path, Access access)
    : m_db(db)
    , m_path(std::move(path))
    , m_access(access)
{
    // Not SQLITE_DIRECTONLY: the append-only triggers must be able to call it.
    sqlite3_create_function_v2(
        m_db, "cg_purge_authorised", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, this,
        [](sqlite3_context *context, int, sqlite3_value **) {
            const auto *self = static_cast<const Database *>(sqlite3_user_data(context));
            sqlite3_result_int(context, self->m_purgeAuthorised ? 1 : 0);
        },
        nullptr, nullptr, nullptr);
}

Database::~Database()
{
    for (const Cached &cached : std::as_const(m_cache))
        sqlite3_finalize(cached.stmt);
    sqlite3_close_v2(m_db);
    m_copyFolder.reset();
    m_lock.release();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    cryptovfs::ensureDefault();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return fail(describeSqliteError(rc, detail));
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path, access));
}

Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return fail(describeSqliteError(rc, detail));
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    const QByteArray key(sql);
    auto found = m_cache.find(key);
    if (found != m_cache.end()) {
        if (found->inUse) // another live handle has it: never share one statement
            return prepareUncached(QString::fromUtf8(key));
        found->inUse = true;
        return Statement(this, found->stmt, true);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, key.constData(), int(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(tr("Preparing a query"));
    m_cache.insert(key, Cached{stmt, true});
    return Statement(this, stmt, true);
}

void Database::release(sqlite3_stmt *stmt)
{
    for (Cached &cached : m_cache) {
        if (cached.stmt == stmt) {
            cached.inUse = false;
            return;
        }
    }
}

Result<Statement> Database::prepareUncached(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(tr("Preparing a query"));
    return Statement(this, stmt, false);
}

Result<qint64> Database::queryInteger(const QString &sql)
{
    auto stmt = prepareUncached(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return stmt->error() ? *stmt->error() : fail(tr("The query returned nothing."));
    return stmt->integer(0);
}

Result<QStringList> Database::queryTexts(const QString &sql)
{
    auto stmt = prepareUncached(sql);
    if (!stmt)
        return stmt.error();
    QStringList out;
    while (stmt->next())
        out << stmt->text(0);
    if (stmt->error())
        return *stmt->error();
    return out;
}

Error Database::lastError(const QString &doing) const
{
    const QString message = describeSqliteError(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (doing.isEmpty())
        return Error{message};
    return Error{doing + QStringLiteral(": ") + message};
}

int Database::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// ---- Transaction -------------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // A ROLLBACK that itself failed (out of memory, an I/O error) leaves SQLite inside the old
    // transaction, and every later BEGIN would fail until the workshop is reopened.
    if (!sqlite3_get_autocommit(m_db.handle()))
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    auto begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.ok();
    if (!m_active)
        m_beginError = begun.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    auto committed = m_db.exec(QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A failed COMMIT (disk full) may already have rolled back; ROLLBACK then says so harmlessly.
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace cg
