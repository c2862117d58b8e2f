// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// seal / unseal through the real commonground-cli binary.
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

QJsonObject counts(const QString &workshop)
{
    const auto info = test::runCli({ q("info"), workshop, q("--json") });
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    return QJsonDocument::fromJson(info.out.toUtf8()).object().value(q("counts")).toObject();
}

} // namespace

TEST_CASE("cli: seal and unseal a workshop; the opened copy has the same people", "[cli][seal]")
{
    test::TempDir dir;
    const QString w = dir.path(q("demo.cgw"));
    const auto made = test::runCli({ q("demo"), w });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject before = counts(w);
    REQUIRE(before.value(q("participants")).toInt() > 5);

    const QString pass = dir.path(q("pass.txt"));
    writeFile(pass, "a long hand-over phrase\n");
    const QString sealed = dir.path(q("demo.cgseal"));
    const auto sealRun = test::runCli({ q("seal"), w, q("-o"), sealed, q("--passphrase-file"), pass });
    INFO(sealRun.err.toStdString());
    REQUIRE(sealRun.exitCode == 0);
    CHECK(sealRun.out.contains(q("Sealed the workshop")));
    CHECK(test::readAll(sealed).startsWith("CGSEAL1\n"));
    CHECK((QFile::permissions(sealed) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    // The hand-over is in the audit trail.
    CHECK(counts(w).value(q("auditEvents")).toInt() == before.value(q("auditEvents")).toInt() + 1);

    const QString opened = dir.path(q("opened.cgw"));
    const auto unsealRun = test::runCli({ q("unseal"), sealed, q("-o"), opened, q("--passphrase-file"), pass });
    INFO(unsealRun.err.toStdString());
    REQUIRE(unsealRun.exitCode == 0);
    CHECK(unsealRun.out.contains(q("Opened the sealed workshop")));
    const QJsonObject after = counts(opened);
    CHECK(after.value(q("participants")).toInt() == before.value(q("participants")).toInt());
    CHECK(after.value(q("notes")).toInt() == before.value(q("notes")).toInt());

    // An existing output is never replaced.
    const QByteArray existing = test::readAll(opened);
    const auto again = test::runCli({ q("unseal"), sealed, q("-o"), opened, q("--passphrase-file"), pass });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(q("already exists")));
    CHECK(test::readAll(opened) == existing);

    // A wrong passphrase writes nothing and says so.
    const QString wrong = dir.path(q("wrong.txt"));
    writeFile(wrong, "not the hand-over phrase\n");
    const QString other = dir.path(q("other.cgw"));
    const auto refused = test::runCli({ q("unseal"), sealed, q("-o"), other, q("--passphrase-file"), wrong });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(q("The passphrase is not the one this file was sealed with")));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("cli: seal and unseal an export; short passphrases and missing options are refused", "[cli][seal]")
{
    test::TempDir dir;
    const QString file = dir.path(q("share-back.md"));
    writeFile(file, "# Share-back\n\nWhat Zoë said about the bus stop.\n");
    const QString pass = dir.path(q("pass.txt"));
    writeFile(pass, "another long phrase");
    const QString shortPass = dir.path(q("short.txt"));
    writeFile(shortPass, "1234567\n");
    const QString sealed = dir.path(q("share.cgseal"));

    const auto tooShort = test::runCli({ q("seal"), file, q("-o"), sealed, q("--passphrase-file"), shortPass });
    CHECK(tooShort.exitCode == 1);
    CHECK(tooShort.err.contains(q("at least 8 characters")));
    CHECK_FALSE(QFile::exists(sealed));
    CHECK(test::runCli({ q("seal"), file, q("--passphrase-file"), pass }).exitCode == 2);
    CHECK(test::runCli({ q("seal"), file, q("-o"), sealed }).exitCode == 2);

    REQUIRE(test::runCli({ q("seal"), file, q("-o"), sealed, q("--passphrase-file"), pass }).exitCode == 0);
    CHECK_FALSE(test::readAll(sealed).contains("about the bus stop"));
    const QString out = dir.path(q("back.md"));
    const auto opened = test::runCli({ q("unseal"), sealed, q("-o"), out, q("--passphrase-file"), pass });
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    CHECK(opened.out.contains(q("share-back.md")));
    CHECK(test::readAll(out) == test::readAll(file));

    // Not a sealed file at all.
    const auto notSealed = test::runCli({ q("unseal"), file, q("-o"), dir.path(q("x")), q("--passphrase-file"), pass });
    CHECK(notSealed.exitCode == 1);
    CHECK(notSealed.err.contains(q("not a sealed")));
}
