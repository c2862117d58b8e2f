// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Table copies and merge (core/merge): copies edited concurrently and merged in every order give
// the same workshop; merging twice changes nothing; each conflict kind is reported and settled as
// chosen; a withdrawal with deletion on a copy leaves none of the person's words in the lead's file.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "merge/tablecopies.h"
#include "session/session.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <numeric>

using namespace cg;

namespace {

struct Lead
{
    QString path;
    std::vector<QUuid> people;
    std::vector<QUuid> boards; // one per group, in group order
    std::vector<QUuid> notes;  // one per board
};

Lead makeLead(const test::TempDir &dir, int groups)
{
    WorkshopData data;
    data.workshop.id = newId();
    data.workshop.title = QStringLiteral("Merging workshop");
    Lead lead;
    for (int i = 0; i < 4; ++i) {
        Participant p;
        p.id = newId();
        p.displayName = QStringLiteral("Person %1").arg(i + 1);
        p.pseudonym = QStringLiteral("Participant %1").arg(i + 1);
        p.email = QStringLiteral("person%1@example.org").arg(i + 1);
        data.participants.insert(p);
        lead.people.push_back(p.id);
        ConsentEvent e;
        e.id = newId();
        e.participantId = p.id;
        e.scope = ConsentScope::TakePart;
        e.decision = ConsentDecision::Granted;
        e.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
        e.sequence = i + 1;
        data.consentEvents.insert(e);
    }
    for (int g = 0; g < groups; ++g) {
        Group group;
        group.id = newId();
        group.name = QStringLiteral("Table %1").arg(g + 1);
        group.position = g;
        group.memberIds << lead.people[std::size_t(g % 4)];
        data.groups.insert(group);
        Board b;
        b.id = newId();
        b.title = QStringLiteral("Board of table %1").arg(g + 1);
        b.groupId = group.id;
        b.position = g;
        data.boards.insert(b);
        lead.boards.push_back(b.id);
        Note n;
        n.id = newId();
        n.boardId = b.id;
        n.text = QStringLiteral("First note at table %1").arg(g + 1);
        data.notes.insert(n);
        lead.notes.push_back(n.id);
    }
    lead.path = dir.path(QStringLiteral("lead.cgw"));
    auto made = Session::createFrom(lead.path, data);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    return lead;
}

std::vector<tablecopies::PreparedCopy> prepareCopies(const test::TempDir &dir, const Lead &lead)
{
    auto session = Session::open(lead.path);
    REQUIRE(session.ok());
    auto copies = tablecopies::prepare(**session, dir.path(QStringLiteral("copies")));
    INFO(copies.message().toStdString());
    REQUIRE(copies.ok());
    return *copies;
}

std::unique_ptr<Session> openFile(const QString &path)
{
    auto session = Session::open(path);
    INFO(session.message().toStdString());
    REQUIRE(session.ok());
    return std::move(*session);
}

void addNote(Session &s, const QUuid &board, const QString &text, const QUuid &author = QUuid())
{
    Note n;
    n.boardId = board;
    n.text = text;
    if (!author.isNull()) {
        n.authorKind = AuthorKind::Participant;
        n.authorId = author;
    }
    auto done = s.perform(edits::addNote(s.data(), n));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

void editNoteText(Session &s, const QUuid &note, const QString &text)
{
    Note n = *s.data().notes.find(note);
    n.text = text;
    auto done = s.perform(edits::editNote(s.data(), n));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

void decide(Session &s, const QUuid &person, ConsentScope scope, ConsentDecision decision, const QDateTime &at)
{
    auto done = s.record(edits::recordConsentDecision(s.data(), person, scope, decision, ConsentMethod::Verbal,
        QStringLiteral("table"), at));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

/// The lead's rows, leaving out what records when and in which order copies were merged.
QStringList mergedContent(const QString &path)
{
    QStringList rows = test::dumpRows(path);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [](const QString &row) {
                       return row.startsWith(QStringLiteral("table_copy_merged|"))
                           || (row.startsWith(QStringLiteral("audit_event|")) && row.contains(QStringLiteral("|merge|")));
                   }),
        rows.end());
    return rows;
}

Result<tablecopies::MergeReport> mergeInto(const QString &leadPath, const QStringList &copies,
    std::optional<tablecopies::Choice> all = std::nullopt, bool preview = false)
{
    auto session = openFile(leadPath);
    tablecopies::Decide decide;
    if (all)
        decide = [all](const tablecopies::Conflict &) { return all; };
    auto merged = tablecopies::merge(*session, copies, preview, decide, QStringLiteral("lead"));
    if (merged && !preview) {
        // Memory equals the file after the merge.
        REQUIRE(session->saveCopy(leadPath + QStringLiteral(".mem.cgw")).ok());
        auto fromFile = Session::open(leadPath + QStringLiteral(".mem.cgw"));
        REQUIRE(fromFile.ok());
        CHECK(test::sameContent(session->data(), (*fromFile)->data()));
        fromFile->reset();
        QFile::remove(leadPath + QStringLiteral(".mem.cgw"));
    }
    return merged;
}

} // namespace

TEST_CASE("merge: table copies hold their group, its board, the agenda and people without contact details",
    "[merge]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 2);
    const auto copies = prepareCopies(dir, lead);
    REQUIRE(copies.size() == 2);
    CHECK(QFileInfo(copies[0].path).fileName() == QStringLiteral("Table 1.cgw"));
    auto copy = openFile(copies[0].path);
    CHECK(copy->data().groups.size() == 1);
    CHECK(copy->data().boards.size() == 1);
    CHECK(copy->data().boards.contains(lead.boards[0]));
    CHECK(copy->data().notes.size() == 1);
    CHECK(copy->data().participants.size() == 4);
    CHECK(copy->data().consentEvents.size() == 4);
    for (const Participant &p : copy->data().participants)
        CHECK(p.email.isEmpty());
    CHECK_FALSE(test::readAll(copies[0].path).contains("person1@example.org"));
}

TEST_CASE("merge: safe file names for any group name", "[merge]")
{
    QStringList taken;
    CHECK(tablecopies::fileNameFor(QStringLiteral("Table 1"), taken) == QStringLiteral("Table 1.cgw"));
    CHECK(tablecopies::fileNameFor(QStringLiteral("table 1"), taken) == QStringLiteral("table 1 (2).cgw"));
    CHECK(tablecopies::fileNameFor(QStringLiteral("../etc/passwd"), taken) == QStringLiteral("etc-passwd.cgw"));
    CHECK(tablecopies::fileNameFor(QStringLiteral("\"Quotes\" & 'more'"), taken) == QStringLiteral("Quotes- & -more-.cgw"));
    CHECK(tablecopies::fileNameFor(QStringLiteral("Café 🌻"), taken) == QStringLiteral("Café 🌻.cgw"));
    CHECK(tablecopies::fileNameFor(QStringLiteral("///"), taken) == QStringLiteral("Table.cgw"));
    CHECK(tablecopies::fileNameFor(QString(200, QLatin1Char('x')), taken).size() <= 84);
}

TEST_CASE("merge: four tables editing at once, merged in every order, give the same workshop", "[merge]")
{
    test::TempDir dir;
    const int tables = GENERATE(2, 4);
    const Lead lead = makeLead(dir, tables);
    const auto copies = prepareCopies(dir, lead);
    REQUIRE(int(copies.size()) == tables);
    const QDateTime morning(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    for (int t = 0; t < tables; ++t) {
        auto s = openFile(copies[std::size_t(t)].path);
        addNote(*s, lead.boards[std::size_t(t)], QStringLiteral("New idea from table %1").arg(t + 1), lead.people[1]);
        addNote(*s, lead.boards[std::size_t(t)], QStringLiteral("Another from table %1").arg(t + 1));
        editNoteText(*s, lead.notes[std::size_t(t)], QStringLiteral("Edited at table %1").arg(t + 1));
    }
    {
        // The same person: granted to be quoted on table 1, withdrawn on table 2, a little later.
        auto s1 = openFile(copies[0].path);
        decide(*s1, lead.people[2], ConsentScope::BeQuoted, ConsentDecision::Granted, morning);
        auto s2 = openFile(copies[1].path);
        decide(*s2, lead.people[2], ConsentScope::BeQuoted, ConsentDecision::Granted, morning);
        decide(*s2, lead.people[2], ConsentScope::BeQuoted, ConsentDecision::Withdrawn, morning.addSecs(60));
    }
    QStringList paths;
    for (const auto &c : copies)
        paths << c.path;
    std::vector<int> order(static_cast<std::size_t>(tables));
    std::iota(order.begin(), order.end(), 0);
    QStringList first;
    int run = 0;
    do {
        const QString target = dir.path(QStringLiteral("lead-%1.cgw").arg(run++));
        REQUIRE(QFile::copy(lead.path, target));
        QStringList ordered;
        for (int i : order)
            ordered << paths[i];
        auto merged = mergeInto(target, ordered);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        CHECK(merged->conflicts.empty());
        CHECK(merged->consentDecisions == 3);
        const QStringList content = mergedContent(target);
        if (first.isEmpty())
            first = content;
        else
            CHECK(content == first);
        auto s = openFile(target);
        CHECK(s->data().notes.size() == std::size_t(tables * 3));
        for (int t = 0; t < tables; ++t)
            CHECK(s->data().notes.find(lead.notes[std::size_t(t)])->text == QStringLiteral("Edited at table %1").arg(t + 1));
        const ConsentPolicy policy(s->data());
        CHECK(policy.state(lead.people[2], ConsentScope::BeQuoted) == ConsentState::Withdrawn);
        s.reset();
        auto problems = workshopfile::check(target);
        REQUIRE(problems.ok());
        CHECK(problems->join(QLatin1Char('\n')) == QString());
    } while (std::next_permutation(order.begin(), order.end()) && run < 24);
}

TEST_CASE("merge: the same copy twice changes nothing, and says so", "[merge]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 2);
    const auto copies = prepareCopies(dir, lead);
    {
        auto s = openFile(copies[0].path);
        addNote(*s, lead.boards[0], QStringLiteral("Only once"));
    }
    REQUIRE(mergeInto(lead.path, {copies[0].path}).ok());
    const QStringList after = test::dumpRows(lead.path);
    auto again = mergeInto(lead.path, {copies[0].path});
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("was merged into this workshop before")));
    CHECK(test::dumpRows(lead.path) == after);
    // Named twice in one go: the second is refused and nothing at all is merged.
    const QString fresh = dir.path(QStringLiteral("fresh.cgw"));
    REQUIRE(QFile::copy(lead.path, fresh));
    auto twice = mergeInto(fresh, {copies[1].path, copies[1].path});
    CHECK_FALSE(twice.ok());
}

