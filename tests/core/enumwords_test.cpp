// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every enumeration key shown as words can be translated: it is listed for lupdate.
#include "model/enums.h"
#include "model/seatingrule.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

template<class E> void requireListed(const QStringList &listed)
{
    for (E value : enumValues<E>()) {
        const QString words = enumKey(value).replace(QLatin1Char('_'), QLatin1Char(' '));
        INFO(words.toStdString());
        CHECK(listed.contains(words));
        CHECK(enumWords(value) == words); // no translation installed: the words themselves
    }
}

} // namespace

TEST_CASE("every enumeration's words are listed for translation", "[i18n]")
{
    const QStringList listed = translatableEnumWords();
    requireListed<Role>(listed);
    requireListed<Attendance>(listed);
    requireListed<AccessNeed>(listed);
    requireListed<ConsentScope>(listed);
    requireListed<ConsentDecision>(listed);
    requireListed<ConsentMethod>(listed);
    requireListed<AgendaKind>(listed);
    requireListed<BoardKind>(listed);
    requireListed<NoteColour>(listed);
    requireListed<AuthorKind>(listed);
    requireListed<ActionStatus>(listed);
    requireListed<PaymentMethod>(listed);
    requireListed<PaymentStatus>(listed);
    requireListed<SeatingKind>(listed);
}
