// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/participantcsv.h"

#include "commands/edits.h"
#include "io/csv.h"
#include "planning/accessneeds.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cg::io {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::io", text, nullptr, n);
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

/// Microsoft Forms writes "anonymous" for the name and email of a form anyone may fill in.
bool isAnonymousPlaceholder(const QString &value)
{
    return value.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0;
}

void appendLine(QString &to, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!to.isEmpty())
        to += QLatin1Char('\n');
    to += text;
}

/// The messages about the header say "line 1"; the header is on another line when blank lines
/// come first.
QStringList onHeaderLine(const QStringList &messages, int line)
{
    if (line == 1)
        return messages;
    QStringList out;
    for (const QString &m : messages)
        out << (m.startsWith(QLatin1String("line 1:")) ? QStringLiteral("line %1:").arg(line) + m.mid(7) : m);
    return out;
}

} // namespace

ParticipantCsv parseParticipantsCsv(
    const QByteArray &bytes, const WorkshopData &data, const ParticipantCsvOptions &options)
{
    ParticipantCsv out;
    if (bytes.size() > maxCsvBytes) {
        out.errors << tr("line 1: the file is %1 MB; a sign-up list is at most %2 MB. Is this the right file?")
                          .arg(bytes.size() / (1024 * 1024))
                          .arg(maxCsvBytes / (1024 * 1024));
        return out;
    }
    auto records = readCsv(bytes);
    if (!records) {
        out.errors << records.message();
        return out;
    }
    if (records->empty()) {
        out.errors << tr("line 1: the file is empty; it needs a header row naming the columns.");
        return out;
    }

    // The header: which column is which.
    const CsvRecord &header = records->front();
    out.columns = options.columns ? mappingWith(header.fields, *options.columns) : guessColumns(header.fields);
    out.warnings << onHeaderLine(out.columns.warnings, header.line);
    out.errors << onHeaderLine(out.columns.errors, header.line);
    if (!out.errors.isEmpty())
        return out;
    if (records->size() - 1 > std::size_t(maxCsvRows)) {
        out.errors << tr("line %1: the file has %2 rows; at most %3 people can be imported at once. Is this the "
                         "right file?")
                          .arg(header.line)
                          .arg(records->size() - 1)
                          .arg(maxCsvRows);
        return out;
    }
    const std::vector<ColumnUse> &uses = out.columns.uses;

    QSet<QString> existingNames;
    for (const Participant &p : data.participants)
        existingNames.insert(p.displayName.toCaseFolded());
    QHash<QString, int> namesInFile;

    const QString roleList = [] {
        QStringList words;
        for (Role r : enumValues<Role>())
            words << enumWords(r);
        return words.join(QStringLiteral(", "));
    }();

    for (std::size_t r = 1; r < records->size(); ++r) {
        const CsvRecord &record = (*records)[r];
        const int line = record.line;
        ParticipantCsv::Row row { line, ParticipantCsv::Row::Status::Error, -1, {}, {} };
        auto rowError = [&](const QString &message) {
            out.errors << message;
            out.rows.push_back(row);
        };
        if (record.fields.size() > header.fields.size()) {
            rowError(tr("line %1: this row has %2 fields but the header has %3. Is there a comma that should be "
                        "inside quotes?")
                         .arg(line)
                         .arg(record.fields.size())
                         .arg(header.fields.size()));
            continue;
        }
        // Spreadsheets save rows of empty cells below the data ("Alice,,\n,,\n").
        if (std::all_of(record.fields.begin(), record.fields.end(), [](const QString &f) { return f.trimmed().isEmpty(); })) {
            row.status = ParticipantCsv::Row::Status::Skipped;
            row.reason = tr("An empty row.");
            out.rows.push_back(row);
            continue;
        }
        bool tooLong = false;
        for (qsizetype c = 0; c < record.fields.size() && !tooLong; ++c) {
            if (record.fields.at(c).size() > maxFieldLength && uses[std::size_t(c)].field != SignupField::Ignore) {
                rowError(tr("line %1: the text in the column %2 is %3 characters long; at most %4 fit. Is this the "
                            "right file?")
                             .arg(line)
                             .arg(quoted(header.fields.at(c).trimmed()))
                             .arg(record.fields.at(c).size())
                             .arg(maxFieldLength));
                tooLong = true;
            }
        }
        if (tooLong)
            continue;

        Participant p;
        p.id = newId();
        QString name;
        QString first;
        QString last;
        std::optional<AttendanceAnswer> status;
        QString statusText;
        std::vector<std::pair<ConsentScope, ConsentDecision>> answers;
        QStringList rowWarnings;
        QStringList rowErrors;
        for (qsizetype c = 0; c < record.fields.size(); ++c) {
            const ColumnUse use = uses[std::size_t(c)];
            const QString value = record.fields.at(c).trimmed();
            switch (use.field) {
            case SignupField::Ignore:
                break;
            case SignupField::Name:
                name = isAnonymousPlaceholder(value) ? QString() : value;
                break;
            case SignupField::FirstName:
                first = value;
                break;
            case SignupField::LastName:
                last = value;
                break;
            case SignupField::Pseudonym:
                p.pseudonym = value;
                break;
            case SignupField::Role: {
                const RoleAnswer answer = roleFromAnswer(value);
                p.role = answer.role;
                if (!answer.exact && !value.isEmpty())
                    appendLine(p.notes, tr("Signed up as: %1").arg(value));
                if (!answer.recognised)
                    rowWarnings << tr("line %1: the role %2 is not one of %3, so it was recorded as “other”.")
                                       .arg(line)
                                       .arg(quoted(value), roleList);
                break;
            }
            case SignupField::Organisation:
                p.organisation = value;
                break;
            case SignupField::Email:
                p.email = isAnonymousPlaceholder(value) ? QString() : value;
                if (!p.email.isEmpty() && !p.email.contains(QLatin1Char('@')))
                    rowWarnings << tr("line %1: the email address %2 has no @ in it.").arg(line).arg(quoted(value));
                break;
            case SignupField::Phone:
                p.phone = value;
                break;
            case SignupField::AccessNeeds: {
                // Our own list ("bsl;step_free"), or words: every item that is not a need's key
                // is recognised as free text and kept as written.
                QStringList words;
                for (const QString &item : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    const QString need = item.trimmed();
                    if (need.isEmpty())
                        continue;
                    if (auto known = enumFromString<AccessNeed>(need)) {
                        p.accessNeeds << *known;
                        continue;
                    }
                    if (saysNoAccessNeeds(need))
                        continue;
                    const QList<AccessNeed> recognised = recogniseAccessNeeds(need);
                    p.accessNeeds << recognised;
                    words << need;
                    if (recognised.isEmpty())
                        rowWarnings << tr("line %1: %2 kept in the access notes (not one of the listed access needs).")
                                           .arg(line)
                                           .arg(need);
                }
                appendLine(p.accessNotes, words.join(QStringLiteral("; ")));
                break;
            }
            case SignupField::AccessNotes: {
                if (saysNoAccessNeeds(value))
                    break;
                const QList<AccessNeed> recognised = recogniseAccessNeeds(value);
                p.accessNeeds << recognised;
                appendLine(p.accessNotes, value);
                if (recognised.isEmpty())
                    rowWarnings << tr("line %1: %2 matched none of the listed access needs; it is kept in the access "
                                      "notes.")
                                       .arg(line)
                                       .arg(quoted(value));
                break;
            }
            case SignupField::Attendance:
                if (!value.isEmpty()) {
                    status = attendanceFromAnswer(value);
                    statusText = value;
                }
                break;
            case SignupField::Notes:
                appendLine(p.notes, value);
                break;
            case SignupField::Consent: {
                const QString answer = value.toLower();
                if (answer.isEmpty())
                    break;
                if (answer == QLatin1String("yes")) {
                    answers.emplace_back(use.scope, ConsentDecision::Granted);
                } else if (answer == QLatin1String("no")) {
                    answers.emplace_back(use.scope, ConsentDecision::Refused);
                } else {
                    rowErrors << tr("line %1: %2 must be yes, no or empty, not %3.")
                                     .arg(line)
                                     .arg(enumKey(use.scope), quoted(value));
                }
                break;
            }
            }
        }
        if (name.isEmpty())
            name = QStringList { first, last }.join(QLatin1Char(' ')).trimmed();
        p.displayName = name;
        std::sort(p.accessNeeds.begin(), p.accessNeeds.end());
        p.accessNeeds.erase(std::unique(p.accessNeeds.begin(), p.accessNeeds.end()), p.accessNeeds.end());

        if (status && status->cancelled) {
            if (!options.keepCancelled) {
                ++out.cancelled;
                row.status = ParticipantCsv::Row::Status::Skipped;
                row.reason = tr("Ticket cancelled (%1): left out.").arg(quoted(statusText));
                row.name = name;
                out.warnings << tr("line %1: %2's ticket is cancelled (%3), so they were left out.")
                                    .arg(line)
                                    .arg(name.isEmpty() ? tr("this person") : name, quoted(statusText));
                out.rows.push_back(row);
                continue;
            }
            p.attendance = Attendance::NoShow;
            appendLine(p.notes, tr("Ticket cancelled (%1).").arg(statusText));
        } else if (status && status->attendance) {
            p.attendance = *status->attendance;
        } else if (status) {
            rowWarnings << tr("line %1: the attendance %2 is not one Common Ground knows (invited, confirmed, arrived, "
                              "stepped out, left, no-show), so it was recorded as “invited”.")
                               .arg(line)
                               .arg(quoted(statusText));
        }
        if (p.displayName.isEmpty()) {
            out.errors << tr("line %1: the name is empty. Every person needs a name (a first name or a nickname "
                             "is fine).")
                              .arg(line);
            out.rows.push_back(row);
            continue;
        }
        if (p.displayName.size() > maxNameLength) {
            rowError(tr("line %1: the name is %2 characters long; at most %3 fit. Is the right column used for "
                        "names?")
                         .arg(line)
                         .arg(p.displayName.size())
                         .arg(maxNameLength));
            continue;
        }
        if (!rowErrors.isEmpty()) {
            out.errors << rowErrors;
            out.rows.push_back(row);
            continue;
        }
        out.warnings << rowWarnings;
        const QString folded = p.displayName.toCaseFolded();
        if (existingNames.contains(folded))
            out.warnings << tr("line %1: %2 is already in the workshop; added again as a separate person.")
                                .arg(line)
                                .arg(quoted(p.displayName));
        else if (namesInFile.contains(folded))
            out.warnings << tr("line %1: %2 is also on line %3; both were added.")
                                .arg(line)
                                .arg(quoted(p.displayName))
                                .arg(namesInFile.value(folded));
        namesInFile.insert(folded, line);
        for (const auto &[scope, decision] : answers) {
            ConsentEvent e;
            e.id = newId();
            e.participantId = p.id;
            e.scope = scope;
            e.decision = decision;
            e.method = ConsentMethod::WrittenForm;
            e.recordedBy = options.recordedBy;
            e.recordedAt = options.recordedAt;
            e.infoSheetVersion = data.workshop.infoSheetVersion;
            out.consentEvents.push_back(e);
        }
        row.status = ParticipantCsv::Row::Status::Added;
        row.person = int(out.participants.size());
        out.rows.push_back(row);
        out.participants.push_back(std::move(p));
    }
    if (out.ok() && out.participants.empty())
        out.warnings << tr("There is nobody to add: the file has a header row but no people.");
    return out;
}

