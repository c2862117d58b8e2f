// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-up exports as they really come, through the import dialog: an Eventbrite export and a
// Google Forms export, the columns as recognised, a column changed in the preview, the choice
// remembered for the next file with the same header, and a cancelled ticket.
#include "people/csvimportdialog.h"
#include "people/peoplewords.h"
#include "planning/accessneeds.h"
#include "session/session.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QTableWidget>

using namespace cg;

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

/// The row of the preview that shows line \a line of the file.
int rowOfLine(const CsvImportDialog &dialog, int line)
{
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        if (cellText(dialog.table(), row, CsvImportDialog::LineColumn) == QString::number(line))
            return row;
    return -1;
}

int columnOf(const CsvImportDialog &dialog, const QString &header)
{
    for (int row = 0; row < dialog.columnsTable()->rowCount(); ++row)
        if (cellText(dialog.columnsTable(), row, 0) == header)
            return row;
    return -1;
}

} // namespace

TEST_CASE("sign-up import: an Eventbrite export through the preview", "[ui][people][import][signups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    CsvImportDialog dialog(session.get());
    REQUIRE(dialog.loadFile(test::dataPath(QStringLiteral("signups/eventbrite-attendees.csv"))));
    CHECK(dialog.previewRowCount() == 8);
    CHECK(dialog.columnsTable()->rowCount() == 17);

    const int ticket = columnOf(dialog, QStringLiteral("Ticket Type"));
    REQUIRE(ticket >= 0);
    CHECK(dialog.columnChoice(ticket)->currentText() == QStringLiteral("Role"));
    CHECK(cellText(dialog.columnsTable(), ticket, 1) == QStringLiteral("Patient / service user"));
    CHECK(dialog.columnChoice(columnOf(dialog, QStringLiteral("Order #")))->currentText() == QStringLiteral("Leave out"));
    CHECK(dialog.columnChoice(columnOf(dialog, QStringLiteral("Do you have any accessibility requirements?")))
              ->currentText()
        == QStringLiteral("Access needs (in their words)"));
    for (int c = 0; c < dialog.columnsTable()->rowCount(); ++c)
        CHECK_FALSE(dialog.columnChoice(c)->accessibleName().isEmpty());

    const int sian = rowOfLine(dialog, 2);
    REQUIRE(sian >= 0);
    const QTableWidget *table = dialog.table();
    CHECK(cellText(table, sian, CsvImportDialog::NameColumn) == QStringLiteral("Siân Williams"));
    CHECK(cellText(table, sian, CsvImportDialog::RoleColumn) == QStringLiteral("Lived experience"));
    CHECK(cellText(table, sian, CsvImportDialog::NeedsColumn) == QStringLiteral("BSL interpreter"));
    CHECK(cellText(table, sian, CsvImportDialog::WordsColumn) == QStringLiteral("BSL interpreter please"));
    CHECK(cellText(table, sian, CsvImportDialog::ProblemsColumn) == QStringLiteral("OK"));
    CHECK(cellText(table, rowOfLine(dialog, 5), CsvImportDialog::NameColumn) == QStringLiteral("Tom \"Tommy\" Nguyen"));
    CHECK(cellText(table, rowOfLine(dialog, 6), CsvImportDialog::NameColumn) == QStringLiteral("Priya 🌈 Shah"));
    // The cancelled ticket: named, and left out.
    const int cancelled = rowOfLine(dialog, 7);
    CHECK(cellText(table, cancelled, CsvImportDialog::NameColumn) == QStringLiteral("Dafydd Pritchard"));
    CHECK(cellText(table, cancelled, CsvImportDialog::ProblemsColumn).contains(QStringLiteral("cancelled")));

    REQUIRE(dialog.canImport());
    CHECK(session->data().participants.empty()); // nothing until Import
    auto imported = dialog.importNow();
    REQUIRE(imported.ok());
    CHECK(imported->participants == 7);
    // The Overview's count: the room needs one BSL interpreter.
    CHECK(summariseAccessNeeds(session->data(), Audience::Team).count(AccessNeed::Bsl) == 1);
}

