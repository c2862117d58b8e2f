// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Building the one intermediate report: every consent decision is asked of ConsentPolicy here,
// and nowhere else in the export code.
#include "export/report.h"

#include "i18n/localeformat.h"

#include <QBuffer>
#include <QSet>
#include <QCoreApplication>
#include <QHash>
#include <QImageReader>
#include <QLocale>

#include <algorithm>

namespace cg::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::report", text);
}

constexpr std::pair<Section, const char *> kKeys[] = {
    { Section::About, "about" },
    { Section::Agenda, "agenda" },
    { Section::Boards, "boards" },
    { Section::CrossThemes, "cross-themes" },
    { Section::Actions, "actions" },
    { Section::Feedback, "feedback" },
    { Section::Photos, "photos" },
    { Section::Withheld, "withheld" },
    { Section::Thanks, "thanks" },
    { Section::Attendance, "attendance" },
    { Section::Payments, "payments" },
    { Section::AccessNeeds, "access-needs" },
    { Section::ConsentRegister, "consent-register" },
};

/// Most votes first; equal votes keep the order the notes were written in.
void rank(std::vector<Note> &notes)
{
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.votes > b.votes; });
}

void rank(std::vector<Theme> &themes)
{
    std::stable_sort(
        themes.begin(), themes.end(), [](const Theme &a, const Theme &b) { return a.votes > b.votes; });
}

