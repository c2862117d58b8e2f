// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "joinqr.h"
#include "roomservice.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace cg::room;

TEST_CASE("The join QR code is a square code with a quiet zone and finder patterns", "[room][qr]")
{
    const QString link = joinLink(QStringLiteral("http://192.168.1.20:8080/"), QStringLiteral("KM47TX"));
    CHECK(link == QStringLiteral("http://192.168.1.20:8080/?code=KM47TX"));
    const QImage image = joinQrImage(link, 4);
    REQUIRE(!image.isNull());
    CHECK(image.width() == image.height());
    CHECK(image.width() % 4 == 0);
    const int modules = image.width() / 4;
    CHECK(modules >= 21 + 8); // version 1 or larger, with the quiet zone
    auto dark = [&](int mx, int my) { return qGray(image.pixel(mx * 4 + 1, my * 4 + 1)) < 128; };
    CHECK(!dark(0, 0)); // quiet zone
    CHECK(!dark(3, 3));
    CHECK(dark(4, 4)); // top-left finder pattern: dark ring, light ring, dark centre
    CHECK(!dark(5, 5));
    CHECK(dark(7, 7));
    CHECK(dark(modules - 5, 4)); // top-right finder
    CHECK(dark(4, modules - 5)); // bottom-left finder
    CHECK(joinQrImage(QString(5000, QLatin1Char('x'))).isNull());
    CHECK(joinQrImage(QString()).isNull());
}

TEST_CASE("Join codes are six symbols that cannot be misread", "[room][code]")
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString code = randomJoinCode();
        REQUIRE(code.size() == 6);
        for (const QChar c : code)
            CHECK(QStringLiteral("ACDFGHJKMNPQRTVWXY34679").contains(c));
        seen.insert(code);
    }
    CHECK(seen.size() > 190);
    CHECK(normalisedCode(QStringLiteral(" km4-7tx ")) == QStringLiteral("KM47TX"));
}
