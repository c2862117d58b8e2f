// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include "commands/withdrawal.h"
#include "io/jsonarchive.h"
#include "session/session.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>

namespace cg::test {

namespace {

QUuid id(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 22), QTime(9, 0).addSecs(minute * 60), Qt::UTC);
}

template<class T>
T stamped(T row, int n, int minute)
{
    row.id = id(n);
    row.created = at(minute);
    row.modified = at(minute);
    return row;
}

QByteArray png(const QColor &colour)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

WorkshopData makeReportFixture(const TempDir &dir)
{
    WorkshopData d;
    d.workshop = stamped(Workshop {}, 1, 0);
    d.workshop.title = QStringLiteral("Waiting well: <care> & \"community\"");
    d.workshop.date = QDate(2026, 11, 22);
    d.workshop.venue = QStringLiteral("St Mary's Hall, Leeds");
    d.workshop.purpose = QStringLiteral("To hear what waiting for care is like, and what would help.");
    d.workshop.facilitators = { QStringLiteral("Priya Shah") };
    d.workshop.infoSheetVersion = QStringLiteral("v2");

    // People. Pseudonyms are birds, so that a leaked pseudonym is unmistakable.
    auto person = [&](int n, const QString &name, const QString &pseudonym) {
        Participant p = stamped(Participant {}, n, 1);
        p.displayName = name;
        p.pseudonym = pseudonym;
        p.role = Role::LivedExperience;
        p.attendance = Attendance::Arrived;
        d.participants.insert(p);
        return p.id;
    };
    const QUuid amira = person(10, QStringLiteral("Amira Haddad"), QStringLiteral("Lark"));
    const QUuid ben = person(11, QStringLiteral("Ben Okafor"), QStringLiteral("Robin"));
    const QUuid carol = person(12, QStringLiteral("Carol Rhodes"), QStringLiteral("Sparrow"));
    const QUuid dev = person(13, QStringLiteral("Dev Patel"), QStringLiteral("Kestrel"));
    const QUuid eve = person(14, QStringLiteral("Eve Marsh"), QStringLiteral("Heron"));
    const QUuid farid = person(15, QStringLiteral("Farid Nasser"), QStringLiteral("Wren"));
    const QUuid gita = person(16, QStringLiteral("Gita Rao"), QStringLiteral("Swift"));
    const QUuid zoe = person(17, QStringLiteral("Zoë <script>alert(\"x\")</script> & 'Q'"), QStringLiteral("Finch"));
    auto contact = [&](const QUuid &who, const QString &email, const QString &phone, const QString &notes) {
        Participant p = *d.participants.find(who);
        p.organisation = QStringLiteral("Leeds Carers");
        p.email = email;
        p.phone = phone;
        p.accessNeeds = { AccessNeed::Bsl, AccessNeed::StepFree };
        p.accessNotes = notes;
        d.participants.update(p);
    };
    contact(amira, QStringLiteral("amira@example.org"), QStringLiteral("07700 900101"), QStringLiteral("AccessNoteAmira"));
    contact(carol, QStringLiteral("carol@example.org"), QStringLiteral("07700 900102"), QStringLiteral("AccessNoteCarol"));
    contact(ben, QStringLiteral("ben@example.org"), QStringLiteral("07700 900103"), QStringLiteral("AccessNoteBen"));

    int next = 100;
    auto consent = [&](const QUuid &who, ConsentScope scope, ConsentDecision decision) {
        ConsentEvent e = stamped(ConsentEvent {}, next++, 2);
        e.participantId = who;
        e.scope = scope;
        e.decision = decision;
        e.recordedBy = QStringLiteral("Priya Shah");
        e.recordedAt = at(2);
        e.infoSheetVersion = QStringLiteral("v2");
        d.consentEvents.insert(e);
    };
    using S = ConsentScope;
    constexpr auto Yes = ConsentDecision::Granted;
    constexpr auto No = ConsentDecision::Refused;
    for (S s : { S::TakePart, S::BeNamed, S::BeQuoted, S::BePhotographed })
        consent(amira, s, Yes);
    consent(ben, S::TakePart, Yes);
    consent(ben, S::BeNamed, No);
    consent(ben, S::BeQuoted, No);
    consent(ben, S::BePhotographed, No);
    consent(carol, S::TakePart, No);
    for (S s : { S::TakePart, S::BeNamed, S::BeQuoted })
        consent(dev, s, Yes);
    for (S s : { S::TakePart, S::BeNamed, S::BeQuoted })
        consent(eve, s, Yes);
    // Farid: nothing recorded.
    consent(gita, S::TakePart, Yes);
    consent(gita, S::BeNamed, Yes);
    consent(gita, S::BeQuoted, No);
    consent(zoe, S::TakePart, Yes);
    consent(zoe, S::BeNamed, Yes);
    consent(zoe, S::BeQuoted, Yes);

    // The agenda, two items run and one not.
    auto item = [&](int n, const QString &title, AgendaKind kind, int minutes, int position, int start, int end) {
        AgendaItem a = stamped(AgendaItem {}, n, 3);
        a.title = title;
        a.kind = kind;
        a.plannedMinutes = minutes;
        a.position = position;
        if (start >= 0)
            a.actualStart = at(60 + start);
        if (end >= 0)
            a.actualEnd = at(60 + end);
        d.agendaItems.insert(a);
    };
    item(200, QStringLiteral("Welcome & ground rules"), AgendaKind::Plenary, 15, 0, 0, 20);
    item(201, QStringLiteral("Tables: what waiting is like"), AgendaKind::Breakout, 45, 1, 20, 70);
    item(202, QStringLiteral("What happens next"), AgendaKind::Feedback, 20, 2, -1, -1);

    Group table = stamped(Group {}, 300, 3);
    table.name = QStringLiteral("Table A");
    table.location = QStringLiteral("By the window");
    table.position = 1;
    d.groups.insert(table);

    auto board = [&](int n, const QString &title, const QString &prompt, int position, const QUuid &group) {
        Board b = stamped(Board {}, n, 4);
        b.title = title;
        b.prompt = prompt;
        b.position = position;
        b.groupId = group;
        d.boards.insert(b);
        return b.id;
    };
    const QUuid waiting = board(400, QStringLiteral("Waiting"), QStringLiteral("What is waiting for care like?"), 1, table.id);
    const QUuid help = board(401, QStringLiteral("What would help"), QStringLiteral("What would make waiting better?"), 2, {});

    auto theme = [&](int n, const QUuid &boardId, const QString &name) {
        Theme t = stamped(Theme {}, n, 5);
        t.boardId = boardId;
        t.name = name;
        d.themes.insert(t);
        return t.id;
    };
    const QUuid times = theme(500, waiting, QStringLiteral("Waiting times"));
    const QUuid contactTheme = theme(501, waiting, QStringLiteral("Being kept informed"));
    const QUuid across = theme(502, {}, QStringLiteral("Across the day"));
    // A theme whose only note is withheld: its name must not appear either.
    const QUuid lonely = theme(503, help, QStringLiteral("ThemeOnlyWithheld"));

    int minute = 70;
    auto note = [&](int n, const QUuid &boardId, const QString &text, AuthorKind kind, const QUuid &author,
                    const QUuid &themeId, bool verbatim = false, bool sensitive = false, bool released = false) {
        Note x = stamped(Note {}, n, minute++);
        x.boardId = boardId;
        x.text = text;
        x.authorKind = kind;
        x.authorId = author;
        x.themeId = themeId;
        x.verbatim = verbatim;
        x.sensitive = sensitive;
        x.released = released;
        x.x = 40 + (n % 4) * 200;
        x.y = 40 + ((n / 4) % 4) * 140;
        d.notes.insert(x);
        return x.id;
    };
    using A = AuthorKind;
    const QUuid n1 = note(600, waiting, QStringLiteral("AmiraPlainNote about six weeks"), A::Participant, amira, times);
    note(601, waiting, QStringLiteral("AmiraQuoteAgreed: nobody rang me back"), A::Participant, amira, times, true);
    const QUuid n3 = note(602, waiting, QStringLiteral("BenPlainNote letters came late"), A::Participant, ben, contactTheme);
    note(603, waiting, QStringLiteral("BenQuoteDeclined I felt forgotten"), A::Participant, ben, contactTheme, true);
    note(604, waiting, QStringLiteral("CarolRefusedText"), A::Participant, carol, times);
    note(605, waiting, QStringLiteral("DevDeletedText"), A::Participant, dev, times);
    note(606, waiting, QStringLiteral("EvePlainKept the phone line"), A::Participant, eve, contactTheme);
    note(607, waiting, QStringLiteral("EveAnonQuote I cried in the car park"), A::Participant, eve, contactTheme, true);
    note(608, waiting, QStringLiteral("FaridNoRecordText"), A::Participant, farid, times);
    note(609, waiting, QStringLiteral("AnonEnteredQuote: the waiting room is cold"), A::Anonymous, {}, times, true);
    note(610, waiting, QStringLiteral("SensitiveHeldText"), A::Participant, amira, {}, false, true, false);
    note(611, waiting, QStringLiteral("SensitiveReleasedText"), A::Participant, amira, {}, false, true, true);
    note(612, waiting, QStringLiteral("GitaPlainNote more evening clinics"), A::Participant, gita, {});
    note(613, waiting, QStringLiteral("GitaQuoteDeclined they laughed at me"), A::Participant, gita, {}, true);
    note(614, help,
        QStringLiteral("# Not a heading\n- not a list\n1. not numbered\n**bold** _em_ [link](http://x.test) `code` "
                       "<b>tag</b> & &amp; | pipe > quote"),
        A::Participant, zoe, {});
    note(615, help, QStringLiteral("=HYPERLINK(\"http://evil.test\",\"click\")"), A::Facilitator, {}, {});
    note(616, help, QStringLiteral("+1 more staff"), A::Anonymous, {}, {});
    note(617, help, QStringLiteral("-2 fewer forms"), A::Anonymous, {}, {});
    note(618, help, QStringLiteral("@SUM(A1:A9)"), A::Anonymous, {}, {});
    note(619, help, QStringLiteral("\tTabbed start"), A::Anonymous, {}, {});
    note(620, help, QStringLiteral("الانتظار طويل جدا"), A::Participant, zoe, across);
    note(621, help, QStringLiteral("Emoji 🙂👍🏽 and a\nsecond line"), A::Participant, zoe, across);
    note(622, waiting, QStringLiteral("CrossThemeNote on the waiting board"), A::Anonymous, {}, across);
    note(623, help, QStringLiteral("CarolThemeText"), A::Participant, carol, lonely);

    auto vote = [&](int n, const QUuid &noteId, const QUuid &voter, int count) {
        Vote v = stamped(Vote {}, n, 90);
        v.noteId = noteId;
        v.participantId = voter;
        v.count = count;
        d.votes.insert(v);
    };
    vote(700, n1, ben, 2);
    vote(701, n1, carol, 5); // Carol refused: her dots are withheld
    vote(702, n3, {}, 1);
    vote(703, n3, amira, 1);

    auto action = [&](int n, const QString &text, const QUuid &owner, const QString &ownerName, QDate due) {
        Action a = stamped(Action {}, n, 95);
        a.text = text;
        a.ownerId = owner;
        a.ownerName = ownerName;
        a.dueDate = due;
        d.actions.insert(a);
    };
    action(800, QStringLiteral("ActionForAmira: share the findings with the ward"), amira, {}, QDate(2026, 12, 15));
    action(801, QStringLiteral("ActionForBen: write to the clinic"), ben, {}, QDate(2026, 12, 1));
    action(802, QStringLiteral("ActionOwnedByCarol: check the phone line"), carol, {}, {});
    action(803, QStringLiteral("ActionForCouncil: look at evening hours"), {}, QStringLiteral("Council team"), {});

    auto feedback = [&](int n, const QString &question, const QString &answer, const QUuid &who) {
        Feedback f = stamped(Feedback {}, n, 100);
        f.question = question;
        f.answer = answer;
        f.participantId = who;
        d.feedback.insert(f);
    };
    const QString best = QStringLiteral("What was best about today?");
    feedback(900, best, QStringLiteral("FeedbackAnswerAmira being listened to"), amira);
    feedback(901, best, QStringLiteral("FeedbackAnswerAnon the tea"), {});
    feedback(902, best, QStringLiteral("CarolFeedbackText"), carol);

    auto photo = [&](int n, const QString &caption, const QList<QUuid> &shown, const QColor &colour) {
        Attachment a = stamped(Attachment {}, n, 110);
        a.boardId = waiting;
        a.fileName = QStringLiteral("photo-%1.png").arg(n);
        a.mimeType = QStringLiteral("image/png");
        a.data = png(colour);
        a.caption = caption;
        a.peopleShown = shown;
        d.attachments.insert(a);
    };
    photo(1000, QStringLiteral("PhotoWithAmira at the flipchart"), { amira }, QColor(200, 180, 60));
    photo(1001, QStringLiteral("PhotoWithBen"), { ben }, QColor(60, 120, 200));

    Payment pay = stamped(Payment {}, 1100, 120);
    pay.participantId = amira;
    pay.hoursSession = 3;
    pay.rateMinor = 2500;
    d.payments.insert(pay);

    // Through a real session, so that the withdrawals are what the app records.
    auto created = Session::createFrom(dir.path(QStringLiteral("report.cgw")), d);
    REQUIRE(created.ok());
    Session &session = **created;
    FakeClock clock;
    clock.next = at(180);
    session.setClock(clock);
    REQUIRE(session
                .recordIrreversibly(edits::withdrawParticipant(session.data(), dev, WithdrawMode::Delete,
                    QStringLiteral("Priya Shah"), ConsentMethod::WrittenForm, session.now()))
                .ok());
    REQUIRE(session
                .recordIrreversibly(edits::withdrawParticipant(session.data(), eve, WithdrawMode::Anonymise,
                    QStringLiteral("Priya Shah"), ConsentMethod::Verbal, session.now()))
                .ok());
    return session.data();
}

