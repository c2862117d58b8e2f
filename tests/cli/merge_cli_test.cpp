// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tables --prepare and merge, driven through the real binary: safe file names for any group
// name, conflicts listed with exit 1 until --accept says how, bad copies refused with nothing
// written, and a merge killed at random moments leaving the lead's file as before or fully
// merged.
#include "commands/edits.h"
#include "merge/tablecopies.h"
#include "session/session.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace cg;

namespace {

/// A lead workshop with one group per name, each with a board and a note.
QString makeLead(const test::TempDir &dir, const QStringList &groupNames, int notesPerBoard = 1)
{
    WorkshopData data;
    data.workshop.id = newId();
    data.workshop.title = QStringLiteral("Lead");
    Participant p;
    p.id = newId();
    p.displayName = QStringLiteral("Ada Lovelace");
    data.participants.insert(p);
    int position = 0;
    for (const QString &name : groupNames) {
        Group g;
        g.id = newId();
        g.name = name;
        g.position = position++;
        data.groups.insert(g);
        Board b;
        b.id = newId();
        b.title = QStringLiteral("Board %1").arg(position);
        b.groupId = g.id;
        data.boards.insert(b);
        for (int i = 0; i < notesPerBoard; ++i) {
            Note n;
            n.id = newId();
            n.boardId = b.id;
            n.text = QStringLiteral("Lead note %1 on board %2").arg(i).arg(position);
            n.x = 200.0 * (i % 20);
            n.y = 140.0 * (i / 20);
            data.notes.insert(n);
        }
    }
    const QString path = dir.path(QStringLiteral("lead.cgw"));
    REQUIRE(Session::createFrom(path, data).ok());
    return path;
}

QStringList prepare(const QString &lead, const QString &folder)
{
    const auto run = test::runCli({QStringLiteral("tables"), lead, QStringLiteral("--prepare"), folder});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList copies;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.cgw")}, QDir::Files, QDir::Name))
        copies << QDir(folder).filePath(name);
    return copies;
}

void editFirstNote(const QString &path, const QString &text)
{
    auto s = Session::open(path);
    REQUIRE(s.ok());
    Note n = (*s)->data().notes.rows().front();
    n.text = text;
    REQUIRE((*s)->perform(edits::editNote((*s)->data(), n)).ok());
}

QStringList withoutMergeRecords(QStringList rows)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [](const QString &row) {
                       return row.startsWith(QStringLiteral("table_copy_merged|"))
                           || (row.startsWith(QStringLiteral("audit_event|")) && row.contains(QStringLiteral("|merge|")));
                   }),
        rows.end());
    return rows;
}

} // namespace

TEST_CASE("cli: tables --prepare names each copy after its group, safely", "[cli][merge]")
{
    test::TempDir dir;
    const QString lead = makeLead(dir,
        {QStringLiteral("Table \"A\""), QStringLiteral("North/South"), QStringLiteral("Sunflowers 🌻"),
            QStringLiteral("North/South"), QStringLiteral("..")});
    const QStringList copies = prepare(lead, dir.path(QStringLiteral("copies")));
    QStringList names;
    for (const QString &c : copies)
        names << QFileInfo(c).fileName();
    names.sort();
    CHECK(names
        == QStringList({QStringLiteral("North-South (2).cgw"), QStringLiteral("North-South.cgw"),
            QStringLiteral("Sunflowers 🌻.cgw"), QStringLiteral("Table -A-.cgw"), QStringLiteral("Table.cgw")}));
    // Each opens like any workshop.
    for (const QString &c : copies)
        CHECK(workshopfile::check(c)->isEmpty());
    // Never over existing files.
    const auto again = test::runCli({QStringLiteral("tables"), lead, QStringLiteral("--prepare"), dir.path(QStringLiteral("copies"))});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already there")));
}

TEST_CASE("cli: merge lists conflicts and stops until --accept says how", "[cli][merge]")
{
    test::TempDir dir;
    const QString lead = makeLead(dir, {QStringLiteral("Table 1")});
    const QStringList copies = prepare(lead, dir.path(QStringLiteral("copies")));
    REQUIRE(copies.size() == 1);
    editFirstNote(copies[0], QStringLiteral("The table's words"));
    editFirstNote(lead, QStringLiteral("The lead's words"));
    const QByteArray before = test::readAll(lead);

    const auto preview = test::runCli({QStringLiteral("merge"), lead, copies[0], QStringLiteral("--preview")});
    CHECK(preview.exitCode == 0);
    CHECK(preview.out.contains(QStringLiteral("Conflicts (1):")));
    CHECK(preview.out.contains(QStringLiteral("The note “The lead's words” was changed on Table 1's copy and in this file.")));
    CHECK(test::readAll(lead) == before);

    const auto refused = test::runCli({QStringLiteral("merge"), lead, copies[0]});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QStringLiteral("was changed on Table 1's copy")));
    CHECK(refused.err.contains(QStringLiteral("--accept")));
    CHECK(test::readAll(lead) == before);

    const auto ask = test::runCli({QStringLiteral("merge"), lead, copies[0], QStringLiteral("--accept"), QStringLiteral("ask")});
    CHECK(ask.exitCode == 1);
    CHECK(ask.err.contains(QStringLiteral("needs a terminal")));
    CHECK(test::readAll(lead) == before);

    const QString ours = dir.path(QStringLiteral("ours.cgw"));
    REQUIRE(QFile::copy(lead, ours));
    const auto keptOurs = test::runCli({QStringLiteral("merge"), ours, copies[0], QStringLiteral("--accept"), QStringLiteral("ours")});
    CHECK(keptOurs.exitCode == 0);
    {
        auto s = Session::open(ours);
        REQUIRE(s.ok());
        CHECK((*s)->data().notes.rows().front().text == QStringLiteral("The lead's words"));
    }
    const auto theirs = test::runCli({QStringLiteral("merge"), lead, copies[0], QStringLiteral("--accept"), QStringLiteral("theirs")});
    INFO(theirs.err.toStdString());
    CHECK(theirs.exitCode == 0);
    CHECK(theirs.out.contains(QStringLiteral("1 conflicts settled.")));
    {
        auto s = Session::open(lead);
        REQUIRE(s.ok());
        CHECK((*s)->data().notes.rows().front().text == QStringLiteral("The table's words"));
        // The audit trail says what happened in numbers, never in words.
        bool audited = false;
        for (const AuditEvent &e : (*s)->data().auditEvents) {
            if (e.kind == QStringLiteral("merge")) {
                audited = true;
                CHECK_FALSE(e.summary.contains(QStringLiteral("words")));
            }
        }
        CHECK(audited);
    }
    const auto twice = test::runCli({QStringLiteral("merge"), lead, copies[0], QStringLiteral("--accept"), QStringLiteral("theirs")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("merged into this workshop before")));
}

