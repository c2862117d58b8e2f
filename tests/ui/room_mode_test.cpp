// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Room mode in the desktop app: starting it where the facilitator chose, the indicator, stopping it
// (asking about waiting notes) before the workshop or the window goes.
#include "room_fixture.h"

#include "appactions.h"
#include "presenterwindow.h"
#include "room/joinpanel.h"
#include "room/moderationpanel.h"
#include "room/roomstartdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFrame>
#include <QJsonDocument>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>

using namespace cg;

namespace {

bool connects(const QString &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    const bool ok = socket.waitForConnected(2000);
    socket.abort();
    return ok;
}

/// Clicks the button of the stop question whose text starts with \a text.
void answerStop(const QString &text, QString *asked = nullptr)
{
    test::whenModal<QMessageBox>([text, asked](QMessageBox *box) {
        if (asked)
            *asked = box->text();
        for (QAbstractButton *button : box->buttons())
            if (button->text().startsWith(text)) {
                button->click();
                return;
            }
        FAIL("no button " << text.toStdString());
    });
}

} // namespace

TEST_CASE("room mode listens only on the address chosen, and says so in the indicator", "[room-ui]")
{
    test::RoomShell shell;
    CHECK(shell.room()->toggleRoom->isEnabled());
    CHECK_FALSE(shell.room()->indicator()->isVisibleTo(shell.window.get()));
    CHECK_FALSE(shell.room()->newJoinCode->isEnabled());
    shell.start();

    room::RoomServer *server = shell.room()->server();
    REQUIRE(server);
    CHECK(server->address().toString() == QStringLiteral("127.0.0.1"));
    REQUIRE(server->port() > 0);
    CHECK(connects(QStringLiteral("127.0.0.1"), server->port()));
    // Another of this computer's own addresses: nothing listens there.
    CHECK_FALSE(connects(QStringLiteral("127.0.0.2"), server->port()));

    CHECK(shell.room()->indicator()->isVisibleTo(shell.window.get()));
    CHECK(shell.room()->indicatorText().startsWith(QStringLiteral("Room mode is on — 0 devices.")));
    CHECK(shell.room()->indicatorText().contains(server->url()));
    CHECK(shell.room()->indicatorText().contains(shell.service()->joinCode()));
    CHECK(shell.room()->toggleRoom->text() == QStringLiteral("&Stop Room Mode"));
    CHECK(shell.room()->dock()->isVisibleTo(shell.window.get()));
    CHECK(shell.room()->newJoinCode->isEnabled());

    // Stopping closes the port.
    const quint16 port = server->port();
    REQUIRE(shell.room()->stop());
    CHECK_FALSE(shell.room()->isOn());
    CHECK_FALSE(connects(QStringLiteral("127.0.0.1"), port));
    CHECK_FALSE(shell.room()->indicator()->isVisibleTo(shell.window.get()));
    CHECK(shell.room()->toggleRoom->text() == QStringLiteral("&Start Room Mode…"));
}

