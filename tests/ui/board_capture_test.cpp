// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board_fixture.h"

#include "board/authorlabel.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>

#include <cmath>

using namespace cg;

TEST_CASE("a note-taker captures 20 notes by keyboard alone, with the right authors", "[board][capture]")
{
    test::BoardFixture f;
    const QUuid sam = f.addPerson(QStringLiteral("Sam Okafor"));
    const QUuid priya = f.addPerson(QStringLiteral("Priya Shah"));
    const QUuid jo = f.addPerson(QStringLiteral("Jo Bloggs"), QStringLiteral("Participant 7"));
    CaptureBar *bar = f.view->captureBar();

    f.view->focusCapture();
    REQUIRE(QApplication::focusWidget() == bar->textEdit());

    // Who speaks for each note: typed prefix (completed with Tab), or empty for anonymous.
    struct Turn
    {
        QString typed;
        AuthorKind kind;
        QUuid person;
    };
    const std::vector<Turn> turns = {
        { QStringLiteral("sa"), AuthorKind::Participant, sam },
        { QStringLiteral("pri"), AuthorKind::Participant, priya },
        { QString(), AuthorKind::Anonymous, {} },
        { QStringLiteral("participant 7"), AuthorKind::Participant, jo },
        { QStringLiteral("fac"), AuthorKind::Facilitator, {} },
    };
    std::vector<Turn> expected;
    for (int i = 0; i < 20; ++i) {
        const Turn &turn = turns[std::size_t(i % int(turns.size()))];
        // Alt+W goes to "Who", the old name is selected, typing replaces it, Tab accepts.
        test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
        REQUIRE(QApplication::focusWidget() == bar->authorEdit());
        if (turn.typed.isEmpty())
            test::BoardFixture::key(Qt::Key_Delete);
        else
            test::BoardFixture::type(turn.typed);
        test::BoardFixture::key(Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == bar->textEdit());
        test::BoardFixture::type(QStringLiteral("Point number %1 about the bus").arg(i + 1));
        test::BoardFixture::key(Qt::Key_Return);
        CHECK(bar->textEdit()->text().isEmpty()); // cleared for the next one
        expected.push_back(turn);
    }
    CHECK(f.notesOnBoard() == 20);
    CHECK(f.scene()->noteItems().size() == 20);
    CHECK(bar->authorEdit()->text() == QStringLiteral("Facilitator"));

    // Every note placed itself: no two overlap.
    std::vector<Note> notes;
    for (const Note &n : f.session->data().notes)
        notes.push_back(n);
    for (std::size_t a = 0; a < notes.size(); ++a)
        for (std::size_t b = a + 1; b < notes.size(); ++b)
            CHECK_FALSE(notes[a].rect().intersects(notes[b].rect()));

    // The file holds the 20 notes with the authors as typed.
    f.view.reset();
    f.session.reset();
    auto reopened = Session::open(f.path());
    REQUIRE(reopened.ok());
    const WorkshopData &data = (*reopened)->data();
    REQUIRE(data.notes.size() == 20);
    for (int i = 0; i < 20; ++i) {
        const QString text = QStringLiteral("Point number %1 about the bus").arg(i + 1);
        const auto it = std::find_if(
            data.notes.begin(), data.notes.end(), [&](const Note &n) { return n.text == text; });
        REQUIRE(it != data.notes.end());
        CHECK(it->authorKind == expected[std::size_t(i)].kind);
        CHECK(it->authorId == expected[std::size_t(i)].person);
    }
}

TEST_CASE("quick capture keeps the note when the name is not in the workshop", "[board][capture]")
{
    test::BoardFixture f;
    f.addPerson(QStringLiteral("Sam Okafor"));
    CaptureBar *bar = f.view->captureBar();
    bar->authorEdit()->setText(QStringLiteral("Someone Else"));
    bar->textEdit()->setText(QStringLiteral("We need more buses"));
    QSignalSpy messages(f.view.get(), &BoardView::statusMessage);
    CHECK_FALSE(bar->capture());
    CHECK(f.notesOnBoard() == 0);
    CHECK(bar->textEdit()->text() == QStringLiteral("We need more buses"));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().first().toString().contains(QStringLiteral("Someone Else")));
}

