// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/registers.h"

#include "consent/consentpolicy.h"
#include "export/writers.h"
#include "io/csv.h"
#include "planning/payments.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace cg::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::io", text);
}

QString hours(double value)
{
    return QString::number(value, 'g', 6);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray toCsv(const std::vector<QStringList> &rows)
{
    // Amounts and hours are never negative (the schema checks), so guarding formulas cannot turn
    // a number into text.
    io::CsvWriteOptions options;
    options.byteOrderMark = true;
    options.guardFormulas = true;
    return writeCsv(rows, options);
}

QStringList header(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << tr(name);
    return out;
}

} // namespace

QByteArray consentRegisterCsv(const WorkshopData &data)
{
    std::vector<const ConsentEvent *> events;
    events.reserve(data.consentEvents.size());
    for (const ConsentEvent &e : data.consentEvents)
        events.push_back(&e);
    // The table is in recording order, so a stable sort keeps same-moment events in that order.
    std::stable_sort(events.begin(), events.end(),
        [](const ConsentEvent *a, const ConsentEvent *b) { return recordedBefore(*a, *b); });

    std::vector<QStringList> rows;
    rows.reserve(events.size() + 1);
    rows.push_back(header({ "Participant", "Pseudonym", "Scope", "Decision", "Method", "Recorded by",
        "Recorded at", "Information sheet version", "Participant id" }));
    for (const ConsentEvent *e : events) {
        const Participant *person = data.participants.find(e->participantId);
        rows.push_back({ person ? person->displayName : QString(), person ? person->pseudonym : QString(),
            enumWords(e->scope), enumWords(e->decision), enumWords(e->method), e->recordedBy,
            isoTime(e->recordedAt), e->infoSheetVersion, e->participantId.toString(QUuid::WithoutBraces) });
    }
    return toCsv(rows);
}

QByteArray paymentsCsv(const WorkshopData &data)
{
    std::vector<QStringList> rows;
    rows.push_back(header(
        { "Participant", "Pseudonym", "Session hours", "Preparation hours", "Travel hours", "Total hours",
            "Rate per hour", "Fee", "Travel expenses", "Carer expenses", "Other expenses", "Expenses",
            "Total", "Currency", "Method", "May affect benefits", "Benefits note", "Status", "Paid on" }));
    const QString currency = data.workshop.currency.trimmed().toUpper();
    for (const PaymentLine &line : paymentLines(data)) {
        rows.push_back({ line.displayName, line.pseudonym, hours(line.hoursSession),
            hours(line.hoursPreparation), hours(line.hoursTravel), hours(line.hours),
            formatAmount(line.rateMinor), formatAmount(line.feeMinor), formatAmount(line.expensesTravelMinor),
            formatAmount(line.expensesCarerMinor), formatAmount(line.expensesOtherMinor),
            formatAmount(line.expensesMinor), formatAmount(line.totalMinor), currency, enumWords(line.method),
            line.mayAffectBenefits ? tr("yes") : tr("no"), line.benefitsNote, enumWords(line.status),
            line.paidDate.isValid() ? line.paidDate.toString(Qt::ISODate) : QString() });
    }
    return toCsv(rows);
}

QByteArray peopleListCsv(const WorkshopData &data, bool includeContact)
{
    // Column names follow the import format, so the list can be read back in; consent columns
    // carry a prefix because they hold states, not the import's yes/no answers.
    QStringList header { QStringLiteral("name"), QStringLiteral("pseudonym"), QStringLiteral("role"),
        QStringLiteral("organisation") };
    if (includeContact)
        header << QStringLiteral("email") << QStringLiteral("phone");
    header << QStringLiteral("access_needs") << QStringLiteral("access_notes") << QStringLiteral("attendance");
    for (ConsentScope scope : enumValues<ConsentScope>())
        header << QStringLiteral("consent_") + enumKey(scope);
    header << QStringLiteral("notes");

    std::vector<QStringList> rows;
    rows.reserve(data.participants.size() + 1);
    rows.push_back(header);
    const ConsentPolicy policy(data);
    for (const Participant &p : data.participants) {
        QStringList row { p.displayName, p.pseudonym, enumWords(p.role), p.organisation };
        // Contact details only as the policy allows: asked for, and never for someone who refused
        // or withdrew (rules 1 and 7).
        if (includeContact)
            row << policy.email(p, Audience::Team, true) << policy.phone(p, Audience::Team, true);
        QStringList needs;
        for (AccessNeed need : p.accessNeeds)
            needs << enumKey(need);
        row << needs.join(QLatin1Char(';')) << p.accessNotes << enumWords(p.attendance);
        for (ConsentScope scope : enumValues<ConsentScope>())
            row << consentStateWords(policy.state(p.id, scope));
        row << p.notes;
        rows.push_back(row);
    }
    return toCsv(rows);
}

int contactDetailsShown(const WorkshopData &data)
{
    const ConsentPolicy policy(data);
    int n = 0;
    for (const Participant &p : data.participants)
        n += policy.mayShowContact(p, Audience::Team, true) && !(p.email.isEmpty() && p.phone.isEmpty()) ? 1 : 0;
    return n;
}

namespace {

/// doc::writeFile, with the file named in every message (a missing folder is reported by folder).
Result<void> write(const QString &path, const QByteArray &bytes)
{
    auto done = doc::writeFile(path, bytes);
    const QString name = QFileInfo(path).fileName();
    if (!done && !done.message().contains(name))
        return fail(tr("“%1” could not be written. %2").arg(name, done.message()));
    return done;
}

} // namespace

Result<void> writeConsentRegister(const WorkshopData &data, const QString &path)
{
    return write(path, consentRegisterCsv(data));
}

Result<void> writePaymentsSheet(const WorkshopData &data, const QString &path)
{
    return write(path, paymentsCsv(data));
}

} // namespace cg::io
