// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Withdrawal in both modes, the raw-bytes check for real deletion, and the append-only consent
// history enforced by the schema.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "session/session.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QProcess>

#include <QFile>

using namespace cg;

namespace {

// Distinctive words that appear nowhere else, so that finding them in the file's bytes can only
// mean the deleted contribution is still there.
const QString kFirstDraft = QStringLiteral("Quokka-marmalade first draft 71f3");
const QString kNoteText = QStringLiteral("Quokka-marmalade said at table two 71f3");
const QString kQuoteText = QStringLiteral("Pangolin-turnip direct quote 9c2e");
const QString kFeedbackText = QStringLiteral("Narwhal-bramble feedback answer 4b8a");
const QString kBenText = QStringLiteral("Ben's own note stays 5d61");

struct Scene
{
    std::unique_ptr<Session> session;
    QString path;
    QUuid ana;
    QUuid ben;
    QUuid anaNote;
    QUuid anaQuote;
    QUuid benNote;
    QUuid action;
    QUuid photo;
};

template<class T> QUuid lastId(const Table<T> &table)
{
    REQUIRE(!table.empty());
    return table.rows().back().id;
}

void grant(Session &s, const QUuid &who, ConsentScope scope)
{
    REQUIRE(s.record(edits::recordConsentDecision(s.data(), who, scope, ConsentDecision::Granted,
                         ConsentMethod::WrittenForm, QStringLiteral("Sam"), s.now()))
                .ok());
}

/// Ana (who will withdraw) and Ben, with notes, a quote, votes both ways, an action linked to
/// Ana's note, feedback and a photo of Ana.
Scene makeScene(const test::TempDir &dir)
{
    Scene s;
    s.session = test::newSession(dir);
    s.path = dir.path(QStringLiteral("test.cgw"));
    s.session->setClock(test::FakeClock {});
    Session &session = *s.session;

    Participant ana;
    ana.displayName = QStringLiteral("Ana Lopez");
    ana.email = QStringLiteral("ana@example.org");
    REQUIRE(session.perform(edits::addParticipant(session.data(), ana)).ok());
    s.ana = lastId(session.data().participants);
    Participant ben;
    ben.displayName = QStringLiteral("Ben Okafor");
    REQUIRE(session.perform(edits::addParticipant(session.data(), ben)).ok());
    s.ben = lastId(session.data().participants);
    for (ConsentScope scope : { ConsentScope::TakePart, ConsentScope::BeNamed, ConsentScope::BeQuoted,
             ConsentScope::BePhotographed })
        grant(session, s.ana, scope);
    grant(session, s.ben, ConsentScope::TakePart);

    Board board;
    board.title = QStringLiteral("Table 2");
    REQUIRE(session.perform(edits::addBoard(session.data(), board)).ok());
    const QUuid boardId = lastId(session.data().boards);

    auto addNote = [&](const QString &text, const QUuid &author, bool verbatim) {
        Note n;
        n.boardId = boardId;
        n.text = text;
        n.authorKind = AuthorKind::Participant;
        n.authorId = author;
        n.verbatim = verbatim;
        REQUIRE(session.perform(edits::addNote(session.data(), n)).ok());
        return lastId(session.data().notes);
    };
    s.anaNote = addNote(kFirstDraft, s.ana, false);
    // Edited once, so an older version of the words was in the file too.
    Note edited = *session.data().notes.find(s.anaNote);
    edited.text = kNoteText;
    REQUIRE(session.perform(edits::editNote(session.data(), edited)).ok());
    s.anaQuote = addNote(kQuoteText, s.ana, true);
    s.benNote = addNote(kBenText, s.ben, false);

    auto vote = [&](const QUuid &note, const QUuid &voter, int count) {
        Vote v;
        v.noteId = note;
        v.participantId = voter;
        v.count = count;
        REQUIRE(session.perform(edits::addVote(session.data(), v)).ok());
    };
    vote(s.benNote, s.ana, 2); // Ana's dots on Ben's note
    vote(s.anaNote, s.ben, 1); // Ben's dot on Ana's note
    vote(s.anaQuote, s.ben, 1);

    Action action;
    action.text = QStringLiteral("Ask the GP surgery about evening slots");
    action.noteIds = { s.anaNote, s.benNote };
    REQUIRE(session.perform(edits::addAction(session.data(), action)).ok());
    s.action = lastId(session.data().actions);

    Feedback feedback;
    feedback.question = QStringLiteral("Best aspects");
    feedback.answer = kFeedbackText;
    feedback.participantId = s.ana;
    REQUIRE(session.perform(edits::addFeedback(session.data(), feedback)).ok());

    Attachment photo;
    photo.boardId = boardId;
    photo.fileName = QStringLiteral("flipchart.jpg");
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.data = QByteArray("not really a jpeg");
    photo.peopleShown = { s.ana };
    REQUIRE(session.perform(edits::addAttachment(session.data(), photo)).ok());
    s.photo = lastId(session.data().attachments);
    return s;
}

bool fileHolds(const QString &path, const QString &text)
{
    return test::readAll(path).contains(text.toUtf8());
}

} // namespace

