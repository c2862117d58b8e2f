// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-up spreadsheets as they really come: Eventbrite, Google Forms and Microsoft Forms
// exports, their headers recognised, free-text access needs read into the set, role answers
// mapped, cancelled tickets left out, and the facilitator's own column choices.
#include "io/participantcsv.h"
#include "io/signupcolumns.h"
#include "planning/accessneeds.h"
#include "session/session.h"
#include "testsupport.h"

#include <QSettings>

using namespace cg;
using namespace cg::io;

namespace {

const Participant *byName(const std::vector<Participant> &people, const QString &name)
{
    for (const Participant &p : people)
        if (p.displayName == name)
            return &p;
    return nullptr;
}

ParticipantCsv parseFixture(const char *name, const ParticipantCsvOptions &options = {})
{
    const QByteArray bytes = test::readAll(test::dataPath(QStringLiteral("signups/%1").arg(QLatin1String(name))));
    REQUIRE_FALSE(bytes.isEmpty());
    return parseParticipantsCsv(bytes, WorkshopData{}, options);
}

QString useOf(const ColumnMapping &m, const char *header)
{
    const qsizetype i = m.headers.indexOf(QString::fromUtf8(header));
    REQUIRE(i >= 0);
    return columnUseKey(m.uses[std::size_t(i)]);
}

using Needs = QList<AccessNeed>;

} // namespace

TEST_CASE("sign-ups: free-text access needs are recognised", "[io][signups]")
{
    CHECK(recogniseAccessNeeds(u"BSL interpreter please") == Needs{ AccessNeed::Bsl });
    CHECK(recogniseAccessNeeds(u"Hearing loop please") == Needs{ AccessNeed::HearingLoop });
    CHECK(recogniseAccessNeeds(u"I use a wheelchair") == Needs{ AccessNeed::StepFree });
    CHECK(recogniseAccessNeeds(u"Step-free access (I use a walking frame)") == Needs{ AccessNeed::StepFree });
    CHECK(recogniseAccessNeeds(u"Large print handouts and regular breaks")
        == (Needs{ AccessNeed::LargePrint, AccessNeed::Breaks }));
    CHECK(recogniseAccessNeeds(u"Easy-read info") == Needs{ AccessNeed::EasyRead });
    CHECK(recogniseAccessNeeds(u"A quiet space to take breaks") == (Needs{ AccessNeed::QuietRoom, AccessNeed::Breaks }));
    CHECK(recogniseAccessNeeds(u"Vegetarian, nut allergy") == Needs{ AccessNeed::Dietary });
    CHECK(recogniseAccessNeeds(u"HALAL") == Needs{ AccessNeed::Dietary });
    CHECK(recogniseAccessNeeds(u"British Sign Language, and I'd need the hearing loop")
        == (Needs{ AccessNeed::Bsl, AccessNeed::HearingLoop }));
    // Not a need.
    CHECK(recogniseAccessNeeds(u"I don't need a hearing loop").isEmpty());
    CHECK(recogniseAccessNeeds(u"No wheelchair access needed").isEmpty());
    CHECK(recogniseAccessNeeds(u"I'd like to sit near the door").isEmpty());
    // "No stairs" is one; a "no" ends with its clause.
    CHECK(recogniseAccessNeeds(u"No stairs please") == Needs{ AccessNeed::StepFree });
    CHECK(recogniseAccessNeeds(u"Not vegetarian. Hearing loop please") == Needs{ AccessNeed::HearingLoop });
    CHECK(saysNoAccessNeeds(u"None"));
    CHECK(saysNoAccessNeeds(u"N/A"));
    CHECK(saysNoAccessNeeds(u"No, thank you."));
    CHECK(saysNoAccessNeeds(u"-"));
    CHECK_FALSE(saysNoAccessNeeds(u"No stairs please"));
}