TEST_CASE("capture shortcuts set colour, quote and sensitive for the next note only", "[board][capture]")
{
    test::BoardFixture f;
    CaptureBar *bar = f.view->captureBar();
    f.view->focusCapture();
    test::BoardFixture::key(Qt::Key_3, Qt::AltModifier); // orange
    test::BoardFixture::key(Qt::Key_Q, Qt::AltModifier);
    test::BoardFixture::key(Qt::Key_S, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("I felt nobody listened"));
    test::BoardFixture::key(Qt::Key_Return);
    test::BoardFixture::type(QStringLiteral("Next point"));
    test::BoardFixture::key(Qt::Key_Return);
    REQUIRE(f.notesOnBoard() == 2);
    for (const Note &n : f.session->data().notes) {
        const bool first = n.text == QStringLiteral("I felt nobody listened");
        CHECK(n.colour == NoteColour::Orange); // colour stays
        CHECK(n.verbatim == first); // quote and sensitive do not
        CHECK(n.sensitive == first);
        CHECK(std::isfinite(n.x));
    }
    CHECK(bar->colour() == NoteColour::Orange);
}

TEST_CASE("the author chip follows the consent policy for the team and the public", "[board][consent]")
{
    WorkshopData data;
    Participant p;
    p.id = newId();
    p.displayName = QStringLiteral("Sam Okafor");
    p.pseudonym = QStringLiteral("Participant 4");
    data.participants.insert(p);
    auto decide = [&](ConsentScope scope, ConsentDecision decision, int minute) {
        ConsentEvent e;
        e.id = newId();
        e.participantId = p.id;
        e.scope = scope;
        e.decision = decision;
        e.recordedAt = QDateTime(QDate(2026, 3, 14), QTime(10, minute), Qt::UTC);
        data.consentEvents.insert(e);
    };
    Note note;
    note.authorKind = AuthorKind::Participant;
    note.authorId = p.id;

    SECTION("no take_part yet: named with a mark on the team's canvas, nothing in public")
    {
        const ConsentPolicy policy(data);
        CHECK(authorLabel(policy, note, Audience::Team) == QStringLiteral("Sam Okafor"));
        CHECK(authorConsentMark(policy, note) == QStringLiteral("Consent not recorded"));
        CHECK(authorLabel(policy, note, Audience::Public).isEmpty());
    }
    SECTION("take_part only: the pseudonym in public")
    {
        decide(ConsentScope::TakePart, ConsentDecision::Granted, 0);
        const ConsentPolicy policy(data);
        CHECK(authorLabel(policy, note, Audience::Team) == QStringLiteral("Sam Okafor"));
        CHECK(authorLabel(policy, note, Audience::Public) == QStringLiteral("Participant 4"));
        CHECK(authorConsentMark(policy, note).isEmpty());
    }
    SECTION("be_named granted: the name in public too")
    {
        decide(ConsentScope::TakePart, ConsentDecision::Granted, 0);
        decide(ConsentScope::BeNamed, ConsentDecision::Granted, 1);
        const ConsentPolicy policy(data);
        CHECK(authorLabel(policy, note, Audience::Public) == QStringLiteral("Sam Okafor"));
    }
    SECTION("withdrawn: marked for the team")
    {
        decide(ConsentScope::TakePart, ConsentDecision::Granted, 0);
        decide(ConsentScope::TakePart, ConsentDecision::Withdrawn, 5);
        const ConsentPolicy policy(data);
        CHECK(authorLabel(policy, note, Audience::Team) == QStringLiteral("Sam Okafor"));
        CHECK(authorConsentMark(policy, note) == QStringLiteral("Withdrawn"));
        CHECK(authorLabel(policy, note, Audience::Public).isEmpty());
    }
    SECTION("anonymous and facilitator notes")
    {
        const ConsentPolicy policy(data);
        note.authorKind = AuthorKind::Anonymous;
        CHECK(authorLabel(policy, note, Audience::Team) == QStringLiteral("Anonymous"));
        CHECK(authorConsentMark(policy, note).isEmpty());
        note.authorKind = AuthorKind::Facilitator;
        note.authorId = QUuid();
        CHECK(authorLabel(policy, note, Audience::Public) == QStringLiteral("Facilitator"));
    }
}

namespace {

QString speakerKind(CaptureBar *bar)
{
    return bar->speakerLabel()->property("kind").toString();
}

} // namespace

