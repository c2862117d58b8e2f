// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Share view: audience, format and sections; the preview is what gets written; the choice is
// remembered; releasing a held-back note; the people export's consent and audit.
#include "commands/edits.h"
#include "people/peopleexportdialog.h"
#include "reportfixture.h"
#include "session/session.h"
#include "sharepage.h"
#include "testsupport.h"

#include <QListWidget>
#include <QSettings>
#include <QTest>

using namespace cg;

namespace {

std::unique_ptr<Session> fixtureSession(const test::TempDir &dir)
{
    auto created = Session::createFrom(dir.path(QStringLiteral("report.cgw")), test::loadReportFixture());
    REQUIRE(created.ok());
    return std::move(*created);
}

void settle()
{
    QTest::qWait(250); // the preview follows a change after a short pause
}

} // namespace

TEST_CASE("the Share view previews exactly what it writes, filtered by consent", "[ui][share]")
{
    test::TempDir dir;
    auto session = fixtureSession(dir);
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SharePage page(session.get(), nullptr, &settings);
    page.resize(1400, 900);
    page.show();

    page.setAudience(Audience::Public);
    page.setFormatKey(QStringLiteral("md"));
    settle();
    auto bytes = page.currentBytes();
    REQUIRE(bytes.ok());
    CHECK(page.previewText() == QString::fromUtf8(*bytes));
    CHECK(test::publicLeaks(page.previewText()) == QStringList {});
    CHECK(test::publicMissing(page.previewText()) == QStringList {});

    // Team-only sections are not offered for the public.
    const auto publicSections = page.sections();
    CHECK_FALSE(publicSections.contains(report::Section::ConsentRegister));
    page.setAudience(Audience::Team);
    CHECK(page.sections().contains(report::Section::ConsentRegister));
    page.setAudience(Audience::Public);

    SECTION("export writes the previewed bytes and records the export")
    {
        const QString path = dir.path(QStringLiteral("share.md"));
        const auto audits = session->data().auditEvents.size();
        REQUIRE(page.exportTo(path, true).ok());
        CHECK(test::readAll(path) == *bytes);
        REQUIRE(session->data().auditEvents.size() == audits + 1);
        CHECK(session->data().auditEvents.rows().back().kind == QStringLiteral("export"));

        // A folder that does not exist: a plain message, nothing recorded.
        CHECK_FALSE(page.exportTo(dir.path(QStringLiteral("missing/share.md")), true).ok());
        CHECK(session->data().auditEvents.size() == audits + 1);
    }
    SECTION("the last choice is remembered")
    {
        page.setFormatKey(QStringLiteral("csv"));
        page.setAudience(Audience::Team);
        settle();
        SharePage again(session.get(), nullptr, &settings);
        CHECK(again.formatKey() == QStringLiteral("csv"));
        CHECK(again.audience() == Audience::Team);
    }
    SECTION("HTML is previewed rendered; pictures need a board")
    {
        page.setFormatKey(QStringLiteral("html"));
        settle();
        CHECK(page.previewText().contains(QStringLiteral("AmiraPlainNote")));
        CHECK(test::publicLeaks(page.previewText()) == QStringList {});
        page.setFormatKey(QStringLiteral("png"));
        settle();
        CHECK_FALSE(page.boardId().isNull()); // a picture is of one board: the first is chosen
        auto png = page.currentBytes();
        REQUIRE(png.ok());
        CHECK(png->startsWith("\x89PNG"));
    }
}

TEST_CASE("the Share view offers PDF and easy read, previews them as documents and writes them", "[ui][share][pdf]")
{
    test::TempDir dir;
    auto session = fixtureSession(dir);
    SharePage page(session.get(), nullptr, nullptr);
    page.resize(1400, 900);
    page.show();
    page.setAudience(Audience::Public);
    for (const char *key : { "pdf", "largeprint-pdf", "odt", "docx", "easyread-pdf", "easyread-docx" }) {
        INFO(key);
        page.setFormatKey(QString::fromLatin1(key));
        REQUIRE(page.formatKey() == QLatin1String(key));
        settle();
        // The rendered document, never the file's bytes as text.
        const QString preview = page.previewText();
        CHECK(preview.contains(QStringLiteral("AmiraPlainNote")));
        CHECK_FALSE(preview.contains(QStringLiteral("%PDF")));
        CHECK_FALSE(preview.contains(QStringLiteral("PK\x03\x04")));
        CHECK(test::publicLeaks(preview) == QStringList {});
    }
    for (const char *key : { "pdf", "easyread-pdf" }) {
        INFO(key);
        page.setFormatKey(QString::fromLatin1(key));
        settle();
        const QString path = dir.path(QLatin1String(key) + QStringLiteral(".pdf"));
        const auto audits = session->data().auditEvents.size();
        REQUIRE(page.exportTo(path, true).ok()); // made on the export's worker thread
        CHECK(test::readAll(path).startsWith("%PDF-"));
        REQUIRE(session->data().auditEvents.size() == audits + 1);
        CHECK(session->data().auditEvents.rows().back().summary.contains(
            qstrcmp(key, "pdf") == 0 ? QStringLiteral("as PDF") : QStringLiteral("Easy read (PDF)")));
    }
}

TEST_CASE("a held-back sensitive note is released with one action, undoably and on record", "[ui][share][release]")
{
    test::TempDir dir;
    auto session = fixtureSession(dir);
    SharePage page(session.get());
    page.setFormatKey(QStringLiteral("md"));
    QListWidget *held = page.heldBackList();
    REQUIRE(held->count() == 1);
    CHECK(held->item(0)->text().contains(QStringLiteral("SensitiveHeldText")));
    const QUuid id = held->item(0)->data(Qt::UserRole + 2).toUuid();
    REQUIRE_FALSE(id.isNull());

    REQUIRE(page.setReleased(id, true).ok());
    CHECK(session->data().notes.find(id)->released);
    CHECK(session->data().auditEvents.rows().back().kind == QStringLiteral("release"));
    CHECK(QString::fromUtf8(*page.currentBytes()).contains(QStringLiteral("SensitiveHeldText")));
    CHECK(held->item(0)->data(Qt::UserRole + 2).isNull()); // "None" now

    session->undoStack()->undo();
    CHECK_FALSE(session->data().notes.find(id)->released);
    CHECK_FALSE(QString::fromUtf8(*page.currentBytes()).contains(QStringLiteral("SensitiveHeldText")));
}

TEST_CASE("the people export leaves out contact details of people who said no, and is on record", "[ui][share][people]")
{
    test::TempDir dir;
    auto session = fixtureSession(dir);
    PeopleExportDialog dialog(session.get());
    dialog.setIncludeContact(true);
    dialog.setActor(QStringLiteral("Priya Shah"));
    const QString path = dir.path(QStringLiteral("people.csv"));
    REQUIRE(dialog.exportTo(path).ok());
    const QByteArray csv = test::readAll(path);
    CHECK(csv.contains("amira@example.org"));
    CHECK_FALSE(csv.contains("carol@example.org")); // refused to take part
    CHECK(csv.contains("ben@example.org"));          // takes part; the team asked for contacts
    const AuditEvent &audit = session->data().auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("export"));
    CHECK(audit.actor == QStringLiteral("Priya Shah"));
    CHECK(audit.summary.contains(QStringLiteral("people list (team) as CSV")));
    CHECK_FALSE(audit.summary.contains(QStringLiteral("Amira")));
}