TEST_CASE("sign-ups: role answers map sensibly", "[io][signups]")
{
    auto role = [](const char *answer) { return roleFromAnswer(QString::fromUtf8(answer)); };
    CHECK(role("Lived Experience").role == Role::LivedExperience);
    CHECK(role("Lived Experience").exact);
    CHECK(role("Patient / service user").role == Role::LivedExperience);
    CHECK_FALSE(role("Patient / service user").exact);
    CHECK(role("Carer").role == Role::LivedExperience);
    CHECK(role("Expert by experience").role == Role::LivedExperience);
    CHECK(role("Peer support worker").role == Role::PeerWorker);
    CHECK(role("Support worker").role == Role::Practitioner);
    CHECK(role("NHS staff").role == Role::Practitioner);
    CHECK(role("Health or care professional").role == Role::Practitioner);
    CHECK(role("Researcher / academic").role == Role::Researcher);
    CHECK(role("Commissioner").role == Role::Commissioner);
    const RoleAnswer admission = role("General Admission");
    CHECK(admission.role == Role::Other);
    CHECK(admission.recognised);
    const RoleAnswer wizard = role("Wizard");
    CHECK(wizard.role == Role::Other);
    CHECK_FALSE(wizard.recognised);
}

TEST_CASE("sign-ups: ticket and attendance answers", "[io][signups]")
{
    auto answer = [](const char *text) { return attendanceFromAnswer(QString::fromUtf8(text)); };
    CHECK(answer("Attending").attendance == Attendance::Confirmed);
    CHECK(answer("Checked In").attendance == Attendance::Arrived);
    CHECK(answer("Not Attending").cancelled);
    CHECK(answer("Cancelled").cancelled);
    CHECK(answer("Refunded").cancelled);
    CHECK(answer("no-show").attendance == Attendance::NoShow);
    CHECK(answer("stepped out").attendance == Attendance::SteppedOut);
    CHECK(answer("Waitlist").attendance == Attendance::Invited);
    CHECK_FALSE(answer("purple").attendance.has_value());
    CHECK_FALSE(answer("purple").cancelled);
}

