// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demoworkshop.h"

#include "planning/placement.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <array>

namespace cg::io {

namespace {

// Every id is a name-based (version 5) UUID under this namespace, so the demo is byte-for-byte
// the same on every run and every machine, and tests can refer to its rows by id.
const QUuid kNamespace(0x6c1f2a4eu, 0x93b0, 0x4d57, 0x8e, 0x21, 0x5a, 0x0d, 0xc3, 0x77, 0x12, 0x9e);

QUuid demoId(const char *kind, int index)
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("%1/%2").arg(QLatin1String(kind)).arg(index));
}

const QDate kDay(2026, 3, 12);

QDateTime on(QDate day, int hour, int minute, int second = 0)
{
    return QDateTime(day, QTime(hour, minute, second), Qt::UTC);
}

template<class T> void stamp(T &row, const QDateTime &when)
{
    row.created = when;
    row.modified = when;
}

struct PersonSpec
{
    const char *name;
    Role role;
    const char *organisation;
    const char *email;
    const char *phone;
    std::initializer_list<AccessNeed> needs;
    const char *accessNotes;
    Attendance attendance;
    // One letter per consent scope in declaration order (take_part, be_named, be_quoted,
    // be_photographed, be_recorded, contact_later): y granted, n refused, - not recorded.
    const char *consent;
    const char *notes;
};

// The invite list. Names are fictional; a few carry apostrophes and accents on purpose, because
// real invite lists do and every output must survive them.
const std::array<PersonSpec, 25> kPeople { {
    { "Amira Haddad", Role::Facilitator, "Northfield Recovery College", "amira.haddad@example.org", "", {},
        "", Attendance::Arrived, "yyyyyy", "Lead facilitator." },
    { "Tom Whitfield", Role::Facilitator, "Northfield NHS Foundation Trust, Patient Involvement",
        "tom.whitfield@example.nhs.uk", "", {}, "", Attendance::Arrived, "yyyyyy", "Co-facilitator." },
    { "Siobhán O'Neill", Role::LivedExperience, "", "siobhan.oneill@example.com", "07700 900123",
        { AccessNeed::QuietRoom, AccessNeed::Breaks }, "Would like to sit near the door.",
        Attendance::Arrived, "yynyny", "" },
    { "Marcus Adebayo", Role::LivedExperience, "Voices Together peer network", "marcus.a@example.com", "", {},
        "", Attendance::Arrived, "ynnyyy", "" },
    { "Chloé Martin", Role::LivedExperience, "", "chloe.martin@example.com", "07700 900456",
        { AccessNeed::LargePrint }, "Large print agenda and prompts (18 pt).", Attendance::Left, "yyyyny",
        "Left after the break: childcare." },
    { "Grace Okafor", Role::PeerWorker, "Mind in Northfield", "g.okafor@example.org", "", {}, "",
        Attendance::Arrived, "yyyyyy", "" },
    { "Dafydd Pritchard", Role::Practitioner, "Community Mental Health Team (North)",
        "dafydd.pritchard@example.nhs.uk", "", {}, "", Attendance::Arrived, "yyyyyy",
        "Table facilitator for Table 3." },
    { "Priya Ramanathan", Role::Practitioner, "Northfield NHS Foundation Trust, Ward 4",
        "priya.ramanathan@example.nhs.uk", "", {}, "", Attendance::Arrived, "yyynyn", "Ward manager." },
    { "Zoë Fitzgerald", Role::Researcher, "University of Northfield", "z.fitzgerald@example.ac.uk", "", {},
        "", Attendance::Arrived, "yyyyyy", "" },
    { "Kwame Mensah", Role::Commissioner, "Northfield Integrated Care Board", "kwame.mensah@example.nhs.uk",
        "", {}, "", Attendance::Arrived, "yyynyy", "" },
    { "Hannah Kowalczyk", Role::Other, "", "hannah.k@example.com", "07700 900789", { AccessNeed::Dietary },
        "Vegetarian.", Attendance::Arrived, "ynyyny", "Carer for her son." },
    { "Rebecca Hughes", Role::LivedExperience, "", "rebecca.hughes@example.com", "",
        { AccessNeed::Bsl, AccessNeed::LargePrint },
        "BSL interpreter booked (two interpreters, 10:00 to 13:00).", Attendance::Arrived, "yyyyyy", "" },
    { "Fatima Begum", Role::LivedExperience, "", "fatima.begum@example.com", "07700 900234",
        { AccessNeed::StepFree, AccessNeed::Dietary }, "Uses a wheelchair. Halal lunch.", Attendance::Arrived,
        "ynnnny", "" },
    { "Gareth Llewellyn", Role::PeerWorker, "Hearing Voices Network Northfield", "gareth@example.org", "",
        { AccessNeed::HearingLoop }, "", Attendance::Arrived, "yyyyyy", "" },
    { "Niamh D'Arcy", Role::LivedExperience, "", "niamh.darcy@example.com", "", { AccessNeed::EasyRead },
        "Easy read information sheet sent in advance.", Attendance::Arrived, "yyyy-y", "" },
    { "Oluwaseun Bello", Role::Practitioner, "Northfield Council Adult Social Care", "o.bello@example.gov.uk",
        "", {}, "", Attendance::Arrived, "yyyyyy", "Social worker." },
    { "Margaret Thompson", Role::LivedExperience, "", "", "07700 900345",
        { AccessNeed::StepFree, AccessNeed::Breaks }, "Needs a chair with arms.", Attendance::Arrived,
        "ynyyny", "Prefers a phone call to email." },
    { "Ahmed Al-Sayed", Role::LivedExperience, "", "ahmed.alsayed@example.com", "", {}, "",
        Attendance::Arrived, "yyyyyy", "" },
    { "Ellie Brennan", Role::PeerWorker, "Northfield Recovery College", "ellie.brennan@example.org", "", {},
        "", Attendance::Arrived, "yyyyyy", "Table facilitator for Table 4." },
    { "Dr Sunita Kaur", Role::Researcher, "University of Northfield", "s.kaur@example.ac.uk", "", {}, "",
        Attendance::Arrived, "yyyyyy", "" },
    { "Joe Mulligan", Role::LivedExperience, "", "joe.mulligan@example.com", "", { AccessNeed::Breaks }, "",
        Attendance::NoShow, "------", "Sent apologies on the morning." },
    { "Renée Dubois", Role::Practitioner, "Northfield NHS Foundation Trust, Pharmacy",
        "renee.dubois@example.nhs.uk", "", {}, "", Attendance::Arrived, "yyyyyy",
        "Mental health pharmacist." },
    { "Callum McAllister", Role::LivedExperience, "", "callum.mca@example.com", "", {}, "",
        Attendance::Arrived, "------", "Arrived late; consent form not yet completed." },
    { "Yusuf Çelik", Role::LivedExperience, "", "yusuf.celik@example.com", "07700 900567",
        { AccessNeed::QuietRoom }, "", Attendance::Arrived, "ynnnnn", "" },
    { "Bethan Morgan", Role::Commissioner, "Northfield City Council, Public Health",
        "bethan.morgan@example.gov.uk", "", {}, "", Attendance::Arrived, "yyyyyn", "" },
} };