TEST_CASE("the start dialog offers this computer's addresses, never every network by default, and keeps a "
          "busy port's reason on screen",
    "[room-ui]")
{
    const QList<RoomAddress> addresses = roomAddresses();
    REQUIRE(addresses.size() >= 2);
    CHECK(addresses.last().address == QStringLiteral("0.0.0.0"));
    CHECK(addresses.last().kind == RoomAddress::Kind::EveryNetwork);
    const auto loopback = std::find_if(addresses.begin(), addresses.end(),
        [](const RoomAddress &a) { return a.kind == RoomAddress::Kind::ThisComputer; });
    REQUIRE(loopback != addresses.end());
    CHECK(loopback->address == QStringLiteral("127.0.0.1"));
    for (const RoomAddress &a : addresses)
        CHECK(a.address.count(QLatin1Char('.')) == 3); // IPv4 only

    test::RoomShell shell;
    shell.show();
    QTcpServer busy;
    REQUIRE(busy.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    QTcpServer probe; // a port free a moment ago, for the second try
    REQUIRE(probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    const quint16 freePort = probe.serverPort();
    probe.close();

    bool answered = false;
    QString problem;
    test::whenModal<RoomStartDialog>([&](RoomStartDialog *dialog) {
        answered = true;
        CHECK(dialog->addressBox()->currentIndex() != dialog->addressBox()->count() - 1);
        CHECK(dialog->moderatedBox()->isChecked());
        CHECK(dialog->portBox()->value() == 8080);
        dialog->addressBox()->setCurrentIndex(int(loopback - addresses.begin()));
        dialog->portBox()->setValue(busy.serverPort());
        dialog->startButton()->click();
        problem = dialog->problemText();
        CHECK(dialog->isVisible()); // still open, with the reason
        dialog->portBox()->setValue(freePort);
        dialog->moderatedBox()->setChecked(false);
        dialog->startButton()->click();
    });
    QTest::keySequence(shell.window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    CHECK(answered);
    CHECK(problem.contains(QStringLiteral("already in use")));
    CHECK(problem.contains(QString::number(busy.serverPort())));
    REQUIRE(shell.room()->isOn());
    CHECK(shell.room()->server()->port() == freePort);
    CHECK(shell.room()->server()->address().toString() == QStringLiteral("127.0.0.1"));
    CHECK_FALSE(shell.service()->moderated(shell.board(0)));
}

TEST_CASE("the indicator counts the devices that joined over the network", "[room-ui]")
{
    test::RoomShell shell;
    shell.start();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(shell.room()->server()->url() + QStringLiteral("api/join")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("code"), shell.service()->joinCode() } })
              .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    REQUIRE(finished.wait(5000));
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    reply->deleteLater();
    CHECK(shell.room()->indicatorText().startsWith(QStringLiteral("Room mode is on — 1 device.")));
    shell.join();
    CHECK(shell.room()->indicatorText().startsWith(QStringLiteral("Room mode is on — 2 devices.")));
}

TEST_CASE("stopping with notes waiting asks, and does what the facilitator chose", "[room-ui]")
{
    test::RoomShell shell;
    shell.start();
    const QByteArray phone = shell.join();
    REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("Waiting one")) == 201);
    REQUIRE(shell.service()->pending().size() == 1);

    SECTION("keep room mode on")
    {
        QString asked;
        answerStop(QStringLiteral("Keep Room Mode On"), &asked);
        shell.room()->stopButton()->click();
        CHECK(asked == QStringLiteral("1 note from a phone is still waiting for your approval."));
        REQUIRE(shell.room()->isOn());
        CHECK(shell.service()->pending().size() == 1);
        CHECK_FALSE(shell.service()->paused()); // phones may send again
    }
    SECTION("approve all, then stop")
    {
        answerStop(QStringLiteral("Approve All"));
        shell.room()->stopButton()->click();
        CHECK_FALSE(shell.room()->isOn());
        CHECK(shell.onBoard(QStringLiteral("Waiting one")));
        shell.window.reset();
        CHECK(test::notesInFile(shell.path) == QStringList { QStringLiteral("Waiting one") });
    }
    SECTION("discard, then stop")
    {
        answerStop(QStringLiteral("Discard"));
        shell.room()->toggleRoom->trigger();
        CHECK_FALSE(shell.room()->isOn());
        CHECK_FALSE(shell.onBoard(QStringLiteral("Waiting one")));
        shell.window.reset();
        CHECK(test::notesInFile(shell.path).isEmpty());
    }
}

