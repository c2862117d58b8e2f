// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>

namespace cg::names {

/// The form of a name or a search used for matching: case folded, accents and other marks
/// removed ("Siân" → "sian", "Chloë" → "chloe", "Ç" → "c", "ß" → "ss", "ø" → "o"), apostrophes
/// dropped ("O’Neill" → "oneill"), hyphens and runs of space made one space.
QString fold(QStringView text);

/// Whether a search \a query finds \a name: every word of the query appears somewhere in the
/// name, ignoring case and accents ("will" finds "Siân Williams", "sian w" finds her too). An
/// empty query finds everyone. The one matcher behind every search and completion of people.
bool matches(QStringView query, QStringView name);

/// matches() for one query over many names: folds the query once.
class Matcher
{
public:
    explicit Matcher(QStringView query);
    bool matches(QStringView name) const;
    /// The same for a name already passed through fold().
    bool matchesFolded(QStringView foldedName) const;
    bool isEmpty() const { return m_words.isEmpty(); }

private:
    QStringList m_words;
};

/// Whether \a participant is found by \a matcher through their display name or pseudonym.
bool matchesPerson(const Matcher &matcher, const Participant &participant);

/// People a type-ahead list offers for \a typed: everyone matches() finds through their display
/// name or pseudonym, best first: those whose name (or one of its words) starts with what was
/// typed, then those whose name only contains it; alphabetical within each. At most \a limit;
/// nobody for an empty text. The list only offers: resolvePerson() decides who a name means.
QList<QUuid> suggestPeople(const WorkshopData &data, QStringView typed, qsizetype limit = 8);

/// Who a typed name means (capture bar, command line, check-in, room mode, …).
struct Resolution
{
    enum class Kind {
        Nobody,  ///< nobody matches; `candidates` holds people whose names contain the text
        One,     ///< exactly one person: `person`
        Several, ///< more than one person matches equally well: `candidates`, never guessed between
    };
    Kind kind = Kind::Nobody;
    QUuid person;
    QList<QUuid> candidates;
    /// How the one person was found, for messages: "name", "pseudonym", "prefix" or "id".
    QString how;

    bool isOne() const { return kind == Kind::One; }
};

/// The one name resolver. In order, stopping at the first rule that finds anyone: the exact
/// display name as typed; the display name ignoring case and accents; the pseudonym ignoring
/// case and accents; an id; then a unique prefix of a display name or pseudonym, or of one of
/// their words ("Sia" → Siân Williams when nobody else's name starts so). When a rule finds
/// two or more people the answer is Several with all of them: a note credited to the wrong
/// person carries the wrong person's consent, so two people are never guessed between.
Resolution resolvePerson(const WorkshopData &data, QStringView typed);

} // namespace cg::names
