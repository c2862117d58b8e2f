// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "session/session.h"
#include "storage/database.h"
#include "storage/tables.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace cg::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Session> newSession(const TempDir &dir, const QString &name)
{
    Workshop w;
    w.title = QStringLiteral("Test workshop");
    w.date = QDate(2026, 11, 22);
    auto created = Session::create(dir.path(name), w);
    REQUIRE(created.ok());
    return std::move(*created);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList secondOpensAllowed(Session &session, bool alsoCli)
{
    const QString path = session.filePath();
    {
        QFile sniff(path); // as QFileDialog's type detection does
        if (sniff.open(QIODevice::ReadOnly))
            (void)sniff.read(64);
    }
    QStringList allowed;
    if (auto second = Session::open(path); second.ok())
        allowed << QStringLiteral("a second writable open in this process");
    if (auto reader = Session::open(path, {.readOnly = true}); reader.ok())
        allowed << QStringLiteral("a read-only open in this process");
    if (alsoCli) {
        const CliRun info = runCli({QStringLiteral("info"), path});
        if (info.exitCode == 0)
            allowed << QStringLiteral("commonground-cli info in another process");
        const CliRun add = runCli({QStringLiteral("add-note"), path, QStringLiteral("--board"), QStringLiteral("Intruder"),
            QStringLiteral("--text"), QStringLiteral("written behind the session's back")});
        if (add.exitCode == 0)
            allowed << QStringLiteral("commonground-cli add-note in another process");
    }
    return allowed;
}

QStringList dumpRows(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(db.ok());
    auto tables = (*db)->queryTexts(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    REQUIRE(tables.ok());
    QStringList rows;
    for (const QString &table : *tables) {
        auto stmt = (*db)->prepareUncached(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        REQUIRE(stmt.ok());
        while (stmt->next()) {
            QStringList cells;
            for (int c = 0; c < stmt->columnCount(); ++c)
                cells << (stmt->isNull(c) ? QStringLiteral("NULL") : stmt->text(c));
            rows << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

QStringList dumpRows(Session &session)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("snapshot.cgw"));
    auto saved = session.saveCopy(copy);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    return dumpRows(copy);
}

namespace {
template<class T>
bool sameTable(const Table<T> &a, const Table<T> &b)
{
    if (a.size() != b.size())
        return false;
    for (const T &row : a) {
        const T *other = b.find(row.id);
        if (!other || !(*other == row))
            return false;
    }
    return true;
}
} // namespace

bool sameContent(const WorkshopData &a, const WorkshopData &b)
{
    bool same = a.workshop == b.workshop;
    tables::forEachRowType([&](auto type) {
        using T = typename decltype(type)::type;
        same = same && sameTable(a.table<T>(), b.table<T>());
    });
    return same;
}

QString cliPath()
{
    return QStringLiteral(CG_CLI_PATH);
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(CG_TEST_DATA_DIR)).filePath(relative);
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace cg::test
