// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/tables.h"

namespace cg::tables {

namespace {

template<class T> TableInfo infoOf()
{
    TableInfo info { Description<T>::table, entityOf<T>(), nullptr, Description<T>::archiveKey, {},
        { QStringLiteral("id") }, Description<T>::merged };
    forEachColumn<T>([&](const auto &column, int) {
        using M = typename std::decay_t<decltype(column)>::Member;
        info.columns.push_back(
            { column.name, sqlTypeOf<M>(), (column.flags & NotNull) != 0, column.references });
    });
    return info;
}

/// A membership row: owner id, member id, position (and whatever later versions added).
TableInfo membership(const char *name, const char *owner, const char *ownerColumn, const char *memberColumn,
    const char *memberTable, std::vector<ColumnInfo> more = {})
{
    TableInfo info { name, std::nullopt, owner, nullptr,
        { { ownerColumn, SqlType::Text, true, owner }, { memberColumn, SqlType::Text, true, memberTable },
            { "position", SqlType::Integer, true, nullptr } },
        { QString::fromLatin1(ownerColumn), QString::fromLatin1(memberColumn) }, true };
    for (const ColumnInfo &c : more)
        info.columns.push_back(c);
    return info;
}

std::vector<TableInfo> build()
{
    std::vector<TableInfo> out;
    out.push_back(infoOf<Workshop>());
    out.push_back(infoOf<Participant>());
    out.push_back(infoOf<ConsentEvent>());
    out.push_back(infoOf<Group>());
    out.push_back(membership("group_member", "breakout_group", "group_id", "participant_id", "participant",
        { { "locked", SqlType::Integer, true, nullptr } }));
    out.push_back(infoOf<AgendaItem>());
    out.push_back(infoOf<Board>());
    out.push_back(infoOf<Theme>());
    out.push_back(infoOf<Note>());
    out.push_back(membership("theme_note", "theme", "theme_id", "note_id", "note"));
    out.push_back(infoOf<Vote>());
    out.push_back(infoOf<Action>());
    out.push_back(membership("action_note", "action", "action_id", "note_id", "note"));
    out.push_back(infoOf<Attachment>());
    out.push_back(
        membership("attachment_person", "attachment", "attachment_id", "participant_id", "participant"));
    out.push_back(TableInfo { "attachment_data", std::nullopt, "attachment", nullptr,
        { { "attachment_id", SqlType::Text, true, "attachment" }, { "bytes", SqlType::Blob, true, nullptr } },
        { QStringLiteral("attachment_id") }, true });
    out.push_back(infoOf<Feedback>());
    out.push_back(infoOf<Payment>());
    out.push_back(infoOf<AuditEvent>());
    out.push_back(infoOf<SeatingRule>());
    return out;
}

} // namespace

const std::vector<TableInfo> &all()
{
    static const std::vector<TableInfo> tables = build();
    return tables;
}

const TableInfo &of(Entity entity)
{
    for (const TableInfo &t : all()) {
        if (t.entity == entity)
            return t;
    }
    return all().front(); // every Entity is described (the schema test checks)
}

std::optional<Entity> entityOfTable(const QString &table)
{
    for (const TableInfo &t : all()) {
        if (table == QLatin1String(t.name))
            return t.entity;
    }
    return std::nullopt;
}

QStringList mergedTables()
{
    QStringList names;
    for (const TableInfo &t : all()) {
        if (t.merged)
            names << QString::fromLatin1(t.name);
    }
    return names;
}

QStringList ownedTables()
{
    QStringList names;
    for (const TableInfo &t : all()) {
        if (!t.entity)
            names << QString::fromLatin1(t.name);
    }
    return names;
}

QStringList bookkeepingTables()
{
    return { QStringLiteral("table_copy"), QStringLiteral("table_copy_removed"),
        QStringLiteral("table_copy_merged") };
}

} // namespace cg::tables
