// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"
#include "testsupport.h"

using namespace cg;

namespace {

std::vector<QStringList> fieldsOf(const std::vector<io::CsvRecord> &records)
{
    std::vector<QStringList> out;
    for (const auto &r : records)
        out.push_back(r.fields);
    return out;
}

} // namespace

TEST_CASE("CSV: plain fields, LF and CRLF line ends read the same", "[io][csv]")
{
    auto lf = io::readCsv("a,b,c\n1,2,3\n");
    auto crlf = io::readCsv("a,b,c\r\n1,2,3\r\n");
    auto noFinalNewline = io::readCsv("a,b,c\r\n1,2,3");
    REQUIRE(lf.ok());
    REQUIRE(crlf.ok());
    REQUIRE(noFinalNewline.ok());
    const std::vector<QStringList> expected { { QStringLiteral("a"), QStringLiteral("b"),
                                                  QStringLiteral("c") },
        { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") } };
    CHECK(fieldsOf(*lf) == expected);
    CHECK(fieldsOf(*crlf) == expected);
    CHECK(fieldsOf(*noFinalNewline) == expected);
    CHECK((*crlf)[1].line == 2);
}

TEST_CASE("CSV: a UTF-8 byte-order mark is not part of the first field", "[io][csv]")
{
    auto withBom = io::readCsv("\xEF\xBB\xBFname,role\nAmira,facilitator\n");
    REQUIRE(withBom.ok());
    CHECK((*withBom)[0].fields.first() == QStringLiteral("name"));
}

TEST_CASE("CSV: quoted fields hold commas, doubled quotes and line breaks", "[io][csv]")
{
    auto records = io::readCsv(
        "name,notes\r\n\"O'Neill, Siobhán\",\"She said \"\"no\"\"\r\nthen left\"\r\nnext,\"\"\r\n");
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    CHECK((*records)[1].fields.at(0) == QStringLiteral("O'Neill, Siobhán"));
    // The CRLF inside the quotes is kept as one line break.
    CHECK((*records)[1].fields.at(1) == QStringLiteral("She said \"no\"\nthen left"));
    CHECK((*records)[1].line == 2);
    // The record after a two-line field starts on line 4.
    CHECK((*records)[2].line == 4);
    CHECK((*records)[2].fields == QStringList { QStringLiteral("next"), QString() });
}

TEST_CASE("CSV: blank lines are skipped but keep the line count", "[io][csv]")
{
    auto records = io::readCsv("a\n\n\r\n  \nb\n");
    REQUIRE(records.ok());
    REQUIRE(records->size() == 2);
    CHECK((*records)[1].fields.first() == QStringLiteral("b"));
    CHECK((*records)[1].line == 5);
}

TEST_CASE("CSV: empty fields and trailing commas", "[io][csv]")
{
    auto records = io::readCsv(",,\na,,\n");
    REQUIRE(records.ok());
    CHECK((*records)[0].fields == QStringList { QString(), QString(), QString() });
    CHECK((*records)[1].fields == QStringList { QStringLiteral("a"), QString(), QString() });
}

TEST_CASE("CSV: a stray quote in an unquoted field is kept as text", "[io][csv]")
{
    auto records = io::readCsv("a 5\" ruler,b\n");
    REQUIRE(records.ok());
    CHECK((*records)[0].fields.first() == QStringLiteral("a 5\" ruler"));
}

TEST_CASE("CSV: an unclosed quote is an error naming the line it started on", "[io][csv]")
{
    auto records = io::readCsv("a,b\nc,\"never closed\nmore\n");
    REQUIRE_FALSE(records.ok());
    CHECK(records.message().startsWith(QStringLiteral("line 2:")));
}

TEST_CASE("CSV: text after a closing quote is an error", "[io][csv]")
{
    auto records = io::readCsv("a,b\n\"x\"y,z\n");
    REQUIRE_FALSE(records.ok());
    CHECK(records.message().startsWith(QStringLiteral("line 2:")));
}

TEST_CASE("CSV: bytes that are not UTF-8 are refused with their line", "[io][csv]")
{
    auto records = io::readCsv("name\nok\nJos\xE9\n"); // Latin-1 é
    REQUIRE_FALSE(records.ok());
    CHECK(records.message().startsWith(QStringLiteral("line 3:")));
    CHECK(records.message().contains(QStringLiteral("UTF-8")));
}

TEST_CASE("CSV: writing quotes only what needs it and reads back the same", "[io][csv]")
{
    const std::vector<QStringList> records {
        { QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("with \"quote\"") },
        { QStringLiteral("line\nbreak"), QString(), QStringLiteral(" padded ") },
        { QStringLiteral("emoji 😀 עברית العربية"), QStringLiteral("<script>"), QStringLiteral("=1+1") },
    };
    const QByteArray bytes = io::writeCsv(records);
    CHECK(bytes.startsWith("plain,\"with, comma\",\"with \"\"quote\"\"\"\r\n"));
    auto back = io::readCsv(bytes);
    REQUIRE(back.ok());
    CHECK(fieldsOf(*back) == records);
}

TEST_CASE("CSV: the writer can add a BOM and guard formulas", "[io][csv]")
{
    io::CsvWriteOptions options;
    options.byteOrderMark = true;
    options.guardFormulas = true;
    const QByteArray bytes = io::writeCsv(
        { { QStringLiteral("=SUM(A1)"), QStringLiteral("@x"), QStringLiteral("ok") } }, options);
    CHECK(bytes == QByteArray("\xEF\xBB\xBF'=SUM(A1),'@x,ok\r\n"));
}