QString clock(const QTime &time)
{
    return i18n::clock(time, QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QString clock(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? i18n::clock(time.toTimeZone(zone).time(), QLocale(QLocale::English, QLocale::UnitedKingdom)) : QString();
}

bool isPicture(const QString &mime)
{
    return mime == QLatin1String("image/png") || mime == QLatin1String("image/jpeg");
}

QString sentence(QString words)
{
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

/// Everything build() needs to look up more than once, made in one pass per table so that a
/// 20,000-note workshop stays linear.
struct Index
{
    QHash<QUuid, int> noteVotes;  // dots that may be shown, per note
    QHash<QUuid, int> themeVotes; // dots on the theme itself
    QHash<QUuid, QString> groupNames;
    QHash<QUuid, QString> boardTitles;
    QHash<QUuid, QString> boardGroups;
    QHash<QUuid, QString> themeNames;
};

Index index(const WorkshopData &data, const ConsentPolicy &policy, Audience audience)
{
    Index ix;
    for (const Vote &v : data.votes) {
        if (!policy.mayAppear(v, audience))
            continue;
        if (!v.noteId.isNull())
            ix.noteVotes[v.noteId] += v.count;
        else if (!v.themeId.isNull())
            ix.themeVotes[v.themeId] += v.count;
    }
    for (const Group &g : data.groups)
        ix.groupNames.insert(g.id, g.name);
    for (const cg::Board &b : data.boards) {
        ix.boardTitles.insert(b.id, b.title);
        ix.boardGroups.insert(b.id, ix.groupNames.value(b.groupId));
    }
    for (const cg::Theme &t : data.themes)
        ix.themeNames.insert(t.id, t.name);
    return ix;
}

} // namespace

QList<Section> allSections()
{
    QList<Section> out;
    for (const auto &[section, key] : kKeys)
        out << section;
    return out;
}

QList<Section> sectionsFor(Audience audience)
{
    QList<Section> out;
    for (Section s : allSections()) {
        if (audience == Audience::Team || !isTeamOnly(s))
            out << s;
    }
    return out;
}

bool isTeamOnly(Section section)
{
    return section == Section::Attendance || section == Section::Payments || section == Section::AccessNeeds
        || section == Section::ConsentRegister;
}

QString sectionKey(Section section)
{
    for (const auto &[s, key] : kKeys) {
        if (s == section)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Section> sectionFromKey(QStringView key)
{
    const QString norm = key.trimmed().toString().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const auto &[s, k] : kKeys) {
        if (norm == QLatin1String(k))
            return s;
    }
    return std::nullopt;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::About:
        return tr("About the workshop");
    case Section::Agenda:
        return tr("Agenda as run");
    case Section::Boards:
        return tr("What was said");
    case Section::CrossThemes:
        return tr("Themes across boards");
    case Section::Actions:
        return tr("Actions");
    case Section::Feedback:
        return tr("Feedback");
    case Section::Photos:
        return tr("Photos");
    case Section::Withheld:
        return tr("Contributions withheld");
    case Section::Thanks:
        return tr("Thank you");
    case Section::Attendance:
        return tr("Attendance");
    case Section::Payments:
        return tr("Payments");
    case Section::AccessNeeds:
        return tr("Access needs");
    case Section::ConsentRegister:
        return tr("Consent register");
    }
    return {};
}

std::vector<const Note *> Report::allNotes() const
{
    std::vector<const Note *> out;
    if (boards.empty()) {
        for (const Theme &t : crossThemes)
            for (const Note &n : t.notes)
                out.push_back(&n);
        return out;
    }
    for (const Board &b : boards) {
        for (const Theme &t : b.themes)
            for (const Note &n : t.notes)
                out.push_back(&n);
        for (const Note &n : b.otherNotes)
            out.push_back(&n);
    }
    return out;
}

int Report::noteCount() const
{
    int n = 0;
    for (const Board &b : boards) {
        for (const Theme &t : b.themes)
            n += int(t.notes.size());
        n += int(b.otherNotes.size());
    }
    return n;
}

int Report::themeCount() const
{
    int n = int(crossThemes.size());
    for (const Board &b : boards)
        n += int(b.themes.size());
    return n;
}

Report build(const WorkshopData &data, Audience audience, const Options &options)
{
    const ConsentPolicy policy(data);
    Report r;
    r.audience = audience;
    for (Section s : sectionsFor(audience)) {
        if (options.has(s))
            r.sections << s;
    }
    r.title = data.workshop.title;
    r.date = data.workshop.date;
    r.venue = data.workshop.venue;
    r.purpose = data.workshop.purpose;
    r.facilitators = data.workshop.facilitators;
    r.currency = data.workshop.currency;

    // Agenda: start times follow the planned durations from the workshop's start.
    if (r.has(Section::Agenda)) {
        std::vector<const cg::AgendaItem *> items;
        for (const cg::AgendaItem &a : data.agendaItems)
            items.push_back(&a);
        std::stable_sort(items.begin(), items.end(),
            [](const cg::AgendaItem *a, const cg::AgendaItem *b) { return a->position < b->position; });
        QTime at = data.workshop.startTime;
        for (const cg::AgendaItem *a : items) {
            r.agenda.push_back({ a->title, sentence(enumWords(a->kind)), clock(at), a->plannedMinutes,
                clock(a->actualStart, options.timeZone), clock(a->actualEnd, options.timeZone) });
            if (at.isValid())
                at = at.addSecs(a->plannedMinutes * 60);
        }
    }

    const Index ix = index(data, policy, audience);
    auto included = [&](const QUuid &boardId) { return options.boardId.isNull() || boardId == options.boardId; };
    auto noteOf = [&](const cg::Note &n) {
        return Note { n.id, ix.boardTitles.value(n.boardId), ix.boardGroups.value(n.boardId),
            ix.themeNames.value(n.themeId), n.text, policy.authorName(n, audience), ix.noteVotes.value(n.id),
            n.verbatim, n.created };
    };

    // Boards, their themes and notes; themes across boards collect their notes from every board.
    const bool wantNotes = r.has(Section::Boards) || r.has(Section::CrossThemes);
    QHash<QUuid, std::size_t> boardAt;
    QHash<QUuid, std::pair<std::size_t, std::size_t>> themeAt; // board index, theme index
    QHash<QUuid, std::size_t> crossAt;
    if (wantNotes) {
        std::vector<const cg::Board *> boards;
        for (const cg::Board &b : data.boards) {
            if (included(b.id))
                boards.push_back(&b);
        }
        std::stable_sort(boards.begin(), boards.end(),
            [](const cg::Board *a, const cg::Board *b) { return a->position < b->position; });
        for (const cg::Board *b : boards) {
            boardAt.insert(b->id, r.boards.size());
            r.boards.push_back({ b->id, b->title, b->prompt, ix.groupNames.value(b->groupId), {}, {}, {} });
        }
        for (const cg::Theme &t : data.themes) {
            if (t.boardId.isNull()) {
                crossAt.insert(t.id, r.crossThemes.size());
                r.crossThemes.push_back({ t.id, t.name, ix.themeVotes.value(t.id), {} });
            } else if (const auto it = boardAt.constFind(t.boardId); it != boardAt.constEnd()) {
                Board &board = r.boards[*it];
                themeAt.insert(t.id, { *it, board.themes.size() });
                board.themes.push_back({ t.id, t.name, ix.themeVotes.value(t.id), {} });
            }
        }
        // Themes across boards hold their notes in noteIds; each note once, from included boards
        // only, and only as the policy allows.
        std::vector<QSet<QUuid>> crossMembers(r.crossThemes.size());
        auto addToCross = [&](std::size_t at, const cg::Note &n) {
            if (crossMembers[at].contains(n.id))
                return;
            crossMembers[at].insert(n.id);
            Note note = noteOf(n);
            r.crossThemes[at].votes += note.votes;
            r.crossThemes[at].notes.push_back(std::move(note));
        };
        for (const cg::Theme &t : data.themes) {
            const auto c = crossAt.constFind(t.id);
            if (c == crossAt.constEnd())
                continue;
            for (const QUuid &id : t.noteIds) {
                const cg::Note *n = data.notes.find(id);
                if (n && boardAt.contains(n->boardId) && policy.mayAppear(*n, audience))
                    addToCross(*c, *n);
            }
        }
        for (const cg::Note &n : data.notes) {
            const auto b = boardAt.constFind(n.boardId);
            if (b == boardAt.constEnd() || !policy.mayAppear(n, audience))
                continue;
            Note note = noteOf(n);
            if (const auto t = themeAt.constFind(n.themeId); t != themeAt.constEnd()) {
                Theme &theme = r.boards[t->first].themes[t->second];
                theme.votes += note.votes;
                theme.notes.push_back(std::move(note));
            } else {
                // A note's theme field naming a cross-board theme (files before theme_note).
                if (const auto c = crossAt.constFind(n.themeId); c != crossAt.constEnd())
                    addToCross(*c, n);
                r.boards[*b].otherNotes.push_back(std::move(note));
            }
        }
        for (Board &board : r.boards) {
            // A theme whose notes are all withheld says nothing, and its name alone could hint at them.
            std::erase_if(board.themes, [](const Theme &t) { return t.notes.empty(); });
            for (Theme &t : board.themes)
                rank(t.notes);
            rank(board.themes);
            rank(board.otherNotes);
            auto consider = [&board](const Note &n) {
                if (n.votes > 0)
                    board.mostVoted.push_back(n);
            };
            for (const Theme &t : board.themes)
                std::for_each(t.notes.begin(), t.notes.end(), consider);
            std::for_each(board.otherNotes.begin(), board.otherNotes.end(), consider);
            rank(board.mostVoted);
            if (board.mostVoted.size() > 5)
                board.mostVoted.resize(5);
        }
        std::erase_if(r.crossThemes, [](const Theme &t) { return t.notes.empty(); });
        for (Theme &t : r.crossThemes)
            rank(t.notes);
        rank(r.crossThemes);
        if (!r.has(Section::Boards))
            r.boards.clear();
    }

    if (r.has(Section::Actions)) {
        std::vector<const cg::Action *> actions;
        for (const cg::Action &a : data.actions)
            actions.push_back(&a);
        // Soonest first; actions without a date last.
        std::stable_sort(actions.begin(), actions.end(), [](const cg::Action *a, const cg::Action *b) {
            if (a->dueDate.isValid() != b->dueDate.isValid())
                return a->dueDate.isValid();
            return a->dueDate < b->dueDate;
        });
        for (const cg::Action *a : actions)
            r.actions.push_back({ a->text, policy.ownerName(*a, audience), a->dueDate, sentence(enumWords(a->status)) });
    }

    if (r.has(Section::Feedback)) {
        QHash<QString, std::size_t> questionAt;
        for (const cg::Feedback &f : data.feedback) {
            if (!policy.mayAppear(f, audience))
                continue;
            auto it = questionAt.constFind(f.question);
            if (it == questionAt.constEnd()) {
                it = questionAt.insert(f.question, r.feedback.size());
                r.feedback.push_back({ f.question, {} });
            }
            r.feedback[*it].answers << f.answer;
        }
    }

    if (r.has(Section::Photos)) {
        for (const Attachment &a : data.attachments) {
            if (!isPicture(a.mimeType) || !policy.mayAppear(a, audience))
                continue;
            if (!a.boardId.isNull() && !included(a.boardId))
                continue;
            QBuffer buffer;
            buffer.setData(a.data);
            QImageReader reader(&buffer);
            const QSize size = reader.size();
            if (!size.isValid())
                continue; // not a picture we can show; never guess
            r.photos.push_back({ a.data, a.mimeType, size, a.caption, ix.boardTitles.value(a.boardId) });
        }
    }

    // What is withheld, counted over what the report would otherwise show.
    if (r.has(Section::Withheld)) {
        for (const cg::Note &n : data.notes) {
            if (included(n.boardId) && !policy.mayAppear(n, audience))
                ++r.withheld.notes;
        }
        for (const Vote &v : data.votes) {
            if (v.participantId.isNull() || policy.takesPart(v.participantId))
                continue;
            const cg::Note *note = v.noteId.isNull() ? nullptr : data.notes.find(v.noteId);
            if (!note || included(note->boardId))
                r.withheld.votes += v.count;
        }
        for (const cg::Feedback &f : data.feedback)
            r.withheld.feedback += policy.mayAppear(f, audience) ? 0 : 1;
        for (const Attachment &a : data.attachments) {
            if ((a.boardId.isNull() || included(a.boardId)) && !policy.mayAppear(a, audience))
                ++r.withheld.photos;
        }
    }

    if (r.has(Section::Thanks)) {
        r.namedPeople = policy.namedPeople(audience);
        r.othersTakingPart = policy.unnamedPeopleCount(audience);
    }

    // Team only: sectionsFor() has already left these out of a public report.
    if (r.has(Section::Attendance)) {
        std::array<int, enumValues<Attendance>().size()> counts {};
        for (const Participant &p : data.participants) {
            ++counts[std::size_t(p.attendance)];
            const QString name = policy.personName(p.id, audience);
            if (!name.isEmpty())
                r.attendance.push_back({ name, sentence(enumWords(p.role)), sentence(enumWords(p.attendance)) });
        }
        for (Attendance a : enumValues<Attendance>())
            r.attendanceCounts.emplace_back(sentence(enumWords(a)), counts[std::size_t(a)]);
    }
    if (r.has(Section::Payments))
        r.payments = paymentTotals(data);
    if (r.has(Section::AccessNeeds))
        r.accessNeeds = summariseAccessNeeds(data, audience);
    if (r.has(Section::ConsentRegister)) {
        // The register is the team's proof that consent was asked and honoured: it lists
        // everyone, whatever they decided (docs/decisions.md, "Registers are records").
        for (const Participant &p : data.participants) {
            ConsentRow row { p.displayName, p.pseudonym, {} };
            for (ConsentScope scope : enumValues<ConsentScope>())
                row.states << consentStateWords(policy.state(p.id, scope));
            r.consent.push_back(std::move(row));
        }
    }
    return r;
}

} // namespace cg::report