// Index into kPeople (0-based) by role in the day.
enum Person {
    Amira,
    Tom,
    Siobhan,
    Marcus,
    Chloe,
    Grace,
    Dafydd,
    Priya,
    Zoe,
    Kwame,
    Hannah,
    Rebecca,
    Fatima,
    Gareth,
    Niamh,
    Oluwaseun,
    Margaret,
    Ahmed,
    Ellie,
    Sunita,
    Joe,
    Renee,
    Callum,
    Yusuf,
    Bethan,
};

constexpr int kAnonymous = -1;
constexpr int kTableFacilitator = -2; // the board's table facilitator, as AuthorKind::Facilitator

struct NoteSpec
{
    const char *text;
    NoteColour colour;
    int author; // a Person, kAnonymous or kTableFacilitator
    int theme; // index into the board's themes, or -1
    bool verbatim = false;
    bool sensitive = false;
};

struct BoardSpec
{
    const char *title;
    const char *prompt;
    std::initializer_list<const char *> themes;
    std::initializer_list<NoteSpec> notes;
};

constexpr auto Y = NoteColour::Yellow;
constexpr auto B = NoteColour::Blue;
constexpr auto O = NoteColour::Orange;
constexpr auto G = NoteColour::Green;
constexpr auto P = NoteColour::Pink;
constexpr auto U = NoteColour::Purple;

const char kBreakoutPrompt[]
    = "Think about the last time you, or someone you support, left a mental health ward. "
      "What helped? What got in the way?";