TEST_CASE("sign-ups: an Eventbrite export imports with names, needs and roles", "[io][signups]")
{
    const ParticipantCsv parsed = parseFixture("eventbrite-attendees.csv");
    INFO(parsed.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(parsed.ok());
    CHECK(useOf(parsed.columns, "First Name") == QStringLiteral("first_name"));
    CHECK(useOf(parsed.columns, "Last Name") == QStringLiteral("last_name"));
    CHECK(useOf(parsed.columns, "Ticket Type") == QStringLiteral("role"));
    CHECK(useOf(parsed.columns, "Attendee Status") == QStringLiteral("attendance"));
    CHECK(useOf(parsed.columns, "Cell Phone") == QStringLiteral("phone"));
    CHECK(useOf(parsed.columns, "Company") == QStringLiteral("organisation"));
    CHECK(useOf(parsed.columns, "Do you have any accessibility requirements?") == QStringLiteral("access_notes"));
    CHECK(useOf(parsed.columns, "Dietary requirements") == QStringLiteral("access_notes"));
    CHECK(useOf(parsed.columns, "Order #") == QStringLiteral("ignore"));

    CHECK(parsed.participants.size() == 7); // eight tickets, one cancelled
    CHECK(parsed.cancelled == 1);
    const QString warnings = parsed.warnings.join(QLatin1Char('\n'));
    CHECK(warnings.contains(QStringLiteral("line 7: Dafydd Pritchard's ticket is cancelled (“Not Attending”)")));
    CHECK(warnings.contains(QStringLiteral("the column “How did you hear about this event?” is not one")));
    CHECK_FALSE(warnings.contains(QStringLiteral("Order #"))); // bookkeeping columns go quietly
    REQUIRE(parsed.rows.size() == 8);
    CHECK(parsed.rows[5].status == ParticipantCsv::Row::Status::Skipped);

    const Participant *sian = byName(parsed.participants, QStringLiteral("Siân Williams"));
    REQUIRE(sian);
    CHECK(sian->accessNeeds == Needs{ AccessNeed::Bsl });
    CHECK(sian->accessNotes == QStringLiteral("BSL interpreter please"));
    CHECK(sian->role == Role::LivedExperience);
    CHECK(sian->notes == QStringLiteral("Signed up as: Patient / service user"));
    CHECK(sian->phone == QStringLiteral("07700 900111"));
    CHECK(sian->attendance == Attendance::Confirmed);

    const Participant *gareth = byName(parsed.participants, QStringLiteral("Gareth O'Brien"));
    REQUIRE(gareth);
    CHECK(gareth->accessNeeds == (Needs{ AccessNeed::HearingLoop, AccessNeed::Dietary }));
    CHECK(gareth->accessNotes == QStringLiteral("Hearing loop please\nVegetarian"));
    CHECK(gareth->role == Role::LivedExperience);

    const Participant *fatima = byName(parsed.participants, QStringLiteral("Fatima Begum"));
    REQUIRE(fatima);
    CHECK(fatima->accessNeeds == (Needs{ AccessNeed::StepFree, AccessNeed::Dietary }));
    CHECK(fatima->attendance == Attendance::Arrived);

    const Participant *tom = byName(parsed.participants, QStringLiteral("Tom \"Tommy\" Nguyen"));
    REQUIRE(tom);
    CHECK(tom->accessNeeds.isEmpty());
    CHECK(tom->accessNotes.isEmpty()); // "None" is no need, and no note
    CHECK(tom->organisation == QStringLiteral("Northfield NHS Trust, Ward 4"));
    CHECK(tom->role == Role::Practitioner);

    const Participant *priya = byName(parsed.participants, QStringLiteral("Priya 🌈 Shah"));
    REQUIRE(priya);
    CHECK(priya->role == Role::PeerWorker);
    CHECK(priya->accessNeeds == (Needs{ AccessNeed::LargePrint, AccessNeed::Breaks, AccessNeed::Dietary }));

    const Participant *chloe = byName(parsed.participants, QStringLiteral("Chloë Martin"));
    REQUIRE(chloe);
    CHECK(chloe->role == Role::Other);
    CHECK(chloe->notes == QStringLiteral("Signed up as: General Admission"));
    CHECK(chloe->accessNotes == QStringLiteral("I'd like to sit near the door"));
    CHECK(warnings.contains(QStringLiteral("line 8: “I'd like to sit near the door” matched none")));

    CHECK(byName(parsed.participants, QStringLiteral("Dafydd Pritchard")) == nullptr);
}

TEST_CASE("sign-ups: a cancelled ticket can be kept as a no-show instead", "[io][signups]")
{
    ParticipantCsvOptions options;
    options.keepCancelled = true;
    const ParticipantCsv parsed = parseFixture("eventbrite-attendees.csv", options);
    REQUIRE(parsed.ok());
    CHECK(parsed.participants.size() == 8);
    const Participant *dafydd = byName(parsed.participants, QStringLiteral("Dafydd Pritchard"));
    REQUIRE(dafydd);
    CHECK(dafydd->attendance == Attendance::NoShow);
    CHECK(dafydd->notes.contains(QStringLiteral("Ticket cancelled (Not Attending).")));
}

TEST_CASE("sign-ups: a Google Forms export keeps email and phone", "[io][signups]")
{
    const ParticipantCsv parsed = parseFixture("google-forms.csv");
    INFO(parsed.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(parsed.ok());
    CHECK(useOf(parsed.columns, "Timestamp") == QStringLiteral("ignore"));
    CHECK(useOf(parsed.columns, "Email Address") == QStringLiteral("email"));
    CHECK(useOf(parsed.columns, "Full name") == QStringLiteral("name"));
    CHECK(useOf(parsed.columns, "I am attending as") == QStringLiteral("role"));
    CHECK(useOf(parsed.columns, "Do you have any access needs?") == QStringLiteral("access_notes"));
    CHECK(useOf(parsed.columns, "Anything else we should know?") == QStringLiteral("notes"));
    CHECK(parsed.warnings.filter(QStringLiteral("line 1:")).isEmpty()); // every column understood
    REQUIRE(parsed.participants.size() == 7);

    const Participant *siobhan = byName(parsed.participants, QStringLiteral("Siobhán O'Neill"));
    REQUIRE(siobhan);
    CHECK(siobhan->email == QStringLiteral("siobhan.oneill@example.com"));
    CHECK(siobhan->phone == QStringLiteral("07700 900123"));
    CHECK(siobhan->accessNeeds == (Needs{ AccessNeed::QuietRoom, AccessNeed::Breaks }));
    CHECK(siobhan->notes == QStringLiteral("I may need to leave early"));
    CHECK(siobhan->role == Role::LivedExperience);

    const Participant *zee = byName(parsed.participants, QStringLiteral("Zoë \"Zee\" Clarke"));
    REQUIRE(zee);
    CHECK(zee->role == Role::LivedExperience);
    CHECK(zee->notes == QStringLiteral("Signed up as: Carer"));
    CHECK(zee->accessNeeds == Needs{ AccessNeed::LargePrint });

    const Participant *rebecca = byName(parsed.participants, QStringLiteral("Rebecca Hughes"));
    REQUIRE(rebecca);
    CHECK(rebecca->accessNeeds == Needs{ AccessNeed::Bsl });
    const Participant *sam = byName(parsed.participants, QStringLiteral("Sam 🧠 Lee"));
    REQUIRE(sam);
    CHECK(sam->accessNeeds.isEmpty());
    CHECK(sam->accessNotes.isEmpty());
}

TEST_CASE("sign-ups: Microsoft Forms' anonymous account columns lose to the questions", "[io][signups]")
{
    const ParticipantCsv parsed = parseFixture("microsoft-forms.csv");
    INFO(parsed.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(parsed.ok());
    CHECK(useOf(parsed.columns, "Name") == QStringLiteral("ignore"));
    CHECK(useOf(parsed.columns, "Your name") == QStringLiteral("name"));
    CHECK(useOf(parsed.columns, "Email") == QStringLiteral("ignore"));
    CHECK(useOf(parsed.columns, "Your email address") == QStringLiteral("email"));
    CHECK(parsed.warnings.join(QLatin1Char('\n'))
              .contains(QStringLiteral("the columns “Name” and “Your name” both look like name; “Your name” was used.")));
    REQUIRE(parsed.participants.size() == 3);
    const Participant *niamh = byName(parsed.participants, QStringLiteral("Niamh D'Arcy"));
    REQUIRE(niamh);
    CHECK(niamh->email == QStringLiteral("niamh.darcy@example.com"));
    CHECK(niamh->accessNeeds == Needs{ AccessNeed::EasyRead });
    CHECK(niamh->role == Role::LivedExperience);
    const Participant *renee = byName(parsed.participants, QStringLiteral("Renée Dubois"));
    REQUIRE(renee);
    CHECK(renee->role == Role::Practitioner);
}

TEST_CASE("sign-ups: our own format still imports as it did, with an attendance column", "[io][signups]")
{
    const QByteArray csv = "name,pseudonym,role,organisation,email,phone,access_needs,attendance,take_part\n"
                           "Asha,Robin,peer worker,Mind,asha@example.org,0123,bsl;step_free,confirmed,yes\n"
                           "Bo,,lived experience,,,,,no-show,\n"
                           "Cy,,other,,,,,stepped out,\n"
                           "Di,,other,,,,,,\n";
    const ParticipantCsv parsed = parseParticipantsCsv(csv, WorkshopData{});
    INFO(parsed.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed.warnings.isEmpty());
    REQUIRE(parsed.participants.size() == 4);
    const Participant &asha = parsed.participants[0];
    CHECK(asha.pseudonym == QStringLiteral("Robin"));
    CHECK(asha.role == Role::PeerWorker);
    CHECK(asha.notes.isEmpty()); // an exact role adds nothing to the notes
    CHECK(asha.accessNeeds == (Needs{ AccessNeed::Bsl, AccessNeed::StepFree }));
    CHECK(asha.accessNotes.isEmpty());
    CHECK(asha.attendance == Attendance::Confirmed);
    CHECK(parsed.participants[1].attendance == Attendance::NoShow);
    CHECK(parsed.participants[2].attendance == Attendance::SteppedOut);
    CHECK(parsed.participants[3].attendance == Attendance::Invited);
    CHECK(parsed.consentEvents.size() == 1);
}

TEST_CASE("sign-ups: the people export reads back in", "[io][signups]")
{
    const QByteArray csv = "\xEF\xBB\xBFname,pseudonym,role,organisation,access_needs,access_notes,attendance,"
                           "consent_take_part,notes\r\n"
                           "Ann,Participant 1,practitioner,Ward 4,quiet_room,Near the door,arrived,granted,Lead\r\n";
    const ParticipantCsv parsed = parseParticipantsCsv(csv, WorkshopData{});
    REQUIRE(parsed.ok());
    REQUIRE(parsed.participants.size() == 1);
    const Participant &ann = parsed.participants.front();
    CHECK(ann.accessNeeds == Needs{ AccessNeed::QuietRoom });
    CHECK(ann.accessNotes == QStringLiteral("Near the door"));
    CHECK(ann.attendance == Attendance::Arrived);
    CHECK(ann.notes == QStringLiteral("Lead"));
}

TEST_CASE("sign-ups: the facilitator's column choices", "[io][signups]")
{
    const QByteArray csv = "Who,Tel,Access\nAsha,0123,hearing loop please\nBo,0456,\n";
    const ParticipantCsv guessed = parseParticipantsCsv(csv, WorkshopData{});
    REQUIRE_FALSE(guessed.ok()); // "Who" is not recognised: no names
    CHECK(guessed.errors.first().startsWith(QStringLiteral("line 1: there is no “name” column")));

    auto chosen = withChoices(guessed.columns, { QStringLiteral("who=name"), QStringLiteral("ACCESS=access notes") });
    INFO(chosen.message().toStdString());
    REQUIRE(chosen.ok());
    ParticipantCsvOptions options;
    options.columns = chosen->uses;
    const ParticipantCsv parsed = parseParticipantsCsv(csv, WorkshopData{}, options);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.participants.size() == 2);
    CHECK(parsed.participants[0].displayName == QStringLiteral("Asha"));
    CHECK(parsed.participants[0].phone == QStringLiteral("0123"));
    CHECK(parsed.participants[0].accessNeeds == Needs{ AccessNeed::HearingLoop });

    auto noColumn = withChoices(guessed.columns, { QStringLiteral("Surname=last_name") });
    REQUIRE_FALSE(noColumn.ok());
    CHECK(noColumn.message().contains(QStringLiteral("“Who”, “Tel”, “Access”")));
    auto noField = withChoices(guessed.columns, { QStringLiteral("Who=shoe_size") });
    REQUIRE_FALSE(noField.ok());
    CHECK(noField.message().contains(QStringLiteral("first_name")));
    CHECK_FALSE(withChoices(guessed.columns, { QStringLiteral("Who") }).ok());
    // Two columns for one field is for the facilitator to settle.
    auto twice = withChoices(guessed.columns, { QStringLiteral("Who=name"), QStringLiteral("Tel=name") });
    REQUIRE(twice.ok());
    CHECK_FALSE(twice->errors.isEmpty());
}

TEST_CASE("sign-ups: a mapping is remembered for the same header", "[io][signups]")
{
    test::TempDir dir;
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SignupMappingMemory memory(&settings);
    const QStringList headers{ QStringLiteral("Who"), QStringLiteral("Tel") };
    CHECK_FALSE(memory.recall(headers).has_value());
    memory.remember(headers, { ColumnUse{ SignupField::Name }, ColumnUse{ SignupField::Phone } });
    const auto recalled = memory.recall({ QStringLiteral(" who "), QStringLiteral("TEL") });
    REQUIRE(recalled.has_value());
    CHECK(columnUseKey((*recalled)[0]) == QStringLiteral("name"));
    CHECK(columnUseKey((*recalled)[1]) == QStringLiteral("phone"));
    CHECK_FALSE(memory.recall({ QStringLiteral("Who"), QStringLiteral("Tel"), QStringLiteral("More") }).has_value());
    SignupMappingMemory nowhere(nullptr);
    CHECK_FALSE(nowhere.recall(headers).has_value());
}

TEST_CASE("sign-ups: rows without a usable name and oversized input are reported", "[io][signups]")
{
    SECTION("no name, with its line; empty rows are skipped")
    {
        const QByteArray csv = "First Name,Last Name,Email\nAsha,Khan,a@example.org\n,,b@example.org\n,,\n";
        const ParticipantCsv parsed = parseParticipantsCsv(csv, WorkshopData{});
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors.first().startsWith(QStringLiteral("line 3: the name is empty")));
        REQUIRE(parsed.rows.size() == 3);
        CHECK(parsed.rows[1].status == ParticipantCsv::Row::Status::Error);
        CHECK(parsed.rows[2].status == ParticipantCsv::Row::Status::Skipped);
    }
    SECTION("a huge field")
    {
        const QByteArray csv = "name,notes\nAsha," + QByteArray(maxFieldLength + 1, 'x') + "\n";
        const ParticipantCsv parsed = parseParticipantsCsv(csv, WorkshopData{});
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors.first().contains(QStringLiteral("at most 4000 fit")));
    }
    SECTION("a name that is a paragraph")
    {
        const QByteArray csv = "name\n" + QByteArray(maxNameLength + 1, 'y') + "\n";
        const ParticipantCsv parsed = parseParticipantsCsv(csv, WorkshopData{});
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors.first().contains(QStringLiteral("the name is 201 characters long")));
    }
    SECTION("too many rows")
    {
        QByteArray csv = "name\n";
        for (int i = 0; i <= maxCsvRows; ++i)
            csv += "p" + QByteArray::number(i) + "\n";
        const ParticipantCsv parsed = parseParticipantsCsv(csv, WorkshopData{});
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors.first().contains(QStringLiteral("at most 10000 people")));
    }
    SECTION("a file far too big to be a sign-up list")
    {
        const ParticipantCsv parsed = parseParticipantsCsv(QByteArray(maxCsvBytes + 1, 'z'), WorkshopData{});
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors.first().contains(QStringLiteral("at most 20 MB")));
    }
}

TEST_CASE("sign-ups: importing an Eventbrite export counts the BSL interpreter it needs", "[io][signups]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QByteArray bytes = test::readAll(test::dataPath(QStringLiteral("signups/eventbrite-attendees.csv")));
    auto imported = importParticipantsCsv(*session, bytes, QStringLiteral("eventbrite-attendees.csv"));
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->participants == 7);
    const AccessNeedsSummary summary = summariseAccessNeeds(session->data(), Audience::Public);
    CHECK(summary.count(AccessNeed::Bsl) == 1);
    CHECK(summary.count(AccessNeed::HearingLoop) == 1);
    CHECK(summary.count(AccessNeed::StepFree) == 1);
    CHECK(summary.count(AccessNeed::Dietary) == 3);
}
