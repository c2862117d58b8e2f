// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The session extension's declarations are behind these two switches; Debian's libsqlite3 is built
// with both, so only the header needs them.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "storage/changesets.h"

#include "storage/database.h"

#include <QHash>

#include <cstring>
#include <optional>

#include <sqlite3.h>

namespace cg::changesets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::changesets", text);
}

Error sqliteError(sqlite3 *db, int rc, const QString &doing)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return Error{doing + QStringLiteral(": ") + describeSqliteError(rc, detail)};
}

QString valueText(sqlite3_value *value)
{
    if (!value || sqlite3_value_type(value) == SQLITE_NULL)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
}

bool sameValue(sqlite3_value *a, sqlite3_value *b)
{
    if (!a || !b)
        return a == b;
    const int ta = sqlite3_value_type(a);
    if (ta != sqlite3_value_type(b))
        return false;
    switch (ta) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT:
        return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        const int n = sqlite3_value_bytes(a);
        if (n != sqlite3_value_bytes(b))
            return false;
        const void *pa = ta == SQLITE_BLOB ? sqlite3_value_blob(a) : static_cast<const void *>(sqlite3_value_text(a));
        const void *pb = ta == SQLITE_BLOB ? sqlite3_value_blob(b) : static_cast<const void *>(sqlite3_value_text(b));
        return n == 0 || std::memcmp(pa, pb, std::size_t(n)) == 0;
    }
    }
}

/// The row an iterator stands on: table, operation and key.
RowRef rowOf(sqlite3_changeset_iter *it)
{
    const char *table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    RowRef ref;
    if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK)
        return ref;
    ref.table = QString::fromUtf8(table);
    ref.op = op == SQLITE_INSERT ? Op::Insert : op == SQLITE_UPDATE ? Op::Update : Op::Delete;
    unsigned char *pk = nullptr;
    sqlite3changeset_pk(it, &pk, &columns);
    QStringList parts;
    for (int i = 0; i < columns; ++i) {
        if (!pk || !pk[i])
            continue;
        sqlite3_value *value = nullptr;
        if (ref.op == Op::Insert)
            sqlite3changeset_new(it, i, &value);
        else
            sqlite3changeset_old(it, i, &value);
        parts << valueText(value);
    }
    ref.key = parts.join(QLatin1Char('/'));
    return ref;
}

Result<QStringList> columnNames(Database &db, const QString &table);

struct ApplyContext
{
    Database *db = nullptr;
    const std::function<Resolution(const ClashInfo &)> *decide = nullptr;
    QHash<QString, QStringList> columns; // table -> column names, in order; read at the first clash
    std::optional<Error> error;
    std::vector<RowRef> skipped;
    bool orphansLeft = false;
};

int onConflict(void *context, int kind, sqlite3_changeset_iter *it)
{
    auto *ctx = static_cast<ApplyContext *>(context);
    if (kind == SQLITE_CHANGESET_FOREIGN_KEY) {
        ctx->orphansLeft = true;
        return SQLITE_CHANGESET_OMIT; // keep the changes: the caller looks for orphans and shows them
    }
    ClashInfo info;
    info.row = rowOf(it);
    switch (kind) {
    case SQLITE_CHANGESET_DATA:
        info.clash = Clash::Edited;
        break;
    case SQLITE_CHANGESET_NOTFOUND:
        info.clash = Clash::Missing;
        break;
    case SQLITE_CHANGESET_CONFLICT:
        info.clash = Clash::Duplicate;
        break;
    default:
        info.clash = Clash::Refused;
        break;
    }
    if (kind == SQLITE_CHANGESET_DATA || kind == SQLITE_CHANGESET_CONFLICT) {
        if (!ctx->columns.contains(info.row.table)) {
            auto names = columnNames(*ctx->db, info.row.table);
            if (!names) {
                ctx->error = names.error();
                return SQLITE_CHANGESET_ABORT;
            }
            ctx->columns.insert(info.row.table, *names);
        }
        const QStringList names = ctx->columns.value(info.row.table);
        int count = 0;
        const char *table = nullptr;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(it, &table, &count, &op, &indirect);
        for (int i = 0; i < count; ++i) {
            sqlite3_value *base = nullptr;
            sqlite3_value *now = nullptr;
            if (kind == SQLITE_CHANGESET_DATA)
                sqlite3changeset_old(it, i, &base);
            else
                sqlite3changeset_new(it, i, &base);
            if (!base)
                continue; // not part of this change
            sqlite3changeset_conflict(it, i, &now);
            if (!sameValue(base, now))
                info.columns << (i < names.size() ? names[i] : QString::number(i));
        }
    }
    const Resolution choice = (*ctx->decide)(info);
    if (choice == Resolution::Abort)
        return SQLITE_CHANGESET_ABORT;
    const bool canOverwrite = kind == SQLITE_CHANGESET_DATA || kind == SQLITE_CHANGESET_CONFLICT;
    if (choice == Resolution::Overwrite && canOverwrite)
        return SQLITE_CHANGESET_REPLACE;
    ctx->skipped.push_back(info.row);
    return SQLITE_CHANGESET_OMIT;
}

