// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace cg {
class Session;
}

namespace cg::io {

/// The invite list as read from a sign-up spreadsheet saved as CSV.
///
/// A header row is required. Columns (any order, case and spacing ignored): `name` (required),
/// `pseudonym`, `role`, `organisation`, `email`, `phone`, `access_needs` (a semicolon-separated
/// list) and, optionally, one column per consent scope (`take_part`, `be_named`, ...) holding
/// `yes`, `no` or nothing (= not recorded). Problems that stop the import are `errors`;
/// things worth a look that do not (an unknown role, an unknown column) are `warnings`. Both
/// read "line N: what is wrong", N counting lines as a text editor does.
struct ParticipantCsv
{
    std::vector<Participant> participants; // with fresh ids; pseudonyms left empty when not given
    std::vector<ConsentEvent> consentEvents; // "yes" and "no" answers, as written-form decisions
    QStringList warnings;
    QStringList errors;

    bool ok() const { return errors.isEmpty(); }
};

struct ParticipantCsvOptions
{
    QDateTime recordedAt; // when the consent answers are recorded
    QString recordedBy; // who records them
};

/// Reads the CSV without changing anything. \a data is the workshop it is meant for (used to
/// warn about people who are already in it and for the information-sheet version).
ParticipantCsv parseParticipantsCsv(
    const QByteArray &bytes, const WorkshopData &data, const ParticipantCsvOptions &options = {});

struct ParticipantImportSummary
{
    int participants = 0;
    int consentEvents = 0;
    QStringList warnings;
};

/// Reads the CSV and, when every row is sound, adds everyone and their consent answers to the
/// workshop in one transaction. When any row has a problem nothing is added and the error says
/// "line N: reason" for the first problem (and how many more there are).
///
/// Without consent columns the import is one undoable step. With consent answers it is recorded
/// permanently, like every consent decision (consent history is append-only), together with an
/// audit event.
Result<ParticipantImportSummary> importParticipantsCsv(
    Session &session, const QByteArray &bytes, const QString &sourceName = {});

} // namespace cg::io