TEST_CASE("“Who” finds people ignoring case and accents, by any part of their name", "[board][capture][names]")
{
    test::BoardFixture f;
    const QUuid sian = f.addPerson(QStringLiteral("Siân Williams"));
    const QUuid chloe = f.addPerson(QStringLiteral("Chloë Martin"));
    const QUuid will = f.addPerson(QStringLiteral("Will Evans"));
    CaptureBar *bar = f.view->captureBar();
    f.view->focusCapture();

    // "sian": Siân is offered; Down and Enter take her, and the keyboard goes on to the note.
    test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("sian"));
    REQUIRE(bar->picker()->isVisible());
    REQUIRE(bar->picker()->choiceCount() == 1);
    CHECK(bar->picker()->choiceAt(0).name == QStringLiteral("Siân Williams"));
    test::BoardFixture::key(Qt::Key_Down);
    test::BoardFixture::key(Qt::Key_Return);
    CHECK_FALSE(bar->picker()->isVisible());
    CHECK(bar->authorEdit()->text() == QStringLiteral("Siân Williams"));
    CHECK(bar->speakerLabel()->text() == QStringLiteral("Siân Williams"));
    REQUIRE(QApplication::focusWidget() == bar->textEdit());
    test::BoardFixture::type(QStringLiteral("The leaflet was in jargon"));
    test::BoardFixture::key(Qt::Key_Return);

    // "chloe" and Tab: the one person it can mean.
    test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("chloe"));
    REQUIRE(bar->picker()->isVisible());
    CHECK(bar->picker()->choiceAt(0).person == chloe);
    test::BoardFixture::key(Qt::Key_Tab);
    CHECK(bar->authorEdit()->text() == QStringLiteral("Chloë Martin"));
    REQUIRE(QApplication::focusWidget() == bar->textEdit());
    test::BoardFixture::type(QStringLiteral("Nobody rang back"));
    test::BoardFixture::key(Qt::Key_Return);

    // "will" is the start of Will and of Williams: both are offered, Will chosen from the list.
    test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("will"));
    REQUIRE(bar->picker()->choiceCount() == 2);
    CHECK(bar->picker()->choiceAt(0).person == sian);
    CHECK(bar->picker()->choiceAt(1).person == will);
    CHECK(speakerKind(bar) == QStringLiteral("unsure")); // not settled while two fit
    test::BoardFixture::key(Qt::Key_Down);
    test::BoardFixture::key(Qt::Key_Down);
    test::BoardFixture::key(Qt::Key_Return);
    CHECK(bar->speakerLabel()->text() == QStringLiteral("Will Evans"));
    test::BoardFixture::type(QStringLiteral("A lift would help"));
    test::BoardFixture::key(Qt::Key_Return);

    REQUIRE(f.notesOnBoard() == 3);
    QHash<QString, QUuid> author;
    for (const Note &n : f.session->data().notes)
        author.insert(n.text, n.authorId);
    CHECK(author.value(QStringLiteral("The leaflet was in jargon")) == sian);
    CHECK(author.value(QStringLiteral("Nobody rang back")) == chloe);
    CHECK(author.value(QStringLiteral("A lift would help")) == will);
}

TEST_CASE("two people with the same name are asked about, never guessed, and the note is kept", "[board][capture][names]")
{
    test::BoardFixture f;
    const QUuid first = f.addPerson(QStringLiteral("Sam Okafor"), QStringLiteral("Participant 3"));
    const QUuid second = f.addPerson(QStringLiteral("Sam Okafor"), QStringLiteral("Participant 9"));
    CaptureBar *bar = f.view->captureBar();
    f.view->focusCapture();

    test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("Sam Okafor"));
    test::BoardFixture::key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == bar->textEdit());
    CHECK(bar->isAskingWho());
    CHECK(speakerKind(bar) == QStringLiteral("unsure"));
    test::BoardFixture::type(QStringLiteral("We need a later bus"));
    test::BoardFixture::key(Qt::Key_Return);

    // Nothing was added: the bar asks which Sam, with what tells them apart, and keeps the words.
    CHECK(f.notesOnBoard() == 0);
    CHECK(bar->textEdit()->text() == QStringLiteral("We need a later bus"));
    REQUIRE(bar->picker()->isVisible());
    REQUIRE(bar->picker()->choiceCount() == 2);
    CHECK(bar->picker()->choiceAt(0).detail.contains(QStringLiteral("Participant 3")));
    CHECK(bar->picker()->choiceAt(1).detail.contains(QStringLiteral("Participant 9")));
    CHECK_FALSE(bar->picker()->currentChoice().has_value()); // nobody chosen for them

    // Enter with nobody chosen still adds nothing.
    test::BoardFixture::key(Qt::Key_Return);
    CHECK(f.notesOnBoard() == 0);

    // Down, Down, Enter: the second Sam, and the note goes in.
    test::BoardFixture::key(Qt::Key_Down);
    test::BoardFixture::key(Qt::Key_Down);
    test::BoardFixture::key(Qt::Key_Return);
    REQUIRE(f.notesOnBoard() == 1);
    CHECK(bar->textEdit()->text().isEmpty());
    CHECK_FALSE(bar->isAskingWho());
    CHECK(f.session->data().notes.rows().front().authorId == second);
    // The name beside the box says which Sam.
    CHECK(bar->speakerLabel()->accessibleName().contains(QStringLiteral("Sam Okafor (Participant 9)")));
    CHECK(bar->speakerLabel()->text().startsWith(QStringLiteral("Sam Okafor (Partic")));

    // They stay chosen for their next point, though their name alone fits both.
    test::BoardFixture::type(QStringLiteral("And a shelter at the stop"));
    test::BoardFixture::key(Qt::Key_Return);
    REQUIRE(f.notesOnBoard() == 2);
    for (const Note &n : f.session->data().notes)
        CHECK(n.authorId == second);

    // Typing the name again starts over: asked again, and Escape backs out without adding.
    test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("Sam"));
    test::BoardFixture::key(Qt::Key_Tab);
    test::BoardFixture::type(QStringLiteral("Third"));
    test::BoardFixture::key(Qt::Key_Return);
    CHECK(f.notesOnBoard() == 2);
    test::BoardFixture::key(Qt::Key_Escape);
    CHECK_FALSE(bar->picker()->isVisible());
    CHECK(bar->textEdit()->text() == QStringLiteral("Third"));
    CHECK(f.notesOnBoard() == 2);
    Q_UNUSED(first)
}