WorkshopData loadReportFixture()
{
    auto data = io::archive::readFile(dataPath(QStringLiteral("report/workshop.json")));
    REQUIRE(data.ok());
    return std::move(*data);
}

QStringList publicLeaks(const QString &output)
{
    static const QStringList forbidden {
        // Names of people who may not be named, and of people who may not appear at all.
        QStringLiteral("Ben Okafor"), QStringLiteral("Carol Rhodes"), QStringLiteral("Dev Patel"),
        QStringLiteral("Eve Marsh"), QStringLiteral("Farid Nasser"),
        // Pseudonyms of people who may not appear (Robin, Ben's, may).
        QStringLiteral("Sparrow"), QStringLiteral("Kestrel"), QStringLiteral("Heron"), QStringLiteral("Wren"),
        // Direct quotes without agreement (Ben declined, Gita declined, Eve's anonymised quote).
        QStringLiteral("BenQuoteDeclined"), QStringLiteral("GitaQuoteDeclined"), QStringLiteral("EveAnonQuote"),
        // Words of people who refused, never agreed or withdrew with deletion.
        QStringLiteral("CarolRefusedText"), QStringLiteral("CarolThemeText"), QStringLiteral("CarolFeedbackText"),
        QStringLiteral("DevDeletedText"), QStringLiteral("FaridNoRecordText"), QStringLiteral("ThemeOnlyWithheld"),
        // Unreleased sensitive notes; a photo of someone who did not agree to be photographed.
        QStringLiteral("SensitiveHeldText"), QStringLiteral("PhotoWithBen"),
        // Contact details, access needs, payments, the register.
        QStringLiteral("example.org"), QStringLiteral("07700"), QStringLiteral("AccessNote"),
        QStringLiteral("BSL"), QStringLiteral("Step-free"), QStringLiteral("£"), QStringLiteral("Consent register"),
        QStringLiteral("Attendance"),
    };
    QStringList out;
    for (const QString &word : forbidden) {
        if (output.contains(word, Qt::CaseInsensitive))
            out << word;
    }
    return out;
}

QStringList publicMissing(const QString &output)
{
    static const QStringList allowed {
        QStringLiteral("Amira Haddad"), QStringLiteral("Robin"), QStringLiteral("Gita Rao"),
        QStringLiteral("AmiraPlainNote"), QStringLiteral("AmiraQuoteAgreed"), QStringLiteral("BenPlainNote"),
        QStringLiteral("EvePlainKept"), QStringLiteral("AnonEnteredQuote"), QStringLiteral("SensitiveReleasedText"),
        QStringLiteral("GitaPlainNote"), QStringLiteral("CrossThemeNote"), QStringLiteral("Waiting times"),
        QStringLiteral("Across the day"), QStringLiteral("ActionForAmira"), QStringLiteral("ActionOwnedByCarol"),
        QStringLiteral("FeedbackAnswerAmira"), QStringLiteral("FeedbackAnswerAnon"), QStringLiteral("Council team"),
    };
    QStringList out;
    for (const QString &word : allowed) {
        if (!output.contains(word))
            out << word;
    }
    return out;
}

} // namespace cg::test
