// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The consent rules on screen: what the presenter (public) draws and what the facilitator's canvas
// (team) marks, following consent and withdrawal as they are recorded.

#include "board_fixture.h"

#include "board/boardrenderer.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "io/generator.h"
#include "presenterwindow.h"

#include <QLineEdit>
#include <QElapsedTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cg;

namespace {

struct ConsentBoard : test::BoardFixture
{
    void decide(const QUuid &person, ConsentScope scope, ConsentDecision decision)
    {
        REQUIRE(session
                    ->record(edits::recordConsentDecision(session->data(), person, scope, decision,
                        ConsentMethod::Verbal, QStringLiteral("Jo (facilitator)"), session->now()))
                    .ok());
    }

    QUuid addNoteBy(const QUuid &person, const QString &text, double x, bool verbatim = false)
    {
        Note note;
        note.id = newId();
        note.boardId = boardId;
        note.text = text;
        note.authorKind = AuthorKind::Participant;
        note.authorId = person;
        note.verbatim = verbatim;
        note.x = x;
        note.y = 40;
        REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
        return note.id;
    }

    void addVote(const QUuid &noteId, const QUuid &voter, int count = 1)
    {
        Vote vote;
        vote.id = newId();
        vote.noteId = noteId;
        vote.participantId = voter;
        vote.count = count;
        REQUIRE(session->perform(edits::addVote(session->data(), vote)).ok());
    }
};

bool mentions(const QStringList &text, const QString &name)
{
    for (const QString &line : text)
        if (line.contains(name, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

TEST_CASE("a withdrawn person's name disappears from the presenter view", "[board][consent][presenter]")
{
    ConsentBoard f;
    const QUuid asha = f.addPerson(QStringLiteral("Asha Patel"), QStringLiteral("Participant 7"));
    f.decide(asha, ConsentScope::TakePart, ConsentDecision::Granted);
    f.decide(asha, ConsentScope::BeNamed, ConsentDecision::Granted);
    const QUuid said = f.addNoteBy(asha, QStringLiteral("The bus stops before the clinic opens"), 40);

    PresenterWindow presenter(f.session.get(), 28);
    presenter.resize(1280, 720);
    presenter.showBoard(f.boardId);
    const BoardScene *shown = presenter.renderer()->scene();
    REQUIRE(shown->noteItem(said));
    CHECK(shown->noteItem(said)->author() == QStringLiteral("Asha Patel"));
    CHECK(mentions(shown->shownText(), QStringLiteral("Asha Patel")));
    CHECK(presenter.withheldLine().isEmpty());
    (void)presenter.grab(); // paints through the same path as the projector

    // One action, as the withdrawal dialog does it: keep what she said, without her name.
    REQUIRE(f.session
                ->recordIrreversibly(edits::withdrawParticipant(f.session->data(), asha, WithdrawMode::Anonymise,
                    QStringLiteral("Jo (facilitator)"), ConsentMethod::Verbal, f.session->now()))
                .ok());

    const QStringList after = shown->shownText();
    CHECK_FALSE(mentions(after, QStringLiteral("Asha")));
    CHECK_FALSE(mentions(after, QStringLiteral("Participant 7")));
    if (const NoteItem *item = shown->noteItem(said))
        CHECK(item->author() == QStringLiteral("Anonymous"));
    // The facilitator's own canvas no longer names her either: the note is anonymous in the file.
    REQUIRE(f.scene()->noteItem(said));
    CHECK(f.scene()->noteItem(said)->author() == QStringLiteral("Anonymous"));
    CHECK_FALSE(mentions(f.scene()->shownText(), QStringLiteral("Asha")));
    (void)presenter.grab();
}

TEST_CASE("a note by someone who has not agreed to take part never appears in public", "[board][consent]")
{
    ConsentBoard f;
    const QUuid sam = f.addPerson(QStringLiteral("Sam Okafor"), QStringLiteral("Participant 4"));
    const QUuid note = f.addNoteBy(sam, QStringLiteral("Letters come too late"), 40);
    f.addNote(QStringLiteral("Anonymous idea"), 300, 40);

    BoardRenderer projector(f.session.get(), Audience::Public, true);
    projector.setBoard(f.boardId);
    PresenterWindow presenter(f.session.get(), 28);
    presenter.showBoard(f.boardId);

    // Not recorded: not drawn, only counted; the team's canvas keeps it, marked.
    CHECK_FALSE(projector.scene()->noteItem(note));
    CHECK(projector.scene()->noteItems().size() == 1);
    CHECK(projector.withheldCount() == 1);
    CHECK(presenter.withheldLine() == QStringLiteral("1 contribution not shown"));
    CHECK_FALSE(mentions(projector.scene()->shownText(), QStringLiteral("Sam")));
    CHECK_FALSE(mentions(projector.scene()->shownText(), QStringLiteral("Letters come too late")));
    REQUIRE(f.scene()->noteItem(note));
    CHECK(f.scene()->noteItem(note)->author() == QStringLiteral("Sam Okafor"));
    CHECK(f.scene()->noteItem(note)->consentMark() == QStringLiteral("Consent not recorded"));

    SECTION("refused: still nothing in public, marked for the team")
    {
        f.decide(sam, ConsentScope::TakePart, ConsentDecision::Refused);
        CHECK_FALSE(projector.scene()->noteItem(note));
        CHECK(f.scene()->noteItem(note)->consentMark() == QStringLiteral("Refused"));
    }
    SECTION("granted: it appears under the pseudonym, and goes again on withdrawal")
    {
        f.decide(sam, ConsentScope::TakePart, ConsentDecision::Granted);
        REQUIRE(projector.scene()->noteItem(note));
        CHECK(projector.scene()->noteItem(note)->author() == QStringLiteral("Participant 4"));
        CHECK(projector.withheldCount() == 0);
        CHECK(presenter.withheldLine().isEmpty());
        CHECK(f.scene()->noteItem(note)->consentMark().isEmpty());

        f.decide(sam, ConsentScope::TakePart, ConsentDecision::Withdrawn);
        CHECK_FALSE(projector.scene()->noteItem(note));
        CHECK(projector.withheldCount() == 1);
        CHECK(f.scene()->noteItem(note)->consentMark() == QStringLiteral("Withdrawn"));
    }
    SECTION("a new note by them while the presenter is open is withheld too")
    {
        const QUuid second = f.addNoteBy(sam, QStringLiteral("And the phone line is busy"), 600);
        CHECK_FALSE(projector.scene()->noteItem(second));
        CHECK(projector.withheldCount() == 2);
        CHECK(presenter.withheldLine() == QStringLiteral("2 contributions not shown"));
        // Removing a withheld note takes it out of the count.
        REQUIRE(f.session->perform(edits::removeNotes(f.session->data(), { second })).ok());
        CHECK(projector.withheldCount() == 1);
    }
}

TEST_CASE("the projector leaves out unquotable quotes and unreleased sensitive notes and counts only "
          "visible dots",
    "[board][consent]")
{
    ConsentBoard f;
    const QUuid lee = f.addPerson(QStringLiteral("Lee Chan"), QStringLiteral("Participant 2"));
    const QUuid kim = f.addPerson(QStringLiteral("Kim Adeyemi"), QStringLiteral("Participant 3"));
    f.decide(lee, ConsentScope::TakePart, ConsentDecision::Granted);
    const QUuid quote = f.addNoteBy(lee, QStringLiteral("I was made to feel small"), 40, true);
    const QUuid plain = f.addNoteBy(lee, QStringLiteral("More evening sessions"), 300);
    Note sensitive;
    sensitive.id = newId();
    sensitive.boardId = f.boardId;
    sensitive.text = QStringLiteral("Something about a named nurse");
    sensitive.sensitive = true;
    sensitive.x = 560;
    REQUIRE(f.session->perform(edits::addNote(f.session->data(), sensitive)).ok());
    f.addVote(plain, lee, 2);
    f.addVote(plain, kim, 3); // Kim never agreed to take part: her dots stay off the projector
    f.addVote(plain, QUuid(), 1); // an anonymous paper vote

    BoardRenderer projector(f.session.get(), Audience::Public, true);
    projector.setBoard(f.boardId);
    CHECK_FALSE(projector.scene()->noteItem(quote)); // rule 3: no be_quoted
    CHECK_FALSE(projector.scene()->noteItem(sensitive.id)); // rule 6: not released
    REQUIRE(projector.scene()->noteItem(plain));
    CHECK(projector.scene()->noteItem(plain)->votes() == 3);
    CHECK(projector.scene()->noteItem(plain)->votes()
        == ConsentPolicy(f.session->data()).visibleVoteCount(plain, Audience::Public));
    CHECK(projector.withheldCount() == 2);
    // The working surface shows everything and every dot.
    CHECK(f.scene()->noteItems().size() == 3);
    CHECK(f.scene()->noteItem(plain)->votes() == 6);

    f.decide(lee, ConsentScope::BeQuoted, ConsentDecision::Granted);
    CHECK(projector.scene()->noteItem(quote));
    Note released = f.note(sensitive.id);
    released.released = true;
    REQUIRE(f.session->perform(edits::editNote(f.session->data(), released)).ok());
    CHECK(projector.scene()->noteItem(sensitive.id));
    CHECK(projector.withheldCount() == 0);
    f.decide(kim, ConsentScope::TakePart, ConsentDecision::Granted);
    CHECK(projector.scene()->noteItem(plain)->votes() == 6);
}

TEST_CASE("Ctrl+Z in the empty capture box undoes the last edit but with text it undoes the typing",
    "[board][capture][keyboard]")
{
    test::BoardFixture f;
    f.view->focusCapture();
    test::BoardFixture::type(QStringLiteral("First note"));
    test::BoardFixture::key(Qt::Key_Return);
    REQUIRE(f.notesOnBoard() == 1);
    QLineEdit *box = f.view->captureBar()->textEdit();
    REQUIRE(QApplication::focusWidget() == box);
    REQUIRE(box->text().isEmpty());

    // Empty box: the workshop's undo, the note goes.
    test::BoardFixture::key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.notesOnBoard() == 0);
    CHECK(box->text().isEmpty()); // the line edit did not bring back the text it last held
    // And redo brings it back.
    test::BoardFixture::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.notesOnBoard() == 1);
    test::BoardFixture::key(Qt::Key_Z, Qt::ControlModifier);
    test::BoardFixture::key(Qt::Key_Y, Qt::ControlModifier);
    CHECK(f.notesOnBoard() == 1);

    // Text in the box: Ctrl+Z is the box's own undo and the workshop is left alone.
    test::BoardFixture::type(QStringLiteral("Half"));
    const int steps = f.session->undoStack()->index();
    test::BoardFixture::key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.notesOnBoard() == 1);
    CHECK(f.session->undoStack()->index() == steps);
    CHECK(box->text() != QStringLiteral("Half"));
}

// Not part of the suite (timings are for reading, never asserted): building a 5,000-note board's
// scene for the team and for the public, where every note asks the one shared policy.
//   build/tests/ui/cg_ui_tests "[.][bench]"
TEST_CASE("scene build time for the team and the public on a 5000-note board", "[.][bench]")
{
    io::GeneratorOptions options;
    options.participants = 40;
    options.groups = 1;
    options.boards = 1;
    options.notes = 5000;
    options.seed = 5000;
    auto generated = io::generateWorkshop(options);
    REQUIRE(generated.ok());
    test::TempDir dir;
    auto created = Session::createFrom(dir.path(QStringLiteral("bench.cgw")), *generated);
    REQUIRE(created.ok());
    Session &session = **created;
    const QUuid board = session.data().boards.rows().front().id;
    int teamShown = 0;
    int publicShown = 0;
    for (const Audience audience : { Audience::Team, Audience::Public }) {
        std::vector<double> times;
        int shown = 0;
        for (int run = 0; run < 9; ++run) {
            BoardScene scene(&session, audience, audience == Audience::Public);
            QElapsedTimer timer;
            timer.start();
            scene.setBoard(board);
            (void)scene.items(QRectF(0, 0, 1600, 1000));
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            shown = int(scene.noteItems().size());
        }
        std::sort(times.begin(), times.end());
        std::printf("%s: %d notes shown, scene build median %.1f ms (min %.1f, max %.1f)\n",
            audience == Audience::Team ? "team" : "public", shown, times[times.size() / 2], times.front(),
            times.back());
        (audience == Audience::Team ? teamShown : publicShown) = shown;
    }
    CHECK(teamShown == 5000);
    CHECK(publicShown < teamShown); // the generator's mixed consent withholds some
}
