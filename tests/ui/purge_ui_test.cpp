// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Purge Personal Data…: the dialog's preview and confirmations, and the window's banner
// once the retention date has come.
#include "appactions.h"
#include "commands/edits.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "presenterwindow.h"
#include "purgedialog.h"
#include "session/session.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

using namespace cg;

namespace {

const QString kEmail = QStringLiteral("rowan.ellery@example.org");

/// A workshop whose one person has contact details and a payment; retention on \a retention.
std::unique_ptr<Session> makeSession(const test::TempDir &dir, const QDate &retention, bool fakeClock = true)
{
    auto session = test::newSession(dir);
    if (fakeClock)
        session->setClock(test::FakeClock {}); // 22 November 2026
    Workshop w = session->workshop();
    w.retentionDate = retention;
    REQUIRE(session->perform(edits::editWorkshop(session->data(), w)).ok());
    Participant p;
    p.displayName = QStringLiteral("Rowan <b>Ellery</b>");
    p.email = kEmail;
    REQUIRE(session->perform(edits::addParticipant(session->data(), p)).ok());
    Payment pay;
    pay.participantId = session->data().participants.rows().back().id;
    pay.hoursSession = 2;
    pay.rateMinor = 2000;
    REQUIRE(session->perform(edits::setPayment(session->data(), pay)).ok());
    return session;
}

QPushButton *purgeButton(const PurgeDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Purge")))
            return button;
    }
    return nullptr;
}

const MessageBanner *bannerSaying(const MainWindow &window, const QString &words)
{
    for (const MessageBanner *banner : window.findChildren<MessageBanner *>()) {
        if (banner->isVisibleTo(&window) && banner->message().contains(words))
            return banner;
    }
    return nullptr;
}

} // namespace

TEST_CASE("purge dialog: previews what goes and purges only when confirmed", "[purge][ui]")
{
    test::TempDir dir;
    auto session = makeSession(dir, QDate(2026, 11, 1));
    PurgeDialog dialog(session.get(), QStringLiteral("Sam"));
    CHECK(dialog.isDue());
    REQUIRE(dialog.hasSomethingToPurge());
    CHECK(dialog.goingLines().contains(QStringLiteral("1 email address is removed.")));
    CHECK(dialog.goingLines().contains(QStringLiteral("1 payment record is deleted.")));
    // Every label that shows the workshop's words is plain text: a name is never markup. (The
    // form's own field label, with its mnemonic, is the only other.)
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->buddy())
            CHECK(label->textFormat() == Qt::PlainText);
    }

    QPushButton *purge = purgeButton(dialog);
    REQUIRE(purge != nullptr);
    CHECK_FALSE(purge->isEnabled());
    CHECK_FALSE(dialog.apply().ok());
    CHECK(session->data().participants.rows().back().email == kEmail);

    dialog.setConfirmed(true);
    CHECK(purge->isEnabled());
    REQUIRE(dialog.apply().ok());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.counts().emails == 1);
    const Participant &p = session->data().participants.rows().back();
    CHECK(p.email.isEmpty());
    CHECK(p.displayName == p.pseudonym);
    CHECK(session->data().payments.empty());
    CHECK(session->data().auditEvents.rows().back().actor == QStringLiteral("Sam"));
    CHECK(session->undoStack()->count() == 0);
}

TEST_CASE("purge dialog: before the retention date both boxes are needed", "[purge][ui]")
{
    test::TempDir dir;
    auto session = makeSession(dir, QDate(2027, 11, 22));
    PurgeDialog dialog(session.get(), {});
    CHECK_FALSE(dialog.isDue());
    QPushButton *purge = purgeButton(dialog);
    REQUIRE(purge != nullptr);
    dialog.setConfirmed(true);
    CHECK_FALSE(purge->isEnabled());
    CHECK_FALSE(dialog.apply().ok());
    CHECK(session->data().payments.size() == 1);
    dialog.setEarlyConfirmed(true);
    CHECK(purge->isEnabled());
    REQUIRE(dialog.apply().ok());
    CHECK(session->data().payments.empty());
}

TEST_CASE("purge dialog: with nothing left it says so and offers no purge", "[purge][ui]")
{
    test::TempDir dir;
    auto session = makeSession(dir, QDate(2026, 11, 1));
    REQUIRE(session->recordIrreversibly(edits::purgePersonalData(session->data(), {}, session->now(), false)).ok());
    PurgeDialog dialog(session.get(), {});
    CHECK_FALSE(dialog.hasSomethingToPurge());
    CHECK(purgeButton(dialog) == nullptr);
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().contains(QStringLiteral("no personal data left"));
    CHECK(said);
    CHECK_FALSE(dialog.apply().ok());
}

TEST_CASE("the window says when the retention date has come, and not before", "[purge][ui]")
{
    test::TempDir dir;
    QString path;
    {
        auto session = makeSession(dir, QDate::currentDate().addDays(-3), false);
        path = session->filePath();
    }
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    REQUIRE(window.openFile(path));
    CHECK(bannerSaying(window, QStringLiteral("due to be purged")) != nullptr);
    CHECK(window.actions()->purgePersonalData->isEnabled());
    window.closeWorkshop();
    CHECK(bannerSaying(window, QStringLiteral("due to be purged")) == nullptr);
    CHECK_FALSE(window.actions()->purgePersonalData->isEnabled());

    // The same workshop before its date: no banner.
    {
        auto session = Session::open(path);
        REQUIRE(session.ok());
        Workshop w = (*session)->workshop();
        w.retentionDate = QDate::currentDate().addDays(30);
        REQUIRE((*session)->perform(edits::editWorkshop((*session)->data(), w)).ok());
    }
    REQUIRE(window.openFile(path));
    CHECK(bannerSaying(window, QStringLiteral("due to be purged")) == nullptr);
}