TEST_CASE("the speaker is shown beside the note and Alt+A makes the next note anonymous", "[board][capture]")
{
    test::BoardFixture f;
    const QUuid priya = f.addPerson(QStringLiteral("Priya Shah"));
    CaptureBar *bar = f.view->captureBar();
    f.view->focusCapture();
    CHECK(bar->speakerLabel()->text() == QStringLiteral("Anonymous"));
    CHECK(speakerKind(bar) == QStringLiteral("anonymous"));

    test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("pri"));
    test::BoardFixture::key(Qt::Key_Tab);
    CHECK(bar->speakerLabel()->text() == QStringLiteral("Priya Shah"));
    CHECK(speakerKind(bar) == QStringLiteral("person"));
    CHECK(bar->speakerLabel()->accessibleName().contains(QStringLiteral("Priya Shah")));
    test::BoardFixture::type(QStringLiteral("First point"));
    test::BoardFixture::key(Qt::Key_Return);
    // Still Priya for the next one, and still shown.
    CHECK(bar->speakerLabel()->text() == QStringLiteral("Priya Shah"));

    // One key, from the note box: anonymous again, and the keyboard stays in the box.
    test::BoardFixture::key(Qt::Key_A, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == bar->textEdit());
    CHECK(bar->authorEdit()->text().isEmpty());
    CHECK(bar->speakerLabel()->text() == QStringLiteral("Anonymous"));
    CHECK(speakerKind(bar) == QStringLiteral("anonymous"));
    test::BoardFixture::type(QStringLiteral("Second point"));
    test::BoardFixture::key(Qt::Key_Return);

    // A name nobody has is flagged before Enter.
    test::BoardFixture::key(Qt::Key_W, Qt::AltModifier);
    test::BoardFixture::type(QStringLiteral("Zed"));
    CHECK(speakerKind(bar) == QStringLiteral("unsure"));

    REQUIRE(f.notesOnBoard() == 2);
    for (const Note &n : f.session->data().notes) {
        const bool first = n.text == QStringLiteral("First point");
        CHECK(n.authorKind == (first ? AuthorKind::Participant : AuthorKind::Anonymous));
        CHECK(n.authorId == (first ? priya : QUuid()));
    }
    // Every command says its key.
    for (QAction *action : bar->commands())
        if (!action->isSeparator())
            CHECK(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
}

TEST_CASE("in a read-only workshop the capture bar is disabled and says why", "[board][capture]")
{
    test::TempDir dir;
    QString path;
    QUuid boardId;
    {
        auto session = test::newSession(dir);
        Board board;
        board.id = newId();
        board.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        boardId = board.id;
        path = session->filePath();
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto opened = Session::open(path);
    REQUIRE(opened.ok());
    std::unique_ptr<Session> session = std::move(*opened);
    REQUIRE(session->isReadOnly());
    BoardView view(session.get());
    view.resize(1000, 700);
    view.show();
    view.setBoard(boardId);
    CaptureBar *bar = view.captureBar();

    CHECK_FALSE(bar->textEdit()->isEnabled());
    CHECK_FALSE(bar->authorEdit()->isEnabled());
    CHECK(bar->unavailableReason().contains(QStringLiteral("read-only")));
    auto *notice = bar->findChild<QLabel *>(QStringLiteral("captureNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->isEnabled()); // readable, not greyed out
    CHECK(notice->text() == bar->unavailableReason());
    for (QAction *action : bar->commands())
        CHECK_FALSE(action->isEnabled());

    bar->textEdit()->setText(QStringLiteral("Tried anyway"));
    CHECK_FALSE(bar->capture());
    CHECK(session->data().notes.size() == 0);
}
