// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/generator.h"

#include "model/limits.h"

#include "consent/consentpolicy.h"

#include "planning/placement.h"

#include <QCoreApplication>

#include <array>

namespace cg::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::io", text);
}

// SplitMix64: tiny, fast and fully specified, so a seed gives the same workshop with any
// compiler and standard library (std::uniform_int_distribution does not promise that).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// 0 <= result < n.
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); } // bias is negligible for small n
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<class C> const auto &pick(const C &items)
    {
        return items[std::size_t(below(int(std::size(items))))];
    }
    /// A version-4 UUID made from the stream.
    QUuid uuid()
    {
        std::array<char, 16> bytes {};
        const quint64 a = next();
        const quint64 b = next();
        for (int i = 0; i < 8; ++i) {
            bytes[std::size_t(i)] = char(a >> (8 * i));
            bytes[std::size_t(8 + i)] = char(b >> (8 * i));
        }
        bytes[6] = char((bytes[6] & 0x0F) | 0x40);
        bytes[8] = char((bytes[8] & 0x3F) | 0x80);
        return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16));
    }

private:
    quint64 m_state;
};

const char *const kFirstNames[] = {
    "Aisha",
    "Ben",
    "Ciara",
    "Daniel",
    "Eilidh",
    "Femi",
    "Gemma",
    "Harpreet",
    "Isla",
    "Jamal",
    "Kate",
    "Leon",
    "Maryam",
    "Niall",
    "Olivia",
    "Patrick",
    "Rosa",
    "Sam",
    "Tariq",
    "Una",
    "Vikram",
    "Wendy",
    "Xavier",
    "Yasmin",
    "Zainab",
    "Chloé",
    "Siân",
    "Seán",
    "Zoë",
    "Mícheál",
    "Renée",
    "Ioan",
    "Precious",
    "Dev",
    "Grace",
    "Hamza",
};
const char *const kSurnames[] = {
    "Smith",
    "Jones",
    "Patel",
    "O'Brien",
    "Williams",
    "Khan",
    "Taylor",
    "Nowak",
    "Evans",
    "MacLeod",
    "Okoro",
    "D'Souza",
    "Brown",
    "Hussain",
    "Wilson",
    "Ó Súilleabháin",
    "Roberts",
    "Chen",
    "Davies",
    "Mensah",
    "Murphy",
    "Ahmed",
    "Thomas",
    "Kowalski",
    "Wright",
    "Begum",
    "Campbell",
    "Lewis",
    "Ali",
    "Johnson",
    "Müller",
    "Singh",
};
const char *const kOrganisations[] = {
    "",
    "",
    "",
    "Mind in the community",
    "NHS Foundation Trust",
    "Council Adult Social Care",
    "University",
    "Integrated Care Board",
    "Recovery College",
    "Carers' Centre",
    "Hearing Voices Network",
    "Housing association",
};