const std::array<BoardSpec, 4> kBreakoutBoards { {
    { "Table 1: Leaving the ward", kBreakoutPrompt, { "Too little notice", "Nobody to call" },
        {
            { "Told at 10am I was going home that afternoon. No time to sort heating or food.", Y, Siobhan, 0,
                false, false },
            { "“They said I was ready. Nobody asked me if I felt ready.”", P, Marcus, 0, true, false },
            { "Discharge letter arrived two weeks after I got home", Y, Fatima, 0 },
            { "Weekend discharges happen because of bed pressure, not because people are ready", B, Priya,
                0 },
            { "The crisis number on the leaflet went to voicemail", Y, Yusuf, 1 },
            { "I didn't know who my care coordinator was for the first month", Y, Siobhan, 1 },
            { "A named person to ring in the first 72 hours", G, kTableFacilitator, 1 },
            { "Peer support worker visiting on day one made all the difference", G, Marcus, -1 },
            { "Bed managers and ward staff see discharge very differently", B, Kwame, -1 },
            { "Ask the family too, they pick up the pieces", O, kAnonymous, -1 },
            { "Transport home: I got a taxi voucher but no one to help carry my bags up four floors", Y,
                Fatima, -1 },
            { "Plan written in jargon, I couldn't follow it", Y, kAnonymous, -1 },
        } },
    { "Table 2: The first week at home", kBreakoutPrompt, { "Practical things", "Feeling alone" },
        {
            { "Benefits stopped while I was in hospital and took 6 weeks to restart", Y, Margaret, 0 },
            { "Fridge empty, electric meter on emergency credit", Y, Hannah, 0 },
            { "Housing officer didn't know I was coming home", O, Oluwaseun, 0 },
            { "“The silence in the flat was the worst part. On the ward there was always someone.”", P, Chloe,
                1, true, false },
            { "Go from 24-hour support to nothing overnight", Y, Grace, 1 },
            { "I had thoughts of ending it on the third night and didn't know who to tell", P, kAnonymous, 1,
                false, true },
            { "As a carer I was handed his medication with no explanation", O, Hannah, -1 },
            { "Community groups could meet people at the door", G, Grace, -1 },
            { "Check-in phone call on day 2 and day 5", G, kTableFacilitator, -1 },
            { "Social care assessment should start before discharge, not after", B, Oluwaseun, -1 },
        } },
    { "Table 3: Medication and follow-up", kBreakoutPrompt,
        { "Medication confusion", "Follow-up appointments" },
        {
            { "Sent home with 7 days of tablets, GP didn't have the new prescription", Y, Ahmed, 0 },
            { "Nobody explained the side effects of the new medication", Y, Rebecca, 0 },
            { "Pharmacist-led discharge conversation for every patient", B, Renee, 0 },
            { "\"I took the old and the new tablets together for a week because no one told me to stop.\"", P,
                Ahmed, 0, true, false },
            { "7-day follow-up is a target, but often it's a phone call that doesn't connect", B, Dafydd, 1 },
            { "Appointment letter came to my old address", Y, kAnonymous, 1 },
            { "BSL interpreter not booked for follow-up appointment", Y, Rebecca, 1 },
            { "Hearing voices group has a drop-in on Thursdays: tell people about it", G, Gareth, -1 },
            { "Research shows the first 2 weeks after discharge carry the highest risk", B, Sunita, -1 },
            { "One shared plan that the GP, pharmacy and CMHT can all see", G, kTableFacilitator, -1 },
            { "Easy read version of the medication sheet", G, Rebecca, -1 },
        } },
    { "Table 4: Getting help when things go wrong", kBreakoutPrompt, { "Crisis support", "Being believed" },
        {
            { "Crisis team said I wasn't unwell enough", Y, Niamh, 0 },
            { "Crisis café is open evenings but few people know", G, Bethan, 0 },
            { "A&E is the only place open at 3am", Y, Callum, 0 },
            { "“I had to get worse before anyone would listen.”", P, Niamh, 1, true, false },
            { "Staff read my notes, not me", Y, Callum, 1 },
            { "People with lived experience on the crisis line", G, kTableFacilitator, 1 },
            { "Commissioning needs data on readmissions within 30 days", B, Bethan, -1 },
            { "Evaluate the discharge pathway with people who've used it", B, Zoe, -1 },
            { "Text service for people who can't face a phone call", G, Niamh, -1 },
        } },
} };

const BoardSpec kPlenaryBoard { "What matters most: priorities",
    "You each have three dots. Put them on the changes that would make the biggest difference.", {},
    {
        { "At least 48 hours' notice of discharge, with a checklist", G, Amira, -1 },
        { "A named contact for the first 72 hours after discharge", G, Amira, -1 },
        { "Peer support visit on the day you get home", G, Tom, -1 },
        { "Pharmacist conversation before every discharge", G, Tom, -1 },
        { "Check benefits, housing and food before discharge", G, Amira, -1 },
        { "Plans in plain English or easy read, shared with the GP", G, Tom, -1 },
        { "Crisis line staffed partly by people with lived experience", G, Amira, -1 },
        { "Interpreters (incl. BSL) booked for every follow-up", G, Tom, -1 },
    } };

const BoardSpec kParkingLot { "Parking lot", "Questions and ideas for another day.", {},
    {
        { "Can we do a session on discharge from A&E (not a ward)?", Y, Zoe, -1 },
        { "What happens to people with no fixed address?", Y, kAnonymous, -1 },
        { "Invite the GP federation next time", O, Kwame, -1 },
    } };

struct AgendaSpec
{
    const char *title;
    AgendaKind kind;
    int minutes;
    const char *prompt;
    const char *instructions;
};