Result<QStringList> columnNames(Database &db, const QString &table)
{
    auto stmt = db.prepareUncached(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table);
    QStringList names;
    while (stmt->next())
        names << stmt->text(0);
    if (stmt->error())
        return *stmt->error();
    return names;
}

Result<void> deserializeInto(sqlite3 *db, const char *schema, const QByteArray &image)
{
    if (image.isEmpty())
        return fail(tr("The stored copy is empty."));
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    if (!buffer)
        return fail(tr("There is not enough memory to read the stored copy."));
    std::memcpy(buffer, image.constData(), std::size_t(image.size()));
    const int rc = sqlite3_deserialize(db, schema, buffer, image.size(), image.size(),
        SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, tr("Reading the stored copy"));
    return {};
}

} // namespace

Result<QByteArray> imageOf(Database &db)
{
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(db.handle(), "main", &size, 0);
    if (!bytes)
        return fail(tr("There is not enough memory to keep a copy of the workshop."));
    QByteArray image(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return image;
}

Result<std::unique_ptr<Database>> openImage(const QByteArray &image)
{
    auto db = Database::open(QStringLiteral(":memory:"), Database::Access::Create);
    if (!db)
        return db.error();
    if (auto loaded = deserializeInto((*db)->handle(), "main", image); !loaded)
        return loaded.error();
    // A damaged image is found now, not halfway through a merge.
    auto check = (*db)->queryTexts(QStringLiteral("PRAGMA quick_check"));
    if (!check || check->value(0) != QStringLiteral("ok"))
        return fail(tr("The stored copy is damaged."));
    return std::move(*db);
}

Result<QByteArray> diff(Database &db, const QByteArray &baseImage, const QStringList &tables)
{
    sqlite3 *handle = db.handle();
    if (auto attached = db.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS cg_base")); !attached)
        return attached.error();
    struct Detach
    {
        Database &db;
        ~Detach() { (void)db.exec(QStringLiteral("DETACH DATABASE cg_base")); }
    } detach{db};
    if (auto loaded = deserializeInto(handle, "cg_base", baseImage); !loaded)
        return loaded.error();

    sqlite3_session *session = nullptr;
    int rc = sqlite3session_create(handle, "main", &session);
    if (rc != SQLITE_OK)
        return sqliteError(handle, rc, tr("Comparing the copy with how it was prepared"));
    std::unique_ptr<sqlite3_session, void (*)(sqlite3_session *)> owner(session, sqlite3session_delete);
    for (const QString &table : tables) {
        const QByteArray name = table.toUtf8();
        // 3.40.1: diff() finds nothing for a table that was not attached first.
        if ((rc = sqlite3session_attach(session, name.constData())) != SQLITE_OK)
            return sqliteError(handle, rc, tr("Comparing the copy with how it was prepared"));
        char *message = nullptr;
        rc = sqlite3session_diff(session, "cg_base", name.constData(), &message);
        if (rc != SQLITE_OK) {
            const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_free(message);
            return fail(tr("The copy's “%1” could not be compared with how it was prepared: %2").arg(table, detail));
        }
    }
    int size = 0;
    void *bytes = nullptr;
    rc = sqlite3session_changeset(session, &size, &bytes);
    if (rc != SQLITE_OK)
        return sqliteError(handle, rc, tr("Comparing the copy with how it was prepared"));
    QByteArray changeset(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    return changeset;
}

Result<std::vector<RowRef>> contents(const QByteArray &changeset)
{
    std::vector<RowRef> rows;
    if (changeset.isEmpty())
        return rows;
    sqlite3_changeset_iter *it = nullptr;
    int rc = sqlite3changeset_start(&it, int(changeset.size()), const_cast<char *>(changeset.constData()));
    if (rc != SQLITE_OK)
        return fail(tr("The changes could not be read (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    while (sqlite3changeset_next(it) == SQLITE_ROW)
        rows.push_back(rowOf(it));
    rc = sqlite3changeset_finalize(it);
    if (rc != SQLITE_OK)
        return fail(tr("The changes could not be read (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return rows;
}

Result<Applied> apply(Database &db, const QByteArray &changeset,
    const std::function<Resolution(const ClashInfo &)> &decide)
{
    ApplyContext ctx;
    ctx.db = &db;
    ctx.decide = &decide;
    if (changeset.isEmpty())
        return Applied{};
    const int rc = sqlite3changeset_apply(db.handle(), int(changeset.size()), const_cast<char *>(changeset.constData()),
        nullptr, onConflict, &ctx);
    if (ctx.error)
        return *ctx.error;
    if (rc != SQLITE_OK)
        return sqliteError(db.handle(), rc, tr("Bringing in the changes"));
    return Applied{std::move(ctx.skipped), ctx.orphansLeft};
}

Result<std::vector<Orphan>> orphans(Database &db)
{
    auto stmt = db.prepareUncached(QStringLiteral("PRAGMA foreign_key_check"));
    if (!stmt)
        return stmt.error();
    struct Found
    {
        QString table;
        qint64 rowid;
        bool hasRowid;
        QString parent;
        int fk;
    };
    std::vector<Found> found;
    while (stmt->next())
        found.push_back({stmt->text(0), stmt->integer(1), !stmt->isNull(1), stmt->text(2), int(stmt->integer(3))});
    if (stmt->error())
        return *stmt->error();
    std::vector<Orphan> out;
    for (const Found &f : found) {
        Orphan orphan{f.table, QString(), f.parent, QString()};
        auto names = columnNames(db, f.table);
        if (!names)
            return names.error();
        if (f.hasRowid && names->contains(QStringLiteral("id"))) {
            auto from = db.prepareUncached(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE id = ?2"));
            if (!from)
                return from.error();
            from->bind(1, f.table);
            from->bind(2, f.fk);
            const QString column = from->next() ? from->text(0) : QString();
            // Table and column names come from SQLite's own lists, never from input.
            auto id = db.prepareUncached(
                QStringLiteral("SELECT id, \"%2\" FROM \"%1\" WHERE rowid = ?1").arg(f.table, column));
            if (!id)
                return id.error();
            id->bind(1, f.rowid);
            if (id->next()) {
                orphan.key = id->text(0);
                orphan.parentKey = id->text(1);
            }
            if (id->error())
                return *id->error();
        }
        out.push_back(orphan);
    }
    return out;
}

bool foreignKeyViolationsCounted(Database &db)
{
    int current = 0;
    int highest = 0;
    if (sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0) != SQLITE_OK)
        return true; // cannot tell: look
    return current != 0;
}

Result<void> restartForeignKeyCount(Database &db)
{
    // Switching deferral off sets SQLite's count of deferred violations to zero; on again, it
    // counts from there.
    if (auto off = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = OFF")); !off)
        return off;
    return db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Result<void> removeStrayRows(Database &db, const QString &table)
{
    auto list = db.prepareUncached(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1)"));
    if (!list)
        return list.error();
    list->bind(1, table);
    QStringList deletes;
    while (list->next()) {
        deletes << QStringLiteral("DELETE FROM \"%1\" WHERE \"%2\" IS NOT NULL AND \"%2\" NOT IN (SELECT \"%4\" FROM \"%3\");")
                       .arg(table, list->text(1), list->text(0), list->text(2).isEmpty() ? QStringLiteral("id") : list->text(2));
    }
    if (list->error())
        return *list->error();
    return db.exec(deletes.join(QLatin1Char(' ')));
}

} // namespace cg::changesets
