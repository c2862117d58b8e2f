// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop templates: the built-in ones are sound, a new workshop made from one is complete, a
// workshop saved as a template leaves its people behind, and bad template files are refused in
// plain words.
#include "io/demoworkshop.h"
#include "io/templates.h"
#include "planning/agenda.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>

using namespace cg;
using namespace cg::io;

TEST_CASE("the built-in templates are all there and make sense", "[templates]")
{
    const QList<templates::Entry> entries = templates::available({});
    QStringList names;
    for (const templates::Entry &e : entries)
        names << e.name;
    CHECK(names
        == QStringList { QStringLiteral("half-day"), QStringLiteral("co-pro-cuppa"),
            QStringLiteral("sense-making"), QStringLiteral("listening"), QStringLiteral("peer-learning") });
    for (const templates::Entry &e : entries) {
        INFO(e.name.toStdString());
        CHECK(e.builtIn);
        auto t = templates::readFile(e.path);
        REQUIRE(t.ok());
        CHECK_FALSE(t->title.isEmpty());
        CHECK_FALSE(t->description.isEmpty());
        CHECK(t->agenda.size() >= 6);
        bool hasBreak = false, hasBreakout = false, hasFeedback = false;
        for (const TemplateItem &item : t->agenda) {
            hasBreak = hasBreak || item.kind == AgendaKind::Break;
            hasBreakout = hasBreakout || item.kind == AgendaKind::Breakout;
            hasFeedback = hasFeedback || item.kind == AgendaKind::Feedback;
            CHECK(item.minutes > 0);
            if (item.kind == AgendaKind::Breakout)
                CHECK_FALSE(item.prompt.isEmpty());
        }
        CHECK(hasBreak);
        CHECK(hasBreakout);
        CHECK(hasFeedback);
        CHECK(t->groups.size() >= 2);
        // The day fits the venue.
        const WorkshopData data = templates::instantiate(*t);
        CHECK(agenda::plan(data).overrunMinutes() == 0);
        CHECK_FALSE(data.boards.empty());
        CHECK(e.minutes == t->totalMinutes());
    }
    auto cuppa = templates::find(QStringLiteral("co-pro-cuppa"), {});
    REQUIRE(cuppa.ok());
    CHECK(cuppa->totalMinutes() == 90);
    auto pecha = templates::find(QStringLiteral("Peer-Learning"), {});
    REQUIRE(pecha.ok());
    CHECK(pecha->description.contains(QStringLiteral("20 slides")));
    auto missing = templates::find(QStringLiteral("all-day-rave"), {});
    CHECK(missing.message().contains(QStringLiteral("half-day")));
}

TEST_CASE("a workshop made from a template has its agenda, groups and boards linked up", "[templates]")
{
    auto t = templates::find(QStringLiteral("half-day"), {});
    REQUIRE(t.ok());
    WorkshopData data = templates::instantiate(*t);
    data.workshop.date = QDate(2026, 12, 3);
    CHECK(data.workshop.title == QStringLiteral("Co-production workshop"));
    CHECK(data.workshop.startTime == QTime(10, 0));
    CHECK(data.workshop.endTime == QTime(13, 0));
    CHECK(data.groups.size() == 4);
    CHECK(int(data.agendaItems.size()) == t->agenda.size());
    const auto order = agenda::inOrder(data);
    CHECK(order.front()->title == QStringLiteral("Arrival, tea and check-in"));
    for (const Board &b : data.boards)
        if (b.title == QStringLiteral("What we heard"))
            CHECK(data.agendaItems.find(b.agendaItemId)->title
                == QStringLiteral("What we heard: tables report back"));

    test::TempDir dir;
    auto session = Session::createFrom(dir.path(QStringLiteral("new.cgw")), data);
    INFO(session.message().toStdString());
    REQUIRE(session.ok());
    CHECK((*session)->data().agendaItems.size() == data.agendaItems.size());
    CHECK((*session)->data().agendaItems.rows().front().created.isValid());
    CHECK((*session)->data().boards.size() == data.boards.size());
    // Two workshops from one template share no ids.
    const WorkshopData other = templates::instantiate(*t);
    CHECK_FALSE(other.agendaItems.contains(order.front()->id));
}

