// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one matcher and the one resolver of people's names.
#include "people/names.h"
#include "testsupport.h"

using namespace cg;

namespace {

QUuid add(WorkshopData &data, const QString &name, const QString &pseudonym = {})
{
    Participant p;
    p.id = newId();
    p.displayName = name;
    p.pseudonym = pseudonym.isEmpty() ? QStringLiteral("Participant %1").arg(data.participants.size() + 1) : pseudonym;
    data.participants.insert(p);
    return p.id;
}

} // namespace

TEST_CASE("folding ignores case, accents, apostrophes and spacing", "[names]")
{
    CHECK(names::fold(u"Siân") == QStringLiteral("sian"));
    CHECK(names::fold(u"Chloë") == QStringLiteral("chloe"));
    CHECK(names::fold(u"Yusuf Çelik") == QStringLiteral("yusuf celik"));
    CHECK(names::fold(u"Siobhán O’Neill") == QStringLiteral("siobhan oneill"));
    CHECK(names::fold(u"  Jean-Luc   Søren ") == QStringLiteral("jean luc soren"));
    CHECK(names::fold(u"Straße Łukasz Æsa") == QStringLiteral("strasse lukasz aesa"));
    // Decomposed input (e + combining diaeresis) folds like the composed form.
    CHECK(names::fold(QString::fromUtf8("Chloe\xCC\x88")) == QStringLiteral("chloe"));
    // Scripts without case are kept as they are.
    CHECK(names::fold(u"مريم") == QStringLiteral("مريم"));
}

TEST_CASE("search finds any part of a name, ignoring case and accents", "[names]")
{
    CHECK(names::matches(u"sian", u"Siân Williams"));
    CHECK(names::matches(u"will", u"Siân Williams"));
    CHECK(names::matches(u"SIAN will", u"Siân Williams"));
    CHECK(names::matches(u"chloe", u"Chloë Martin"));
    CHECK(names::matches(u"oneill", u"Siobhán O'Neill"));
    CHECK(names::matches(u"o'neill", u"Siobhán O’Neill"));
    CHECK(names::matches(u"", u"Anyone"));
    CHECK_FALSE(names::matches(u"sian x", u"Siân Williams"));
    CHECK_FALSE(names::matches(u"bob", u"Siân Williams"));
}

TEST_CASE("the resolver: exact name, then pseudonym, then a unique prefix", "[names]")
{
    WorkshopData data;
    const QUuid sian = add(data, QStringLiteral("Siân Williams"));
    const QUuid chloe = add(data, QStringLiteral("Chloë Martin"), QStringLiteral("Willow"));
    const QUuid marcus = add(data, QStringLiteral("Marcus Adebayo"));

    auto one = [&](const QString &typed) {
        const auto r = names::resolvePerson(data, typed);
        INFO(typed.toStdString());
        REQUIRE(r.isOne());
        return r.person;
    };
    CHECK(one(QStringLiteral("Siân Williams")) == sian);
    CHECK(one(QStringLiteral("sian williams")) == sian);
    CHECK(one(QStringLiteral("CHLOE MARTIN")) == chloe);
    CHECK(one(QStringLiteral("willow")) == chloe);        // pseudonym beats the prefix of "Williams"
    CHECK(one(QStringLiteral("Participant 3")) == marcus); // the default pseudonym
    CHECK(one(QStringLiteral("Marc")) == marcus);
    CHECK(one(QStringLiteral("ade")) == marcus);          // a later word's prefix counts too
    CHECK(one(sian.toString()) == sian);                  // an id
    CHECK(one(QStringLiteral("si")) == sian);

    SECTION("a prefix shared by two people is never guessed between")
    {
        // "Marcus" and "Martin" both start with "Mar".
        const auto r = names::resolvePerson(data, QStringLiteral("Mar"));
        CHECK(r.kind == names::Resolution::Kind::Several);
        CHECK(r.candidates == QList<QUuid>{chloe, marcus});
    }
    SECTION("two people with the same name are never guessed between")
    {
        const QUuid other = add(data, QStringLiteral("Sian Williams"));
        // Typed exactly as one of them is written: that one.
        CHECK(one(QStringLiteral("Sian Williams")) == other);
        // Typed as neither: both are offered.
        const auto r = names::resolvePerson(data, QStringLiteral("sian williams"));
        CHECK(r.kind == names::Resolution::Kind::Several);
        CHECK(r.candidates == QList<QUuid>{sian, other});
    }
    SECTION("nobody: the candidates contain the words typed")
    {
        const auto r = names::resolvePerson(data, QStringLiteral("tin"));
        CHECK(r.kind == names::Resolution::Kind::Nobody);
        CHECK(r.candidates == QList<QUuid>{chloe});
        CHECK(names::resolvePerson(data, QStringLiteral("  ")).kind == names::Resolution::Kind::Nobody);
    }
}

TEST_CASE("suggestions offer names that start with the text first, then any that contain it", "[names]")
{
    WorkshopData data;
    const QUuid sian = add(data, QStringLiteral("Siân Williams"));
    const QUuid chloe = add(data, QStringLiteral("Chloë Martin"), QStringLiteral("Willow"));
    const QUuid will = add(data, QStringLiteral("Will Evans"));
    const QUuid aisha = add(data, QStringLiteral("Aisha Rahman"));

    CHECK(names::suggestPeople(data, u"sian") == QList<QUuid>{sian});
    CHECK(names::suggestPeople(data, u"CHLOE") == QList<QUuid>{chloe});
    // "will": Will Evans, Siân Williams and Willow all start a word with it; alphabetical by name.
    CHECK(names::suggestPeople(data, u"will") == QList<QUuid>{chloe, sian, will});
    // "ill" only sits inside names: still offered.
    CHECK(names::suggestPeople(data, u"ill") == QList<QUuid>{chloe, sian, will});
    // Starting a word comes before merely containing the text.
    // (Aisha Rahman would come first alphabetically, but only contains "ma".)
    CHECK(names::suggestPeople(data, u"ma") == QList<QUuid>{chloe, aisha});
    CHECK(names::suggestPeople(data, u"will", 2) == QList<QUuid>{chloe, sian});
    CHECK(names::suggestPeople(data, u"  ").isEmpty());
    CHECK(names::suggestPeople(data, u"zz").isEmpty());
}
