// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// protect / unprotect / change-passphrase, and --passphrase-file on other commands, through the
// real commonground-cli binary.
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cg;

namespace {

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

test::CliRun run(const QStringList &arguments)
{
    auto result = test::runCli(arguments);
    UNSCOPED_INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.exitCode << "\n"
                                                                 << result.err.toStdString());
    return result;
}

} // namespace

TEST_CASE("cli: protect, use with --passphrase-file, change the passphrase, unprotect", "[cli][protect]")
{
    test::TempDir dir;
    const QString w = dir.path(q("demo.cgw"));
    REQUIRE(run({ q("demo"), w }).exitCode == 0);
    const auto plainInfo = run({ q("info"), w, q("--json") });
    REQUIRE(plainInfo.exitCode == 0);
    const QJsonObject before
        = QJsonDocument::fromJson(plainInfo.out.toUtf8()).object().value(q("counts")).toObject();
    REQUIRE(before.value(q("participants")).toInt() > 5);
    // The demo's first participant, to look for in the raw bytes.
    REQUIRE(test::readAll(w).contains("Amira Haddad"));

    const QString pass = dir.path(q("pass.txt"));
    const QString other = dir.path(q("other.txt"));
    writeFile(pass, "willow kettle harbour\n");
    writeFile(other, "seven quiet lanterns\n");

    const auto protectedRun = run({ q("protect"), w, q("--passphrase-file"), pass });
    REQUIRE(protectedRun.exitCode == 0);
    CHECK(protectedRun.out.contains(q("nobody can open")));
    CHECK(test::readAll(w).startsWith("CGPROT1\n"));
    CHECK_FALSE(test::readAll(w).contains("Amira Haddad"));

    // Without the passphrase: said plainly, for every kind of command.
    for (const QStringList &command : { QStringList { q("info"), w }, QStringList { q("check"), w },
             QStringList { q("export-json"), w, dir.path(q("x.json")) } }) {
        const auto refused = run(command);
        CHECK(refused.exitCode == 1);
        // check lists problems on standard output, the others fail on standard error.
        CHECK(QString(refused.out + refused.err)
                  .contains(q("This workshop is protected; give its passphrase with --passphrase-file P.")));
    }
    // A wrong one.
    const auto wrong = run({ q("info"), w, q("--passphrase-file"), other });
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(q("not the passphrase")));

    // With it: info, check, an export and a change all work.
    const auto info = run({ q("info"), w, q("--json"), q("--passphrase-file"), pass });
    REQUIRE(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8())
              .object()
              .value(q("counts"))
              .toObject()
              .value(q("participants"))
        == before.value(q("participants")));
    const auto checked = run({ q("check"), w, q("--passphrase-file"), pass });
    CHECK(checked.exitCode == 0);
    const QString json = dir.path(q("demo.json"));
    CHECK(run({ q("export-json"), w, json, q("--passphrase-file"), pass }).exitCode == 0);
    CHECK(test::readAll(json).contains("Amira Haddad"));
    CHECK(run({ q("add-note"), w, q("--board"), q("Table 1: Leaving the ward"), q("--text"),
                  q("Added while protected"), q("--anonymous"), q("--passphrase-file"), pass })
              .exitCode
        == 0);
    CHECK_FALSE(test::readAll(w).contains("Added while protected"));

    // Change the passphrase: the old one no longer opens it.
    const auto changed
        = run({ q("change-passphrase"), w, q("--passphrase-file"), pass, q("--new-passphrase-file"), other });
    REQUIRE(changed.exitCode == 0);
    CHECK(run({ q("info"), w, q("--passphrase-file"), pass }).exitCode == 1);
    CHECK(run({ q("info"), w, q("--passphrase-file"), other }).exitCode == 0);

    // Unprotect: a plain workshop again, with the same people.
    CHECK(run({ q("unprotect"), w, q("--passphrase-file"), pass }).exitCode == 1);
    REQUIRE(run({ q("unprotect"), w, q("--passphrase-file"), other }).exitCode == 0);
    CHECK(test::readAll(w).startsWith("SQLite format 3"));
    const auto after = run({ q("info"), w, q("--json") });
    REQUIRE(after.exitCode == 0);
    CHECK(QJsonDocument::fromJson(after.out.toUtf8())
              .object()
              .value(q("counts"))
              .toObject()
              .value(q("participants"))
        == before.value(q("participants")));
}

TEST_CASE("cli: protect refuses what it should, with the usage or a reason", "[cli][protect]")
{
    test::TempDir dir;
    const QString w = dir.path(q("demo.cgw"));
    REQUIRE(run({ q("demo"), w }).exitCode == 0);
    const QString shortPass = dir.path(q("short.txt"));
    writeFile(shortPass, "short\n");
    CHECK(run({ q("protect"), w }).exitCode == 2);
    CHECK(run({ q("protect"), dir.path(q("missing.cgw")), q("--passphrase-file"), shortPass }).exitCode == 1);
    const auto tooShort = run({ q("protect"), w, q("--passphrase-file"), shortPass });
    CHECK(tooShort.exitCode == 1);
    CHECK(tooShort.err.contains(q("at least 8 characters")));
    CHECK(test::readAll(w).startsWith("SQLite format 3"));
    CHECK(run({ q("unprotect"), w, q("--passphrase-file"), shortPass }).exitCode == 1);
    CHECK(run({ q("change-passphrase"), w, q("--passphrase-file"), shortPass }).exitCode == 2);
    CHECK(run({ q("info"), w, q("--passphrase-file") }).exitCode == 2);
    // A plain workshop opens with or without --passphrase-file.
    CHECK(run({ q("info"), w, q("--passphrase-file"), shortPass }).exitCode == 0);
}
