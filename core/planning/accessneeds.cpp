// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/accessneeds.h"

#include "people/names.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

namespace cg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg", text);
}

} // namespace

int AccessNeedsSummary::count(AccessNeed need) const
{
    for (const Need &n : needs)
        if (n.need == need)
            return n.count;
    return 0;
}

QString accessNeedWords(AccessNeed need)
{
    switch (need) {
    case AccessNeed::Bsl:
        return tr("BSL interpreter");
    case AccessNeed::HearingLoop:
        return tr("Hearing loop");
    case AccessNeed::StepFree:
        return tr("Step-free access");
    case AccessNeed::LargePrint:
        return tr("Large print");
    case AccessNeed::EasyRead:
        return tr("Easy read");
    case AccessNeed::QuietRoom:
        return tr("Quiet room");
    case AccessNeed::Breaks:
        return tr("Extra breaks");
    case AccessNeed::Dietary:
        return tr("Dietary needs");
    }
    return enumWords(need);
}

AccessNeedsSummary summariseAccessNeeds(const WorkshopData &data, Audience audience)
{
    const ConsentPolicy policy(data);
    const bool team = audience == Audience::Team;
    AccessNeedsSummary out;
    for (AccessNeed need : enumValues<AccessNeed>())
        out.needs.push_back({ need, 0, {} });
    for (const Participant &p : data.participants) {
        const ConsentState taking = policy.state(p.id, ConsentScope::TakePart);
        if (p.attendance == Attendance::NoShow || taking == ConsentState::Refused
            || taking == ConsentState::Withdrawn)
            continue;
        ++out.peopleCounted;
        const QString notes = p.accessNotes.trimmed();
        if (!p.accessNeeds.isEmpty() || !notes.isEmpty())
            ++out.peopleWithNeeds;
        for (AccessNeed need : p.accessNeeds) {
            AccessNeedsSummary::Need &entry = out.needs[std::size_t(need)];
            ++entry.count;
            if (team)
                entry.names << p.displayName;
        }
        if (team && !notes.isEmpty())
            out.notes.push_back({ p.displayName, notes });
    }
    return out;
}

} // namespace cg

