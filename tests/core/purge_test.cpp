// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The retention purge: when it is allowed, that its preview says what goes, that it takes
// exactly that (and from the file's bytes and backups too), and that what stays still follows
// the consent rules.
#include "commands/edits.h"
#include "commands/purge.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "session/session.h"
#include "storage/backups.h"
#include "testsupport.h"

#include <QFile>

using namespace cg;

namespace {

// Distinctive words found nowhere else, so finding them in the file can only mean a detail
// survived the purge.
const QString kName = QStringLiteral("Zebedee Quillfeather");
const QString kEmail = QStringLiteral("zebedee.q7@example.org");
const QString kPhone = QStringLiteral("07700 900 461");
const QString kOrganisation = QStringLiteral("Marigold Carers Collective");
const QString kAccessNotes = QStringLiteral("Needs a chair near the door 3f9a");
const QString kPrivateNotes = QStringLiteral("Prefers mornings; lives near Oakfield 8d21");
const QString kBenefits = QStringLiteral("Universal Credit tapering 6e04");
const QString kNoteText = QStringLiteral("Evening appointments would help carers 2b77");

struct Scene
{
    std::unique_ptr<Session> session;
    QString path;
    QUuid zeb;
    QUuid kim;
    QUuid note;
    QUuid boardPhoto;
};

template<class T> QUuid lastId(const Table<T> &table)
{
    REQUIRE(!table.empty());
    return table.rows().back().id;
}

Scene makeScene(const test::TempDir &dir, const QDate &retention)
{
    Scene s;
    s.session = test::newSession(dir);
    s.path = dir.path(QStringLiteral("test.cgw"));
    s.session->setClock(test::FakeClock {}); // 22 November 2026
    Session &session = *s.session;

    Workshop w = session.workshop();
    w.retentionDate = retention;
    REQUIRE(session.perform(edits::editWorkshop(session.data(), w)).ok());

    Participant zeb;
    zeb.displayName = kName;
    zeb.email = kEmail;
    zeb.phone = kPhone;
    zeb.organisation = kOrganisation;
    zeb.accessNeeds = { AccessNeed::StepFree, AccessNeed::LargePrint };
    zeb.accessNotes = kAccessNotes;
    zeb.notes = kPrivateNotes;
    zeb.role = Role::LivedExperience;
    REQUIRE(session.perform(edits::addParticipant(session.data(), zeb)).ok());
    s.zeb = lastId(session.data().participants);
    Participant kim;
    kim.displayName = QStringLiteral("Kim Ashdown");
    REQUIRE(session.perform(edits::addParticipant(session.data(), kim)).ok());
    s.kim = lastId(session.data().participants);
    for (ConsentScope scope : { ConsentScope::TakePart, ConsentScope::BeNamed, ConsentScope::BeQuoted })
        REQUIRE(session
                    .record(edits::recordConsentDecision(session.data(), s.zeb, scope, ConsentDecision::Granted,
                        ConsentMethod::WrittenForm, QStringLiteral("Sam"), session.now()))
                    .ok());

    Board table;
    table.title = QStringLiteral("Table 2");
    REQUIRE(session.perform(edits::addBoard(session.data(), table)).ok());
    const QUuid board = lastId(session.data().boards);
    Note n;
    n.boardId = board;
    n.text = kNoteText;
    n.authorKind = AuthorKind::Participant;
    n.authorId = s.zeb;
    REQUIRE(session.perform(edits::addNote(session.data(), n)).ok());
    s.note = lastId(session.data().notes);

    Payment pay;
    pay.participantId = s.zeb;
    pay.hoursSession = 3;
    pay.rateMinor = 2500;
    pay.mayAffectBenefits = true;
    pay.benefitsNote = kBenefits;
    REQUIRE(session.perform(edits::setPayment(session.data(), pay)).ok());

    SeatingRule apart;
    apart.firstId = s.zeb;
    apart.secondId = s.kim;
    REQUIRE(session.perform(edits::addSeatingRule(session.data(), apart)).ok());

    Attachment ofPeople;
    ofPeople.boardId = board;
    ofPeople.fileName = QStringLiteral("group-photo.jpg");
    ofPeople.mimeType = QStringLiteral("image/jpeg");
    ofPeople.data = QByteArray("Faces at table two c41d");
    ofPeople.peopleShown = { s.zeb };
    REQUIRE(session.perform(edits::addAttachment(session.data(), ofPeople)).ok());
    Attachment ofWall;
    ofWall.boardId = board;
    ofWall.fileName = QStringLiteral("wall.jpg");
    ofWall.mimeType = QStringLiteral("image/jpeg");
    ofWall.data = QByteArray("Sticky notes only 90ab");
    REQUIRE(session.perform(edits::addAttachment(session.data(), ofWall)).ok());
    s.boardPhoto = lastId(session.data().attachments);
    return s;
}

const QDate kToday(2026, 11, 22); // FakeClock's date

} // namespace