TEST_CASE("cli: merge refuses what is not a copy of this workshop, writing nothing", "[cli][merge]")
{
    test::TempDir dir;
    const QString lead = makeLead(dir, {QStringLiteral("Table 1")});
    const QByteArray before = test::readAll(lead);
    const QString plain = dir.path(QStringLiteral("plain.cgw"));
    REQUIRE(QFile::copy(lead, plain));
    auto notCopy = test::runCli({QStringLiteral("merge"), lead, plain});
    CHECK(notCopy.exitCode == 1);
    CHECK(notCopy.err.contains(QStringLiteral("is not a table copy")));
    QFile junk(dir.path(QStringLiteral("junk.cgw")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    auto corrupt = test::runCli({QStringLiteral("merge"), lead, junk.fileName()});
    CHECK(corrupt.exitCode == 1);
    CHECK(corrupt.err.contains(QStringLiteral("junk.cgw")));
    auto missing = test::runCli({QStringLiteral("merge"), lead, dir.path(QStringLiteral("nowhere.cgw"))});
    CHECK(missing.exitCode == 1);
    auto usage = test::runCli({QStringLiteral("merge"), lead});
    CHECK(usage.exitCode == 2);
    CHECK(test::readAll(lead) == before);
}

TEST_CASE("cli: a merge killed at any moment leaves the lead's file as before or fully merged", "[cli][merge][crash]")
{
    test::TempDir dir;
    const QString lead = makeLead(dir, {QStringLiteral("Table 1"), QStringLiteral("Table 2")}, 200);
    const QStringList copies = prepare(lead, dir.path(QStringLiteral("copies")));
    REQUIRE(copies.size() == 2);
    for (const QString &copy : copies) {
        auto s = Session::open(copy);
        REQUIRE(s.ok());
        std::vector<Note> notes;
        for (int i = 0; i < 1500; ++i) {
            Note n;
            n.boardId = (*s)->data().boards.rows().front().id;
            n.text = QStringLiteral("Captured at the table, number %1").arg(i);
            n.x = 200.0 * (i % 20);
            n.y = 3000 + 140.0 * (i / 20);
            notes.push_back(n);
        }
        REQUIRE((*s)->perform(edits::addNotes((*s)->data(), notes)).ok());
    }
    const QStringList before = withoutMergeRecords(test::dumpRows(lead));
    const QString reference = dir.path(QStringLiteral("reference.cgw"));
    REQUIRE(QFile::copy(lead, reference));
    QElapsedTimer timer;
    timer.start();
    const auto merged = test::runCli(QStringList{QStringLiteral("merge"), reference} + copies);
    REQUIRE(merged.exitCode == 0);
    // Kill anywhere from the start to a little after the time a whole merge takes here.
    const int span = int(std::max<qint64>(200, timer.elapsed() * 3 / 2));
    const QStringList after = withoutMergeRecords(test::dumpRows(reference));
    REQUIRE(after != before);

    QRandomGenerator random(20261201); // fixed: a failure can be replayed
    int asBefore = 0;
    int fullyMerged = 0;
    for (int run = 0; run < 8; ++run) {
        const QString target = dir.path(QStringLiteral("killed-%1.cgw").arg(run));
        REQUIRE(QFile::copy(lead, target));
        QProcess process;
        process.start(test::cliPath(), QStringList{QStringLiteral("merge"), target} + copies);
        REQUIRE(process.waitForStarted());
        QThread::msleep(quint32(random.bounded(span)));
        process.kill(); // SIGKILL (a no-op when it had already finished)
        process.waitForFinished();
        const auto problems = workshopfile::check(target); // recovers from the journal in a private copy
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        {
            auto s = Session::open(target); // the real recovery, as the app would do it
            INFO(s.message().toStdString());
            REQUIRE(s.ok());
        }
        const QStringList now = withoutMergeRecords(test::dumpRows(target));
        const bool same = now == before;
        const bool whole = now == after;
        CHECK((same || whole));
        asBefore += same ? 1 : 0;
        fullyMerged += whole ? 1 : 0;
    }
    CHECK(asBefore + fullyMerged == 8);
}