namespace cg {

namespace {

struct Phrase
{
    AccessNeed need;
    std::initializer_list<const char *> words;
};

// What people write on sign-up forms, in words as plainWords() gives them. Longer phrases first
// within a need does not matter: any match counts once.
const Phrase kPhrases[] = {
    { AccessNeed::Bsl, { "bsl" } },
    { AccessNeed::Bsl, { "sign", "language" } },
    { AccessNeed::Bsl, { "signer" } },
    { AccessNeed::Bsl, { "signing" } },
    { AccessNeed::Bsl, { "sign", "interpreter" } },
    { AccessNeed::HearingLoop, { "hearing", "loop" } },
    { AccessNeed::HearingLoop, { "induction", "loop" } },
    { AccessNeed::HearingLoop, { "loop" } },
    { AccessNeed::HearingLoop, { "hearing", "aid" } },
    { AccessNeed::HearingLoop, { "hard", "of", "hearing" } },
    { AccessNeed::StepFree, { "step", "free" } },
    { AccessNeed::StepFree, { "stepfree" } },
    { AccessNeed::StepFree, { "wheelchair" } },
    { AccessNeed::StepFree, { "level", "access" } },
    { AccessNeed::StepFree, { "ramp" } },
    { AccessNeed::StepFree, { "lift" } },
    { AccessNeed::StepFree, { "mobility" } },
    { AccessNeed::StepFree, { "no", "stairs" } },
    { AccessNeed::StepFree, { "no", "steps" } },
    { AccessNeed::StepFree, { "avoid", "stairs" } },
    { AccessNeed::StepFree, { "cant", "manage", "stairs" } },
    { AccessNeed::StepFree, { "cannot", "manage", "stairs" } },
    { AccessNeed::StepFree, { "cant", "do", "stairs" } },
    { AccessNeed::StepFree, { "walking", "frame" } },
    { AccessNeed::StepFree, { "rollator" } },
    { AccessNeed::StepFree, { "crutch" } },
    { AccessNeed::StepFree, { "ground", "floor" } },
    { AccessNeed::LargePrint, { "large", "print" } },
    { AccessNeed::LargePrint, { "larger", "print" } },
    { AccessNeed::LargePrint, { "big", "print" } },
    { AccessNeed::LargePrint, { "bigger", "print" } },
    { AccessNeed::LargePrint, { "large", "font" } },
    { AccessNeed::LargePrint, { "larger", "font" } },
    { AccessNeed::LargePrint, { "bigger", "font" } },
    { AccessNeed::LargePrint, { "large", "text" } },
    { AccessNeed::LargePrint, { "larger", "text" } },
    { AccessNeed::LargePrint, { "bigger", "text" } },
    { AccessNeed::LargePrint, { "font", "size" } },
    { AccessNeed::LargePrint, { "partially", "sighted" } },
    { AccessNeed::EasyRead, { "easy", "read" } },
    { AccessNeed::EasyRead, { "easyread" } },
    { AccessNeed::EasyRead, { "easy", "to", "read" } },
    { AccessNeed::EasyRead, { "plain", "english" } },
    { AccessNeed::EasyRead, { "simple", "language" } },
    { AccessNeed::QuietRoom, { "quiet" } },
    { AccessNeed::QuietRoom, { "calm", "space" } },
    { AccessNeed::QuietRoom, { "calm", "room" } },
    { AccessNeed::QuietRoom, { "chill", "out" } },
    { AccessNeed::QuietRoom, { "sensory", "room" } },
    { AccessNeed::Breaks, { "break" } },
    { AccessNeed::Breaks, { "time", "out" } },
    { AccessNeed::Breaks, { "pause" } },
    { AccessNeed::Dietary, { "dietary" } },
    { AccessNeed::Dietary, { "diet" } },
    { AccessNeed::Dietary, { "vegetarian" } },
    { AccessNeed::Dietary, { "vegan" } },
    { AccessNeed::Dietary, { "halal" } },
    { AccessNeed::Dietary, { "kosher" } },
    { AccessNeed::Dietary, { "gluten" } },
    { AccessNeed::Dietary, { "coeliac" } },
    { AccessNeed::Dietary, { "celiac" } },
    { AccessNeed::Dietary, { "allergy" } },
    { AccessNeed::Dietary, { "allergies" } },
    { AccessNeed::Dietary, { "allergic" } },
    { AccessNeed::Dietary, { "nut" } },
    { AccessNeed::Dietary, { "dairy" } },
    { AccessNeed::Dietary, { "lactose" } },
    { AccessNeed::Dietary, { "diabetic" } },
    { AccessNeed::Dietary, { "pescatarian" } },
    { AccessNeed::Dietary, { "food" } },
};

bool isNegation(const QString &word)
{
    static const QStringList words { QStringLiteral("no"), QStringLiteral("not"), QStringLiteral("dont"),
        QStringLiteral("doesnt"), QStringLiteral("without"), QStringLiteral("never"), QStringLiteral("nor") };
    return words.contains(word);
}

/// A word of the text matches a word of a phrase when it is the same or its plural.
bool sameWord(const QString &text, const char *phrase)
{
    const QLatin1String p(phrase);
    if (text == p)
        return true;
    return text.size() == p.size() + 1 && text.startsWith(p) && text.endsWith(QLatin1Char('s'));
}

} // namespace

QStringList plainWords(QStringView text)
{
    const QString folded = names::fold(text);
    QStringList out;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

namespace {

/// Adds to \a found the needs one clause of an answer asks for.
void recogniseClause(const QStringList &words, QList<AccessNeed> &found)
{
    for (const Phrase &phrase : kPhrases) {
        if (found.contains(phrase.need))
            continue;
        const qsizetype length = qsizetype(phrase.words.size());
        for (qsizetype start = 0; start + length <= words.size(); ++start) {
            bool match = true;
            qsizetype i = 0;
            for (const char *w : phrase.words) {
                if (!sameWord(words.at(start + i++), w)) {
                    match = false;
                    break;
                }
            }
            if (!match)
                continue;
            // "no wheelchair needed", "I don't need a hearing loop": not a need. Phrases that
            // start with "no" ("no stairs") are needs in themselves.
            bool negated = false;
            if (!isNegation(words.at(start))) {
                for (qsizetype back = std::max<qsizetype>(0, start - 4); back < start; ++back)
                    negated = negated || isNegation(words.at(back));
            }
            if (!negated) {
                found << phrase.need;
                break;
            }
        }
    }
}

} // namespace

QList<AccessNeed> recogniseAccessNeeds(QStringView text)
{
    // A "no" only reaches to the end of its clause: "No stairs, and a hearing loop please".
    QList<AccessNeed> found;
    QString clause;
    auto flush = [&] {
        recogniseClause(plainWords(clause), found);
        clause.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('!')
            || c == QLatin1Char('?') || c == QLatin1Char('\n') || c == QLatin1Char('/') || c == QLatin1Char('('))
            flush();
        else
            clause += c;
    }
    flush();
    std::sort(found.begin(), found.end());
    return found;
}

bool saysNoAccessNeeds(QStringView text)
{
    const QString words = plainWords(text).join(QLatin1Char(' '));
    if (words.isEmpty())
        return true;
    static const QStringList nothing { QStringLiteral("no"), QStringLiteral("none"), QStringLiteral("n a"),
        QStringLiteral("na"), QStringLiteral("nil"), QStringLiteral("nothing"), QStringLiteral("nope"),
        QStringLiteral("not applicable"), QStringLiteral("no thanks"), QStringLiteral("none thanks"),
        QStringLiteral("no thank you"), QStringLiteral("none thank you"), QStringLiteral("no access needs"),
        QStringLiteral("no needs"), QStringLiteral("no requirements"), QStringLiteral("none at the moment"),
        QStringLiteral("none that i know of"), QStringLiteral("not really"), QStringLiteral("no none") };
    return nothing.contains(words);
}

} // namespace cg