// Sticky notes are short: a few words to a couple of sentences. Notes are made from these
// fragments, so lengths and wording vary the way real capture does.
const char *const kSubjects[] = {
    "Waiting lists",
    "The discharge letter",
    "My GP",
    "The crisis line",
    "Peer support",
    "Follow-up",
    "Staff on the ward",
    "Medication",
    "Transport home",
    "Housing",
    "The care plan",
    "Benefits",
    "Nobody",
    "Carers",
    "The first week",
    "Community groups",
    "Appointments",
    "Interpreters",
    "The app",
    "Information",
    "Night-time",
    "Weekend cover",
    "The assessment",
    "Social prescribing",
};
const char *const kPredicates[] = {
    "took far too long",
    "didn't explain anything",
    "made all the difference",
    "needs to be in plain English",
    "should start before discharge",
    "was never followed up",
    "felt rushed",
    "was really kind",
    "kept changing",
    "only works 9 to 5",
    "wasn't accessible",
    "needs lived experience input",
    "is hard to find out about",
    "should be offered to everyone",
    "went to the wrong address",
    "made me feel listened to",
    "ignored what I said",
    "needs more funding",
    "could be done by text",
    "depends on who you get",
};
const char *const kTails[] = {
    "and I ended up back in A&E",
    "so I gave up",
    "which helped a lot",
    "for weeks",
    "every single time",
    "even though I asked twice",
    "when I needed it most",
    "and my family had to step in",
    "but only after I complained",
    "in my own language",
    "without a named contact",
    "at 3am",
};
const char *const kShort[] = {
    "More time",
    "Named contact!",
    "Plain English please",
    "Ask us",
    "Peer support",
    "Same person each time",
    "Text reminders",
    "Evening sessions",
    "Pay people fairly",
    "Step-free access",
    "Trust",
};
const char *const kThemeNames[] = {
    "Communication",
    "Feeling rushed",
    "Practical support",
    "Medication",
    "Crisis support",
    "Being believed",
    "Access",
    "Continuity of care",
    "Information",
    "Money and benefits",
    "Housing",
    "Peer support",
};
const char *const kBoardPrompts[] = {
    "What helped? What got in the way?",
    "What would good look like?",
    "What should change first?",
    "What do you wish someone had told you?",
};
const char *const kFeedbackQuestions[] = {
    "What were the best aspects of today?",
    "What has changed for you?",
    "What could we do better next time?",
};
const char *const kFeedbackAnswers[] = {
    "Being listened to.",
    "The small groups.",
    "Meeting people who understand.",
    "More breaks please.",
    "I feel less alone.",
    "Clearer idea of what happens next.",
    "Start later in the day.",
    "Good food!",
    "Knowing we'll hear back about what changes.",
    "Louder microphone in the big room.",
};
const char *const kActions[] = {
    "Draft a discharge checklist and test it with this group",
    "Share the findings back with everyone",
    "Set up a named-contact line for the first 72 hours",
    "Book interpreters for follow-up appointments",
    "Write an easy read version of the care plan",
    "Pilot peer support visits on discharge day",
};

QString noteText(Random &random)
{
    switch (random.below(10)) {
    case 0:
    case 1:
        return QString::fromUtf8(random.pick(kShort));
    case 2: {
        // A direct quote, as people say it.
        return QStringLiteral("“%1 %2 %3.”")
            .arg(QString::fromUtf8(random.pick(kSubjects)), QString::fromUtf8(random.pick(kPredicates)),
                QString::fromUtf8(random.pick(kTails)));
    }
    case 3:
    case 4:
    case 5:
        return QStringLiteral("%1 %2").arg(
            QString::fromUtf8(random.pick(kSubjects)), QString::fromUtf8(random.pick(kPredicates)));
    default: {
        QString text
            = QStringLiteral("%1 %2 %3")
                  .arg(QString::fromUtf8(random.pick(kSubjects)), QString::fromUtf8(random.pick(kPredicates)),
                      QString::fromUtf8(random.pick(kTails)));
        if (random.chance(25))
            text += QStringLiteral(". %1 %2").arg(
                QString::fromUtf8(random.pick(kSubjects)), QString::fromUtf8(random.pick(kPredicates)));
        return text;
    }
    }
}

template<class T> void stamp(T &row, const QDateTime &when)
{
    row.created = when;
    row.modified = when;
}

} // namespace