TEST_CASE("saving a workshop as a template keeps its shape and leaves its people behind", "[templates]")
{
    const WorkshopData demo = demoWorkshop();
    REQUIRE_FALSE(demo.participants.empty());
    WorkshopTemplate t = templates::fromWorkshop(
        demo, QStringLiteral("Discharge workshop (our way)"), QStringLiteral("As we ran it in March."));
    CHECK(t.name == QStringLiteral("discharge-workshop-our-way"));
    CHECK(int(t.agenda.size()) == int(demo.agendaItems.size()));
    CHECK(int(t.groups.size()) == int(demo.groups.size()));
    int boards = int(t.boards.size());
    for (const TemplateItem &item : t.agenda)
        boards += int(item.boards.size());
    CHECK(boards == int(demo.boards.size()));

    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ours.json"));
    REQUIRE(templates::writeFile(t, path).ok());
    const QByteArray json = test::readAll(path);
    // Nobody's name, words or contact details, and no date, goes into a template.
    for (const Participant &p : demo.participants) {
        CHECK_FALSE(json.contains(p.displayName.toUtf8()));
        if (!p.email.isEmpty())
            CHECK_FALSE(json.contains(p.email.toUtf8()));
    }
    for (const Note &n : demo.notes)
        CHECK_FALSE(json.contains(n.text.toUtf8()));
    CHECK_FALSE(json.contains("2026-03-12"));

    auto back = templates::readFile(path);
    REQUIRE(back.ok());
    t.name = QStringLiteral("ours");
    CHECK(*back == t);

    // It is listed with the built-in ones, and found by its name.
    const QList<templates::Entry> entries = templates::available(dir.root());
    REQUIRE(entries.size() == 6);
    CHECK_FALSE(entries.last().builtIn);
    CHECK(entries.last().title == QStringLiteral("Discharge workshop (our way)"));
    CHECK(templates::find(QStringLiteral("ours"), dir.root()).ok());

    // A workshop from it has the demo's breakout boards, one per table, empty.
    const WorkshopData again = templates::instantiate(*back);
    CHECK(again.participants.empty());
    CHECK(again.notes.empty());
    int tableBoards = 0;
    for (const Board &b : again.boards)
        tableBoards += b.groupId.isNull() ? 0 : 1;
    CHECK(tableBoards == 4);
}

TEST_CASE("bad template files are refused in plain words", "[templates]")
{
    auto refuse
        = [](const QByteArray &json) { return templates::fromJson(json, QStringLiteral("x")).message(); };
    const QByteArray head = R"({"format": "common-ground-template", "formatVersion": 1, "title": "T", )";
    CHECK(refuse("{ not json").contains(QStringLiteral("not a complete template")));
    CHECK(refuse(R"({"format": "something-else"})")
              .contains(QStringLiteral("not a Common Ground workshop template")));
    CHECK(refuse(R"({"format": "common-ground-template", "formatVersion": 9, "title": "T"})")
              .contains(QStringLiteral("newer version")));
    CHECK(refuse(head + R"("agenda": [{"title": "A", "minutes": -5}]})")
              .contains(QStringLiteral("agenda[0].minutes")));
    CHECK(refuse(head + R"("agenda": [{"title": "A", "minutes": 100000}]})")
              .contains(QStringLiteral("from 0 to 1440")));
    CHECK(refuse(head + R"("agenda": [{"title": "A", "kind": "disco"}]})")
              .contains(QStringLiteral("agenda[0].kind")));
    CHECK(refuse(head + R"("agenda": [{"minutes": 5}]})")
              .contains(QStringLiteral("agenda[0].title: is missing")));
    CHECK(refuse(head + R"("workshop": {"startTime": "25:99"}})")
              .contains(QStringLiteral("workshop.startTime")));
    CHECK(refuse(head + R"("boards": [{"title": "B", "group": "Table 9"}]})")
              .contains(QStringLiteral("Table 9")));
    CHECK(refuse(head + R"("groups": [{"name": "A"}, {"name": "A"}]})")
              .contains(QStringLiteral("listed twice")));
    const QByteArray huge = head + R"("description": ")" + QByteArray(30000, 'x') + R"("})";
    CHECK(refuse(huge).contains(QStringLiteral("too long")));
    CHECK(templates::readFile(QStringLiteral("/no/such/template.json"))
              .message()
              .contains(QStringLiteral("no template")));
    // The smallest template there is.
    auto smallest
        = templates::fromJson(R"({"format": "common-ground-template", "formatVersion": 1, "title": "Empty"})",
            QStringLiteral("empty"));
    REQUIRE(smallest.ok());
    CHECK(smallest->workshop.title == QStringLiteral("Empty"));
    CHECK(smallest->workshop.startTime == QTime(10, 0));
    CHECK(templates::nameFor(QStringLiteral("  Évening: ça va?  ")) == QStringLiteral("evening-ca-va"));
    CHECK(templates::nameFor(QStringLiteral("!!!")) == QStringLiteral("my-template"));
}