TEST_CASE("purge: allowed on and after the retention date, before it only on purpose", "[purge]")
{
    Workshop w;
    CHECK(purge::retentionState(w, kToday) == RetentionState::NoDate);
    CHECK_FALSE(purge::allowed(w, kToday, false).ok());
    CHECK(purge::allowed(w, kToday, false).message().contains(QStringLiteral("no retention date")));
    CHECK(purge::allowed(w, kToday, true).ok());

    w.retentionDate = kToday.addDays(1);
    CHECK(purge::retentionState(w, kToday) == RetentionState::NotYet);
    CHECK_FALSE(purge::allowed(w, kToday, false).ok());
    CHECK(purge::allowed(w, kToday, true).ok());

    w.retentionDate = kToday;
    CHECK(purge::retentionState(w, kToday) == RetentionState::Reached);
    CHECK(purge::allowed(w, kToday, false).ok());
    w.retentionDate = kToday.addYears(-1);
    CHECK(purge::retentionState(w, kToday) == RetentionState::Reached);
}

TEST_CASE("purge: refused before the retention date changes nothing", "[purge]")
{
    test::TempDir dir;
    Scene s = makeScene(dir, kToday.addDays(30));
    const QStringList before = test::dumpRows(*s.session);
    auto edit = edits::purgePersonalData(s.session->data(), QStringLiteral("Sam"), s.session->now(), false);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.message().contains(QStringLiteral("not due")));
    CHECK(test::dumpRows(*s.session) == before);
    CHECK(s.session->data().participants.find(s.zeb)->email == kEmail);
}

TEST_CASE("purge: the preview says exactly what will go", "[purge]")
{
    test::TempDir dir;
    Scene s = makeScene(dir, kToday);
    const PurgeCounts c = purge::preview(s.session->data());
    CHECK(c.names == 2); // Zebedee, and Kim: both have a name besides the pseudonym
    CHECK(c.emails == 1);
    CHECK(c.phones == 1);
    CHECK(c.organisations == 1);
    CHECK(c.accessNeeds == 1);
    CHECK(c.personalNotes == 1);
    CHECK(c.payments == 1);
    CHECK(c.seatingRules == 1);
    CHECK(c.photosOfPeople == 1);
    const QStringList going = purge::goingLines(c);
    CHECK(going.contains(QStringLiteral("2 names are replaced by the people’s pseudonyms.")));
    CHECK(going.contains(QStringLiteral("1 email address is removed.")));
    CHECK(going.contains(QStringLiteral("1 payment record is deleted.")));
    CHECK(going.contains(QStringLiteral("1 photo showing people is deleted.")));
    CHECK(going.size() == 9);
    const QString staying = purge::stayingLines(s.session->data()).join(QLatin1Char(' '));
    CHECK(staying.contains(QStringLiteral("1 note")));
    CHECK(staying.contains(QStringLiteral("1 photo that shows nobody stays.")));
    // The preview itself holds no personal detail.
    for (const QString &line : going + purge::stayingLines(s.session->data())) {
        CHECK_FALSE(line.contains(QStringLiteral("Zebedee")));
        CHECK_FALSE(line.contains(QStringLiteral("example.org")));
    }
}

