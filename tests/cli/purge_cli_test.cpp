// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// purge, driven through the real binary: preview, refusal before the retention date, --force,
// and the purged details gone from the file.
#include "commands/edits.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>

using namespace cg;

namespace {

const QString kEmail = QStringLiteral("wren.harrow5@example.org");
const QString kName = QStringLiteral("Wren Harrowgate");

/// A workshop with one person who has contact details and a payment, and the given retention
/// date (relative to the real today: the command line uses the real clock).
QString makeWorkshop(const test::TempDir &dir, const QDate &retention)
{
    auto session = test::newSession(dir, QStringLiteral("w.cgw"));
    Session &s = *session;
    Workshop w = s.workshop();
    w.retentionDate = retention;
    REQUIRE(s.perform(edits::editWorkshop(s.data(), w)).ok());
    Participant p;
    p.displayName = kName;
    p.email = kEmail;
    p.phone = QStringLiteral("01632 960 331");
    REQUIRE(s.perform(edits::addParticipant(s.data(), p)).ok());
    Payment pay;
    pay.participantId = s.data().participants.rows().back().id;
    pay.hoursSession = 2;
    pay.rateMinor = 2000;
    REQUIRE(s.perform(edits::setPayment(s.data(), pay)).ok());
    return dir.path(QStringLiteral("w.cgw"));
}

} // namespace

TEST_CASE("cli: purge --preview says what would go and changes nothing", "[cli][purge]")
{
    test::TempDir dir;
    const QString path = makeWorkshop(dir, QDate::currentDate().addDays(10));
    const QByteArray before = test::readAll(path);
    const auto run = test::runCli({ QStringLiteral("purge"), path, QStringLiteral("--preview") });
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("not due to be purged yet")));
    CHECK(run.out.contains(QStringLiteral("1 email address is removed.")));
    CHECK(run.out.contains(QStringLiteral("1 payment record is deleted.")));
    CHECK(run.out.contains(QStringLiteral("What stays:")));
    CHECK_FALSE(run.out.contains(kEmail));
    CHECK(test::readAll(path) == before);
}

TEST_CASE("cli: purge is refused before the retention date unless forced", "[cli][purge]")
{
    test::TempDir dir;
    const QString path = makeWorkshop(dir, QDate::currentDate().addDays(10));
    const QByteArray before = test::readAll(path);
    auto run = test::runCli({ QStringLiteral("purge"), path });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--force")));
    CHECK(test::readAll(path) == before);

    run = test::runCli({ QStringLiteral("purge"), path, QStringLiteral("--force"), QStringLiteral("--by"),
        QStringLiteral("Priya") });
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Purged the personal data")));
    const QByteArray raw = test::readAll(path);
    CHECK_FALSE(raw.contains(kEmail.toUtf8()));
    CHECK_FALSE(raw.contains(kName.toUtf8()));

    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    const WorkshopData &data = (*reopened)->data();
    CHECK(data.payments.empty());
    CHECK(data.participants.rows().front().displayName == data.participants.rows().front().pseudonym);
    CHECK(data.auditEvents.rows().back().kind == QStringLiteral("purge"));
    CHECK(data.auditEvents.rows().back().actor == QStringLiteral("Priya"));
}

TEST_CASE("cli: purge after the retention date, then again finds nothing", "[cli][purge]")
{
    test::TempDir dir;
    const QString path = makeWorkshop(dir, QDate::currentDate().addDays(-1));
    auto run = test::runCli({ QStringLiteral("purge"), path });
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("1 phone number is removed.")));
    CHECK_FALSE(test::readAll(path).contains(kEmail.toUtf8()));

    run = test::runCli({ QStringLiteral("purge"), path });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no personal data left")));
    run = test::runCli({ QStringLiteral("purge"), path, QStringLiteral("--preview") });
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("no personal data left")));
}

TEST_CASE("cli: purge without a workshop file is a usage error", "[cli][purge]")
{
    CHECK(test::runCli({ QStringLiteral("purge") }).exitCode == 2);
    test::TempDir dir;
    const auto missing = test::runCli({ QStringLiteral("purge"), dir.path(QStringLiteral("none.cgw")) });
    CHECK(missing.exitCode == 1);
}
