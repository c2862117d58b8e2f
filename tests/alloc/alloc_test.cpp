// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Out of memory inside SQLite, as SQLite's own malloc tests do it: the Nth allocation fails (once,
// or from then on), for N = 1, 2, … until the operation gets through. It must work or say so in
// plain words; memory and file agree afterwards, and the workshop takes the next change.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "failingmalloc.h"
#include "session/session.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QFile>

#include <functional>

using namespace cg;
namespace fm = cg::test::failingMalloc;

namespace {

struct Scene
{
    test::TempDir dir;
    QString path;
    std::unique_ptr<Session> session;
    QUuid board, person, note;
};

/// A small workshop: a board with a note by someone who agreed to take part.
Scene makeScene()
{
    Scene s;
    s.path = s.dir.path(QStringLiteral("test.cgw"));
    s.session = test::newSession(s.dir);
    s.session->setClock(test::FakeClock{});
    Session &session = *s.session;
    Board board;
    board.title = QStringLiteral("Table 1");
    REQUIRE(session.perform(edits::addBoard(session.data(), board)).ok());
    s.board = session.data().boards.rows().back().id;
    Participant p;
    p.displayName = QStringLiteral("Ana Lopez");
    REQUIRE(session.perform(edits::addParticipant(session.data(), p)).ok());
    s.person = session.data().participants.rows().back().id;
    REQUIRE(session
                .record(edits::recordConsentDecision(session.data(), s.person, ConsentScope::TakePart,
                                                     ConsentDecision::Granted, ConsentMethod::WrittenForm,
                                                     QStringLiteral("Sam"), session.now()))
                .ok());
    Note n;
    n.boardId = s.board;
    n.text = QStringLiteral("The discharge letter came a week late");
    n.authorKind = AuthorKind::Participant;
    n.authorId = s.person;
    REQUIRE(session.perform(edits::addNote(session.data(), n)).ok());
    s.note = session.data().notes.rows().back().id;
    return s;
}

struct Operation
{
    const char *name;
    std::function<Result<void>(Scene &)> run;
};

std::vector<Operation> operations()
{
    return {
        {"add a note",
         [](Scene &s) {
             Note n;
             n.boardId = s.board;
             n.text = QStringLiteral("Nobody explained the tablets");
             return s.session->perform(edits::addNote(s.session->data(), n));
         }},
        {"edit a note",
         [](Scene &s) {
             Note n = *s.session->data().notes.find(s.note);
             n.text = QStringLiteral("The letter came late");
             return s.session->perform(edits::editNote(s.session->data(), n));
         }},
        {"record a consent decision",
         [](Scene &s) {
             return s.session->record(edits::recordConsentDecision(s.session->data(), s.person, ConsentScope::BeQuoted,
                                                                   ConsentDecision::Granted, ConsentMethod::Verbal,
                                                                   QStringLiteral("Sam"), s.session->now()));
         }},
        {"withdraw someone, deleting their words",
         [](Scene &s) {
             return s.session->recordIrreversibly(edits::withdrawParticipant(s.session->data(), s.person,
                                                                             WithdrawMode::Delete, QStringLiteral("Sam"),
                                                                             ConsentMethod::Verbal, s.session->now()));
         }},
        {"save a copy", [](Scene &s) { return s.session->saveCopy(s.dir.path(QStringLiteral("copy.cgw"))); }},
    };
}

void checkMessage(const QString &message)
{
    INFO("message: " << message.toStdString());
    CHECK(message.size() > 10);
    CHECK_FALSE(message.contains(QStringLiteral("nknown error"), Qt::CaseInsensitive));
    CHECK_FALSE(message.contains(QStringLiteral(": out of memory")));
    CHECK(message != QStringLiteral("out of memory")); // SQLite's own words, not ours
}

} // namespace

TEST_CASE("every change survives SQLite running out of memory at any allocation", "[alloc]")
{
    const QString only = qEnvironmentVariable("CG_ALLOC_ONLY");
    for (const Operation &op : operations()) {
        if (!only.isEmpty() && !QString::fromLatin1(op.name).contains(only))
            continue;
        for (bool persistent : {true, false}) {
            int points = 0;
            // Every allocation of the first 400, then one in (n / 50 + 1): saving a copy makes
            // thousands, and each trial builds its scene afresh.
            for (int n = 1;; n += n < 400 ? 1 : n / 50 + 1) {
                INFO(op.name << ", allocation " << n << (persistent ? " and every one after" : " only"));
                REQUIRE(n < 100000);
                Scene s = makeScene();
                const WorkshopData before = s.session->data();
                fm::arm(n, persistent);
                const Result<void> done = op.run(s);
                const bool fired = fm::fired();
                fm::disarm();
                if (!done) {
                    CHECK(fired);
                    checkMessage(done.message());
                    CHECK(test::sameContent(s.session->data(), before));
                }
                Workshop retitled = s.session->workshop();
                retitled.title += QStringLiteral(" (after)");
                auto next = s.session->perform(edits::editWorkshop(s.session->data(), retitled));
                INFO(next.message().toStdString());
                REQUIRE(next.ok());
                const WorkshopData memory = s.session->data();
                s.session.reset();
                auto reopened = Session::open(s.path);
                REQUIRE(reopened.ok());
                INFO("the operation " << (done ? "worked" : "failed: " + done.message().toStdString()) << "; consent events in memory "
                                      << memory.consentEvents.size() << ", in the file " << (*reopened)->data().consentEvents.size()
                                      << "; audit events in memory " << memory.auditEvents.size() << ", in the file "
                                      << (*reopened)->data().auditEvents.size());
                CHECK(test::sameContent(memory, (*reopened)->data()));
                reopened->reset();
                if (done && QFile::exists(s.dir.path(QStringLiteral("copy.cgw"))))
                    CHECK(workshopfile::check(s.dir.path(QStringLiteral("copy.cgw")))->isEmpty());
                if (!fired)
                    break;
                ++points;
            }
            WARN(op.name << (persistent ? " (persistent)" : " (once)") << ": " << points << " allocation failure points");
            CHECK(points > 0);
        }
    }
}

TEST_CASE("opening a workshop when SQLite runs out of memory refuses in plain words", "[alloc]")
{
    test::TempDir dir;
    {
        auto s = test::newSession(dir);
        Board board;
        board.title = QStringLiteral("Table 1");
        REQUIRE(s->perform(edits::addBoard(s->data(), board)).ok());
    }
    const QString path = dir.path(QStringLiteral("test.cgw"));
    int points = 0;
    // Every allocation of the first 300, then one in (n / 100 + 1): opening makes about 5,000,
    // and each trial reopens the file twice.
    for (int n = 1;; n += n < 300 ? 1 : n / 100 + 1) {
        INFO("allocation " << n);
        REQUIRE(n < 20000);
        bool fired = false;
        {
            fm::arm(n, true);
            auto opened = Session::open(path);
            fired = fm::fired();
            fm::disarm();
            if (!opened)
                checkMessage(opened.message());
        }
        auto again = Session::open(path);
        INFO((again ? QString() : again.message()).toStdString());
        REQUIRE(again.ok());
        if (!fired)
            break;
        ++points;
    }
    WARN("open: " << points << " allocation failure points");
}