Result<WorkshopData> generateWorkshop(const GeneratorOptions &options)
{
    if (options.participants < 0 || options.groups < 0 || options.boards < 0 || options.notes < 0)
        return fail(tr("The numbers to generate cannot be negative."));
    if (options.notes > 0 && options.boards == 0)
        return fail(tr("Notes need at least one board to go on."));
    if (options.groups > 0 && options.participants == 0)
        return fail(tr("Groups need people to be in them."));
    // The bounds of limits.h, so that a large request fails with a message rather than running
    // out of memory (10,000,000 notes once ended in std::bad_alloc).
    struct Bound
    {
        int value;
        int most;
        const char *what;
    };
    for (const Bound &b : {Bound{options.participants, limits::maxGeneratedPeople, "people"},
                           Bound{options.groups, limits::maxGeneratedGroups, "groups"},
                           Bound{options.boards, limits::maxGeneratedBoards, "boards"},
                           Bound{options.notes, limits::maxGeneratedNotes, "notes"}}) {
        if (b.value > b.most)
            return fail(tr("Generate at most %1 %2 (asked for %3).").arg(b.most).arg(tr(b.what)).arg(b.value));
    }

    Random random(options.seed);
    WorkshopData data;
    const QDate day(2026, 11, 19);
    const QDateTime start(day, QTime(10, 0), Qt::UTC);
    qint64 tick = 0; // milliseconds after the start, so every row has its own time
    auto nextTime = [&](int stepMs) {
        tick += stepMs;
        return start.addMSecs(tick);
    };

    Workshop &w = data.workshop;
    w.id = random.uuid();
    w.title = options.title.isEmpty() ? tr("Generated workshop (seed %1)").arg(options.seed) : options.title;
    w.date = day;
    w.startTime = QTime(10, 0);
    w.venue = tr("Community centre, main hall");
    w.purpose = tr("Synthetic workshop for tests and benchmarks.");
    w.facilitators = { tr("Lead facilitator") };
    w.infoSheetVersion = QStringLiteral("v1.0");
    w.defaultRateMinor = 2500;
    w.retentionDate = day.addYears(1);
    stamp(w, start.addDays(-30));

    // People.
    data.participants.reserve(std::size_t(options.participants));
    std::vector<QUuid> facilitators;
    std::vector<QUuid> contributors; // people who may write notes and vote
    for (int i = 0; i < options.participants; ++i) {
        Participant p;
        p.id = random.uuid();
        p.displayName = QStringLiteral("%1 %2").arg(
            QString::fromUtf8(random.pick(kFirstNames)), QString::fromUtf8(random.pick(kSurnames)));
        p.pseudonym = QStringLiteral("Participant %1").arg(i + 1);
        const int r = random.below(100);
        p.role = r < 40 ? Role::LivedExperience
            : r < 50    ? Role::PeerWorker
            : r < 70    ? Role::Practitioner
            : r < 78    ? Role::Researcher
            : r < 83    ? Role::Commissioner
            : r < 88    ? Role::Facilitator
                        : Role::Other;
        if (i == 0)
            p.role = Role::Facilitator;
        p.organisation = QString::fromUtf8(random.pick(kOrganisations));
        if (random.chance(80))
            p.email = QStringLiteral("person%1@example.org").arg(i + 1);
        if (random.chance(40))
            p.phone = QStringLiteral("07700 9%1").arg(i % 100000, 5, 10, QLatin1Char('0'));
        if (random.chance(30)) {
            const auto needs = enumValues<AccessNeed>();
            for (int k = random.between(1, 2); k > 0; --k) {
                const AccessNeed need = needs[std::size_t(random.below(int(needs.size())))];
                if (!p.accessNeeds.contains(need))
                    p.accessNeeds << need;
            }
            std::sort(p.accessNeeds.begin(), p.accessNeeds.end());
        }
        p.attendance = random.chance(90) ? Attendance::Arrived
            : random.chance(50)          ? Attendance::NoShow
                                         : Attendance::Left;
        stamp(p, nextTime(1000));
        if (p.role == Role::Facilitator)
            facilitators.push_back(p.id);
        contributors.push_back(p.id);
        data.participants.insert(std::move(p));
    }

    // Consent: most grant taking part, some refuse, a few withdraw later, some never recorded.
    const auto scopes = enumValues<ConsentScope>();
    for (const Participant &p : data.participants) {
        const int mix = random.below(100);
        if (mix >= 93)
            continue; // nothing recorded
        const QDateTime at = nextTime(2000);
        for (ConsentScope scope : scopes) {
            ConsentEvent e;
            e.id = random.uuid();
            e.participantId = p.id;
            e.scope = scope;
            if (scope == ConsentScope::TakePart)
                e.decision = mix < 88 ? ConsentDecision::Granted : ConsentDecision::Refused;
            else if (random.chance(10))
                continue; // left blank on the form
            else
                e.decision = random.chance(78) ? ConsentDecision::Granted : ConsentDecision::Refused;
            e.method = random.chance(80) ? ConsentMethod::WrittenForm : ConsentMethod::Verbal;
            e.recordedBy = w.facilitators.first();
            e.recordedAt = at;
            e.infoSheetVersion = w.infoSheetVersion;
            stamp(e, at);
            data.consentEvents.insert(std::move(e));
        }
        if (mix < 3) {
            ConsentEvent withdrawn;
            withdrawn.id = random.uuid();
            withdrawn.participantId = p.id;
            withdrawn.scope = ConsentScope::TakePart;
            withdrawn.decision = ConsentDecision::Withdrawn;
            withdrawn.method = ConsentMethod::Verbal;
            withdrawn.recordedBy = w.facilitators.first();
            withdrawn.recordedAt = at.addSecs(3 * 3600);
            withdrawn.infoSheetVersion = w.infoSheetVersion;
            stamp(withdrawn, withdrawn.recordedAt);
            data.consentEvents.insert(std::move(withdrawn));
        }
    }

    // Agenda: a half-day shape.
    struct AgendaShape
    {
        const char *title;
        AgendaKind kind;
        int minutes;
    };
    const std::array<AgendaShape, 7> agenda { { { "Welcome and introductions", AgendaKind::Plenary, 20 },
        { "Consent and ground rules", AgendaKind::Plenary, 10 },
        { "Breakout discussions", AgendaKind::Breakout, 50 }, { "Break", AgendaKind::Break, 15 },
        { "Report back", AgendaKind::Plenary, 30 }, { "Priorities and actions", AgendaKind::Plenary, 30 },
        { "Feedback and close", AgendaKind::Feedback, 10 } } };
    for (int i = 0; i < int(agenda.size()); ++i) {
        AgendaItem item;
        item.id = random.uuid();
        item.title = QString::fromUtf8(agenda[std::size_t(i)].title);
        item.kind = agenda[std::size_t(i)].kind;
        item.plannedMinutes = agenda[std::size_t(i)].minutes;
        item.position = i;
        stamp(item, start.addDays(-30).addSecs(60 * (i + 1)));
        data.agendaItems.insert(std::move(item));
    }
    const QUuid breakoutItem = data.agendaItems.rows()[2].id;
    const QUuid reportBackItem = data.agendaItems.rows()[4].id;

    // Groups: everyone who is not facilitating, dealt round the tables.
    std::vector<QUuid> seated;
    for (const Participant &p : data.participants)
        if (p.role != Role::Facilitator && p.attendance != Attendance::NoShow)
            seated.push_back(p.id);
    for (std::size_t i = seated.size(); i > 1; --i)
        std::swap(seated[i - 1], seated[std::size_t(random.below(int(i)))]);
    for (int g = 0; g < options.groups; ++g) {
        Group group;
        group.id = random.uuid();
        group.name = QStringLiteral("Table %1").arg(g + 1);
        group.location
            = random.chance(50) ? QStringLiteral("Main hall") : QStringLiteral("Room %1").arg(g % 5 + 1);
        if (!facilitators.empty())
            group.facilitatorId = facilitators[std::size_t(g) % facilitators.size()];
        for (std::size_t m = std::size_t(g); m < seated.size(); m += std::size_t(options.groups))
            group.memberIds << seated[m];
        group.position = g;
        stamp(group, nextTime(500));
        data.groups.insert(std::move(group));
    }

    // Boards: one per group first, then plenary, parking lot and feedback boards in turn.
    for (int b = 0; b < options.boards; ++b) {
        Board board;
        board.id = random.uuid();
        board.position = b;
        board.prompt = QString::fromUtf8(random.pick(kBoardPrompts));
        if (b < options.groups) {
            board.kind = BoardKind::Breakout;
            board.groupId = data.groups.rows()[std::size_t(b)].id;
            board.agendaItemId = breakoutItem;
            board.title = tr("Table %1").arg(b + 1);
        } else {
            const int k = (b - options.groups) % 3;
            board.kind = k == 0 ? BoardKind::Plenary : k == 1 ? BoardKind::ParkingLot : BoardKind::Feedback;
            board.agendaItemId = k == 0 ? reportBackItem : QUuid();
            board.title = k == 0 ? tr("Plenary %1").arg(b + 1)
                : k == 1         ? tr("Parking lot %1").arg(b + 1)
                                 : tr("Feedback wall %1").arg(b + 1);
        }
        stamp(board, nextTime(500));
        data.boards.insert(std::move(board));
    }

    // Notes in reading order on each board. A few themes per board take runs of notes; each theme
    // starts a fresh row with an empty row above it for the frame's label, as in the demo, so that
    // frames and notes never overlap.
    data.notes.reserve(std::size_t(options.notes));
    const auto colours = enumValues<NoteColour>();
    using namespace placement;
    const double cellW = noteWidth + gap;
    const double cellH = noteHeight + gap;
    constexpr double pad = 16;
    constexpr double label = 44;
    for (int b = 0; b < options.boards; ++b) {
        const Board &board = data.boards.rows()[std::size_t(b)];
        const int count = options.notes / options.boards + (b < options.notes % options.boards ? 1 : 0);
        const Group *group = board.groupId.isNull() ? nullptr : data.groups.find(board.groupId);
        // About half the notes end up in themes of 3 to 8 notes, at most 12 themes per board.
        std::vector<int> themeSizes;
        int themed = 0;
        while (int(themeSizes.size()) < 12 && themed + 3 <= count / 2) {
            const int size = std::min(random.between(3, 8), count / 2 - themed);
            themeSizes.push_back(size);
            themed += size;
        }
        const int unthemed = count - themed;
        int row = 0;
        int col = 0;
        int placed = 0;
        auto place = [&](const QUuid &themeId) {
            if (col == columns) {
                col = 0;
                ++row;
            }
            Note note;
            note.id = random.uuid();
            note.boardId = board.id;
            note.text = noteText(random);
            note.colour = colours[std::size_t(random.below(int(colours.size())))];
            const int who = random.below(100);
            if (who < 50 && !contributors.empty()) {
                QUuid author;
                if (group && !group->memberIds.isEmpty())
                    author = group->memberIds.at(random.below(int(group->memberIds.size())));
                else
                    author = contributors[std::size_t(random.below(int(contributors.size())))];
                note.authorKind = AuthorKind::Participant;
                note.authorId = author;
            } else if (who < 65) {
                note.authorKind = AuthorKind::Facilitator;
                if (group)
                    note.authorId = group->facilitatorId;
            }
            note.x = margin + col * cellW;
            note.y = margin + row * cellH;
            note.themeId = themeId;
            note.verbatim = note.text.startsWith(QChar(0x201C));
            note.sensitive = random.chance(1);
            stamp(note, nextTime(700));
            data.notes.insert(std::move(note));
            ++col;
            ++placed;
        };
        for (int i = 0; i < unthemed; ++i)
            place({});
        for (int size : themeSizes) {
            if (col > 0 || placed > 0) {
                ++row;
                col = 0;
            }
            ++row;
            Theme theme;
            theme.id = random.uuid();
            theme.boardId = board.id;
            theme.name = QString::fromUtf8(random.pick(kThemeNames));
            theme.colour = colours[std::size_t(random.below(int(colours.size())))];
            const int firstRow = row;
            for (int i = 0; i < size; ++i)
                place(theme.id);
            const int rows = row - firstRow + 1;
            const int cols = rows > 1 ? columns : size;
            theme.x = margin - pad;
            theme.y = margin + firstRow * cellH - pad - label;
            theme.width = cols * cellW - gap + 2 * pad;
            theme.height = rows * cellH - gap + 2 * pad + label;
            stamp(theme, nextTime(300));
            data.themes.insert(std::move(theme));
        }
    }
    // Themes were made after the notes of their board but must be inserted before them for the
    // file's foreign keys; Table keeps insertion order, and store writes themes before notes, so
    // nothing more is needed here.

    // Dot votes: about one vote row per four notes, mostly on notes, some on themes, some on paper.
    const int voteRows = options.notes / 4;
    data.votes.reserve(std::size_t(voteRows));
    for (int i = 0; i < voteRows && !data.notes.empty(); ++i) {
        Vote v;
        v.id = random.uuid();
        if (!data.themes.empty() && random.chance(15))
            v.themeId = data.themes.rows()[std::size_t(random.below(int(data.themes.size())))].id;
        else
            v.noteId = data.notes.rows()[std::size_t(random.below(int(data.notes.size())))].id;
        v.onPaper = random.chance(10);
        if (!v.onPaper && !contributors.empty())
            v.participantId = contributors[std::size_t(random.below(int(contributors.size())))];
        v.count = v.onPaper ? random.between(1, 6) : random.between(1, 3);
        stamp(v, nextTime(200));
        data.votes.insert(std::move(v));
    }

    // Actions: a handful, plus one per few themes.
    const int actionCount = std::min<int>(500, 3 + int(data.themes.size()) / 4);
    for (int i = 0; i < actionCount; ++i) {
        Action a;
        a.id = random.uuid();
        a.text = QString::fromUtf8(random.pick(kActions));
        if (!contributors.empty() && random.chance(70))
            a.ownerId = contributors[std::size_t(random.below(int(contributors.size())))];
        else
            a.ownerName = tr("Service manager");
        a.dueDate = day.addDays(random.between(7, 90));
        const int s = random.below(3);
        a.status = s == 0 ? ActionStatus::Open : s == 1 ? ActionStatus::InProgress : ActionStatus::Done;
        if (!data.themes.empty() && random.chance(60))
            a.themeId = data.themes.rows()[std::size_t(random.below(int(data.themes.size())))].id;
        for (int k = random.below(4); k > 0 && !data.notes.empty(); --k) {
            const QUuid noteId = data.notes.rows()[std::size_t(random.below(int(data.notes.size())))].id;
            if (!a.noteIds.contains(noteId))
                a.noteIds << noteId;
        }
        stamp(a, nextTime(1000));
        data.actions.insert(std::move(a));
    }

    // Feedback from about half the people, some anonymous.
    for (const Participant &p : data.participants) {
        if (!random.chance(50))
            continue;
        Feedback f;
        f.id = random.uuid();
        f.question = QString::fromUtf8(random.pick(kFeedbackQuestions));
        f.answer = QString::fromUtf8(random.pick(kFeedbackAnswers));
        if (random.chance(70))
            f.participantId = p.id;
        stamp(f, nextTime(800));
        data.feedback.insert(std::move(f));
    }

    // Payments at the default rate for people with lived experience, peer workers and carers.
    for (const Participant &p : data.participants) {
        if (p.role != Role::LivedExperience && p.role != Role::PeerWorker && p.role != Role::Other)
            continue;
        if (p.attendance == Attendance::NoShow)
            continue;
        Payment pay;
        pay.id = random.uuid();
        pay.participantId = p.id;
        pay.hoursSession = p.attendance == Attendance::Left ? 1.5 : 3;
        pay.hoursPreparation = random.chance(50) ? 0.5 : 0;
        pay.hoursTravel = random.chance(40) ? 0.5 : 0;
        pay.rateMinor = w.defaultRateMinor;
        const int m = random.below(100);
        pay.method = m < 60 ? PaymentMethod::BankTransfer
            : m < 80        ? PaymentMethod::Voucher
            : m < 92        ? PaymentMethod::Cash
                            : PaymentMethod::Declined;
        pay.mayAffectBenefits = random.chance(20);
        pay.expensesTravelMinor = random.chance(50) ? random.between(2, 30) * 50 : 0;
        pay.status = random.chance(30) ? PaymentStatus::Paid : PaymentStatus::Owed;
        if (pay.status == PaymentStatus::Paid)
            pay.paidDate = day.addDays(random.between(1, 14));
        stamp(pay, nextTime(500));
        data.payments.insert(std::move(pay));
    }
    numberUnsequenced(data.consentEvents);
    return data;
}

} // namespace cg::io
