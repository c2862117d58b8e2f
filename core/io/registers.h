// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace cg::io {

// The two records a data controller keeps: the consent register and the payments sheet. They are
// team documents, not audience outputs, so they list everyone regardless of consent (a withdrawn
// person's withdrawal must be provable, and they must still be paid).
//
// Both are CSV as RFC 4180 describes it (comma separated, CRLF line ends, fields quoted when they
// hold a comma, quote or line break), in UTF-8 with a byte-order mark so that spreadsheet programs
// read accented names correctly. Text cells that a spreadsheet would run as a formula (starting
// with = + - @) get a leading apostrophe.

/// Every consent event, oldest first: participant, pseudonym, scope, decision, method, recorded
/// by, recorded at (UTC, ISO 8601), information-sheet version, participant id.
QByteArray consentRegisterCsv(const WorkshopData &data);
/// One row per person with a payment record, with hours, fee, expenses, total and status.
/// Amounts are plain numbers in the workshop's currency ("25.00"); never bank details.
QByteArray paymentsCsv(const WorkshopData &data);

/// The people list for the workshop team: one row per person with name, pseudonym, role,
/// organisation, access needs, attendance, the state of each consent scope and notes. With
/// \a includeContact, email and phone columns too, filled only where ConsentPolicy allows
/// (never for someone who refused or withdrew, or whose take_part is not recorded).
QByteArray peopleListCsv(const WorkshopData &data, bool includeContact);
/// How many people's contact details peopleListCsv() would carry when asked for them.
int contactDetailsShown(const WorkshopData &data);

/// Writes the register to \a path atomically (the file appears complete or not at all).
Result<void> writeConsentRegister(const WorkshopData &data, const QString &path);
Result<void> writePaymentsSheet(const WorkshopData &data, const QString &path);

} // namespace cg::io
