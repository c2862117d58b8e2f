// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a sign-up sheet: the preview shows each row's problems and nothing is added until the
// file is sound.
#include "people/csvimportdialog.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>
#include <QFileDialog>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace cg;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// The text of the preview's "Problems" column for a data row.
QString problemsCell(const QTableWidget &table, int row)
{
    const QTableWidgetItem *item = table.item(row, 1);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("CSV import preview blocks a bad row until it is fixed", "[ui][people][import]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QString path = dir.path(QStringLiteral("signup.csv"));
    write(path,
        "name,role,take_part\n"
        "Asha Khan,lived experience,yes\n"
        "Bill Evans,practitioner,maybe\n"
        "Cleo Marsh,researcher,\n");

    CsvImportDialog dialog(session.get());
    REQUIRE(dialog.loadFile(path));
    CHECK(dialog.previewRowCount() == 3);
    // Line 3 of the file is Bill's row; its problem names the line and the value.
    const QStringList problems = dialog.problemsOnLine(3);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().startsWith(QStringLiteral("Error: line 3:")));
    CHECK(problems.front().contains(QStringLiteral("maybe")));
    CHECK(problemsCell(*dialog.table(), 1).contains(QStringLiteral("line 3")));
    CHECK(problemsCell(*dialog.table(), 0) == QStringLiteral("OK"));
    CHECK(dialog.table()->item(1, 0)->text() == QStringLiteral("3"));

    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(dialog.importNow().ok());
    CHECK(session->data().participants.empty());
    CHECK(session->data().consentEvents.empty());

    // Fixed in the spreadsheet, reloaded: now it imports, with the consent answer recorded.
    write(path,
        "name,role,take_part\n"
        "Asha Khan,lived experience,yes\n"
        "Bill Evans,practitioner,no\n"
        "Cleo Marsh,researcher,\n");
    REQUIRE(dialog.loadFile(path));
    CHECK(dialog.problemsOnLine(3).isEmpty());
    REQUIRE(dialog.canImport());
    auto imported = dialog.importNow();
    REQUIRE(imported.ok());
    CHECK(imported->participants == 3);
    CHECK(session->data().participants.size() == 3);
    CHECK(session->data().consentEvents.size() == 2);
}

TEST_CASE("CSV import preview lets warnings through", "[ui][people][import]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QString path = dir.path(QStringLiteral("signup.csv"));
    write(path,
        "\xEF\xBB\xBFname,shoe size,role\r\n"
        "\"Okafor, Sam\",9,wizard\r\n"
        "\r\n"
        "Lee Park,7,peer worker\r\n");

    CsvImportDialog dialog(session.get());
    REQUIRE(dialog.loadFile(path));
    CHECK(dialog.previewRowCount() == 2);
    CHECK(dialog.problemsOnLine(1).size() == 1); // the unknown column, on the header line
    REQUIRE(dialog.problemsOnLine(2).size() == 1);
    CHECK(dialog.problemsOnLine(2).front().startsWith(QStringLiteral("Warning: line 2:")));
    CHECK(dialog.table()->item(1, 0)->text() == QStringLiteral("4")); // the blank line still counts
    REQUIRE(dialog.canImport());
    REQUIRE(dialog.importNow().ok());
    CHECK(session->data().participants.size() == 2);
    CHECK(session->data().participants.rows().front().displayName == QStringLiteral("Okafor, Sam"));
    CHECK(session->data().participants.rows().front().role == Role::Other);
}

TEST_CASE(
    "CSV import preview: a missing file or a file without names imports nothing", "[ui][people][import]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    CsvImportDialog dialog(session.get());
    CHECK_FALSE(dialog.loadFile(dir.path(QStringLiteral("nowhere.csv"))));
    CHECK_FALSE(dialog.canImport());

    const QString path = dir.path(QStringLiteral("nonames.csv"));
    write(path, "email,phone\na@example.org,123\n");
    REQUIRE(dialog.loadFile(path));
    CHECK_FALSE(dialog.preview().errors.isEmpty());
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(dialog.importNow().ok());
    CHECK(session->data().participants.empty());
}

TEST_CASE("the workshop stays locked after importing a CSV picked in the file dialog", "[ui][people][import][lock]")
{
    // The file dialog looks inside every file of the folder it shows to choose its icon, which
    // closed a descriptor of the open workshop and used to drop its lock: afterwards
    // commonground-cli and a second window could open and write the same file.
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QString csv = dir.path(QStringLiteral("signup.csv"));
    write(csv, "name,take_part\nAsha Khan,yes\nBill Evans,no\n");

    QFileDialog picker(nullptr, QStringLiteral("Import people from CSV"), dir.root());
    picker.setOption(QFileDialog::DontUseNativeDialog);
    QSignalSpy loaded(&picker, &QFileDialog::directoryEntered);
    picker.show();
    picker.setDirectory(dir.root());
    // Let the dialog's file system model list the folder and fetch icons.
    for (int i = 0; i < 50; ++i)
        QTest::qWait(20);
    picker.close();

    CsvImportDialog dialog(session.get());
    REQUIRE(dialog.loadFile(csv));
    REQUIRE(dialog.importNow().ok());
    REQUIRE(session->data().participants.size() == 2);
    CHECK(test::secondOpensAllowed(*session) == QStringList());
}
