// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/signupcolumns.h"
#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace cg {
class Session;
}

namespace cg::io {

/// The invite list as read from a sign-up spreadsheet saved as CSV: Common Ground's own format,
/// or an export from Eventbrite, Google Forms or Microsoft Forms.
///
/// A header row is required. What each column holds is recognised from its header
/// (io::guessColumns: `name` or First Name + Last Name, `pseudonym`, `role` or Ticket Type / "I am
/// attending as", `organisation`, `email`, `phone`, `access_needs` (a list) or an access question
/// (free text), `attendance` or a ticket status, `notes`, and one column per consent scope
/// (`take_part`, `be_named`, ...) holding `yes`, `no` or nothing = not recorded), or given by the
/// facilitator. Free-text access needs are recognised into the set of needs and the words are
/// kept in the access notes; role answers such as "Carer" map to a role, keeping the answer in
/// the notes; cancelled tickets are left out (or kept as no-shows).
///
/// Problems that stop the import are `errors`; things worth a look that do not (an unknown role,
/// an unknown column) are `warnings`. Both read "line N: what is wrong", N counting lines as a
/// text editor does.
struct ParticipantCsv
{
    std::vector<Participant> participants; // with fresh ids; pseudonyms left empty when not given
    std::vector<ConsentEvent> consentEvents; // "yes" and "no" answers, as written-form decisions
    QStringList warnings;
    QStringList errors;
    ColumnMapping columns; // how each column was read

    /// What became of each data row, for the preview.
    struct Row
    {
        enum class Status { Added, Skipped, Error };
        int line = 0;
        Status status = Status::Added;
        int person = -1; // index into participants when added
        QString reason;  // why a row was skipped
        QString name;    // who a skipped row was, as the file names them
    };
    std::vector<Row> rows;
    int cancelled = 0; // cancelled tickets left out

    bool ok() const { return errors.isEmpty(); }
};

/// Bounds on what is read: a sign-up list is a few hundred rows of short answers.
inline constexpr qsizetype maxCsvBytes = 20 * 1024 * 1024;
inline constexpr int maxCsvRows = 10000;
inline constexpr int maxNameLength = 200;
inline constexpr int maxFieldLength = 4000;

struct ParticipantCsvOptions
{
    QDateTime recordedAt; // when the consent answers are recorded
    QString recordedBy; // who records them
    /// What each column holds, one per header; when empty, recognised from the header.
    std::optional<std::vector<ColumnUse>> columns;
    /// Cancelled tickets are added as no-shows instead of being left out.
    bool keepCancelled = false;
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
/// \a options chooses the columns and what happens to cancelled tickets; its time and recorder
/// are filled in here.
Result<ParticipantImportSummary> importParticipantsCsv(Session &session, const QByteArray &bytes,
    const QString &sourceName = {}, const ParticipantCsvOptions &options = {});

} // namespace cg::io
