// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Agenda timing: start times re-flow from the workshop's start, and the plan warns when it runs
// past the venue's end time. Also the agenda for the room (text and Markdown).
#include "run_fixture.h"

#include "planning/agenda.h"
#include "planning/agendaexport.h"

using namespace cg;

namespace {

QStringList starts(const WorkshopData &data)
{
    QStringList out;
    for (const agenda::Slot &slot : agenda::plan(data).slots)
        out << agenda::clockText(slot.start);
    return out;
}

} // namespace

TEST_CASE("start times re-flow from the workshop's start as items move and change", "[agenda]")
{
    test::RunFixture f;
    CHECK(starts(f.session->data())
        == QStringList { QStringLiteral("10:00"), QStringLiteral("10:20"), QStringLiteral("11:00"),
            QStringLiteral("11:15") });

    f.must(edits::moveAgendaItem(f.session->data(), f.tea, 0));
    CHECK(starts(f.session->data())
        == QStringList { QStringLiteral("10:00"), QStringLiteral("10:15"), QStringLiteral("10:35"),
            QStringLiteral("11:15") });

    AgendaItem longer = f.item(f.breakout);
    longer.plannedMinutes = 55;
    f.must(edits::editAgendaItem(f.session->data(), longer));
    CHECK(starts(f.session->data()).last() == QStringLiteral("11:30"));

    Workshop w = f.session->workshop();
    w.startTime = QTime(9, 30);
    f.must(edits::editWorkshop(f.session->data(), w));
    CHECK(starts(f.session->data()).first() == QStringLiteral("09:30"));
    CHECK(starts(f.session->data()).last() == QStringLiteral("11:00"));
    CHECK(agenda::plan(f.session->data()).end == 11 * 60 + 10);

    f.must(edits::removeAgendaItem(f.session->data(), f.tea));
    CHECK(starts(f.session->data())
        == QStringList { QStringLiteral("09:30"), QStringLiteral("09:50"), QStringLiteral("10:45") });
}

TEST_CASE("the plan warns when it runs past the venue's end time", "[agenda]")
{
    test::RunFixture f(QTime(10, 0), QTime(11, 30));
    agenda::Timing t = agenda::plan(f.session->data());
    CHECK(t.end == 11 * 60 + 25);
    CHECK(t.totalMinutes() == 85);
    CHECK(t.overrunMinutes() == 0);

    AgendaItem longer = f.item(f.welcome);
    longer.plannedMinutes = 32;
    f.must(edits::editAgendaItem(f.session->data(), longer));
    t = agenda::plan(f.session->data());
    CHECK(t.overrunMinutes() == 7);
    CHECK(agenda::toText(f.session->data())
              .contains(QStringLiteral("runs 7 min past the venue's end time (11:30)")));

    // No end time, no warning.
    Workshop w = f.session->workshop();
    w.endTime = QTime();
    f.must(edits::editWorkshop(f.session->data(), w));
    t = agenda::plan(f.session->data());
    CHECK_FALSE(t.venueEnd.has_value());
    CHECK(t.overrunMinutes() == 0);
}

TEST_CASE("times and lengths read plainly", "[agenda]")
{
    CHECK(agenda::clockText(9 * 60 + 5) == QStringLiteral("09:05"));
    CHECK(agenda::clockText(24 * 60) == QStringLiteral("00:00 (next day)"));
    CHECK(agenda::durationText(45) == QStringLiteral("45 min"));
    CHECK(agenda::durationText(60) == QStringLiteral("1 h"));
    CHECK(agenda::durationText(170) == QStringLiteral("2 h 50 min"));
    WorkshopData empty;
    empty.workshop.startTime = QTime();
    CHECK(agenda::plan(empty).start == 10 * 60); // a workshop with no start time starts at ten
    CHECK(agenda::plan(empty).slots.empty());
}

TEST_CASE("the agenda for the room, as text and Markdown", "[agenda][export]")
{
    test::RunFixture f;
    Workshop w = f.session->workshop();
    w.title = QStringLiteral("Getting *there* <b>together</b>");
    w.venue = QStringLiteral("St Mark's hall");
    w.facilitators = { QStringLiteral("Sam Private") };
    f.must(edits::editWorkshop(f.session->data(), w));
    AgendaItem item = f.item(f.welcome);
    item.prompt = QStringLiteral("# What brought you here?\n- really?");
    item.instructions = QStringLiteral("1. Names\n2. Ground rules [agreed]");
    f.must(edits::editAgendaItem(f.session->data(), item));
    f.must(edits::addGroupBoards(f.session->data(), f.breakout));

    const QString text = agenda::toText(f.session->data());
    CHECK(text.startsWith(QStringLiteral("Getting *there* <b>together</b>\n")));
    CHECK(text.contains(QStringLiteral("10:00–10:20  Welcome")));
    CHECK(text.contains(QStringLiteral("Boards: Table 1 — Leaving hospital, Table 2 — Leaving hospital")));
    CHECK(text.contains(
        QStringLiteral("The day ends at 11:25 (1 h 25 min in all). The venue must be left by 11:30.")));
    CHECK_FALSE(text.contains(QStringLiteral("Sam Private"))); // it goes on the wall: no names

    const QString md = QString::fromUtf8(agenda::toMarkdown(f.session->data()));
    CHECK(md.startsWith(QStringLiteral("# Getting \\*there\\* \\<b\\>together\\</b\\>\n")));
    CHECK(md.contains(QStringLiteral("## 10:00–10:20 · Welcome\n")));
    CHECK(md.contains(QStringLiteral("> \\# What brought you here?\\\n> \\- really?")));
    CHECK(md.contains(QStringLiteral("1\\. Names\\\n2\\. Ground rules \\[agreed\\]")));
    CHECK(md.contains(QStringLiteral("*Breakout · 40 min*")));

    CHECK(agenda::exportFormatForPath(QStringLiteral("agenda.MD")) == agenda::ExportFormat::Markdown);
    CHECK(agenda::exportFormatFromName(QStringLiteral("pdf")) == agenda::ExportFormat::Pdf);
    CHECK_FALSE(agenda::exportFormatFromName(QStringLiteral("docx")).has_value());
}

TEST_CASE("agenda files are written whole or not at all", "[agenda][export]")
{
    test::RunFixture f;
    const QString out = f.dir.path(QStringLiteral("agenda.md"));
    REQUIRE(agenda::exportAgenda(f.session->data(), agenda::ExportFormat::Markdown, out).ok());
    CHECK(test::readAll(out) == agenda::toMarkdown(f.session->data()));
    CHECK_FALSE(agenda::exportAgenda(f.session->data(), agenda::ExportFormat::Markdown,
        f.dir.path(QStringLiteral("no/such/folder/agenda.md")))
                    .ok());
    CHECK(agenda::exportAgenda(f.session->data(), agenda::ExportFormat::Markdown, f.dir.root())
              .message()
              .contains(QStringLiteral("folder")));
    // The core tests run under a QGuiApplication (the PDF writers need fonts): a PDF comes out whole.
    const auto pdf = agenda::toPdf(f.session->data());
    REQUIRE(pdf.ok());
    CHECK(pdf->startsWith("%PDF"));
    CHECK(pdf->trimmed().endsWith("%%EOF"));
}