Result<ParticipantImportSummary> importParticipantsCsv(
    Session &session, const QByteArray &bytes, const QString &sourceName, const ParticipantCsvOptions &choices)
{
    const WorkshopData &data = session.data();
    ParticipantCsvOptions options = choices;
    options.recordedAt = session.now();
    options.recordedBy = data.workshop.facilitators.isEmpty() ? tr("imported from a spreadsheet")
                                                              : data.workshop.facilitators.first();
    ParticipantCsv parsed = parseParticipantsCsv(bytes, data, options);
    if (!parsed.ok()) {
        QString message = parsed.errors.first();
        if (parsed.errors.size() > 1)
            message += QLatin1Char(' ')
                + tr("(%n more problem(s); nobody was imported)", int(parsed.errors.size() - 1));
        else
            message += QLatin1Char(' ') + tr("(nobody was imported)");
        return fail(message);
    }
    ParticipantImportSummary summary;
    summary.participants = int(parsed.participants.size());
    summary.consentEvents = int(parsed.consentEvents.size());
    summary.warnings = parsed.warnings;
    if (parsed.participants.empty())
        return summary;

    auto edit = edits::addParticipants(data, parsed.participants);
    if (!edit)
        return edit.error();
    if (parsed.consentEvents.empty()) {
        if (auto done = session.perform(std::move(edit)); !done)
            return done.error();
        return summary;
    }
    for (ConsentEvent &e : parsed.consentEvents)
        edit->changes.push_back(RowChange::inserted(std::move(e)));
    AuditEvent audit;
    audit.id = newId();
    audit.at = options.recordedAt;
    audit.kind = QStringLiteral("import");
    audit.summary = tr("Imported %1 people and %2 consent answers from %3")
                        .arg(summary.participants)
                        .arg(summary.consentEvents)
                        .arg(sourceName.isEmpty() ? tr("a spreadsheet") : quoted(sourceName));
    audit.actor = options.recordedBy;
    edit->changes.push_back(RowChange::inserted(audit));
    if (auto done = session.record(std::move(edit)); !done)
        return done.error();
    return summary;
}

} // namespace cg::io
