// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/names.h"

#include <algorithm>

namespace cg::names {

namespace {

/// Letters with no decomposition into a base letter and a mark.
QStringView spelledOut(char32_t c)
{
    switch (c) {
    case U'ß': return u"ss";
    case U'ẞ': return u"ss";
    case U'ø': case U'Ø': return u"o";
    case U'æ': case U'Æ': return u"ae";
    case U'œ': case U'Œ': return u"oe";
    case U'ł': case U'Ł': return u"l";
    case U'đ': case U'Đ': case U'ð': case U'Ð': return u"d";
    case U'þ': case U'Þ': return u"th";
    case U'ı': return u"i";
    case U'ħ': case U'Ħ': return u"h";
    default: return {};
    }
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'’' || c == U'‘' || c == U'ʼ' || c == U'`' || c == U'´';
}

bool isSeparator(char32_t c)
{
    return c == U'-' || c == U'‐' || c == U'‑' || c == U'–' || c == U'—' || c == U'_' || c == U'.' || c == U','
        || QChar::isSpace(c);
}

} // namespace

QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (char32_t c : decomposed.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing || isApostrophe(c))
            continue;
        if (isSeparator(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (const QStringView spelled = spelledOut(c); !spelled.isEmpty()) {
            out += spelled;
            continue;
        }
        out += QString::fromUcs4(&c, 1).toCaseFolded();
    }
    return out;
}

Matcher::Matcher(QStringView query)
    : m_words(fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts))
{
}

bool Matcher::matchesFolded(QStringView foldedName) const
{
    for (const QString &word : m_words) {
        if (!foldedName.contains(word))
            return false;
    }
    return true;
}

bool Matcher::matches(QStringView name) const
{
    return m_words.isEmpty() || matchesFolded(fold(name));
}

bool matches(QStringView query, QStringView name)
{
    return Matcher(query).matches(name);
}

bool matchesPerson(const Matcher &matcher, const Participant &participant)
{
    return matcher.matches(participant.displayName) || matcher.matches(participant.pseudonym);
}

namespace {

/// Whether \a folded starts with \a prefix as a whole, or one of its words does.
bool hasPrefix(const QString &folded, const QString &prefix)
{
    if (folded.startsWith(prefix))
        return true;
    for (qsizetype i = folded.indexOf(QLatin1Char(' ')); i >= 0; i = folded.indexOf(QLatin1Char(' '), i + 1)) {
        if (QStringView(folded).mid(i + 1).startsWith(prefix))
            return true;
    }
    return false;
}

Resolution decide(const QList<QUuid> &found, const QString &how)
{
    Resolution r;
    if (found.size() == 1) {
        r.kind = Resolution::Kind::One;
        r.person = found.front();
        r.how = how;
    } else if (found.size() > 1) {
        r.kind = Resolution::Kind::Several;
        r.candidates = found;
    }
    return r;
}

} // namespace

QList<QUuid> suggestPeople(const WorkshopData &data, QStringView typed, qsizetype limit)
{
    const QString folded = fold(typed);
    if (folded.isEmpty() || limit <= 0)
        return {};
    const Matcher matcher(typed);
    struct Found
    {
        bool startsWith;
        QString sortKey;
        QUuid id;
    };
    std::vector<Found> found;
    for (const Participant &p : data.participants) {
        const QString name = fold(p.displayName);
        const QString pseudonym = fold(p.pseudonym);
        if (!matcher.matchesFolded(name) && !matcher.matchesFolded(pseudonym))
            continue;
        found.push_back({hasPrefix(name, folded) || hasPrefix(pseudonym, folded), name.isEmpty() ? pseudonym : name, p.id});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.startsWith != b.startsWith)
            return a.startsWith;
        return a.sortKey < b.sortKey;
    });
    QList<QUuid> out;
    for (const Found &f : found) {
        if (out.size() == limit)
            break;
        out << f.id;
    }
    return out;
}

Resolution resolvePerson(const WorkshopData &data, QStringView typed)
{
    const QString wanted = typed.trimmed().toString();
    if (wanted.isEmpty())
        return {};
    const QString folded = fold(wanted);

    struct Folded
    {
        const Participant *person;
        QString name;
        QString pseudonym;
    };
    std::vector<Folded> people;
    people.reserve(data.participants.size());
    for (const Participant &p : data.participants)
        people.push_back({&p, fold(p.displayName), fold(p.pseudonym)});

    auto collect = [&](auto predicate) {
        QList<QUuid> found;
        for (const Folded &f : people) {
            if (predicate(f))
                found << f.person->id;
        }
        return found;
    };

    if (auto exact = collect([&](const Folded &f) { return f.person->displayName.trimmed() == wanted; });
        !exact.isEmpty())
        return decide(exact, QStringLiteral("name"));
    if (folded.isEmpty())
        return {};
    if (auto byName = collect([&](const Folded &f) { return f.name == folded; }); !byName.isEmpty())
        return decide(byName, QStringLiteral("name"));
    if (auto byPseudonym = collect([&](const Folded &f) { return f.pseudonym == folded; }); !byPseudonym.isEmpty())
        return decide(byPseudonym, QStringLiteral("pseudonym"));
    if (const QUuid id(wanted); !id.isNull() && data.participants.contains(id))
        return decide({id}, QStringLiteral("id"));
    if (auto byPrefix
        = collect([&](const Folded &f) { return hasPrefix(f.name, folded) || hasPrefix(f.pseudonym, folded); });
        !byPrefix.isEmpty())
        return decide(byPrefix, QStringLiteral("prefix"));

    // Nobody: offer the people whose names contain the words typed.
    Resolution none;
    const Matcher matcher(wanted);
    for (const Folded &f : people) {
        if (matcher.matchesFolded(f.name) || matcher.matchesFolded(f.pseudonym))
            none.candidates << f.person->id;
    }
    return none;
}

} // namespace cg::names