TEST_CASE(
    "closing the workshop, opening another or quitting stops room mode first, and nothing received is lost",
    "[room-ui]")
{
    test::RoomShell shell;
    shell.start();
    const QByteArray phone = shell.join();
    shell.service()->setModeration(shell.board(1), false);
    // Sent a moment before closing: gathered for the next batch, not yet written.
    int status = 0;
    shell.service()->postNote(phone,
        QJsonObject { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("board"), shell.board(1).toString(QUuid::WithoutBraces) },
            { QStringLiteral("text"), QStringLiteral("Straight on") } },
        [&status](const room::RoomReply &reply) { status = reply.status; });
    CHECK(status == 0);

    SECTION("closing the workshop")
    {
        REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("Waits")) == 201);
        answerStop(QStringLiteral("Keep Room Mode On"));
        shell.window->closeWorkshop();
        REQUIRE(shell.session()); // kept open, as asked
        CHECK(shell.room()->isOn());
        answerStop(QStringLiteral("Approve All"));
        shell.window->closeWorkshop();
        CHECK_FALSE(shell.session());
        CHECK_FALSE(shell.room()->isOn());
        CHECK(status == 201);
        CHECK(test::notesInFile(shell.path)
            == QStringList { QStringLiteral("Straight on"), QStringLiteral("Waits") });
    }
    SECTION("opening another workshop")
    {
        REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("Waits")) == 201);
        const QString other = shell.writeWorkshop(QStringLiteral("other.cgw"));
        answerStop(QStringLiteral("Discard"));
        REQUIRE(shell.window->openFile(other));
        CHECK(shell.session()->filePath() == other);
        CHECK_FALSE(shell.room()->isOn());
        CHECK(test::notesInFile(shell.path) == QStringList { QStringLiteral("Straight on") });
    }
    SECTION("quitting")
    {
        REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("Waits")) == 201);
        shell.show();
        answerStop(QStringLiteral("Keep Room Mode On"));
        CHECK_FALSE(shell.window->close());
        CHECK(shell.room()->isOn());
        answerStop(QStringLiteral("Approve All"));
        CHECK(shell.window->close());
        CHECK_FALSE(shell.room()->isOn());
        shell.window.reset();
        CHECK(test::notesInFile(shell.path)
            == QStringList { QStringLiteral("Straight on"), QStringLiteral("Waits") });
    }
    SECTION("with nothing waiting nothing is asked")
    {
        shell.window->closeWorkshop();
        CHECK_FALSE(shell.session());
        CHECK(status == 201);
        CHECK(test::notesInFile(shell.path) == QStringList { QStringLiteral("Straight on") });
    }
}

TEST_CASE("the presenter shows the address, the join code and a QR code while room mode is on", "[room-ui]")
{
    test::RoomShell shell;
    shell.window->actions()->presenter->setChecked(true); // opened before room mode
    PresenterWindow *presenter = shell.window->presenter();
    REQUIRE(presenter);
    CHECK_FALSE(presenter->findChild<JoinPanel *>());
    shell.start();
    JoinPanel *panel = presenter->findChild<JoinPanel *>();
    REQUIRE(panel);
    CHECK(panel->isVisibleTo(presenter));
    CHECK(panel->code() == shell.service()->joinCode());
    CHECK(panel->url() == shell.room()->server()->url());
    CHECK(panel->shownCode().remove(QLatin1Char(' ')) == shell.service()->joinCode());
    CHECK_FALSE(panel->qrImage().isNull());

    const QString old = shell.service()->joinCode();
    shell.room()->newJoinCode->trigger();
    CHECK(shell.service()->joinCode() != old);
    CHECK(panel->code() == shell.service()->joinCode());
    CHECK(shell.room()->indicatorText().contains(shell.service()->joinCode()));
    const room::RoomReply refused
        = shell.service()->join(QJsonObject { { QStringLiteral("code"), old } }, QStringLiteral("127.0.0.1"));
    CHECK(refused.status == 403);

    shell.room()->showJoinCode->setChecked(false);
    CHECK_FALSE(panel->isVisibleTo(presenter));
    shell.room()->showJoinCode->setChecked(true);
    CHECK(panel->isVisibleTo(presenter));

    // Closed and opened again: the code comes back with it.
    shell.window->actions()->presenter->setChecked(false);
    QTRY_VERIFY(!shell.window->presenter());
    REQUIRE_FALSE(shell.window->presenter());
    shell.window->actions()->presenter->setChecked(true);
    REQUIRE(shell.window->presenter());
    REQUIRE(shell.window->presenter()->findChild<JoinPanel *>());
    CHECK(shell.window->presenter()->findChild<JoinPanel *>()->code() == shell.service()->joinCode());

    REQUIRE(shell.room()->stop());
    CHECK_FALSE(shell.window->presenter()->findChild<JoinPanel *>());
}
