// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace cg {
class Session;
}

namespace cg::test {

/// A private temporary folder per test; path(name) gives a file inside it.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// A fixed clock that advances one second per call, for repeatable timestamps.
struct FakeClock
{
    QDateTime next{QDate(2026, 11, 22), QTime(9, 30), Qt::UTC};
    QDateTime operator()()
    {
        const QDateTime now = next;
        next = next.addSecs(1);
        return now;
    }
};

/// A new workshop file in \a dir with a board called "Table 1" and the given clock.
std::unique_ptr<Session> newSession(const TempDir &dir, const QString &name = QStringLiteral("test.cgw"));

/// The raw bytes of a file (empty when missing).
QByteArray readAll(const QString &path);

/// Every row of every table of a workshop file, as sorted text: compares two files' content.
QStringList dumpRows(const QString &path);

/// Every row of the file behind an open session (through a consistent copy, since the session
/// holds the file exclusively).
QStringList dumpRows(Session &session);

/// Whether two workshops hold the same records, ignoring the order rows are kept in.
bool sameContent(const WorkshopData &a, const WorkshopData &b);

/// Whether the workshop behind a living session is still protected from every other opener:
/// after a descriptor of the file was opened and closed in this process (what Qt's file dialog
/// does when it sniffs file types, and what dropped SQLite's own lock), a second writable open
/// and a read-only open in this process, and commonground-cli in another process, are all
/// refused. Returns what was wrongly allowed, or an empty list.
QStringList secondOpensAllowed(Session &session, bool alsoCli = true);

/// The command-line tool's result.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs commonground-cli with \a arguments (no standard input).
CliRun runCli(const QStringList &arguments, int timeoutMs = 120000);
QString cliPath();
QString dataPath(const QString &relative);

} // namespace cg::test