const std::array<AgendaSpec, 8> kAgenda { {
    { "Welcome, introductions and ground rules", AgendaKind::Plenary, 25, "What brought you here today?",
        "Round of names (and pronouns if people want). Agree ground rules together; put them on the wall." },
    { "Consent and how we'll use what you say", AgendaKind::Plenary, 10, "",
        "Go through the information sheet. Record consent choices; remind people they can change their "
        "mind." },
    { "Breakout: leaving hospital", AgendaKind::Breakout, 50, kBreakoutPrompt,
        "Four tables. Table facilitators capture notes; group notes into themes in the last 10 minutes." },
    { "Tea break", AgendaKind::Break, 15, "", "Quiet room is Room 2, upstairs (lift available)." },
    { "What we heard: tables report back", AgendaKind::Plenary, 30, "What was said at your table?",
        "Five minutes per table; facilitator writes the headline changes on the plenary board." },
    { "Dot vote: what matters most", AgendaKind::Plenary, 15, kPlenaryBoard.prompt,
        "Three dots each. Paper dots for anyone who prefers them; enter them afterwards." },
    { "Actions and next steps", AgendaKind::Plenary, 15, "Who will do what, by when?", "" },
    { "Feedback and close", AgendaKind::Feedback, 10, "What was best about today? What has changed for you?",
        "Feedback forms; payment forms; thank everyone." },
} };

// Lays a board's notes out in reading order on the placement grid. Unthemed notes come first;
// each theme then starts on a fresh row with an empty row above it, so that its frame (padding
// and label band, as edits::groupAsTheme draws it) never covers another note.
void layOutBoard(const BoardSpec &spec, const Board &board, int boardIndex, const QList<QUuid> &themeIds,
    const QUuid &tableFacilitator, const QDateTime &firstNoteAt, WorkshopData &data, int firstNoteIndex)
{
    using namespace placement;
    const double cellW = noteWidth + gap;
    const double cellH = noteHeight + gap;
    constexpr double pad = 16;
    constexpr double label = 44;

    // Ids follow the order the notes are listed in (so other rows can refer to them); the
    // table holds them in reading order, as they sit on the board.
    std::vector<int> order;
    const auto *notes = spec.notes.begin();
    const int count = int(spec.notes.size());
    for (int i = 0; i < count; ++i)
        if (notes[i].theme < 0)
            order.push_back(i);
    for (int t = 0; t < themeIds.size(); ++t)
        for (int i = 0; i < count; ++i)
            if (notes[i].theme == t)
                order.push_back(i);

    int row = 0;
    int col = 0;
    int currentTheme = -1;
    std::vector<QRectF> frames(std::size_t(themeIds.size()));
    for (int index : order) {
        const NoteSpec &ns = notes[index];
        if (ns.theme != currentTheme) {
            // A new theme: finish the current row and leave one empty for the frame's label.
            if (col > 0) {
                ++row;
                col = 0;
            }
            ++row;
            currentTheme = ns.theme;
        } else if (col == columns) {
            col = 0;
            ++row;
        }
        Note note;
        note.id = demoId("note", firstNoteIndex + index);
        note.boardId = board.id;
        note.text = QString::fromUtf8(ns.text);
        note.colour = ns.colour;
        if (ns.author == kAnonymous) {
            note.authorKind = AuthorKind::Anonymous;
        } else if (ns.author == kTableFacilitator) {
            note.authorKind = AuthorKind::Facilitator;
            note.authorId = tableFacilitator;
        } else {
            note.authorKind = AuthorKind::Participant;
            note.authorId = demoId("participant", ns.author);
        }
        note.x = margin + col * cellW;
        note.y = margin + row * cellH;
        note.width = noteWidth;
        note.height = noteHeight;
        note.verbatim = ns.verbatim;
        note.sensitive = ns.sensitive;
        if (ns.theme >= 0) {
            note.themeId = themeIds.at(ns.theme);
            QRectF &frame = frames[std::size_t(ns.theme)];
            frame = frame.isNull() ? note.rect() : frame.united(note.rect());
        }
        // Notes were written in the order they are listed, a minute or two apart.
        stamp(note, firstNoteAt.addSecs(qint64(index) * (97 + boardIndex * 7)));
        data.notes.insert(note);
        ++col;
    }
    // Theme frames exactly as groupAsTheme computes them around their notes.
    for (int t = 0; t < themeIds.size(); ++t) {
        Theme theme;
        theme.id = themeIds.at(t);
        theme.boardId = board.id;
        theme.name = QString::fromUtf8(spec.themes.begin()[t]);
        theme.colour = t % 2 == 0 ? NoteColour::Blue : NoteColour::Purple;
        const QRectF bounds = frames[std::size_t(t)];
        theme.x = bounds.x() - pad;
        theme.y = bounds.y() - pad - label;
        theme.width = bounds.width() + 2 * pad;
        theme.height = bounds.height() + 2 * pad + label;
        stamp(theme, firstNoteAt.addSecs(50 * 60 - 600 + 60 * t));
        data.themes.insert(theme);
    }
}

