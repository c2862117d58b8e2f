// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/participantcsv.h"

#include "commands/edits.h"
#include "io/csv.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cg::io {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::io::participantcsv", text, nullptr, n);
}

enum class Column { Name, Pseudonym, Role, Organisation, Email, Phone, AccessNeeds, Consent };

QString normaliseHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return h;
}

// Header names as spreadsheets commonly spell them, mapped to the columns we know.
std::optional<Column> columnFor(const QString &normalised)
{
    static const QHash<QString, Column> known {
        { QStringLiteral("name"), Column::Name },
        { QStringLiteral("display_name"), Column::Name },
        { QStringLiteral("full_name"), Column::Name },
        { QStringLiteral("pseudonym"), Column::Pseudonym },
        { QStringLiteral("role"), Column::Role },
        { QStringLiteral("organisation"), Column::Organisation },
        { QStringLiteral("organization"), Column::Organisation },
        { QStringLiteral("email"), Column::Email },
        { QStringLiteral("e_mail"), Column::Email },
        { QStringLiteral("phone"), Column::Phone },
        { QStringLiteral("telephone"), Column::Phone },
        { QStringLiteral("access_needs"), Column::AccessNeeds },
    };
    if (auto it = known.constFind(normalised); it != known.constEnd())
        return *it;
    if (enumFromString<ConsentScope>(normalised))
        return Column::Consent;
    return std::nullopt;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

ParticipantCsv parseParticipantsCsv(
    const QByteArray &bytes, const WorkshopData &data, const ParticipantCsvOptions &options)
{
    ParticipantCsv out;
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
    struct Mapped
    {
        Column column;
        ConsentScope scope = ConsentScope::TakePart;
    };
    std::vector<std::optional<Mapped>> columns;
    QSet<QString> seen;
    bool hasName = false;
    for (const QString &raw : header.fields) {
        const QString name = normaliseHeader(raw);
        const auto column = columnFor(name);
        if (!column) {
            if (!name.isEmpty())
                out.warnings << tr(
                    "line %1: the column %2 is not one Common Ground uses, so it was left out.")
                                    .arg(header.line)
                                    .arg(quoted(raw.trimmed()));
            columns.push_back(std::nullopt);
            continue;
        }
        Mapped mapped { *column };
        QString key = name;
        if (*column == Column::Consent) {
            mapped.scope = *enumFromString<ConsentScope>(name);
            key = enumKey(mapped.scope);
        } else {
            key = QString::number(int(*column));
        }
        if (seen.contains(key)) {
            out.errors
                << tr("line %1: the column %2 appears twice.").arg(header.line).arg(quoted(raw.trimmed()));
            return out;
        }
        seen.insert(key);
        hasName = hasName || *column == Column::Name;
        columns.push_back(mapped);
    }
    if (!hasName) {
        out.errors << tr(
            "line %1: there is no “name” column. The first row must name the columns, for example "
            "name,pseudonym,role,organisation,email,phone,access_needs.")
                          .arg(header.line);
        return out;
    }

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
        if (record.fields.size() > header.fields.size()) {
            out.errors << tr(
                "line %1: this row has %2 fields but the header has %3. Is there a comma that should be "
                "inside quotes?")
                              .arg(line)
                              .arg(record.fields.size())
                              .arg(header.fields.size());
            continue;
        }
        Participant p;
        p.id = newId();
        std::vector<std::pair<ConsentScope, ConsentDecision>> answers;
        bool rowOk = true;
        for (qsizetype c = 0; c < record.fields.size(); ++c) {
            const auto &mapped = columns[std::size_t(c)];
            if (!mapped)
                continue;
            const QString value = record.fields.at(c).trimmed();
            switch (mapped->column) {
            case Column::Name:
                p.displayName = value;
                break;
            case Column::Pseudonym:
                p.pseudonym = value;
                break;
            case Column::Role:
                if (value.isEmpty()) {
                    p.role = Role::Other;
                } else if (auto role = enumFromString<Role>(value)) {
                    p.role = *role;
                } else {
                    p.role = Role::Other;
                    out.warnings << tr(
                        "line %1: the role %2 is not one of %3, so it was recorded as “other”.")
                                        .arg(line)
                                        .arg(quoted(value), roleList);
                }
                break;
            case Column::Organisation:
                p.organisation = value;
                break;
            case Column::Email:
                p.email = value;
                if (!value.isEmpty() && !value.contains(QLatin1Char('@')))
                    out.warnings
                        << tr("line %1: the email address %2 has no @ in it.").arg(line).arg(quoted(value));
                break;
            case Column::Phone:
                p.phone = value;
                break;
            case Column::AccessNeeds: {
                QStringList other;
                for (const QString &item : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    const QString need = item.trimmed();
                    if (need.isEmpty())
                        continue;
                    if (auto known = enumFromString<AccessNeed>(need))
                        p.accessNeeds << *known;
                    else
                        other << need;
                }
                // Needs outside the fixed list still matter: keep them, in the person's words.
                if (!other.isEmpty()) {
                    p.accessNotes = other.join(QStringLiteral("; "));
                    out.warnings << tr(
                        "line %1: %2 kept in the access notes (not one of the listed access needs).")
                                        .arg(line)
                                        .arg(other.join(QStringLiteral("; ")));
                }
                std::sort(p.accessNeeds.begin(), p.accessNeeds.end());
                p.accessNeeds.erase(
                    std::unique(p.accessNeeds.begin(), p.accessNeeds.end()), p.accessNeeds.end());
                break;
            }
            case Column::Consent: {
                const QString answer = value.toLower();
                if (answer.isEmpty())
                    break;
                if (answer == QLatin1String("yes")) {
                    answers.emplace_back(mapped->scope, ConsentDecision::Granted);
                } else if (answer == QLatin1String("no")) {
                    answers.emplace_back(mapped->scope, ConsentDecision::Refused);
                } else {
                    out.errors << tr("line %1: %2 must be yes, no or empty, not %3.")
                                      .arg(line)
                                      .arg(enumKey(mapped->scope), quoted(value));
                    rowOk = false;
                }
                break;
            }
            }
        }
        if (p.displayName.isEmpty()) {
            out.errors << tr(
                "line %1: the name is empty. Every person needs a name (a first name or a nickname "
                "is fine).")
                              .arg(line);
            continue;
        }
        if (!rowOk)
            continue;
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
        out.participants.push_back(std::move(p));
    }
    if (out.ok() && out.participants.empty())
        out.warnings << tr("There is nobody to add: the file has a header row but no people.");
    return out;
}

Result<ParticipantImportSummary> importParticipantsCsv(
    Session &session, const QByteArray &bytes, const QString &sourceName)
{
    const WorkshopData &data = session.data();
    ParticipantCsvOptions options;
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
