// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protect/passphrasedialogs.h"
#include "protect/protectworkshop.h"
#include "security/protection.h"
#include "session/session.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace cg;

namespace {

const QByteArray kPass = QByteArrayLiteral("kettle harbour violet");

QString protectedWorkshop(const test::TempDir &dir)
{
    QString path;
    {
        auto session = test::newSession(dir, QStringLiteral("greenhill.cgw"));
        path = session->filePath();
    }
    REQUIRE(protection::protect(path, kPass, seal::Parameters::fastestForTests()).ok());
    return path;
}

} // namespace

TEST_CASE("passphrase prompt: a wrong passphrase keeps it open with the reason; the right one opens",
    "[ui][protect]")
{
    test::TempDir dir;
    const QString path = protectedWorkshop(dir);
    protection::Unlocked unlocked;
    PassphrasePrompt prompt(QStringLiteral("greenhill.cgw"), [&](const QByteArray &passphrase) {
        auto key = protection::unlock(path, passphrase);
        if (!key)
            return key.message();
        unlocked = *key;
        return QString();
    });
    prompt.show();
    CHECK(prompt.passphraseEdit()->echoMode() == QLineEdit::Password);
    CHECK_FALSE(prompt.passphraseEdit()->accessibleName().isEmpty());
    CHECK_FALSE(prompt.openButton()->isEnabled());

    prompt.passphraseEdit()->setFocus();
    QTest::keyClicks(prompt.passphraseEdit(), QStringLiteral("kettle harbour"));
    REQUIRE(prompt.openButton()->isEnabled());
    QTest::mouseClick(prompt.openButton(), Qt::LeftButton);
    CHECK(prompt.isVisible());
    CHECK_FALSE(prompt.problemLabel()->isHidden());
    CHECK(prompt.problemLabel()->text().contains(QStringLiteral("not the passphrase")));
    CHECK(prompt.passphraseEdit()->selectedText() == QStringLiteral("kettle harbour")); // type again at once
    CHECK_FALSE(unlocked.isValid());

    // The screenshot for docs/screenshots (made on request: CG_PROTECT_SCREENSHOTS=folder).
    const QString shots = qEnvironmentVariable("CG_PROTECT_SCREENSHOTS");
    if (!shots.isEmpty()) {
        prompt.adjustSize();
        REQUIRE(prompt.grab().save(shots + QStringLiteral("/passphrase-prompt.png")));
    }

    QTest::keyClicks(prompt.passphraseEdit(), QString::fromUtf8(kPass)); // replaces the selection
    QTest::keyClick(prompt.passphraseEdit(), Qt::Key_Return);
    CHECK(prompt.result() == QDialog::Accepted);
    CHECK_FALSE(prompt.isVisible());
    CHECK(unlocked.isValid());
    auto session = Session::open(path);
    CHECK(session.ok());
}

TEST_CASE("passphrase prompt: Cancel opens nothing", "[ui][protect]")
{
    test::TempDir dir;
    const QString path = protectedWorkshop(dir);
    bool cancelled = false;
    QTimer::singleShot(0, qApp, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *prompt = qobject_cast<PassphrasePrompt *>(w); prompt && prompt->isVisible()) {
                QTest::keyClick(prompt->passphraseEdit(), Qt::Key_Escape);
                cancelled = true;
            }
        }
    });
    protection::Unlocked unlocked;
    CHECK_FALSE(protectui::unlockForOpening(nullptr, path, unlocked));
    CHECK(cancelled);
    CHECK_FALSE(unlocked.isValid());
    CHECK_FALSE(Session::open(path).ok());
}

