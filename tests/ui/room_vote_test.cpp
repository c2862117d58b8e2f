// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dot voting opened and closed from the app: the phones' POST /api/votes follows it.
#include "room_fixture.h"

#include "appactions.h"
#include "presenterwindow.h"
#include "room/joinpanel.h"
#include "room/votedialog.h"
#include "workspace.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace cg;

namespace {

/// POST \a path with \a body as a phone would, over the network; the status.
int post(const test::RoomShell &shell, const QString &path, const QJsonObject &body, const QByteArray &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(shell.room()->server()->url() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    REQUIRE(finished.wait(5000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QJsonObject dot(const QUuid &note)
{
    return { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("note"), note.toString(QUuid::WithoutBraces) } };
}

} // namespace

TEST_CASE("opening a dot vote on the board on screen lets phones vote; closing it stops them", "[room-ui]")
{
    test::RoomShell shell;
    shell.show();
    CHECK_FALSE(shell.room()->openVote->isEnabled());
    shell.start(false);
    CHECK(shell.room()->openVote->isEnabled());
    CHECK_FALSE(shell.room()->closeVote->isEnabled());
    CHECK_FALSE(shell.room()->closeVoteButton()->isVisible());
    const QByteArray phone = shell.join();
    const QUuid note = QUuid::createUuid();
    REQUIRE(shell.post(phone, shell.board(1), QStringLiteral("A shelter at the bus stop"), note) == 201);
    CHECK(post(shell, QStringLiteral("api/votes"), dot(note), phone) == 409); // no vote yet

    shell.window->workspace()->showBoard(shell.board(1));
    bool asked = false;
    test::whenModal<VoteDialog>([&](VoteDialog *dialog) {
        asked = true;
        // The board on screen is the one offered.
        CHECK(dialog->boardBox()->currentText() == QStringLiteral("Table 2"));
        CHECK(dialog->dotsBox()->value() == 3);
        dialog->dotsBox()->setValue(2);
        dialog->accept();
    });
    shell.room()->openVote->trigger();
    CHECK(asked);
    REQUIRE(shell.service()->voteOpen());
    CHECK(shell.service()->voteBoard() == shell.board(1));
    CHECK(shell.room()->indicatorText().endsWith(QStringLiteral("Dot vote open on “Table 2”: 2 dots per phone.")));
    CHECK(shell.room()->closeVoteButton()->isVisible());
    CHECK(shell.room()->closeVote->isEnabled());

    CHECK(post(shell, QStringLiteral("api/votes"), dot(note), phone) == 201);
    CHECK(post(shell, QStringLiteral("api/votes"), dot(note), phone) == 201);
    CHECK(post(shell, QStringLiteral("api/votes"), dot(note), phone) == 409); // two dots each
    CHECK(shell.session()->data().votes.size() == 2);

    shell.room()->closeVoteButton()->click();
    CHECK_FALSE(shell.service()->voteOpen());
    CHECK_FALSE(shell.room()->closeVoteButton()->isVisible());
    CHECK_FALSE(shell.room()->indicatorText().contains(QStringLiteral("Dot vote")));
    const QByteArray other = shell.join();
    CHECK(post(shell, QStringLiteral("api/votes"), dot(note), other) == 409);
    CHECK(shell.session()->data().votes.size() == 2); // the dots placed stay

    SECTION("cancelling the dialog opens nothing")
    {
        test::whenModal<VoteDialog>([](VoteDialog *dialog) { dialog->reject(); });
        shell.room()->openVote->trigger();
        CHECK_FALSE(shell.service()->voteOpen());
    }
}

TEST_CASE("an expired join code is said in the strip and leaves the presenter; a new one brings it back",
    "[room-ui]")
{
    test::RoomShell shell;
    auto now = std::make_shared<QDateTime>(shell.session()->now());
    shell.session()->setClock([now] { return *now; });
    shell.window->actions()->presenter->setChecked(true);
    PresenterWindow *presenter = shell.window->presenter();
    REQUIRE(presenter);
    shell.start();
    JoinPanel *panel = presenter->findChild<JoinPanel *>();
    REQUIRE(panel);
    CHECK(panel->isVisibleTo(presenter));
    CHECK(shell.room()->indicatorText().contains(QStringLiteral("(it works until ")));

    *now = now->addSecs(13 * 3600);
    Q_EMIT shell.service()->joinCodeChanged(); // what its timer does at the hour
    CHECK(shell.room()->indicatorText().contains(
        QStringLiteral("The join code %1 has expired").arg(shell.service()->joinCode())));
    CHECK_FALSE(panel->isVisibleTo(presenter));

    shell.room()->newJoinCode->trigger();
    CHECK_FALSE(shell.service()->joinCodeExpired());
    CHECK(panel->isVisibleTo(presenter));
    CHECK(shell.room()->indicatorText().contains(shell.service()->joinCode()));
    CHECK_FALSE(shell.room()->indicatorText().contains(QStringLiteral("expired")));
}
