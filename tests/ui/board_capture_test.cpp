// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board_fixture.h"

#include "board/authorlabel.h"

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
