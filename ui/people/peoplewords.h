// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace cg {

/// The words the people screens use for the domain's enumerations, in sentence case and through
/// tr(). Consent states always come with a shape as well as a colour (a tick in a circle, a cross
/// in a square, a slashed circle, a dashed ring), so that no one has to tell them apart by colour.
class PeopleWords
{
    Q_DECLARE_TR_FUNCTIONS(cg::PeopleWords)

public:
    static QString role(Role role);
    static QString attendance(Attendance attendance);
    /// "Take part", "Be named", ...
    static QString scope(ConsentScope scope);
    /// The question put to the person, e.g. "May we use your name in reports?"
    static QString scopeQuestion(ConsentScope scope);
    /// "Granted", "Refused", "Withdrawn", "Not recorded"
    static QString state(ConsentState state);
    /// A text symbol for the state, shown next to the word in plain-text places (lists, CSV-like
    /// cells): ✔ ✘ ⊘ ?
    static QString stateSymbol(ConsentState state);
    /// The state's shape, drawn in its colour, \a size pixels square.
    static QIcon stateIcon(ConsentState state, int size = 20);
    static QString method(ConsentMethod method);
    static QString paymentMethod(PaymentMethod method);
    static QString paymentStatus(PaymentStatus status);
    /// A comma-separated list of needs in plain words.
    static QString accessNeeds(const QList<AccessNeed> &needs);
};

} // namespace cg
