// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Room Mode → Note-Taker Links…: each table's note-taker join, shown, copied and saved to print.
#include "joinqr.h"
#include "room/notetakerlinks.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUrlQuery>

using namespace cg;

TEST_CASE("Note-taker links: one per table, with its QR code, copied and saved as a sheet", "[ui][room]")
{
    const QUuid one = QUuid::createUuid(), two = QUuid::createUuid();
    const QString url = QStringLiteral("http://192.168.1.20:8080/");
    std::vector<NoteTakerJoin> joins { { one, QStringLiteral("Table 1"), room::noteTakerLink(url, QStringLiteral("KM47TX"), one) },
        { two, QStringLiteral("Table 2 & <friends>"), room::noteTakerLink(url, QStringLiteral("KM47TX"), two) } };
    const QUrlQuery query(QUrl(joins[1].link));
    CHECK(query.queryItemValue(QStringLiteral("code")) == QStringLiteral("KM47TX"));
    CHECK(query.queryItemValue(QStringLiteral("role")) == QStringLiteral("note-taker"));
    CHECK(query.queryItemValue(QStringLiteral("board")) == two.toString(QUuid::WithoutBraces));

    NoteTakerLinksDialog dialog(joins);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.boards()->count() == 2);
    CHECK(dialog.currentLink() == joins[0].link);
    auto *link = dialog.findChild<QLineEdit *>();
    REQUIRE(link);
    CHECK(link->text() == joins[0].link);
    // Down the list by keyboard: the link and the QR code follow.
    dialog.boards()->setFocus();
    QTest::keyClick(dialog.boards(), Qt::Key_Down);
    CHECK(dialog.currentLink() == joins[1].link);
    CHECK(link->text() == joins[1].link);
    bool qrShown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        qrShown = qrShown || (!label->pixmap().isNull() && label->accessibleName().contains(QStringLiteral("Table 2")));
    CHECK(qrShown);

    QPushButton *copy = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Copy Link"))
            copy = b;
    REQUIRE(copy);
    copy->click();
    CHECK(QApplication::clipboard()->text() == joins[1].link);

    // For docs/screenshots: CG_SCREENSHOT_DIR=… cg_ui_tests "[room]" (the dialog as drawn).
    if (const QString shots = qEnvironmentVariable("CG_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.grab().save(shots + QStringLiteral("/room-notetaker-links.png"));
        dialog.sheet().scaledToWidth(620, Qt::SmoothTransformation).save(shots + QStringLiteral("/room-notetaker-sheet.png"));
    }

    const QImage sheet = dialog.sheet();
    CHECK(sheet.width() == 1240);
    CHECK(sheet.height() >= 1754);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("links.png"));
    REQUIRE(dialog.saveSheet(path));
    QImage saved(path);
    CHECK(saved.size() == sheet.size());
    CHECK(!dialog.saveSheet(dir.path(QStringLiteral("no/such/folder/links.png"))));
}
