// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The consent rules on screen: what the presenter (public) draws and what the facilitator's canvas
// (team) marks, following consent and withdrawal as they are recorded.

#include "board_fixture.h"

#include "board/boardactions.h"
#include "board/boardrenderer.h"
#include "planning/projectionlayout.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "io/generator.h"
#include "presenterwindow.h"

#include <QLineEdit>
#include <QElapsedTimer>
#include <QUndoStack>

#include <QHash>

#include <algorithm>
#include <cmath>
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

TEST_CASE("the presenter shows every note in one text size, without holes, and says what it left out",
    "[board][consent][presenter]")
{
    ConsentBoard f;
    const QUuid sam = f.addPerson(QStringLiteral("Sam Okafor"), QStringLiteral("Participant 4"));
    // Scattered over the canvas, with two of Sam's notes (no consent yet) among them.
    std::vector<QUuid> shown;
    const QStringList texts { QStringLiteral("Buses"), QStringLiteral("The letters come after the appointment"),
        QStringLiteral("Nobody told me which ward I was going to, and when I asked at the desk they sent me "
                       "to the wrong building twice before a porter walked me over"),
        QStringLiteral("Parking"), QStringLiteral("A named contact for the first three days at home"),
        QStringLiteral("Step-free access") };
    for (int i = 0; i < texts.size(); ++i) {
        shown.push_back(f.addNote(texts.at(i), 40 + 420.0 * (i % 3), 40 + 500.0 * (i / 3)));
        if (i == 1 || i == 4)
            f.addNoteBy(sam, QStringLiteral("Sam's words %1").arg(i), 40 + 420.0 * (i % 3) + 200);
    }
    f.view->selectNotes({ shown[0], shown[3] });
    REQUIRE(f.canvas()->actions()->groupSelection(QStringLiteral("Getting there")));

    PresenterWindow presenter(f.session.get(), 40);
    presenter.resize(1280, 720);
    presenter.showBoard(f.boardId);
    (void)presenter.grab(); // paints, which lays the board out for this window
    const BoardScene *scene = presenter.renderer()->scene();
    REQUIRE(scene->isProjection());
    REQUIRE(scene->noteItems().size() == 6);
    CHECK(scene->withheldCount() == 2);

    // One text size for the whole board, large enough for the back of a hall, nothing cut short.
    const int px = scene->projectedTextSize();
    CHECK(px >= projection::readableTextSize(720));
    CHECK(scene->style().text.pixelSize() == px);
    CHECK(scene->style().uniformText);
    for (NoteItem *item : scene->noteItems()) {
        CHECK(item->isVisible());
        CHECK(item->isPlaced());
        INFO("note " << item->note().text.toStdString() << " size " << item->size().width() << "x"
                     << item->size().height() << " px " << px << " page " << scene->contentRect().width() << "x"
                     << scene->contentRect().height());
        CHECK_FALSE(item->textOverflows());
    }
    // The long note is on a taller card of the same width, not in smaller type.
    NoteItem *longest = scene->noteItem(shown[2]);
    NoteItem *shortest = scene->noteItem(shown[0]);
    CHECK(longest->size().height() > shortest->size().height());
    CHECK(longest->size().width() == Approx(shortest->size().width()));

    // No holes: the cards of each column follow each other one gap apart, and nothing overlaps.
    const double gap = projection::Metrics::forText(px).gap;
    QHash<int, std::vector<QRectF>> columns;
    for (NoteItem *item : scene->noteItems())
        columns[int(std::lround(item->pos().x()))].push_back(item->sceneBoundingRect().adjusted(6, 6, -6, -6));
    for (auto &column : columns) {
        std::sort(column.begin(), column.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        for (std::size_t i = 1; i < column.size(); ++i)
            CHECK(column[i].top() == Approx(column[i - 1].bottom() + gap).margin(0.5));
    }
    // The theme is a group: its notes inside its frame, the others outside.
    const QUuid themeId = f.note(shown[0]).themeId;
    const ThemeItem *theme = scene->themeItem(themeId);
    REQUIRE(theme);
    for (NoteItem *item : scene->noteItems()) {
        const QRectF card = item->sceneBoundingRect().adjusted(6, 6, -6, -6);
        CHECK(theme->frameRect().contains(card) == (item->note().themeId == themeId));
    }
    // Everything on the page fits the window.
    CHECK(scene->contentRect().width() <= 1280);
    CHECK(scene->contentRect().height() <= 720);

    // What was left out is said, in type as readable as the notes'.
    CHECK(presenter.withheldLine() == QStringLiteral("2 contributions not shown"));
    CHECK(presenter.noteLinePixels() >= projection::readableTextSize(720));

    // Consent given: the notes appear and the board is laid out again, still in one size.
    f.decide(sam, ConsentScope::TakePart, ConsentDecision::Granted);
    (void)presenter.grab();
    CHECK(scene->noteItems().size() == 8);
    CHECK(presenter.withheldLine().isEmpty());
    for (NoteItem *item : scene->noteItems())
        CHECK(item->isPlaced());
    CHECK(scene->style().text.pixelSize() == scene->projectedTextSize());
}

TEST_CASE("a board too big for the projector goes on pages, each at the same readable size",
    "[board][presenter]")
{
    ConsentBoard f;
    std::vector<Note> notes;
    for (int i = 0; i < 60; ++i) {
        Note n;
        n.id = newId();
        n.boardId = f.boardId;
        n.text = QStringLiteral("Note %1: the waiting room was cold and nobody said how long it would be").arg(i);
        n.x = 200.0 * (i % 10);
        n.y = 140.0 * (i / 10);
        notes.push_back(n);
    }
    REQUIRE(f.session->perform(edits::addNotes(f.session->data(), notes)).ok());
    PresenterWindow presenter(f.session.get(), 40);
    presenter.resize(1280, 720);
    presenter.showBoard(f.boardId);
    (void)presenter.grab();
    const BoardRenderer *renderer = presenter.renderer();
    REQUIRE(renderer->pageCount() > 1);
    CHECK(renderer->textSize() == projection::readableTextSize(720));
    CHECK(presenter.pageLine() == QStringLiteral("Page 1 of %1").arg(renderer->pageCount()));
    int seen = 0;
    for (int page = 0; page < renderer->pageCount(); ++page) {
        for (NoteItem *item : renderer->scene()->noteItems())
            seen += item->isVisible() ? 1 : 0;
        QTest::keyClick(&presenter, Qt::Key_PageDown);
    }
    CHECK(seen == 60); // every note on exactly one page
    CHECK(renderer->page() == renderer->pageCount() - 1);
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
