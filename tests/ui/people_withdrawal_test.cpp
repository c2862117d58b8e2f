// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Withdraw from the workshop…": both modes, through the dialog's logic.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "people/consentdefaults.h"
#include "people/withdrawaldialog.h"
#include "session/session.h"
#include "testsupport.h"

using namespace cg;

namespace {

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Session> session = test::newSession(dir);
    QUuid asha;
    QUuid bill;
    QUuid plainNote;
    QUuid quoteNote;
    QUuid billsNote;

    Fixture()
    {
        Participant a;
        a.id = newId();
        a.displayName = QStringLiteral("Asha Khan");
        Participant b;
        b.id = newId();
        b.displayName = QStringLiteral("Bill Evans");
        REQUIRE(session->perform(edits::addParticipants(session->data(), { a, b })).ok());
        asha = a.id;
        bill = b.id;
        for (ConsentScope scope : { ConsentScope::TakePart, ConsentScope::BeQuoted }) {
            REQUIRE(session
                        ->record(edits::recordConsentDecision(session->data(), asha, scope,
                            ConsentDecision::Granted, ConsentMethod::Verbal, QStringLiteral("Sam"),
                            session->now()))
                        .ok());
        }
        Board table;
        table.id = newId();
        table.title = QStringLiteral("Table 1");
        REQUIRE(session->perform(edits::addBoard(session->data(), table)).ok());
        const QUuid board = table.id;
        auto note = [&](const QUuid &author, const QString &text, bool verbatim) {
            Note n;
            n.id = newId();
            n.boardId = board;
            n.text = text;
            n.authorKind = AuthorKind::Participant;
            n.authorId = author;
            n.verbatim = verbatim;
            REQUIRE(session->perform(edits::addNote(session->data(), n)).ok());
            return n.id;
        };
        plainNote = note(asha, QStringLiteral("The bus timetable is the real barrier"), false);
        quoteNote = note(asha, QStringLiteral("I felt like a number"), true);
        billsNote = note(bill, QStringLiteral("More evening sessions"), false);
    }
};

} // namespace

TEST_CASE("Withdrawal dialog: keep contributions, anonymised", "[ui][people][withdraw]")
{
    Fixture f;
    ConsentDefaults defaults;
    WithdrawalDialog dialog(f.session.get(), f.asha, &defaults);
    dialog.setMode(WithdrawMode::Anonymise);

    // Nothing happens without the confirmation.
    CHECK_FALSE(dialog.apply().ok());
    CHECK(ConsentPolicy(f.session->data()).isGranted(f.asha, ConsentScope::TakePart));

    dialog.setConfirmed(true);
    REQUIRE(dialog.apply().ok());
    CHECK(dialog.result() == QDialog::Accepted);
    const ConsentPolicy policy(f.session->data());
    CHECK(policy.state(f.asha, ConsentScope::TakePart) == ConsentState::Withdrawn);
    CHECK(policy.state(f.asha, ConsentScope::BeQuoted) == ConsentState::Withdrawn);
    const Note *plain = f.session->data().notes.find(f.plainNote);
    REQUIRE(plain != nullptr);
    CHECK(plain->authorKind == AuthorKind::Anonymous);
    CHECK(plain->authorId.isNull());
    const Note *quote = f.session->data().notes.find(f.quoteNote);
    REQUIRE(quote != nullptr); // kept for the team...
    CHECK(quote->anonymised);
    CHECK_FALSE(policy.mayAppear(*quote, Audience::Public)); // ...never public: quotes can identify
    CHECK(f.session->data().notes.find(f.billsNote)->authorId == f.bill);
    CHECK(dialog.counts().notesAnonymised == 2);
    CHECK(f.session->undoStack()->count() == 0); // nothing comes back through undo
    CHECK_FALSE(f.session->data().auditEvents.empty());
}

TEST_CASE("Withdrawal dialog: delete contributions", "[ui][people][withdraw]")
{
    Fixture f;
    ConsentDefaults defaults;
    defaults.setMethod(ConsentMethod::WrittenForm);
    WithdrawalDialog dialog(f.session.get(), f.asha, &defaults);
    dialog.setMode(WithdrawMode::Delete);
    CHECK(dialog.mode() == WithdrawMode::Delete);
    dialog.setConfirmed(true);
    REQUIRE(dialog.apply().ok());

    CHECK(f.session->data().notes.find(f.plainNote) == nullptr);
    CHECK(f.session->data().notes.find(f.quoteNote) == nullptr);
    CHECK(f.session->data().notes.find(f.billsNote) != nullptr);
    CHECK(dialog.counts().notesDeleted == 2);
    const ConsentEvent *withdrawn
        = ConsentPolicy(f.session->data()).currentEvent(f.asha, ConsentScope::TakePart);
    REQUIRE(withdrawn != nullptr);
    CHECK(withdrawn->decision == ConsentDecision::Withdrawn);
    CHECK(withdrawn->method == ConsentMethod::WrittenForm); // the remembered method
    CHECK(f.session->undoStack()->count() == 0);
    // The person stays on the list (their consent record must), marked withdrawn.
    CHECK(f.session->data().participants.contains(f.asha));
}
