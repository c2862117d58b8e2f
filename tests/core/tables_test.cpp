// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one description of every table (core/storage/tables.h) against the schema a freshly
// created file gets from its migrations: the same tables, columns in the same order with the
// same types and NULLs, the same keys and the same references. The store, the archive and the
// merge all work from the description, so this is what keeps them in line with the file.
#include "storage/database.h"
#include "storage/tables.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>

using namespace cg;

namespace {

QString typeName(tables::SqlType type)
{
    switch (type) {
    case tables::SqlType::Text:
        return QStringLiteral("TEXT");
    case tables::SqlType::Integer:
        return QStringLiteral("INTEGER");
    case tables::SqlType::Real:
        return QStringLiteral("REAL");
    case tables::SqlType::Blob:
        return QStringLiteral("BLOB");
    }
    return QString();
}

/// "name TYPE [NOT NULL] [-> parent]" per column, in order, and the key, as a file has them.
struct Shape
{
    QStringList columns;
    QStringList key;
    QStringList references;
};

Shape shapeInFile(Database &db, const QString &table)
{
    Shape shape;
    auto info = db.prepareUncached(
        QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1) ORDER BY cid"));
    REQUIRE(info.ok());
    info->bind(1, table);
    std::map<qint64, QString> key;
    while (info->next()) {
        shape.columns << info->text(0) + QLatin1Char(' ') + info->text(1)
                + (info->integer(2) ? QStringLiteral(" NOT NULL") : QString());
        if (info->integer(3) > 0)
            key[info->integer(3)] = info->text(0);
    }
    for (const auto &[position, name] : key)
        shape.key << name;
    auto fks
        = db.prepareUncached(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)"));
    REQUIRE(fks.ok());
    fks->bind(1, table);
    while (fks->next())
        shape.references << fks->text(0) + QStringLiteral(" -> ") + fks->text(1);
    shape.references.sort();
    return shape;
}

Shape described(const tables::TableInfo &table)
{
    Shape shape;
    for (const tables::ColumnInfo &c : table.columns) {
        shape.columns << QString::fromLatin1(c.name) + QLatin1Char(' ') + typeName(c.type)
                + (c.notNull ? QStringLiteral(" NOT NULL") : QString());
        if (c.references)
            shape.references << QString::fromLatin1(c.name) + QStringLiteral(" -> ")
                    + QString::fromLatin1(c.references);
    }
    shape.key = table.primaryKey;
    shape.references.sort();
    return shape;
}

} // namespace

TEST_CASE("tables: the description of every table matches the schema of a new file", "[tables]")
{
    test::TempDir dir;
    auto db = workshopfile::create(dir.path(QStringLiteral("fresh.cgw")));
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    Database &file = **db;

    QSet<QString> describedNames;
    for (const tables::TableInfo &table : tables::all()) {
        const QString name = QString::fromLatin1(table.name);
        describedNames.insert(name);
        INFO("table " << name.toStdString());
        const Shape inFile = shapeInFile(file, name);
        const Shape inDescription = described(table);
        REQUIRE_FALSE(inFile.columns.isEmpty()); // the table is in the file
        CHECK(inDescription.columns == inFile.columns);
        CHECK(inDescription.key == inFile.key);
        CHECK(inDescription.references == inFile.references);
    }
    // Every table of the file is described, or is the file's own bookkeeping.
    auto names = file.queryTexts(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    REQUIRE(names.ok());
    for (const QString &name : *names) {
        INFO("table in the file: " << name.toStdString());
        CHECK((describedNames.contains(name) || tables::bookkeepingTables().contains(name)));
    }
    for (const QString &name : tables::bookkeepingTables())
        CHECK(names->contains(name));
}

TEST_CASE("tables: every entity has one table, listed after the tables it refers to", "[tables]")
{
    for (int e = 0; e <= int(Entity::SeatingRule); ++e) {
        const tables::TableInfo &table = tables::of(Entity(e));
        INFO("entity " << e);
        CHECK(table.entity == Entity(e));
        CHECK(tables::entityOfTable(QString::fromLatin1(table.name)) == Entity(e));
        CHECK(table.archiveKey != nullptr);
    }
    QStringList seen;
    for (const tables::TableInfo &table : tables::all()) {
        for (const tables::ColumnInfo &c : table.columns) {
            if (c.references && QLatin1String(c.references) != QLatin1String(table.name)) {
                INFO(table.name << "." << c.name << " refers to " << c.references);
                CHECK(seen.contains(QString::fromLatin1(c.references)));
            }
        }
        if (table.owner)
            CHECK(seen.contains(QString::fromLatin1(table.owner)));
        seen << QString::fromLatin1(table.name);
    }
    // A merge brings back every table of what a table copy holds, but not the day's running
    // order, payments or seating rules.
    const QStringList merged = tables::mergedTables();
    CHECK(merged.contains(QStringLiteral("note")));
    CHECK(merged.contains(QStringLiteral("attachment_data")));
    CHECK_FALSE(merged.contains(QStringLiteral("workshop")));
    CHECK_FALSE(merged.contains(QStringLiteral("agenda_item")));
    CHECK_FALSE(merged.contains(QStringLiteral("payment")));
    CHECK_FALSE(merged.contains(QStringLiteral("seating_rule")));
}

TEST_CASE("tables: the archive carries each entity under the keys the description gives", "[tables]")
{
    // The golden archive holds rows of every kind, with every field.
    QFile file(test::dataPath(QStringLiteral("awkward/archive.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    tables::forEachRowType([&](auto type) {
        using T = typename decltype(type)::type;
        QStringList expected;
        tables::forEachArchiveField<T>(
            [&](const char *key, auto, bool) { expected << QString::fromLatin1(key); });
        expected.sort();
        const QJsonArray rows = root.value(QLatin1String(tables::Description<T>::archiveKey)).toArray();
        INFO(tables::Description<T>::archiveKey);
        CHECK_FALSE(rows.isEmpty());
        for (const QJsonValue &row : rows) {
            QStringList keys = row.toObject().keys();
            keys.sort();
            CHECK(keys == expected);
        }
    });
    QStringList workshopKeys;
    tables::forEachArchiveField<Workshop>(
        [&](const char *key, auto, bool) { workshopKeys << QString::fromLatin1(key); });
    workshopKeys.sort();
    QStringList inFile = root.value(QStringLiteral("workshop")).toObject().keys();
    inFile.sort();
    CHECK(inFile == workshopKeys);
}