TEST_CASE("withdrawal with deletion leaves no trace of the words in the file", "[withdrawal][consent]")
{
    test::TempDir dir;
    Scene s = makeScene(dir);
    Session &session = *s.session;
    // The check can fail: before withdrawal, the words are in the file.
    REQUIRE(fileHolds(s.path, kNoteText));
    REQUIRE(fileHolds(s.path, kQuoteText));
    REQUIRE(fileHolds(s.path, kFeedbackText));
    REQUIRE(session.undoStack()->count() > 0);

    WithdrawalCounts counts;
    auto edit = edits::withdrawParticipant(session.data(), s.ana, WithdrawMode::Delete, QStringLiteral("Sam"),
        ConsentMethod::Verbal, session.now(), &counts);
    REQUIRE(edit.ok());
    REQUIRE(session.recordIrreversibly(std::move(edit)).ok());

    CHECK(counts.scopesWithdrawn == 4); // take_part, be_named, be_quoted, be_photographed
    CHECK(counts.notesDeleted == 2);
    CHECK(counts.votesDeleted == 3); // Ana's dots, and Ben's dots on her two notes
    CHECK(counts.feedbackDeleted == 1);
    // Nothing can come back through undo: the history held copies of the words.
    CHECK(session.undoStack()->count() == 0);

    const WorkshopData &data = session.data();
    CHECK_FALSE(data.notes.contains(s.anaNote));
    CHECK_FALSE(data.notes.contains(s.anaQuote));
    CHECK(data.notes.contains(s.benNote));
    CHECK(data.votes.size() == 0);
    CHECK(data.feedback.size() == 0);
    CHECK(data.actions.find(s.action)->noteIds == QList<QUuid> { s.benNote });
    CHECK(data.participants.contains(s.ana)); // the person stays, for the consent register and payment

    const ConsentPolicy policy(data);
    for (ConsentScope scope : enumValues<ConsentScope>()) {
        const ConsentState expected = scope == ConsentScope::BeRecorded || scope == ConsentScope::ContactLater
            ? ConsentState::NotRecorded
            : ConsentState::Withdrawn;
        CHECK(policy.state(s.ana, scope) == expected);
    }
    CHECK(policy.currentEvent(s.ana, ConsentScope::TakePart)->recordedBy == QStringLiteral("Sam"));
    CHECK(policy.currentEvent(s.ana, ConsentScope::TakePart)->method == ConsentMethod::Verbal);

    REQUIRE(!data.auditEvents.empty());
    const AuditEvent &audit = data.auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("withdrawal"));
    CHECK(audit.participantId == s.ana);
    CHECK(audit.actor == QStringLiteral("Sam"));
    CHECK(audit.summary.contains(QStringLiteral("deleted 2 notes, 3 votes and 1 feedback answer")));
    CHECK(audit.summary.contains(QStringLiteral("Participant 1")));
    for (const AuditEvent &a : data.auditEvents) {
        for (const QString &words : { kFirstDraft, kNoteText, kQuoteText, kFeedbackText }) {
            CHECK_FALSE(a.summary.contains(words));
            CHECK_FALSE(a.summary.contains(words.left(16)));
        }
        CHECK_FALSE(a.summary.contains(QStringLiteral("Ana")));
    }

    s.session.reset(); // close the file
    CHECK_FALSE(QFile::exists(s.path + QStringLiteral("-journal")));
    CHECK_FALSE(QFile::exists(s.path + QStringLiteral("-wal")));
    const QByteArray bytes = test::readAll(s.path);
    REQUIRE(bytes.size() > 0);
    for (const QString &words : { kFirstDraft, kNoteText, kQuoteText, kFeedbackText }) {
        INFO(words.toStdString());
        CHECK_FALSE(bytes.contains(words.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray("Quokka-marmalade")));
        CHECK_FALSE(bytes.contains(QByteArray("Pangolin-turnip")));
        CHECK_FALSE(bytes.contains(QByteArray("Narwhal-bramble")));
    }
    CHECK(bytes.contains(kBenText.toUtf8())); // the search itself works

    // And it all holds after reopening.
    auto reopened = Session::open(s.path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->data().notes.size() == 1);
    CHECK(ConsentPolicy((*reopened)->data()).state(s.ana, ConsentScope::TakePart) == ConsentState::Withdrawn);
}

