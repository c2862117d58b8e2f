// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

#include "storage/database.h"
#include "storage/tables.h"

#include <QCoreApplication>

#include <algorithm>
#include <type_traits>

namespace cg::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::store", text);
}

/// An enumeration column. An unknown key (a newer build's value, or damage) is never mapped to
/// another value: it marks the row unreadable and the file is refused.
template<class E>
E readEnum(const Statement &s, int column, E fallback)
{
    const QString text = s.text(column);
    // The file holds the exact keys (its CHECK constraints say so): look for those first, without
    // the lenient matching enumFromString does for people's input.
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (text == QLatin1String(key))
            return v;
    }
    const auto value = enumFromString<E>(text);
    if (!value)
        s.markUnreadable(column);
    return value.value_or(fallback);
}

/// A clock time "HH:MM", or NULL.
QTime readClockTime(const Statement &s, int column)
{
    if (s.isNull(column))
        return {};
    const QTime value = parseClockTime(s.text(column));
    if (!value.isValid())
        s.markUnreadable(column);
    return value;
}

QString joinAccessNeeds(const QList<AccessNeed> &needs)
{
    QStringList keys;
    for (AccessNeed need : needs)
        keys << enumKey(need);
    return keys.join(QLatin1Char(';'));
}

QList<AccessNeed> splitAccessNeeds(const QString &text)
{
    QList<AccessNeed> out;
    for (const QString &key : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (auto need = enumFromString<AccessNeed>(key); need && !out.contains(*need))
            out << *need;
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---- Binding and reading a member, by its type ------------------------------------------------
//
// The columns of every table, and the member each holds, are described once in
// storage/tables.h; these say how a member of each type is kept in its column.

template<class M>
void bindValue(Statement &s, int index, const M &value)
{
    if constexpr (std::is_enum_v<M>)
        s.bind(index, enumKey(value));
    else
        s.bind(index, value);
}
void bindValue(Statement &s, int index, const QTime &value)
{
    if (value.isValid())
        s.bind(index, value.toString(QStringLiteral("HH:mm")));
    else
        s.bindNull(index);
}
void bindValue(Statement &s, int index, const QStringList &value)
{
    s.bind(index, value.join(QLatin1Char('\n')));
}
void bindValue(Statement &s, int index, const QList<AccessNeed> &value)
{
    s.bind(index, joinAccessNeeds(value));
}

template<class M>
void readValue(const Statement &s, int column, M &value)
{
    if constexpr (std::is_enum_v<M>)
        value = readEnum(s, column, M{});
    else if constexpr (std::is_same_v<M, QString>)
        value = s.text(column);
    else if constexpr (std::is_same_v<M, QUuid>)
        value = s.uuid(column);
    else if constexpr (std::is_same_v<M, bool>)
        value = s.boolean(column);
    else if constexpr (std::is_same_v<M, int>)
        value = int(s.integer(column));
    else if constexpr (std::is_same_v<M, qint64>)
        value = s.integer(column);
    else if constexpr (std::is_same_v<M, double>)
        value = s.real(column);
    else if constexpr (std::is_same_v<M, QDate>)
        value = s.date(column);
    else if constexpr (std::is_same_v<M, QDateTime>)
        value = s.dateTime(column);
    else if constexpr (std::is_same_v<M, QByteArray>)
        value = s.blob(column);
    else
        static_assert(sizeof(M) == 0, "say in store.cpp how a column of this type is read");
}
void readValue(const Statement &s, int column, QTime &value)
{
    value = readClockTime(s, column);
}
void readValue(const Statement &s, int column, QStringList &value)
{
    const QString text = s.text(column);
    value = text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}
void readValue(const Statement &s, int column, QList<AccessNeed> &value)
{
    value = splitAccessNeeds(s.text(column));
}

/// What is stored of \a row: the row itself, but for a photo whose bytes are at hand, whose
/// byte_size is theirs.
template<class T>
const T &stored(const T &row, T &)
{
    return row;
}
const Attachment &stored(const Attachment &row, Attachment &scratch)
{
    if (row.data.isNull())
        return row;
    scratch = row;
    scratch.byteSize = qint64(row.data.size());
    return scratch;
}

// Column i of the description binds to parameter i + 1.
template<class T>
struct Mapping
{
    static constexpr const char *table = tables::Description<T>::table;
    static void bind(Statement &s, const T &row)
    {
        T scratch;
        const T &value = stored(row, scratch);
        tables::forEachColumn<T>([&](const auto &column, int i) { bindValue(s, i + 1, value.*column.member); });
    }
    static T read(const Statement &s)
    {
        T row;
        tables::forEachColumn<T>([&](const auto &column, int i) { readValue(s, i, row.*column.member); });
        return row;
    }
};

// ---- SQL text, built once per entity ------------------------------------------------------------

template<class T>
struct Sql
{
    static const Sql &get()
    {
        static const Sql sql;
        return sql;
    }
    QByteArray insert;
    QByteArray update;
    QByteArray remove;
    QByteArray select;

private:
    Sql()
    {
        QByteArray names;
        QByteArray params;
        QByteArray assignments;
        tables::forEachColumn<T>([&](const auto &c, int index) {
            const int i = index + 1;
            const char *column = c.name;
            if (i > 1) {
                names += ", ";
                params += ", ";
            }
            names += column;
            params += '?' + QByteArray::number(i);
            if (i > 1) {
                if (!assignments.isEmpty())
                    assignments += ", ";
                assignments += QByteArray(column) + " = ?" + QByteArray::number(i);
            }
        });
        const QByteArray table(Mapping<T>::table);
        insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ')';
        update = "UPDATE " + table + " SET " + assignments + " WHERE id = ?1";
        remove = "DELETE FROM " + table + " WHERE id = ?1";
        select = "SELECT " + names + " FROM " + table + " ORDER BY rowid";
    }
};

// ---- Membership tables owned by a parent row --------------------------------------------------

struct Members
{
    const char *clear;
    const char *add;
    const char *select;
};

constexpr Members groupMembers{"DELETE FROM group_member WHERE group_id = ?1",
                               "INSERT INTO group_member (group_id, participant_id, position) VALUES (?1, ?2, ?3)",
                               "SELECT group_id, participant_id FROM group_member ORDER BY group_id, position"};
// Only read: the lock flag is written by writeChildren<Group> after the membership rows.
constexpr Members lockedGroupMembers{
    nullptr, nullptr,
    "SELECT group_id, participant_id FROM group_member WHERE locked ORDER BY group_id, position"};
constexpr Members actionNotes{"DELETE FROM action_note WHERE action_id = ?1",
                              "INSERT INTO action_note (action_id, note_id, position) VALUES (?1, ?2, ?3)",
                              "SELECT action_id, note_id FROM action_note ORDER BY action_id, position"};
constexpr Members themeNotes{"DELETE FROM theme_note WHERE theme_id = ?1",
                             "INSERT INTO theme_note (theme_id, note_id, position) VALUES (?1, ?2, ?3)",
                             "SELECT theme_id, note_id FROM theme_note ORDER BY theme_id, position"};
constexpr Members attachmentPeople{
    "DELETE FROM attachment_person WHERE attachment_id = ?1",
    "INSERT INTO attachment_person (attachment_id, participant_id, position) VALUES (?1, ?2, ?3)",
    "SELECT attachment_id, participant_id FROM attachment_person ORDER BY attachment_id, position"};

Result<void> writeMembers(Database &db, const Members &m, const QUuid &owner, const QList<QUuid> &ids, bool clear)
{
    if (clear) {
        auto del = db.prepare(m.clear);
        if (!del)
            return del.error();
        del->bind(1, owner);
        if (auto done = del->exec(); !done)
            return done;
    }
    if (ids.isEmpty())
        return {};
    auto add = db.prepare(m.add);
    if (!add)
        return add.error();
    for (int i = 0; i < ids.size(); ++i) {
        add->bind(1, owner);
        add->bind(2, ids[i]);
        add->bind(3, i);
        if (auto done = add->exec(); !done)
            return done;
        add->reset();
    }
    return {};
}

template<class T>
Result<void> writeChildren(Database &, const T &, bool)
{
    return {};
}
template<>
Result<void> writeChildren(Database &db, const Group &g, bool clear)
{
    if (auto written = writeMembers(db, groupMembers, g.id, g.memberIds, clear); !written)
        return written;
    // Members fixed to this table (schema version 2): a flag on their membership row.
    if (g.lockedIds.isEmpty())
        return {};
    auto lock = db.prepare("UPDATE group_member SET locked = 1 WHERE group_id = ?1 AND participant_id = ?2");
    if (!lock)
        return lock.error();
    for (const QUuid &id : g.lockedIds) {
        lock->bind(1, g.id);
        lock->bind(2, id);
        if (auto done = lock->exec(); !done)
            return done;
        lock->reset();
    }
    return {};
}
template<>
Result<void> writeChildren(Database &db, const Action &a, bool clear)
{
    return writeMembers(db, actionNotes, a.id, a.noteIds, clear);
}
template<>
Result<void> writeChildren(Database &db, const Theme &t, bool clear)
{
    return writeMembers(db, themeNotes, t.id, t.noteIds, clear);
}
template<>
Result<void> writeChildren(Database &db, const Attachment &a, bool clear)
{
    if (auto people = writeMembers(db, attachmentPeople, a.id, a.peopleShown, clear); !people)
        return people;
    // Null bytes mean "not loaded": an update of the caption or the people keeps what is stored.
    if (a.data.isNull()) {
        if (!clear)
            return fail(tr("The picture “%1” came without its contents, so it cannot be stored.").arg(a.fileName));
        return {};
    }
    auto put = db.prepare("INSERT OR REPLACE INTO attachment_data (attachment_id, bytes) VALUES (?1, ?2)");
    if (!put)
        return put.error();
    put->bind(1, a.id);
    put->bind(2, a.data);
    return put->exec();
}

template<class T>
Result<void> insertRow(Database &db, const T &row)
{
    auto stmt = db.prepare(Sql<T>::get().insert.constData());
    if (!stmt)
        return stmt.error();
    Mapping<T>::bind(*stmt, row);
    if (auto done = stmt->exec(); !done)
        return done;
    return writeChildren(db, row, false);
}

template<class T>
Result<void> updateRow(Database &db, const T &row)
{
    auto stmt = db.prepare(Sql<T>::get().update.constData());
    if (!stmt)
        return stmt.error();
    Mapping<T>::bind(*stmt, row);
    if (auto done = stmt->exec(); !done)
        return done;
    if (db.changes() != 1)
        return fail(QCoreApplication::translate("cg::store", "The %1 being changed is no longer in the file.").arg(QLatin1String(Mapping<T>::table)));
    return writeChildren(db, row, true);
}

template<class T>
Result<void> removeRow(Database &db, const QUuid &id)
{
    auto stmt = db.prepare(Sql<T>::get().remove.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (auto done = stmt->exec(); !done)
        return done;
    if (db.changes() != 1)
        return fail(QCoreApplication::translate("cg::store", "The %1 being removed is no longer in the file.").arg(QLatin1String(Mapping<T>::table)));
    return {};
}

Error unreadableRow(const char *table, const Statement &s)
{
    return fail(tr("a row of %1 holds a value Common Ground cannot read (%2). The file may be damaged, or come from "
                   "a newer version; nothing was changed.")
                    .arg(QLatin1String(table), *s.unreadable()));
}

template<class T>
Result<void> loadTable(Database &db, Table<T> &into)
{
    auto stmt = db.prepare(Sql<T>::get().select.constData());
    if (!stmt)
        return stmt.error();
    while (stmt->next()) {
        T row = Mapping<T>::read(*stmt);
        if (stmt->unreadable())
            return unreadableRow(Mapping<T>::table, *stmt);
        into.insert(std::move(row));
    }
    if (stmt->error())
        return *stmt->error();
    return {};
}

template<class T>
Result<void> loadMembers(Database &db, const Members &m, Table<T> &owners, QList<QUuid> T::*list)
{
    auto stmt = db.prepare(m.select);
    if (!stmt)
        return stmt.error();
    // Rows come grouped by owner: look the owner up once per run of rows.
    QUuid current;
    std::vector<std::pair<QUuid, QList<QUuid>>> runs;
    while (stmt->next()) {
        const QUuid owner = stmt->uuid(0);
        if (runs.empty() || owner != current) {
            runs.emplace_back(owner, QList<QUuid>());
            current = owner;
        }
        runs.back().second << stmt->uuid(1);
    }
    if (stmt->error())
        return *stmt->error();
    for (auto &[owner, ids] : runs) {
        if (const T *row = owners.find(owner)) {
            T copy = *row;
            copy.*list = std::move(ids);
            owners.update(copy);
        }
    }
    return {};
}

template<class Fn>
Result<void> forEachTable(Fn &&fn)
{
    // In foreign-key order (see Entity).
    return tables::forEachRowTypeUntilFailed<Result<void>>(fn);
}

} // namespace

const char *tableName(Entity entity)
{
    return tables::of(entity).name;
}

Result<void> insert(Database &db, const AnyRecord &record)
{
    return std::visit([&db](const auto &row) { return insertRow(db, row); }, record);
}

Result<void> update(Database &db, const AnyRecord &record)
{
    return std::visit([&db](const auto &row) { return updateRow(db, row); }, record);
}

Result<void> remove(Database &db, Entity entity, const QUuid &id)
{
    switch (entity) {
    case Entity::Workshop:
        return fail(tr("The workshop itself cannot be removed from its file."));
    case Entity::Participant:
        return removeRow<Participant>(db, id);
    case Entity::ConsentEvent:
        return removeRow<ConsentEvent>(db, id);
    case Entity::Group:
        return removeRow<Group>(db, id);
    case Entity::AgendaItem:
        return removeRow<AgendaItem>(db, id);
    case Entity::Board:
        return removeRow<Board>(db, id);
    case Entity::Theme:
        return removeRow<Theme>(db, id);
    case Entity::Note:
        return removeRow<Note>(db, id);
    case Entity::Vote:
        return removeRow<Vote>(db, id);
    case Entity::Action:
        return removeRow<Action>(db, id);
    case Entity::Attachment:
        return removeRow<Attachment>(db, id);
    case Entity::Feedback:
        return removeRow<Feedback>(db, id);
    case Entity::Payment:
        return removeRow<Payment>(db, id);
    case Entity::AuditEvent:
        return removeRow<AuditEvent>(db, id);
    case Entity::SeatingRule:
        return removeRow<SeatingRule>(db, id);
    }
    return fail(tr("Unknown kind of record."));
}

Result<WorkshopData> loadAll(Database &db)
{
    WorkshopData data;
    {
        auto stmt = db.prepare(Sql<Workshop>::get().select.constData());
        if (!stmt)
            return stmt.error();
        if (!stmt->next())
            return stmt->error() ? *stmt->error() : fail(tr("The workshop file has no workshop in it."));
        data.workshop = Mapping<Workshop>::read(*stmt);
        if (stmt->unreadable())
            return unreadableRow(Mapping<Workshop>::table, *stmt);
    }
    if (auto count = db.queryInteger(QStringLiteral("SELECT count(*) FROM note")); count)
        data.notes.reserve(std::size_t(*count));
    auto loaded = forEachTable([&](auto type) {
        using T = typename decltype(type)::type;
        return loadTable(db, data.table<T>());
    });
    if (!loaded)
        return loaded.error();
    if (auto r = loadMembers(db, groupMembers, data.groups, &Group::memberIds); !r)
        return r.error();
    if (auto r = loadMembers(db, lockedGroupMembers, data.groups, &Group::lockedIds); !r)
        return r.error();
    if (auto r = loadMembers(db, actionNotes, data.actions, &Action::noteIds); !r)
        return r.error();
    if (auto r = loadMembers(db, themeNotes, data.themes, &Theme::noteIds); !r)
        return r.error();
    if (auto r = loadMembers(db, attachmentPeople, data.attachments, &Attachment::peopleShown); !r)
        return r.error();
    return data;
}

Result<Table<ConsentEvent>> loadConsentEvents(Database &db)
{
    Table<ConsentEvent> events;
    if (auto r = loadTable(db, events); !r)
        return r.error();
    return events;
}

Result<QByteArray> attachmentData(Database &db, const QUuid &attachmentId)
{
    auto stmt = db.prepare("SELECT bytes FROM attachment_data WHERE attachment_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId);
    if (!stmt->next()) {
        if (stmt->error())
            return *stmt->error();
        return fail(tr("The picture is missing from the workshop file."));
    }
    QByteArray bytes = stmt->blob(0);
    if (bytes.isNull())
        bytes = QByteArray(""); // a stored empty file is empty, not "not loaded"
    return bytes;
}

Result<void> writeAll(Database &db, const WorkshopData &data)
{
    if (auto r = insertRow(db, data.workshop); !r)
        return r;
    auto written = forEachTable([&](auto type) -> Result<void> {
        using T = typename decltype(type)::type;
        for (const T &row : data.table<T>()) {
            if constexpr (std::is_same_v<T, Theme>) {
                // Themes come before notes (notes point at their board theme), so a cross-board
                // theme's notes are listed once every note is in.
                Theme bare = row;
                bare.noteIds.clear();
                if (auto r = insertRow(db, bare); !r)
                    return r;
            } else if (auto r = insertRow(db, row); !r) {
                return r;
            }
        }
        return {};
    });
    if (!written)
        return written;
    for (const Theme &theme : data.themes) {
        if (auto r = writeMembers(db, themeNotes, theme.id, theme.noteIds, false); !r)
            return r;
    }
    return {};
}

} // namespace cg::store
