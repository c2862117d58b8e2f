// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection, as SQLite's own I/O-error tests do it: every kind of change is run again and
// again with the Nth write, sync, truncation or read of the files beneath it failing, for N = 1,
// 2, 3 … until the change gets through without reaching the fault. Each time the change must
// either work or say plainly why not, the workshop in memory must be exactly what the file holds
// (reopened without the faults), nothing saved before may be lost, and the workshop must go on
// working once the disk is sound again.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "faultvfs.h"
#include "io/jsonarchive.h"
#include "io/participantcsv.h"
#include "session/session.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <functional>
#include <optional>

using namespace cg;
using test::FaultVfs;

namespace {

/// The ids of what the seeded workshop holds.
struct Ids
{
    QUuid board, alice, bob, note1, note2, note3, agenda1, agenda2, group;
};

/// A workshop made once per run (people, consent, an agenda, a group, a board with notes), which
/// each trial starts from a fresh copy of.
struct Template
{
    test::TempDir dir;
    QString path;
    Ids ids;
};

Template &seeded()
{
    static Template t = [] {
        Template made;
        made.path = made.dir.path(QStringLiteral("seed.cgw"));
        auto session = test::newSession(made.dir, QStringLiteral("seed.cgw"));
        session->setClock(test::FakeClock{});
        auto must = [&](Result<Edit> edit, bool permanent = false) {
            auto done = permanent ? session->record(std::move(edit)) : session->perform(std::move(edit));
            INFO(done.message().toStdString());
            REQUIRE(done.ok());
        };
        auto lastId = [](const auto &table) { return table.rows().back().id; };
        Participant alice;
        alice.displayName = QStringLiteral("Alice O'Brien");
        alice.email = QStringLiteral("alice@example.org");
        must(edits::addParticipant(session->data(), alice));
        made.ids.alice = lastId(session->data().participants);
        Participant bob;
        bob.displayName = QStringLiteral("Bob Jones");
        must(edits::addParticipant(session->data(), bob));
        made.ids.bob = lastId(session->data().participants);
        for (const QUuid &who : {made.ids.alice, made.ids.bob})
            must(edits::recordConsentDecision(session->data(), who, ConsentScope::TakePart, ConsentDecision::Granted,
                                              ConsentMethod::WrittenForm, QStringLiteral("Sam"), session->now()),
                 true);
        AgendaItem first;
        first.title = QStringLiteral("Welcome");
        first.plannedMinutes = 10;
        must(edits::addAgendaItem(session->data(), first));
        made.ids.agenda1 = lastId(session->data().agendaItems);
        AgendaItem second;
        second.title = QStringLiteral("What matters at discharge?");
        second.plannedMinutes = 40;
        must(edits::addAgendaItem(session->data(), second));
        made.ids.agenda2 = lastId(session->data().agendaItems);
        Group group;
        group.name = QStringLiteral("Table 1");
        group.memberIds = {made.ids.alice};
        must(edits::addGroup(session->data(), group));
        made.ids.group = lastId(session->data().groups);
        Board board;
        board.title = QStringLiteral("Discharge");
        must(edits::addBoard(session->data(), board));
        made.ids.board = lastId(session->data().boards);
        auto note = [&](const QString &text, const QUuid &author, double x) {
            Note n;
            n.boardId = made.ids.board;
            n.text = text;
            n.x = x;
            n.y = 40;
            if (!author.isNull()) {
                n.authorKind = AuthorKind::Participant;
                n.authorId = author;
            }
            must(edits::addNote(session->data(), n));
            return lastId(session->data().notes);
        };
        made.ids.note1 = note(QStringLiteral("Nobody told me when I was going home"), made.ids.alice, 40);
        made.ids.note2 = note(QStringLiteral("Follow-up call within 48 hours"), made.ids.bob, 400);
        made.ids.note3 = note(QStringLiteral("Peer support on the ward"), QUuid(), 800);
        return made;
    }();
    return t;
}

/// A folder in RAM when the machine has one: the faults are injected, so the medium does not
/// matter, and a thousand trials of synced commits on a real disk would take minutes.
class ScratchDir
{
public:
    ScratchDir()
        : m_dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/cg-fault-XXXXXX")
                                                          : QDir::tempPath() + QStringLiteral("/cg-fault-XXXXXX"))
    {
        REQUIRE(m_dir.isValid());
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// One trial's workshop, copied from the template.
struct Scene
{
    ScratchDir dir;
    QString path;
    Ids ids;
    std::unique_ptr<Session> session;
    QByteArray archive; // the workshop as a JSON archive, to import
};

/// What is tried: \a prepare runs before the faults are armed (to have something to undo, an
/// earlier copy to keep), \a run with them; \a output, when set, is a file the run writes beside
/// the workshop, which must be either complete or left as it was.
struct Operation
{
    const char *name;
    std::function<Result<void>(Scene &)> run;
    std::function<void(Scene &)> prepare = {};
    QString output = {};
};

struct Plan
{
    FaultVfs::Kind kind;
    int code;
    bool persistent;
    const char *what;
};

const Plan kPlans[] = {
    {FaultVfs::Kind::Write, SQLITE_IOERR_WRITE, false, "one write fails"},
    {FaultVfs::Kind::Write, SQLITE_FULL, true, "the disk fills up"},
    {FaultVfs::Kind::Sync, SQLITE_IOERR_FSYNC, false, "one sync fails"},
    {FaultVfs::Kind::Truncate, SQLITE_IOERR_TRUNCATE, false, "one truncation fails"},
    {FaultVfs::Kind::Read, SQLITE_IOERR_READ, false, "one read fails"},
    {FaultVfs::Kind::Read, SQLITE_IOERR_READ, true, "the drive stops answering reads"},
};

Result<void> failIfLastError(Session &session)
{
    if (!session.lastError().isEmpty())
        return fail(session.lastError());
    return {};
}

void must(Result<void> done)
{
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

/// A message a facilitator can act on: words, never SQLite's "unknown error".
void checkMessage(const QString &message)
{
    INFO("message: " << message.toStdString());
    CHECK(message.trimmed().size() > 10);
    CHECK_FALSE(message.contains(QStringLiteral("nknown error")));
    CHECK_FALSE(message.contains(QStringLiteral("SQLITE_")));
}

/// Files other than the workshop, its journal and the operation's output: drafts and temporary
/// copies that a failure left behind.
QStringList strays(const Scene &s, const QString &output)
{
    QStringList found;
    const QStringList keep = {QStringLiteral("test.cgw"), QStringLiteral("test.cgw-journal"), output,
                              output + QStringLiteral("-journal")};
    for (const QString &name : QDir(s.dir.root()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        if (!keep.contains(name))
            found << name;
    return found;
}

struct Figures
{
    int points = 0;   // faults that fired
    int failures = 0; // of those, how many made the operation report an error
};

/// Runs \a op under every plan for N = 1, 2, … until it no longer reaches the fault.
Figures faultLoop(const Operation &op)
{
    Figures figures;
    const Template &t = seeded();
    for (const Plan &plan : kPlans) {
        for (int n = 1;; ++n) {
            INFO(op.name << ": " << plan.what << ", at call " << n << " of its kind ("
                         << FaultVfs::kindName(plan.kind).toStdString() << ")");
            REQUIRE(n < 400);
            Scene s;
            s.path = s.dir.path(QStringLiteral("test.cgw"));
            s.ids = t.ids;
            REQUIRE(QFile::copy(t.path, s.path));
            std::optional<FaultVfs> vfs;
            vfs.emplace();
            {
                auto opened = Session::open(s.path);
                REQUIRE(opened.ok());
                s.session = std::move(*opened);
                s.session->setClock(test::FakeClock{QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC)});
            }
            s.archive = io::archive::toJson(s.session->data());
            if (op.prepare)
                op.prepare(s);
            const WorkshopData before = s.session->data();
            std::optional<WorkshopData> outputBefore;
            if (!op.output.isEmpty() && QFile::exists(s.dir.path(op.output))) {
                auto earlier = Session::open(s.dir.path(op.output));
                REQUIRE(earlier.ok());
                outputBefore = (*earlier)->data();
            }

            vfs->arm(plan.kind, n, plan.code, plan.persistent);
            const Result<void> done = op.run(s);
            const bool fired = vfs->fired();
            vfs->disarm();

            if (fired)
                ++figures.points;
            if (!done) {
                ++figures.failures;
                CHECK(fired); // without a fault the operation must work
                checkMessage(done.message());
                // Nothing of a failed change stays in memory, and nothing saved before is lost.
                CHECK(test::sameContent(s.session->data(), before));
            }
            // Once the disk is sound again, the workshop takes the next change.
            Workshop retitled = s.session->workshop();
            retitled.title += QStringLiteral(" (after)");
            must(s.session->perform(edits::editWorkshop(s.session->data(), retitled)));
            const WorkshopData memory = s.session->data();
            s.session.reset();
            vfs.reset(); // reopened with the real VFS only

            auto reopened = Session::open(s.path);
            INFO((reopened ? QString() : reopened.message()).toStdString());
            REQUIRE(reopened.ok());
            CHECK(test::sameContent(memory, (*reopened)->data()));
            reopened->reset();
            auto problems = workshopfile::check(s.path);
            REQUIRE(problems.ok());
            CHECK(*problems == QStringList());

            if (!op.output.isEmpty()) {
                const QString out = s.dir.path(op.output);
                if (done) {
                    {
                        auto written = Session::open(out);
                        INFO((written ? QString() : written.message()).toStdString());
                        REQUIRE(written.ok());
                    }
                    CHECK(*workshopfile::check(out) == QStringList());
                } else if (outputBefore) {
                    auto kept = Session::open(out);
                    REQUIRE(kept.ok());
                    CHECK(test::sameContent((*kept)->data(), *outputBefore));
                } else {
                    CHECK_FALSE(QFile::exists(out));
                }
            }
            CHECK(strays(s, op.output) == QStringList());
            if (!fired)
                break;
        }
    }
    return figures;
}

Note noteIn(const Scene &s, const QUuid &id)
{
    return *s.session->data().notes.find(id);
}

std::vector<Operation> operations()
{
    std::vector<Operation> ops;
    ops.push_back({"add a note", [](Scene &s) {
                       Note n;
                       n.boardId = s.ids.board;
                       n.text = QStringLiteral("Nobody explained the tablets");
                       n.x = 40;
                       n.y = 300;
                       return s.session->perform(edits::addNote(s.session->data(), n));
                   }});
    ops.push_back({"edit a note", [](Scene &s) {
                       Note n = noteIn(s, s.ids.note2);
                       n.text = QStringLiteral("A follow-up call within 24 hours");
                       return s.session->perform(edits::editNote(s.session->data(), n));
                   }});
    ops.push_back({"move notes", [](Scene &s) {
                       return s.session->perform(edits::moveNotes(
                           s.session->data(), {{s.ids.note1, QPointF(60, 500)}, {s.ids.note3, QPointF(700, 500)}}));
                   }});
    ops.push_back({"delete a note", [](Scene &s) {
                       return s.session->perform(edits::removeNotes(s.session->data(), {s.ids.note2}));
                   }});
    ops.push_back({"add a person", [](Scene &s) {
                       Participant p;
                       p.displayName = QStringLiteral("Zoë \"Zee\" Clarke");
                       p.email = QStringLiteral("zee@example.org");
                       return s.session->perform(edits::addParticipant(s.session->data(), p));
                   }});
    ops.push_back({"edit a person", [](Scene &s) {
                       Participant p = *s.session->data().participants.find(s.ids.bob);
                       p.email = QStringLiteral("bob@example.org");
                       return s.session->perform(edits::editParticipant(s.session->data(), p));
                   }});
    ops.push_back({"add an agenda item", [](Scene &s) {
                       AgendaItem item;
                       item.title = QStringLiteral("Tea");
                       item.kind = AgendaKind::Break;
                       item.plannedMinutes = 15;
                       return s.session->perform(edits::addAgendaItem(s.session->data(), item));
                   }});
    ops.push_back({"reorder the agenda", [](Scene &s) {
                       return s.session->perform(edits::moveAgendaItem(s.session->data(), s.ids.agenda2, 0));
                   }});
    ops.push_back({"seat someone in a group", [](Scene &s) {
                       return s.session->perform(edits::moveToGroup(s.session->data(), s.ids.bob, s.ids.group));
                   }});
    ops.push_back({"make a theme", [](Scene &s) {
                       return s.session->perform(
                           edits::groupAsTheme(s.session->data(), {s.ids.note1, s.ids.note3}, QStringLiteral("Going home")));
                   }});
    ops.push_back({"record a consent decision", [](Scene &s) {
                       return s.session->record(edits::recordConsentDecision(
                           s.session->data(), s.ids.alice, ConsentScope::BeQuoted, ConsentDecision::Granted,
                           ConsentMethod::Verbal, QStringLiteral("Sam"), s.session->now()));
                   }});
    ops.push_back({"undo",
                   [](Scene &s) {
                       s.session->undoStack()->undo();
                       return failIfLastError(*s.session);
                   },
                   [](Scene &s) {
                       Note n = noteIn(s, s.ids.note1);
                       n.text = QStringLiteral("Nobody told me");
                       must(s.session->perform(edits::editNote(s.session->data(), n)));
                   }});
    ops.push_back({"redo",
                   [](Scene &s) {
                       s.session->undoStack()->redo();
                       return failIfLastError(*s.session);
                   },
                   [](Scene &s) {
                       must(s.session->perform(edits::removeNotes(s.session->data(), {s.ids.note1})));
                       s.session->undoStack()->undo();
                       must(failIfLastError(*s.session));
                   }});
    ops.push_back({"withdraw someone, deleting their words", [](Scene &s) {
                       return s.session->recordIrreversibly(
                           edits::withdrawParticipant(s.session->data(), s.ids.alice, WithdrawMode::Delete,
                                                      QStringLiteral("Sam"), ConsentMethod::Verbal, s.session->now()));
                   }});
    ops.push_back({"withdraw someone, keeping their words anonymous", [](Scene &s) {
                       return s.session->recordIrreversibly(
                           edits::withdrawParticipant(s.session->data(), s.ids.bob, WithdrawMode::Anonymise,
                                                      QStringLiteral("Sam"), ConsentMethod::Verbal, s.session->now()));
                   }});
    ops.push_back({"import people from a sign-up CSV with consent answers", [](Scene &s) {
                       auto summary = io::importParticipantsCsv(
                           *s.session, test::readAll(test::dataPath(QStringLiteral("awkward/participants.csv"))),
                           QStringLiteral("participants.csv"));
                       if (!summary)
                           return Result<void>(summary.error());
                       return Result<void>();
                   }});
    ops.push_back({"import people from a CSV without consent answers", [](Scene &s) {
                       auto summary = io::importParticipantsCsv(
                           *s.session, test::readAll(test::dataPath(QStringLiteral("signups/google-forms.csv"))),
                           QStringLiteral("google-forms.csv"));
                       if (!summary)
                           return Result<void>(summary.error());
                       return Result<void>();
                   }});
    ops.push_back({"save a copy over an earlier copy",
                   [](Scene &s) { return s.session->saveCopy(s.dir.path(QStringLiteral("copy.cgw"))); },
                   [](Scene &s) {
                       must(s.session->saveCopy(s.dir.path(QStringLiteral("copy.cgw"))));
                       must(s.session->perform(edits::removeNotes(s.session->data(), {s.ids.note3})));
                   },
                   QStringLiteral("copy.cgw")});
    ops.push_back({"save a new copy",
                   [](Scene &s) { return s.session->saveCopy(s.dir.path(QStringLiteral("new copy.cgw"))); }, {},
                   QStringLiteral("new copy.cgw")});
    ops.push_back({"import a JSON archive as a new workshop",
                   [](Scene &s) {
                       auto data = io::archive::fromJson(s.archive);
                       if (!data)
                           return Result<void>(data.error());
                       auto created = Session::createFrom(s.dir.path(QStringLiteral("imported.cgw")), *data);
                       if (!created)
                           return Result<void>(created.error());
                       return Result<void>();
                   },
                   {}, QStringLiteral("imported.cgw")});
    return ops;
}

} // namespace

namespace {

void runOperations(std::size_t first, std::size_t last)
{
    const std::vector<Operation> all = operations();
    for (std::size_t i = first; i < std::min(last, all.size()); ++i) {
        const Operation &op = all[i];
        DYNAMIC_SECTION(op.name)
        {
            const Figures figures = faultLoop(op);
            WARN(op.name << ": " << figures.points << " fault points, " << figures.failures << " reported as errors");
            CHECK(figures.points > 0); // the faults reach every operation
        }
    }
}

} // namespace

TEST_CASE("every edit survives a failing write, sync, truncation or read", "[faultinjection]")
{
    runOperations(0, 10);
}

TEST_CASE("consent, undo, redo and withdrawal survive a failing write, sync, truncation or read", "[faultinjection]")
{
    runOperations(10, 15);
}

TEST_CASE("imports and copies survive a failing write, sync, truncation or read", "[faultinjection]")
{
    runOperations(15, 100);
}
