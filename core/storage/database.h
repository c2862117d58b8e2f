// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platform.h"

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace cg {

class Database;

/// A prepared statement. Statements from Database::prepare() are cached by the database and
/// only reset (bindings cleared) when this handle goes away; uncached ones are finalised.
/// Binding indexes are 1-based as in SQLite; column indexes are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt, bool cached);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    void bindNull(int index);
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, const QByteArray &blob);
    /// Null UUIDs, dates and times bind as SQL NULL.
    void bind(int index, const QUuid &value);
    void bind(int index, const QDate &value);
    void bind(int index, const QDateTime &value);
    void bind(int index, const char *) = delete; // say QStringLiteral or QByteArray

    /// Steps once: true when a row is ready. On an error, returns false and records it
    /// (see error()).
    bool next();
    /// Runs the statement to completion.
    Result<void> exec();
    /// The error of the last next()/exec(), if any.
    const std::optional<Error> &error() const { return m_error; }

    /// Reading a row refuses rather than guesses: a column that holds something its reader cannot
    /// take (a damaged time, an unknown enumeration key) is remembered here, by column name and
    /// value, and the loader refuses the file. Cleared by next().
    void markUnreadable(int column) const;
    const std::optional<QString> &unreadable() const { return m_unreadable; }
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool boolean(int column) const { return integer(column) != 0; }
    QByteArray blob(int column) const;
    QUuid uuid(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;

private:
    void finish();
    /// A bind that failed (out of memory) would leave the value NULL: the statement then refuses to run.
    void bound(int rc);

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_cached = false;
    std::optional<Error> m_error;
    mutable std::optional<QString> m_unreadable;
};

/// An open SQLite connection. Every SQLite call of the application lives in core/storage, so the
/// library behind it (SQLite, later SQLCipher) can change without touching anything else.
class Database
{
    // Its own tr() context, so that lupdate and the lookup at run time agree (see
    // tests/translations/check_translations.py).
    Q_DECLARE_TR_FUNCTIONS(cg::Database)

public:
    enum class Access { ReadOnly, ReadWrite, Create };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens a connection; it does not read or write the file yet.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access);

    /// The file this connection stands for (see readsCopy()).
    QString path() const { return m_path; }
    /// When a read-only connection reads a private copy of the file (recovered after a crash
    /// without touching the original): the original's path is path(), and \a copyFolder (removed
    /// with the connection) holds the copy.
    void readsCopyOf(const QString &originalPath, std::shared_ptr<void> copyFolder)
    {
        m_path = originalPath;
        m_copyFolder = std::move(copyFolder);
    }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    /// Runs one or more statements without results.
    Result<void> exec(const QString &sql);
    /// A cached prepared statement for \a sql.
    Result<Statement> prepare(const char *sql);
    /// A one-off prepared statement.
    Result<Statement> prepareUncached(const QString &sql);
    /// The first column of the first row of \a sql, or an error.
    Result<qint64> queryInteger(const QString &sql);
    /// Every row's first column as text.
    Result<QStringList> queryTexts(const QString &sql);

    /// A plain-words message for the connection's last error, prefixed by what was being done.
    Error lastError(const QString &doing) const;
    int lastErrorCode() const;
    qint64 lastInsertRowId() const;
    int changes() const;

    sqlite3 *handle() const { return m_db; }

    /// The only way consent history and the audit trail can lose a row: a retention purge, which
    /// authorises itself for the length of its transaction. The schema's delete triggers ask the
    /// SQL function cg_purge_authorised(), which only Common Ground's own connections define, so
    /// another SQLite tool cannot open that door (see docs/decisions.md).
    void setPurgeAuthorised(bool authorised) { m_purgeAuthorised = authorised; }
    bool isPurgeAuthorised() const { return m_purgeAuthorised; }

    /// Keeps \a lock for as long as the connection lives, releasing it only after SQLite has
    /// closed the file (see platform::FileLock for why SQLite's own lock is not enough).
    void holdLock(platform::FileLock lock) { m_lock = std::move(lock); }
    const platform::FileLock &lock() const { return m_lock; }

private:
    friend class Statement;
    Database(sqlite3 *db, QString path, Access access);
    /// A cached statement's handle went away: it may be handed out again.
    void release(sqlite3_stmt *stmt);

    struct Cached
    {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };

    sqlite3 *m_db = nullptr;
    QString m_path;
    Access m_access;
    // Keyed by the SQL text (not its address), and never handed to two live handles at once: a
    // second prepare() of a statement that is still in use gets a fresh, uncached one.
    QHash<QByteArray, Cached> m_cache;
    std::shared_ptr<void> m_copyFolder;
    bool m_purgeAuthorised = false;
    platform::FileLock m_lock; // declared last: released after the connection is closed
};

/// BEGIN ... COMMIT, rolling back when it goes out of scope uncommitted.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; when false, error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_beginError; }
    Result<void> commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    Error m_beginError;
};

/// Translates an SQLite result code into words a facilitator understands.
QString describeSqliteError(int code, const QString &detail);

/// The fixed, sortable text form of times in the file: "2026-11-22T14:05:09.123Z".
QString timestampText(const QDateTime &time);
/// Strict: exactly that form (or without the milliseconds); anything else gives an invalid time.
QDateTime parseTimestamp(QStringView text);
/// Strict "YYYY-MM-DD" and "HH:MM"; anything else (or no such day) gives an invalid value.
QDate parseDate(QStringView text);
QTime parseClockTime(QStringView text);
/// UUIDs in the file: lower case, no braces.
QString uuidText(const QUuid &id);

} // namespace cg