TEST_CASE("withdrawal with anonymising keeps the words without the author", "[withdrawal][consent]")
{
    test::TempDir dir;
    Scene s = makeScene(dir);
    Session &session = *s.session;
    WithdrawalCounts counts;
    REQUIRE(session
                .recordIrreversibly(edits::withdrawParticipant(session.data(), s.ana, WithdrawMode::Anonymise,
                    QStringLiteral("Sam"), ConsentMethod::Digital, session.now(), &counts))
                .ok());
    CHECK(session.undoStack()->count() == 0);
    CHECK(counts.notesAnonymised == 2); // the plain note and the direct quote
    CHECK(counts.notesDeleted == 0);
    CHECK(counts.votesAnonymised == 1);
    CHECK(counts.votesDeleted == 0);
    CHECK(counts.feedbackAnonymised == 1);

    const WorkshopData &data = session.data();
    const Note *kept = data.notes.find(s.anaNote);
    REQUIRE(kept != nullptr);
    CHECK(kept->text == kNoteText);
    CHECK(kept->authorKind == AuthorKind::Anonymous);
    CHECK(kept->authorId.isNull());
    CHECK(kept->anonymised);
    // The quote stays for the team, anonymous, but never goes public: it was not entered as
    // anonymous, and the author never agreed to be quoted (rule 3).
    const Note *quote = data.notes.find(s.anaQuote);
    REQUIRE(quote != nullptr);
    CHECK(quote->authorKind == AuthorKind::Anonymous);
    CHECK(quote->anonymised);
    const ConsentPolicy policy(data);
    CHECK(policy.mayAppear(*quote, Audience::Team));
    CHECK_FALSE(policy.mayAppear(*quote, Audience::Public));
    CHECK(std::none_of(
        data.votes.begin(), data.votes.end(), [&](const Vote &v) { return v.participantId == s.ana; }));
    CHECK(data.votes.size() == 3);
    REQUIRE(data.feedback.size() == 1);
    CHECK(data.feedback.rows().front().participantId.isNull());
    CHECK(data.feedback.rows().front().answer == kFeedbackText);

    const AuditEvent &audit = data.auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("withdrawal"));
    CHECK_FALSE(audit.summary.contains(kNoteText));
    CHECK_FALSE(audit.summary.contains(kQuoteText));

    s.session.reset();
    CHECK(fileHolds(s.path, kNoteText));
    CHECK(fileHolds(s.path, kQuoteText));
}

TEST_CASE(
    "after withdrawal, the consent policy leaves the person out of every output", "[withdrawal][consent]")
{
    const WithdrawMode mode = GENERATE(WithdrawMode::Anonymise, WithdrawMode::Delete);
    test::TempDir dir;
    Scene s = makeScene(dir);
    Session &session = *s.session;
    {
        // Before: Ana is named everywhere she agreed to be.
        const ConsentPolicy before(session.data());
        CHECK(before.personName(s.ana, Audience::Public) == QStringLiteral("Ana Lopez"));
        CHECK(before.mayAppear(*session.data().attachments.find(s.photo), Audience::Public));
    }
    REQUIRE(session
                .recordIrreversibly(edits::withdrawParticipant(
                    session.data(), s.ana, mode, QStringLiteral("Sam"), ConsentMethod::Verbal, session.now()))
                .ok());
    const WorkshopData &data = session.data();
    const ConsentPolicy policy(data);
    const Participant &ana = *data.participants.find(s.ana);
    for (Audience audience : { Audience::Public, Audience::Team }) {
        INFO((audience == Audience::Public ? "public" : "team"));
        CHECK_FALSE(policy.mayAppear(ana, audience));
        CHECK(policy.personName(s.ana, audience).isEmpty());
        CHECK_FALSE(policy.mayShowContact(ana, audience, true));
        CHECK_FALSE(policy.mayAppear(*data.attachments.find(s.photo), audience));
        for (const Note &n : data.notes) {
            CHECK(n.authorId != s.ana);
            if (policy.mayAppear(n, audience)) {
                CHECK(policy.authorName(n, audience) != QStringLiteral("Ana Lopez"));
                CHECK(policy.authorName(n, audience) != ana.pseudonym);
            }
        }
        for (const Vote &v : data.votes)
            CHECK(v.participantId != s.ana);
        for (const Feedback &f : data.feedback)
            CHECK(policy.respondentName(f, audience) == QStringLiteral("Anonymous"));
    }
    // Ben is unaffected.
    CHECK(policy.personName(s.ben, Audience::Team) == QStringLiteral("Ben Okafor"));
    CHECK(policy.mayAppear(*data.notes.find(s.benNote), Audience::Public));
}