TEST_CASE(
    "protect dialog: asks twice, gives advice, says a lost passphrase cannot be recovered", "[ui][protect]")
{
    ProtectDialog dialog(ProtectDialog::Purpose::Protect, QStringLiteral("Greenhill listening day"));
    dialog.show();
    CHECK(dialog.passphraseEdit()->echoMode() == QLineEdit::Password);
    CHECK(dialog.repeatEdit()->echoMode() == QLineEdit::Password);
    CHECK_FALSE(dialog.acceptButton()->isEnabled());
    bool warned = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        warned = warned || label->text().contains(QStringLiteral("nobody can open this workshop again"));
    CHECK(warned);

    dialog.passphraseEdit()->setFocus();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("short"));
    CHECK(dialog.adviceLabel()->text().contains(QStringLiteral("at least 8 characters")));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("bread"));
    CHECK(dialog.passphraseEdit()->nextInFocusChain() == dialog.repeatEdit());
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("shortbread"));
    CHECK(dialog.acceptButton()->isEnabled());
    CHECK(dialog.adviceLabel()->text().contains(QStringLiteral("Could be stronger")));
    QTest::keyClick(dialog.repeatEdit(), Qt::Key_Backspace);
    CHECK_FALSE(dialog.acceptButton()->isEnabled());
    CHECK(dialog.adviceLabel()->text() == QStringLiteral("The two passphrases are not the same."));

    dialog.passphraseEdit()->clear();
    dialog.repeatEdit()->clear();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("willow kettle harbour stone"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("willow kettle harbour stone"));
    CHECK(dialog.acceptButton()->isEnabled());
    CHECK(dialog.adviceLabel()->text() == QStringLiteral("A strong passphrase."));
    CHECK(dialog.passphrase() == QByteArray("willow kettle harbour stone"));
    for (QWidget *w : { static_cast<QWidget *>(dialog.passphraseEdit()),
             static_cast<QWidget *>(dialog.repeatEdit()), static_cast<QWidget *>(dialog.adviceLabel()) })
        CHECK_FALSE(w->accessibleName().isEmpty());

    const QString shots = qEnvironmentVariable("CG_PROTECT_SCREENSHOTS");
    if (!shots.isEmpty()) {
        dialog.repeatEdit()->clear();
        QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("willow kettle harbour"));
        dialog.adjustSize();
        REQUIRE(dialog.grab().save(shots + QStringLiteral("/protect-dialog.png")));
    }

    ProtectDialog change(ProtectDialog::Purpose::Change, QStringLiteral("Greenhill"));
    change.show();
    REQUIRE(change.currentEdit());
    QTest::keyClicks(change.passphraseEdit(), QStringLiteral("willow kettle harbour"));
    QTest::keyClicks(change.repeatEdit(), QStringLiteral("willow kettle harbour"));
    CHECK_FALSE(change.acceptButton()->isEnabled()); // the current one is missing
    QTest::keyClicks(change.currentEdit(), QStringLiteral("willow kettle harbour"));
    CHECK_FALSE(change.acceptButton()->isEnabled()); // the same as the new one
    change.currentEdit()->clear();
    QTest::keyClicks(change.currentEdit(), QStringLiteral("older passphrase"));
    CHECK(change.acceptButton()->isEnabled());
    CHECK(change.currentPassphrase() == QByteArray("older passphrase"));
}

TEST_CASE("a passphrase given on the command line opens a protected workshop without asking; a wrong one asks",
    "[ui][protect]")
{
    test::TempDir dir;
    const QString path = protectedWorkshop(dir);
    // A prompt that appears is noted and cancelled, so a failure cannot hang the test.
    bool asked = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (auto *prompt = qobject_cast<PassphrasePrompt *>(QApplication::activeModalWidget())) {
            asked = true;
            prompt->reject();
        }
    });
    watch.start(20);
    {
        protection::PassphraseOffer offer(QByteArrayLiteral("not the passphrase"), QString());
        protection::Unlocked unlocked;
        CHECK_FALSE(protectui::unlockForOpening(nullptr, path, unlocked));
        CHECK(asked);
        CHECK_FALSE(protection::isUnlocked(path));
    }
    asked = false;
    {
        protection::PassphraseOffer offer(kPass, QString());
        protection::Unlocked unlocked;
        CHECK(protectui::unlockForOpening(nullptr, path, unlocked));
        CHECK_FALSE(asked);
        CHECK(protection::isUnlocked(path));
        CHECK(Session::open(path).ok());
    }
}