TEST_CASE("purge: personal data goes, from the file's bytes and its backups too; notes stay", "[purge]")
{
    test::TempDir dir;
    Scene s = makeScene(dir, kToday.addDays(-1));
    Session &session = *s.session;
    REQUIRE(session.takeBackup(5).ok());
    REQUIRE(backups::list(s.path).size() == 1);
    const QByteArray rawBefore = test::readAll(s.path);
    // The checks below can fail: before the purge, every detail is in the file.
    for (const QString &detail : { kName, kEmail, kPhone, kOrganisation, kAccessNotes, kPrivateNotes, kBenefits })
        REQUIRE(rawBefore.contains(detail.toUtf8()));
    const QString pseudonym = session.data().participants.find(s.zeb)->pseudonym;
    CHECK(ConsentPolicy(session.data()).authorName(*session.data().notes.find(s.note), Audience::Public)
        == kName);

    PurgeCounts counts;
    REQUIRE(session
                .recordIrreversibly(edits::purgePersonalData(
                    session.data(), QStringLiteral("Sam"), session.now(), false, &counts))
                .ok());
    CHECK(counts.payments == 1);
    CHECK(session.undoStack()->count() == 0);
    CHECK(backups::list(s.path).empty());

    const WorkshopData &data = session.data();
    const Participant &zeb = *data.participants.find(s.zeb);
    CHECK(zeb.displayName == pseudonym);
    CHECK(zeb.email.isEmpty());
    CHECK(zeb.phone.isEmpty());
    CHECK(zeb.organisation.isEmpty());
    CHECK(zeb.accessNeeds.isEmpty());
    CHECK(zeb.accessNotes.isEmpty());
    CHECK(zeb.notes.isEmpty());
    CHECK(zeb.role == Role::LivedExperience); // kept, for counts by role
    CHECK(data.payments.empty());
    CHECK(data.seatingRules.empty());
    REQUIRE(data.attachments.size() == 1);
    CHECK(data.attachments.rows().front().id == s.boardPhoto);
    // The note stays, under the pseudonym, and still follows its author's consent.
    REQUIRE(data.notes.contains(s.note));
    const ConsentPolicy policy(data);
    CHECK(policy.authorName(*data.notes.find(s.note), Audience::Public) == pseudonym);
    CHECK(policy.state(s.zeb, ConsentScope::TakePart) == ConsentState::Granted);
    CHECK(data.consentEvents.size() == 3);

    const AuditEvent &audit = data.auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("purge"));
    CHECK(audit.actor == QStringLiteral("Sam"));
    CHECK(audit.summary.contains(QStringLiteral("2 names replaced by pseudonyms")));
    CHECK(audit.summary.contains(QStringLiteral("1 payment record")));
    CHECK_FALSE(audit.summary.contains(QStringLiteral("Zebedee")));

    // Nothing purged is left in the bytes, while what stays is found (the search works).
    const QStringList rowsInMemory = test::dumpRows(session);
    s.session.reset();
    const QByteArray raw = test::readAll(s.path);
    for (const QString &detail : { kName, kEmail, kPhone, kOrganisation, kAccessNotes, kPrivateNotes, kBenefits,
             QStringLiteral("Faces at table two c41d") }) {
        INFO(detail.toStdString());
        CHECK_FALSE(raw.contains(detail.toUtf8()));
    }
    CHECK(raw.contains(kNoteText.toUtf8()));
    CHECK(raw.contains(QByteArray("Sticky notes only 90ab")));
    // The file holds what the session held.
    CHECK(test::dumpRows(s.path) == rowsInMemory);
}

TEST_CASE("purge: a second purge finds nothing left and changes nothing", "[purge]")
{
    test::TempDir dir;
    Scene s = makeScene(dir, kToday);
    Session &session = *s.session;
    REQUIRE(session.recordIrreversibly(edits::purgePersonalData(session.data(), {}, session.now(), false)).ok());
    CHECK(purge::preview(session.data()).nothing());
    CHECK(purge::goingLines(purge::preview(session.data())).isEmpty());
    const QStringList before = test::dumpRows(session);
    auto again = edits::purgePersonalData(session.data(), {}, session.now(), true);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("no personal data left")));
    CHECK(test::dumpRows(session) == before);
}

TEST_CASE("purge: before the retention date when the facilitator says so", "[purge]")
{
    test::TempDir dir;
    Scene s = makeScene(dir, QDate());
    Session &session = *s.session;
    REQUIRE(session.recordIrreversibly(edits::purgePersonalData(session.data(), {}, session.now(), true)).ok());
    CHECK(session.data().participants.find(s.zeb)->email.isEmpty());
    CHECK(session.data().auditEvents.rows().back().kind == QStringLiteral("purge"));
}