TEST_CASE(
    "consent decisions are recorded with an audit event, outside the undo stack", "[withdrawal][consent]")
{
    test::TempDir dir;
    Scene s = makeScene(dir);
    Session &session = *s.session;
    const int undoBefore = session.undoStack()->count();
    const auto auditBefore = session.data().auditEvents.size();
    REQUIRE(session
                .record(edits::recordConsentDecision(session.data(), s.ben, ConsentScope::BeQuoted,
                    ConsentDecision::Refused, ConsentMethod::Verbal, QStringLiteral("Priya"), session.now()))
                .ok());
    CHECK(session.undoStack()->count() == undoBefore);
    CHECK(ConsentPolicy(session.data()).state(s.ben, ConsentScope::BeQuoted) == ConsentState::Refused);
    REQUIRE(session.data().auditEvents.size() == auditBefore + 1);
    const AuditEvent &audit = session.data().auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("consent"));
    CHECK(audit.summary == QStringLiteral("Participant 2: be quoted refused (verbal), recorded by Priya."));

    CHECK_FALSE(edits::recordConsentDecision(session.data(), newId(), ConsentScope::TakePart,
        ConsentDecision::Granted, ConsentMethod::Verbal, QString(), session.now())
                    .ok());
    CHECK_FALSE(edits::withdrawParticipant(
        session.data(), newId(), WithdrawMode::Delete, QString(), ConsentMethod::Verbal, session.now())
                    .ok());
}

TEST_CASE(
    "the schema rejects changes to consent history and the audit trail", "[withdrawal][consent][schema]")
{
    test::TempDir dir;
    Scene s = makeScene(dir);
    const QStringList before = [&] {
        s.session.reset();
        return test::dumpRows(s.path);
    }();

    auto db = Database::open(s.path, Database::Access::ReadWrite);
    REQUIRE(db.ok());
    Database &raw = **db;
    const auto count = [&](const char *table) {
        auto n = raw.queryInteger(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(n.ok());
        return *n;
    };
    const qint64 events = count("consent_event");
    REQUIRE(events == 5);

    auto update = raw.exec(QStringLiteral("UPDATE consent_event SET decision = 'granted'"));
    CHECK_FALSE(update.ok());
    CHECK(update.message().contains(QStringLiteral("append-only")));
    auto remove = raw.exec(QStringLiteral("DELETE FROM consent_event"));
    CHECK_FALSE(remove.ok());
    CHECK(remove.message().contains(QStringLiteral("append-only")));
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE audit_event SET summary = 'rewritten'")).ok());
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM audit_event")).ok());
    CHECK(count("consent_event") == events);
    CHECK(test::dumpRows(s.path) == before);

    // Rewriting an event by replacing it is refused too.
    auto replaced = raw.exec(QStringLiteral("INSERT OR REPLACE INTO consent_event SELECT * FROM consent_event LIMIT 1"));
    CHECK_FALSE(replaced.ok());
    CHECK(replaced.message().contains(QStringLiteral("append-only")));
    CHECK_FALSE(raw.exec(QStringLiteral("INSERT OR REPLACE INTO audit_event SELECT * FROM audit_event LIMIT 1")).ok());
    CHECK(test::dumpRows(s.path) == before);

    // Another SQLite tool cannot open the door that a purge uses.
    db->reset();
    for (const char *sql : {"DELETE FROM consent_event", "INSERT INTO purge_authorisation VALUES ('x')",
             "INSERT OR REPLACE INTO consent_event SELECT * FROM consent_event LIMIT 1", "DELETE FROM audit_event"}) {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {s.path, QString::fromLatin1(sql)});
        REQUIRE(shell.waitForFinished(30000));
        INFO(sql);
        CHECK(shell.exitCode() != 0);
    }
    CHECK(test::dumpRows(s.path) == before);

    // The one way out: a retention purge, which authorises itself inside its own transaction.
    auto again = Database::open(s.path, Database::Access::ReadWrite);
    REQUIRE(again.ok());
    (*again)->setPurgeAuthorised(true);
    REQUIRE((*again)->exec(QStringLiteral("BEGIN; DELETE FROM consent_event; COMMIT;")).ok());
    (*again)->setPurgeAuthorised(false);
    auto left = (*again)->queryInteger(QStringLiteral("SELECT count(*) FROM consent_event"));
    REQUIRE(left.ok());
    CHECK(*left == 0);
}