QByteArray flipchartPhoto()
{
    // A small stand-in for a photographed flipchart, drawn rather than shipped as a file so the
    // demo has no resource dependency. PNG encoding of the same pixels is deterministic.
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(QColor(250, 250, 245));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    const std::array<QColor, 4> colours { QColor(255, 221, 87), QColor(127, 191, 255), QColor(255, 170, 102),
        QColor(140, 214, 140) };
    for (int i = 0; i < 8; ++i) {
        painter.setBrush(colours[std::size_t(i % 4)]);
        painter.drawRect(10 + (i % 4) * 36, 14 + (i / 4) * 52, 30, 40);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

WorkshopData demoWorkshop()
{
    WorkshopData data;
    const QDateTime planned = on(QDate(2026, 2, 9), 14, 30);

    Workshop &w = data.workshop;
    w.id = demoId("workshop", 0);
    w.title = QStringLiteral("Improving mental health discharge — co-production workshop");
    w.date = kDay;
    w.startTime = QTime(10, 0);
    w.venue = QStringLiteral("St Luke's Community Centre, Main Hall, 14 Chapel Street, Northfield");
    w.purpose = QStringLiteral("To hear from people who have left a mental health ward, their carers and the "
                               "staff who support them about "
                               "what helps and what gets in the way, and to agree the changes that matter "
                               "most to the discharge pathway.");
    w.facilitators = { QStringLiteral("Amira Haddad"), QStringLiteral("Tom Whitfield") };
    w.infoSheetVersion = QStringLiteral("v2.1 (January 2026)");
    w.currency = QStringLiteral("GBP");
    w.defaultRateMinor = 2500;
    w.retentionDate = QDate(2027, 3, 31);
    w.created = planned;
    w.modified = on(kDay, 13, 5);

    // People, in invite-list order.
    for (int i = 0; i < int(kPeople.size()); ++i) {
        const PersonSpec &spec = kPeople[std::size_t(i)];
        Participant p;
        p.id = demoId("participant", i);
        p.displayName = QString::fromUtf8(spec.name);
        p.pseudonym = i == Margaret ? QStringLiteral("Robin") : QStringLiteral("Participant %1").arg(i + 1);
        p.role = spec.role;
        p.organisation = QString::fromUtf8(spec.organisation);
        p.email = QString::fromUtf8(spec.email);
        p.phone = QString::fromUtf8(spec.phone);
        p.accessNeeds = QList<AccessNeed>(spec.needs.begin(), spec.needs.end());
        std::sort(p.accessNeeds.begin(), p.accessNeeds.end());
        p.accessNotes = QString::fromUtf8(spec.accessNotes);
        p.attendance = spec.attendance;
        p.notes = QString::fromUtf8(spec.notes);
        stamp(p, on(QDate(2026, 2, 20), 11, 0, i));
        p.modified = p.attendance == Attendance::Invited ? p.created : on(kDay, 9, 40 + i % 15);
        data.participants.insert(p);
    }

    // Consent, recorded at check-in on the written form (two by voice with the BSL interpreter
    // and on the phone beforehand), plus one change of mind later in the morning.
    int consentCounter = 0;
    const auto scopes = enumValues<ConsentScope>();
    for (int i = 0; i < int(kPeople.size()); ++i) {
        const char *choices = kPeople[std::size_t(i)].consent;
        for (std::size_t s = 0; s < scopes.size(); ++s) {
            if (choices[s] == '-')
                continue;
            ConsentEvent e;
            e.id = demoId("consent", consentCounter++);
            e.participantId = demoId("participant", i);
            e.scope = scopes[s];
            e.decision = choices[s] == 'y' ? ConsentDecision::Granted : ConsentDecision::Refused;
            e.method = i == Rebecca || i == Margaret ? ConsentMethod::Verbal : ConsentMethod::WrittenForm;
            e.recordedBy = i == Amira ? QStringLiteral("Tom Whitfield") : QStringLiteral("Amira Haddad");
            e.recordedAt = on(kDay, 9, 35 + i / 2, int(s) * 5);
            e.infoSheetVersion = w.infoSheetVersion;
            stamp(e, e.recordedAt);
            data.consentEvents.insert(e);
        }
    }
    ConsentEvent changedMind;
    changedMind.id = demoId("consent", consentCounter++);
    changedMind.participantId = demoId("participant", Ahmed);
    changedMind.scope = ConsentScope::BeQuoted;
    changedMind.decision = ConsentDecision::Withdrawn;
    changedMind.method = ConsentMethod::Verbal;
    changedMind.recordedBy = QStringLiteral("Dafydd Pritchard");
    changedMind.recordedAt = on(kDay, 12, 41);
    changedMind.infoSheetVersion = w.infoSheetVersion;
    stamp(changedMind, changedMind.recordedAt);
    data.consentEvents.insert(changedMind);

    // Agenda.
    for (int i = 0; i < int(kAgenda.size()); ++i) {
        const AgendaSpec &spec = kAgenda[std::size_t(i)];
        AgendaItem item;
        item.id = demoId("agenda", i);
        item.title = QString::fromUtf8(spec.title);
        item.kind = spec.kind;
        item.plannedMinutes = spec.minutes;
        item.position = i;
        item.prompt = QString::fromUtf8(spec.prompt);
        item.instructions = QString::fromUtf8(spec.instructions);
        stamp(item, planned.addSecs(60 * (i + 1)));
        data.agendaItems.insert(item);
    }

    // Breakout groups.
    const std::array<std::pair<int, std::vector<int>>, 4> groupPeople { {
        { Amira, { Siobhan, Marcus, Priya, Kwame, Fatima, Yusuf } },
        { Tom, { Chloe, Grace, Oluwaseun, Hannah, Margaret } },
        { Dafydd, { Rebecca, Gareth, Renee, Ahmed, Sunita } },
        { Ellie, { Niamh, Zoe, Bethan, Callum } },
    } };
    const std::array<const char *, 4> locations { "Table 1, by the window", "Table 2, by the kitchen hatch",
        "Table 3, near the hearing loop", "Table 4, by the door" };
    for (int g = 0; g < 4; ++g) {
        Group group;
        group.id = demoId("group", g);
        group.name = QStringLiteral("Table %1").arg(g + 1);
        group.location = QString::fromUtf8(locations[std::size_t(g)]);
        group.facilitatorId = demoId("participant", groupPeople[std::size_t(g)].first);
        for (int member : groupPeople[std::size_t(g)].second)
            group.memberIds << demoId("participant", member);
        group.position = g;
        // What each table offers, so that allocation can seat people who need it there.
        group.stepFree = g != 1;
        group.hearingLoop = g == 2;
        group.quietSpace = g == 0;
        stamp(group, on(kDay, 9, 20, g));
        data.groups.insert(group);
    }

    // Boards, their notes and themes.
    const QUuid breakoutItem = demoId("agenda", 2);
    int noteCounter = 0;
    int themeCounter = 0;
    auto addBoard = [&](const BoardSpec &spec, int index, BoardKind kind, const QUuid &groupId,
                        const QUuid &agendaItemId, const QUuid &facilitator, const QDateTime &firstNoteAt) {
        Board board;
        board.id = demoId("board", index);
        board.title = QString::fromUtf8(spec.title);
        board.kind = kind;
        board.groupId = groupId;
        board.agendaItemId = agendaItemId;
        board.prompt = QString::fromUtf8(spec.prompt);
        board.position = index;
        stamp(board, on(kDay, 9, 25, index));
        data.boards.insert(board);
        QList<QUuid> themeIds;
        for (std::size_t t = 0; t < spec.themes.size(); ++t)
            themeIds << demoId("theme", themeCounter++);
        layOutBoard(spec, board, index, themeIds, facilitator, firstNoteAt, data, noteCounter);
        noteCounter += int(spec.notes.size());
    };
    for (int g = 0; g < 4; ++g)
        addBoard(kBreakoutBoards[std::size_t(g)], g, BoardKind::Breakout, demoId("group", g), breakoutItem,
            demoId("participant", groupPeople[std::size_t(g)].first), on(kDay, 10, 38 + g));
    addBoard(kPlenaryBoard, 4, BoardKind::Plenary, {}, demoId("agenda", 4), demoId("participant", Amira),
        on(kDay, 11, 50));
    addBoard(kParkingLot, 5, BoardKind::ParkingLot, {}, {}, demoId("participant", Amira), on(kDay, 10, 20));

    // Dot votes: three dots each on the plenary board (paper dots entered afterwards, anonymous),
    // and a few dots on breakout notes and themes.
    int voteCounter = 0;
    auto vote = [&](const QUuid &noteId, const QUuid &themeId, int person, int count, bool onPaper) {
        Vote v;
        v.id = demoId("vote", voteCounter);
        v.noteId = noteId;
        v.themeId = themeId;
        if (person >= 0)
            v.participantId = demoId("participant", person);
        v.count = count;
        v.onPaper = onPaper;
        stamp(v, on(kDay, 12, 15, 0).addSecs(17 * voteCounter));
        ++voteCounter;
        data.votes.insert(v);
    };
    // Plenary notes are the 4 breakout boards' notes (12 + 10 + 11 + 9 = 42) then 8 priorities.
    const int plenaryFirst = 42;
    const std::array<std::pair<int, std::array<int, 3>>, 16> plenaryDots { {
        { Siobhan, { 0, 1, 4 } },
        { Marcus, { 1, 2, 2 } },
        { Grace, { 2, 4, 6 } },
        { Priya, { 0, 0, 3 } },
        { Zoe, { 5, 6, 1 } },
        { Kwame, { 1, 3, 4 } },
        { Hannah, { 3, 4, 5 } },
        { Rebecca, { 7, 7, 5 } },
        { Fatima, { 0, 4, 4 } },
        { Gareth, { 6, 2, 1 } },
        { Niamh, { 6, 6, 5 } },
        { Oluwaseun, { 4, 0, 1 } },
        { Ahmed, { 3, 3, 0 } },
        { Sunita, { 1, 5, 6 } },
        { Renee, { 3, 5, 1 } },
        { Yusuf, { 1, 1, 6 } },
    } };
    for (const auto &[person, dots] : plenaryDots) {
        std::array<int, 8> perNote {};
        for (int d : dots)
            ++perNote[std::size_t(d)];
        for (int n = 0; n < 8; ++n)
            if (perNote[std::size_t(n)] > 0)
                vote(demoId("note", plenaryFirst + n), {}, person, perNote[std::size_t(n)], false);
    }
    vote(demoId("note", plenaryFirst + 0), {}, -1, 3, true); // Margaret and Bethan's paper dots
    vote(demoId("note", plenaryFirst + 1), {}, -1, 2, true);
    vote(demoId("note", plenaryFirst + 4), {}, -1, 1, true);
    vote({}, demoId("theme", 1), Siobhan, 1, false);
    vote({}, demoId("theme", 3), Grace, 2, false);
    vote({}, demoId("theme", 6), Niamh, 1, false);
    vote(demoId("note", 7), {}, Priya, 1, false);
    vote(demoId("note", 32), {}, Renee, 1, false);

    // Actions agreed in the last session.
    struct ActionSpec
    {
        const char *text;
        int owner;
        const char *ownerName;
        QDate due;
        ActionStatus status;
        int theme;
        std::initializer_list<int> notes;
    };
    const std::array<ActionSpec, 5> actions { {
        { "Draft a discharge checklist with 48 hours' notice as the standard, and test it with this group",
            Priya, "", QDate(2026, 4, 30), ActionStatus::InProgress, 0, { 0, 1, 42 } },
        { "Set up a named-contact phone line for the first 72 hours after discharge", Kwame, "",
            QDate(2026, 6, 30), ActionStatus::Open, 1, { 4, 6, 43 } },
        { "Pilot pharmacist discharge conversations on Ward 4", Renee, "", QDate(2026, 5, 15),
            ActionStatus::Open, 4, { 24, 45 } },
        { "Ask the ward to book BSL interpreters for follow-up appointments", -1, "Ward 4 admin team",
            QDate(2026, 3, 26), ActionStatus::Done, 5, { 28, 49 } },
        { "Write up and share back the findings with everyone who took part", Amira, "", QDate(2026, 4, 9),
            ActionStatus::InProgress, -1, {} },
    } };
    for (int i = 0; i < int(actions.size()); ++i) {
        const ActionSpec &spec = actions[std::size_t(i)];
        Action a;
        a.id = demoId("action", i);
        a.text = QString::fromUtf8(spec.text);
        if (spec.owner >= 0)
            a.ownerId = demoId("participant", spec.owner);
        a.ownerName = QString::fromUtf8(spec.ownerName);
        a.dueDate = spec.due;
        a.status = spec.status;
        if (spec.theme >= 0)
            a.themeId = demoId("theme", spec.theme);
        for (int n : spec.notes)
            a.noteIds << demoId("note", n);
        stamp(a, on(kDay, 12, 32 + i));
        data.actions.insert(a);
    }

    // One photo of a paper flipchart from Table 3, showing two people who agreed to photos.
    Attachment photo;
    photo.id = demoId("attachment", 0);
    photo.boardId = demoId("board", 2);
    photo.fileName = QStringLiteral("table-3-flipchart.png");
    photo.mimeType = QStringLiteral("image/png");
    photo.data = flipchartPhoto();
    photo.caption = QStringLiteral("Table 3's paper flipchart before it was typed up");
    photo.peopleShown = { demoId("participant", Gareth), demoId("participant", Sunita) };
    stamp(photo, on(kDay, 11, 31));
    data.attachments.insert(photo);

    // Feedback forms.
    const QString best = QStringLiteral("What were the best aspects of today?");
    const QString changed = QStringLiteral("What has changed for you?");
    const QString better = QStringLiteral("What could we do better next time?");
    const std::array<std::tuple<const QString *, const char *, int>, 12> feedback { {
        { &best, "Being listened to by people who can actually change things.", Siobhan },
        { &best, "The small tables. I'd never have spoken in the big group.", kAnonymous },
        { &best, "Having two BSL interpreters so they could swap.", Rebecca },
        { &best, "Hearing from carers, not just patients and staff.", Kwame },
        { &best, "Tea, biscuits and a quiet room when I needed it", Yusuf },
        { &changed, "I understand now why discharges get rushed, even if I don't agree with it.", Marcus },
        { &changed, "I'll ask for a pharmacist conversation before my son comes home next time.", Hannah },
        { &changed, "I feel less alone with it.", kAnonymous },
        { &changed, "As a ward manager I'll stop Friday afternoon discharges where we can.", Priya },
        { &better, "Start a bit later — 10am is hard with the buses.", Margaret },
        { &better, "Send the easy read sheet a week before, not two days.", Niamh },
        { &better, "More time for the dot vote.", kAnonymous },
    } };
    for (int i = 0; i < int(feedback.size()); ++i) {
        const auto &[question, answer, person] = feedback[std::size_t(i)];
        Feedback f;
        f.id = demoId("feedback", i);
        f.question = *question;
        f.answer = QString::fromUtf8(answer);
        if (person >= 0)
            f.participantId = demoId("participant", person);
        stamp(f, on(kDay, 12, 50, i * 7));
        data.feedback.insert(f);
    }

    // Payments at the workshop's rate of £25 an hour for people taking part as experts by
    // experience and carers; staff attend in work time and are not paid.
    struct PaymentSpec
    {
        int person;
        double session;
        double preparation;
        double travel;
        PaymentMethod method;
        bool benefits;
        const char *benefitsNote;
        int travelMinor;
        int carerMinor;
        PaymentStatus status;
    };
    const std::array<PaymentSpec, 13> payments { {
        { Siobhan, 3, 0.5, 0.5, PaymentMethod::BankTransfer, false, "", 640, 0, PaymentStatus::Paid },
        { Marcus, 3, 1, 0, PaymentMethod::BankTransfer, false, "", 0, 0, PaymentStatus::Paid },
        { Chloe, 1.5, 0.5, 0.5, PaymentMethod::Voucher, true,
            "Universal Credit: vouchers agreed with her work coach.", 480, 1500, PaymentStatus::Owed },
        { Hannah, 3, 0.5, 0, PaymentMethod::BankTransfer, false, "", 0, 2400, PaymentStatus::Owed },
        { Rebecca, 3, 0.5, 1, PaymentMethod::BankTransfer, false, "", 920, 0, PaymentStatus::Owed },
        { Fatima, 3, 0.5, 0.5, PaymentMethod::Cash, true,
            "Under the permitted earnings limit; checked with her.", 1200, 0, PaymentStatus::Paid },
        { Niamh, 3, 1, 0.5, PaymentMethod::Voucher, false, "", 350, 0, PaymentStatus::Owed },
        { Margaret, 3, 0, 0.5, PaymentMethod::Declined, false, "", 0, 0, PaymentStatus::Owed },
        { Ahmed, 3, 0.5, 0, PaymentMethod::BankTransfer, false, "", 0, 0, PaymentStatus::Owed },
        { Callum, 2.5, 0, 0.5, PaymentMethod::Cash, false, "", 410, 0, PaymentStatus::Owed },
        { Yusuf, 3, 0.5, 0.5, PaymentMethod::BankTransfer, true,
            "Receives PIP; amount noted for his records.", 0, 0, PaymentStatus::Owed },
        { Grace, 3, 1, 0, PaymentMethod::BankTransfer, false,
            "Peer worker attending as an expert by experience.", 0, 0, PaymentStatus::Owed },
        { Gareth, 3, 0.5, 0.5, PaymentMethod::BankTransfer, false, "", 560, 0, PaymentStatus::Owed },
    } };
    for (int i = 0; i < int(payments.size()); ++i) {
        const PaymentSpec &spec = payments[std::size_t(i)];
        Payment pay;
        pay.id = demoId("payment", i);
        pay.participantId = demoId("participant", spec.person);
        pay.hoursSession = spec.session;
        pay.hoursPreparation = spec.preparation;
        pay.hoursTravel = spec.travel;
        pay.rateMinor = w.defaultRateMinor;
        pay.method = spec.method;
        pay.mayAffectBenefits = spec.benefits;
        pay.benefitsNote = QString::fromUtf8(spec.benefitsNote);
        pay.expensesTravelMinor = spec.travelMinor;
        pay.expensesCarerMinor = spec.carerMinor;
        pay.status = spec.status;
        if (spec.status == PaymentStatus::Paid)
            pay.paidDate = QDate(2026, 3, 13);
        stamp(pay, on(kDay, 13, 0, i));
        if (pay.paidDate.isValid())
            pay.modified = on(QDate(2026, 3, 13), 10, 0, i);
        data.payments.insert(pay);
    }

    // The audit trail: the invite list import and the change of consent.
    AuditEvent imported;
    imported.id = demoId("audit", 0);
    imported.at = on(QDate(2026, 2, 20), 11, 0, 30);
    imported.kind = QStringLiteral("import");
    imported.summary = QStringLiteral("Imported 25 participants from the sign-up spreadsheet");
    imported.actor = QStringLiteral("Amira Haddad");
    stamp(imported, imported.at);
    data.auditEvents.insert(imported);
    AuditEvent consent;
    consent.id = demoId("audit", 1);
    consent.at = changedMind.recordedAt;
    consent.kind = QStringLiteral("consent");
    consent.summary = QStringLiteral("Participant 18 withdrew consent to be quoted (verbal)");
    consent.actor = changedMind.recordedBy;
    consent.participantId = changedMind.participantId;
    stamp(consent, consent.at);
    data.auditEvents.insert(consent);

    return data;
}

} // namespace cg::io