TEST_CASE("merge: files that are not copies of this workshop are refused and nothing is written", "[merge]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 1);
    const auto copies = prepareCopies(dir, lead);
    const QByteArray before = test::readAll(lead.path);

    SECTION("a workshop that is not a table copy")
    {
        auto other = test::newSession(dir, QStringLiteral("other.cgw"));
        other.reset();
        auto merged = mergeInto(lead.path, {dir.path(QStringLiteral("other.cgw"))});
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.message().contains(QStringLiteral("is not a table copy")));
    }
    SECTION("a copy of another workshop")
    {
        test::TempDir otherDir;
        const Lead other = makeLead(otherDir, 1);
        const auto otherCopies = prepareCopies(otherDir, other);
        auto merged = mergeInto(lead.path, {otherCopies[0].path});
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.message().contains(QStringLiteral("another workshop")));
    }
    SECTION("a damaged copy")
    {
        QFile f(copies[0].path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        auto merged = mergeInto(lead.path, {copies[0].path});
        CHECK_FALSE(merged.ok());
        CHECK_FALSE(merged.message().isEmpty());
    }
    SECTION("not a workshop at all")
    {
        QFile f(dir.path(QStringLiteral("notes.txt")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some words\n");
        f.close();
        CHECK_FALSE(mergeInto(lead.path, {f.fileName()}).ok());
    }
    CHECK(test::readAll(lead.path) == before);
}

TEST_CASE("merge: conflicts are listed and settled as chosen", "[merge]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 2);
    const auto copies = prepareCopies(dir, lead);
    {
        auto s = openFile(copies[0].path);
        editNoteText(*s, lead.notes[0], QStringLiteral("Table's words"));
        Participant p = *s->data().participants.find(lead.people[0]);
        p.organisation = QStringLiteral("Table's organisation");
        REQUIRE(s->perform(edits::editParticipant(s->data(), p)).ok());
        addNote(*s, lead.boards[0], QStringLiteral("Added at the table"));
    }
    {
        auto s = openFile(copies[1].path);
        editNoteText(*s, lead.notes[1], QStringLiteral("Edited on a board the lead deletes"));
    }
    {
        auto s = openFile(lead.path);
        editNoteText(*s, lead.notes[0], QStringLiteral("Lead's words"));
        Participant p = *s->data().participants.find(lead.people[0]);
        p.organisation = QStringLiteral("Lead's organisation");
        REQUIRE(s->perform(edits::editParticipant(s->data(), p)).ok());
        REQUIRE(s->perform(edits::removeBoard(s->data(), lead.boards[1])).ok());
    }
    const QStringList both = {copies[0].path, copies[1].path};
    const QByteArray before = test::readAll(lead.path);

    auto preview = mergeInto(lead.path, both, std::nullopt, true);
    INFO(preview.message().toStdString());
    REQUIRE(preview.ok());
    CHECK(test::readAll(lead.path) == before); // a preview writes nothing
    QStringList words;
    std::vector<tablecopies::ConflictKind> kinds;
    for (const auto &c : preview->conflicts) {
        words << c.words;
        kinds.push_back(c.kind);
    }
    INFO(words.join(QLatin1Char('\n')).toStdString());
    CHECK(words.contains(QStringLiteral("The note “Lead's words” was changed on Table 1's copy and in this file.")));
    CHECK(std::count(kinds.begin(), kinds.end(), tablecopies::ConflictKind::EditedInBoth) == 2); // note, person
    CHECK(std::count(kinds.begin(), kinds.end(), tablecopies::ConflictKind::DeletedOnLead) == 1);

    SECTION("without a choice nothing is merged")
    {
        auto session = openFile(lead.path);
        auto merged = tablecopies::merge(*session, both, false, {}, QStringLiteral("lead"));
        CHECK_FALSE(merged.ok());
        session.reset();
        CHECK(test::readAll(lead.path) == before);
    }
    SECTION("ours keeps this file's versions")
    {
        auto merged = mergeInto(lead.path, both, tablecopies::Choice::Ours);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        auto s = openFile(lead.path);
        CHECK(s->data().notes.find(lead.notes[0])->text == QStringLiteral("Lead's words"));
        CHECK(s->data().participants.find(lead.people[0])->organisation == QStringLiteral("Lead's organisation"));
        CHECK_FALSE(s->data().boards.contains(lead.boards[1]));
        CHECK_FALSE(s->data().notes.contains(lead.notes[1]));
        CHECK(s->data().notes.size() == 2); // the lead's first note and the one added at table 1
        s.reset();
        CHECK(workshopfile::check(lead.path)->join(QLatin1Char('\n')) == QString());
    }
    SECTION("theirs takes the tables' versions")
    {
        auto merged = mergeInto(lead.path, both, tablecopies::Choice::Theirs);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        CHECK(merged->conflicts.size() == preview->conflicts.size()); // the same questions as the preview
        auto s = openFile(lead.path);
        CHECK(s->data().notes.find(lead.notes[0])->text == QStringLiteral("Table's words"));
        CHECK(s->data().participants.find(lead.people[0])->organisation == QStringLiteral("Table's organisation"));
        // The note edited on table 2 comes back, and with it the board the lead deleted.
        REQUIRE(s->data().notes.contains(lead.notes[1]));
        CHECK(s->data().notes.find(lead.notes[1])->text == QStringLiteral("Edited on a board the lead deletes"));
        CHECK(s->data().boards.contains(lead.boards[1]));
        s.reset();
        CHECK(workshopfile::check(lead.path)->join(QLatin1Char('\n')) == QString());
    }
}

TEST_CASE("merge: a note added on a board deleted elsewhere is a conflict", "[merge]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 1);
    const auto copies = prepareCopies(dir, lead);
    {
        auto s = openFile(copies[0].path);
        addNote(*s, lead.boards[0], QStringLiteral("Said at the table"));
    }
    {
        auto s = openFile(lead.path);
        REQUIRE(s->perform(edits::removeBoard(s->data(), lead.boards[0])).ok());
    }
    auto preview = mergeInto(lead.path, {copies[0].path}, std::nullopt, true);
    REQUIRE(preview.ok());
    REQUIRE(preview->conflicts.size() == 1);
    CHECK(preview->conflicts[0].kind == tablecopies::ConflictKind::ParentDeletedOnLead);
    CHECK(preview->conflicts[0].words.contains(QStringLiteral("Board of table 1")));
    const QString theirs = dir.path(QStringLiteral("theirs.cgw"));
    REQUIRE(QFile::copy(lead.path, theirs));
    REQUIRE(mergeInto(lead.path, {copies[0].path}, tablecopies::Choice::Ours).ok());
    {
        auto s = openFile(lead.path);
        CHECK(s->data().notes.empty());
        CHECK(s->data().boards.empty());
    }
    REQUIRE(mergeInto(theirs, {copies[0].path}, tablecopies::Choice::Theirs).ok());
    auto s = openFile(theirs);
    CHECK(s->data().boards.contains(lead.boards[0]));
    CHECK(s->data().notes.size() == 1);
    CHECK(s->data().notes.rows().front().text == QStringLiteral("Said at the table"));
    s.reset();
    auto problems = workshopfile::check(theirs);
    REQUIRE(problems.ok());
    CHECK(problems->join(QLatin1Char('\n')) == QString());
}

TEST_CASE("merge: a withdrawal with deletion on a copy leaves none of the person's words in the lead's file",
    "[merge]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 1);
    const QString secret = QStringLiteral("Kestrel-words-that-must-go");
    {
        auto s = openFile(lead.path);
        addNote(*s, lead.boards[0], secret + QStringLiteral(" (said before the break)"), lead.people[3]);
    }
    const auto copies = prepareCopies(dir, lead);
    {
        auto s = openFile(copies[0].path);
        addNote(*s, lead.boards[0], secret + QStringLiteral(" (said at the table)"), lead.people[3]);
        auto withdrawn = s->recordIrreversibly(edits::withdrawParticipant(s->data(), lead.people[3], WithdrawMode::Delete,
            QStringLiteral("table"), ConsentMethod::Verbal, s->now()));
        INFO(withdrawn.message().toStdString());
        REQUIRE(withdrawn.ok());
    }
    // Neither the copy nor its base keeps the words.
    CHECK_FALSE(test::readAll(copies[0].path).contains(secret.toUtf8()));
    auto merged = mergeInto(lead.path, {copies[0].path});
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK_FALSE(test::readAll(lead.path).contains(secret.toUtf8()));
    auto s = openFile(lead.path);
    const ConsentPolicy policy(s->data());
    CHECK(policy.state(lead.people[3], ConsentScope::TakePart) == ConsentState::Withdrawn);
    CHECK(s->data().notes.size() == 1);
}

TEST_CASE("merge: what a table deleted but this file still uses is a conflict", "[merge]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 2);
    const auto copies = prepareCopies(dir, lead);
    {
        // Table 1 deletes its one note, which the lead edits; table 2 deletes its whole board,
        // to which the lead adds a note.
        auto s1 = openFile(copies[0].path);
        REQUIRE(s1->perform(edits::removeNotes(s1->data(), {lead.notes[0]})).ok());
        auto s2 = openFile(copies[1].path);
        REQUIRE(s2->perform(edits::removeBoard(s2->data(), lead.boards[1])).ok());
    }
    {
        auto s = openFile(lead.path);
        editNoteText(*s, lead.notes[0], QStringLiteral("Lead kept working on this"));
        addNote(*s, lead.boards[1], QStringLiteral("Added in the lead's file"));
    }
    const QStringList both = {copies[0].path, copies[1].path};
    auto preview = mergeInto(lead.path, both, std::nullopt, true);
    INFO(preview.message().toStdString());
    REQUIRE(preview.ok());
    INFO(preview->lines.join(QLatin1Char(' ')).toStdString());
    REQUIRE(preview->conflicts.size() == 2);
    CHECK(preview->conflicts[0].kind == tablecopies::ConflictKind::DeletedOnTable);
    CHECK(preview->conflicts[0].words
        == QStringLiteral("The note “Lead kept working on this” was deleted on Table 1's copy but changed in this file."));
    CHECK(preview->conflicts[1].kind == tablecopies::ConflictKind::ParentDeletedOnTable);
    CHECK(preview->conflicts[1].words.contains(QStringLiteral("Board of table 2")));

    const QString theirs = dir.path(QStringLiteral("theirs.cgw"));
    REQUIRE(QFile::copy(lead.path, theirs));
    {
        auto merged = mergeInto(lead.path, both, tablecopies::Choice::Ours);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        auto s = openFile(lead.path);
        CHECK(s->data().notes.contains(lead.notes[0]));
        CHECK(s->data().boards.contains(lead.boards[1])); // kept, with the lead's note on it
        CHECK(s->data().notes.size() == 2);
        s.reset();
        CHECK(workshopfile::check(lead.path)->join(QLatin1Char('\n')) == QString());
    }
    {
        auto merged = mergeInto(theirs, both, tablecopies::Choice::Theirs);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        auto s = openFile(theirs);
        CHECK_FALSE(s->data().notes.contains(lead.notes[0]));
        CHECK_FALSE(s->data().boards.contains(lead.boards[1]));
        CHECK(s->data().notes.empty());
        s.reset();
        CHECK(workshopfile::check(theirs)->join(QLatin1Char('\n')) == QString());
    }
}

TEST_CASE("merge: a withdrawal on a table wins over a grant recorded in the lead's file meanwhile, and the other way round",
    "[merge][consent]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 2);
    const auto copies = prepareCopies(dir, lead);
    const QDateTime morning(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    {
        // After the copies were made the lead records many decisions, so its numbering runs
        // ahead of the tables'; the last of them grants person 3 being quoted.
        auto s = openFile(lead.path);
        // First it withdraws person 2's quotes, which table 2 then grants three times (numbering past it).
        decide(*s, lead.people[2], ConsentScope::BeQuoted, ConsentDecision::Granted, morning);
        decide(*s, lead.people[2], ConsentScope::BeQuoted, ConsentDecision::Withdrawn, morning.addSecs(1));
        for (int i = 0; i < 5; ++i)
            decide(*s, lead.people[0], ConsentScope::BePhotographed,
                i % 2 ? ConsentDecision::Refused : ConsentDecision::Granted, morning.addSecs(i));
        decide(*s, lead.people[3], ConsentScope::BeQuoted, ConsentDecision::Granted, morning.addSecs(30));
    }
    {
        auto t1 = openFile(copies[0].path);
        decide(*t1, lead.people[3], ConsentScope::BeQuoted, ConsentDecision::Granted, morning.addSecs(5));
        decide(*t1, lead.people[3], ConsentScope::BeQuoted, ConsentDecision::Withdrawn, morning.addSecs(10));
        auto t2 = openFile(copies[1].path);
        for (int i = 0; i < 3; ++i)
            decide(*t2, lead.people[2], ConsentScope::BeQuoted, ConsentDecision::Granted, morning.addSecs(50 + i));
    }
    {
        // Before the merge the lead's file says both may be quoted or not as it recorded.
        auto s = openFile(lead.path);
        const ConsentPolicy policy(s->data());
        REQUIRE(policy.state(lead.people[3], ConsentScope::BeQuoted) == ConsentState::Granted);
        REQUIRE(policy.state(lead.people[2], ConsentScope::BeQuoted) == ConsentState::Withdrawn);
    }
    QStringList first;
    for (const QStringList &order : { QStringList { copies[0].path, copies[1].path }, QStringList { copies[1].path, copies[0].path } }) {
        const QString target = dir.path(QStringLiteral("lead-%1.cgw").arg(first.isEmpty() ? 0 : 1));
        REQUIRE(QFile::copy(lead.path, target));
        auto merged = mergeInto(target, order);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        CHECK(merged->withdrawalsKept == 2);
        CHECK(merged->lines.join(QLatin1Char('\n')).contains(QStringLiteral("Withdrawals kept")));
        auto s = openFile(target);
        const ConsentPolicy policy(s->data());
        CHECK(policy.state(lead.people[3], ConsentScope::BeQuoted) == ConsentState::Withdrawn);
        CHECK(policy.state(lead.people[2], ConsentScope::BeQuoted) == ConsentState::Withdrawn);
        // Nothing else changed: person 1's photos answer is the lead's last.
        CHECK(policy.state(lead.people[0], ConsentScope::BePhotographed) == ConsentState::Granted);
        s.reset();
        const QStringList content = mergedContent(target);
        if (first.isEmpty())
            first = content;
        else
            CHECK(content == first);
    }
}

namespace {

QUuid addPhoto(Session &s, const QUuid &board, const QString &name, const QByteArray &bytes, const QList<QUuid> &shown)
{
    Attachment a;
    a.boardId = board;
    a.fileName = name;
    a.mimeType = QStringLiteral("image/jpeg");
    a.data = bytes;
    a.peopleShown = shown;
    auto done = s.perform(edits::addAttachment(s.data(), a));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    return s.data().attachments.rows().back().id;
}

} // namespace

TEST_CASE("merge: a table copy holds the photos of its boards, and photos added or changed at the table come back",
    "[merge][photos]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 2);
    QUuid ownPhoto;
    QUuid otherPhoto;
    QUuid wholeDayPhoto;
    QUuid goneAtTable;
    {
        auto s = openFile(lead.path);
        ownPhoto = addPhoto(*s, lead.boards[0], QStringLiteral("morning.jpg"), "Flipchart of table one 7e21", {lead.people[0]});
        goneAtTable = addPhoto(*s, lead.boards[0], QStringLiteral("blurred.jpg"), "Blurred picture 11aa", {});
        otherPhoto = addPhoto(*s, lead.boards[1], QStringLiteral("other.jpg"), "Flipchart of table two 5c09", {});
        wholeDayPhoto = addPhoto(*s, QUuid(), QStringLiteral("room.jpg"), "The whole room 3b77", {lead.people[1]});
    }
    const auto copies = prepareCopies(dir, lead);
    QUuid added;
    {
        auto copy = openFile(copies[0].path);
        // The table's own board's photos, bytes and people shown included; no one else's.
        CHECK(copy->data().attachments.size() == 2);
        REQUIRE(copy->data().attachments.contains(ownPhoto));
        CHECK(copy->data().attachments.find(ownPhoto)->peopleShown == QList<QUuid>{lead.people[0]});
        auto bytes = copy->attachmentData(ownPhoto);
        REQUIRE(bytes.ok());
        CHECK(*bytes == QByteArray("Flipchart of table one 7e21"));
        CHECK_FALSE(copy->data().attachments.contains(otherPhoto));
        CHECK_FALSE(copy->data().attachments.contains(wholeDayPhoto));
        CHECK_FALSE(test::readAll(copies[0].path).contains("The whole room 3b77"));

        // At the table: a new photo, a caption, one deleted.
        added = addPhoto(*copy, lead.boards[0], QStringLiteral("afternoon.jpg"), "Second flipchart d4e5",
            {lead.people[0], lead.people[2]});
        Attachment captioned = *copy->data().attachments.find(ownPhoto);
        captioned.caption = QStringLiteral("Ideas about waiting rooms");
        REQUIRE(copy->perform(edits::editAttachment(copy->data(), captioned)).ok());
        REQUIRE(copy->perform(edits::removeAttachment(copy->data(), goneAtTable)).ok());
    }
    {
        // The other table changed nothing: its photo stays as it was.
        auto copy = openFile(copies[1].path);
        CHECK(copy->data().attachments.size() == 1);
    }
    auto merged = mergeInto(lead.path, {copies[0].path, copies[1].path});
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(merged->conflicts.empty());
    CHECK(merged->lines.join(QLatin1Char('\n')).contains(QStringLiteral("Photos: 1 added, 1 changed, 1 removed")));

    auto s = openFile(lead.path);
    CHECK(s->data().attachments.size() == 4);
    REQUIRE(s->data().attachments.contains(added));
    CHECK(s->data().attachments.find(added)->peopleShown == (QList<QUuid>{lead.people[0], lead.people[2]}));
    auto bytes = s->attachmentData(added);
    REQUIRE(bytes.ok());
    CHECK(*bytes == QByteArray("Second flipchart d4e5"));
    CHECK(s->data().attachments.find(added)->byteSize == QByteArray("Second flipchart d4e5").size());
    CHECK(s->data().attachments.find(ownPhoto)->caption == QStringLiteral("Ideas about waiting rooms"));
    CHECK_FALSE(s->data().attachments.contains(goneAtTable));
    CHECK(s->data().attachments.contains(otherPhoto));
    CHECK(s->data().attachments.contains(wholeDayPhoto));
    CHECK(*s->attachmentData(wholeDayPhoto) == QByteArray("The whole room 3b77"));
}

TEST_CASE("merge: a photo's caption changed at a table and in this file is a conflict", "[merge][photos]")
{
    test::TempDir dir;
    const Lead lead = makeLead(dir, 1);
    QUuid photo;
    {
        auto s = openFile(lead.path);
        photo = addPhoto(*s, lead.boards[0], QStringLiteral("wall.jpg"), "Wall of notes 0f0f", {});
    }
    const auto copies = prepareCopies(dir, lead);
    auto caption = [&](const QString &path, const QString &text) {
        auto s = openFile(path);
        Attachment a = *s->data().attachments.find(photo);
        a.caption = text;
        REQUIRE(s->perform(edits::editAttachment(s->data(), a)).ok());
    };
    caption(copies[0].path, QStringLiteral("Said at the table"));
    caption(lead.path, QStringLiteral("Said by the lead"));
    auto unsettled = mergeInto(lead.path, {copies[0].path});
    CHECK_FALSE(unsettled.ok());
    auto theirs = mergeInto(lead.path, {copies[0].path}, tablecopies::Choice::Theirs);
    INFO(theirs.message().toStdString());
    REQUIRE(theirs.ok());
    REQUIRE(theirs->conflicts.size() == 1);
    CHECK(theirs->conflicts[0].words.contains(QStringLiteral("wall.jpg")));
    auto s = openFile(lead.path);
    CHECK(s->data().attachments.find(photo)->caption == QStringLiteral("Said at the table"));
}