TEST_CASE("sign-up import: cancelled tickets kept as no-shows when asked", "[ui][people][import][signups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    CsvImportDialog dialog(session.get());
    REQUIRE(dialog.loadFile(test::dataPath(QStringLiteral("signups/eventbrite-attendees.csv"))));
    dialog.setKeepCancelled(true);
    CHECK(cellText(dialog.table(), rowOfLine(dialog, 7), CsvImportDialog::AttendanceColumn)
        == PeopleWords::attendance(Attendance::NoShow));
    REQUIRE(dialog.importNow().ok());
    CHECK(session->data().participants.size() == 8);
}

TEST_CASE("sign-up import: a Google Forms export, a column changed, the choice remembered",
    "[ui][people][import][signups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString path = test::dataPath(QStringLiteral("signups/google-forms.csv"));
    {
        CsvImportDialog dialog(session.get(), nullptr, &settings);
        REQUIRE(dialog.loadFile(path));
        CHECK_FALSE(dialog.usedRememberedColumns());
        const int row = rowOfLine(dialog, 2);
        CHECK(cellText(dialog.table(), row, CsvImportDialog::EmailColumn) == QStringLiteral("siobhan.oneill@example.com"));
        CHECK(cellText(dialog.table(), row, CsvImportDialog::PhoneColumn) == QStringLiteral("07700 900123"));
        CHECK(cellText(dialog.table(), row, CsvImportDialog::NeedsColumn) == QStringLiteral("Quiet room, Extra breaks"));
        CHECK(cellText(dialog.table(), rowOfLine(dialog, 3), CsvImportDialog::NameColumn)
            == QStringLiteral("Zoë \"Zee\" Clarke"));
        CHECK(cellText(dialog.table(), rowOfLine(dialog, 4), CsvImportDialog::NameColumn) == QStringLiteral("Sam 🧠 Lee"));

        // The facilitator leaves the phone numbers out, through the column's choice.
        const int phone = columnOf(dialog, QStringLiteral("Phone number"));
        QComboBox *choice = dialog.columnChoice(phone);
        REQUIRE(choice);
        choice->setCurrentIndex(choice->findText(QStringLiteral("Leave out")));
        CHECK(cellText(dialog.table(), row, CsvImportDialog::PhoneColumn).isEmpty());
        REQUIRE(dialog.importNow().ok());
    }
    CHECK(session->data().participants.size() == 7);
    for (const Participant &p : session->data().participants)
        CHECK(p.phone.isEmpty());

    // Next month's export from the same form reads the same way.
    CsvImportDialog next(session.get(), nullptr, &settings);
    REQUIRE(next.loadFile(path));
    CHECK(next.usedRememberedColumns());
    CHECK(next.columnChoice(columnOf(next, QStringLiteral("Phone number")))->currentText() == QStringLiteral("Leave out"));
    CHECK(cellText(next.table(), rowOfLine(next, 2), CsvImportDialog::PhoneColumn).isEmpty());
}

TEST_CASE("sign-up import: a column chosen twice blocks the import until settled", "[ui][people][import][signups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    CsvImportDialog dialog(session.get());
    dialog.loadBytes("Who,Tel\nAsha,0123\n", QStringLiteral("sheet.csv"));
    CHECK_FALSE(dialog.canImport()); // nothing looks like names
    dialog.setColumnUse(0, io::ColumnUse{ io::SignupField::Name });
    REQUIRE(dialog.canImport());
    dialog.setColumnUse(1, io::ColumnUse{ io::SignupField::Name });
    CHECK_FALSE(dialog.canImport());
    CHECK(dialog.problemsOnLine(1).join(QLatin1Char('\n')).contains(QStringLiteral("appears twice")));
    dialog.setColumnUse(1, io::ColumnUse{ io::SignupField::Phone });
    REQUIRE(dialog.importNow().ok());
    CHECK(session->data().participants.rows().front().phone == QStringLiteral("0123"));
}
