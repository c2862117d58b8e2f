// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// consent, withdraw, consent-register and payments: argument handling only; the rules live in
// core (commands/withdrawal.h, consent/consentpolicy.h, io/registers.h, planning/payments.h).
#include "cli.h"
#include "clisupport.h"

#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "export/reportformats.h"
#include "io/registers.h"
#include "planning/payments.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <cstdio>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

/// Options after the subcommand: `--name value`, `--name=value` and bare `--flag`s, with
/// everything else positional. Anything unknown is a usage error.
struct Arguments
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &name) const { return values.value(name); }
};

Arguments parseArguments(
    const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Arguments out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            out.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    out.error = tr("--%1 needs a value.").arg(name);
                    return out;
                }
                value = args.at(++i);
            }
            out.values.insert(name, value);
        } else if (flagOptions.contains(name) && !inlineValue) {
            out.flags.insert(name);
        } else {
            out.error = tr("unknown option '%1'.").arg(arg);
            return out;
        }
    }
    return out;
}

class Console
{
public:
    explicit Console(QString command)
        : m_command(std::move(command))
        , m_out(stdout)
        , m_err(stderr)
    {
    }

    /// Prints one line of user data through printable(), so names never drive the terminal.
    void print(const QString &line) { m_out << printable(line) << '\n'; }
    void warn(const QString &message) { m_err << "commonground-cli " << m_command << ": " << printable(message) << '\n'; }
    int usage(const QString &message)
    {
        m_err << "commonground-cli " << m_command << ": " << printable(message) << '\n'
              << "Run 'commonground-cli help " << m_command << "' for how to use it.\n";
        return UsageError;
    }
    int failure(const QString &message)
    {
        m_err << "commonground-cli " << m_command << ": " << printable(message) << '\n';
        return Failure;
    }

private:
    QString m_command;
    QTextStream m_out;
    QTextStream m_err;
};

std::optional<ConsentMethod> methodOption(const Arguments &args, Console &console, int &exitCode)
{
    if (!args.values.contains(QStringLiteral("method")))
        return ConsentMethod::Verbal;
    const auto method = enumFromString<ConsentMethod>(args.value(QStringLiteral("method")));
    if (!method)
        exitCode = console.usage(tr("unknown method '%1'; use one of: %2.")
                                     .arg(args.value(QStringLiteral("method")),
                                         enumKeyList<ConsentMethod>().join(QStringLiteral(", "))));
    return method;
}

Result<std::unique_ptr<Session>> openWorkshop(const QString &path, bool readOnly)
{
    return openSession(path, readOnly);
}

/// Refuses to write a CSV over the workshop file itself: a slip of the fingers must not cost the
/// community its data.
bool sameFile(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

/// What `consent` and `withdraw` share: how and by whom the decision is recorded, the open
/// workshop and the person it is about.
struct Decision
{
    ConsentMethod method = ConsentMethod::Verbal;
    QString by;
    std::unique_ptr<Session> session;
    const Participant *person = nullptr;
};

/// Fills \a decision from the arguments; returns Success, or the exit code after reporting why not.
int openDecision(const Arguments &args, Console &console, Decision &decision)
{
    int exitCode = Success;
    const auto method = methodOption(args, console, exitCode);
    if (!method)
        return exitCode;
    decision.method = *method;
    decision.by
        = args.values.contains(QStringLiteral("by")) ? args.value(QStringLiteral("by")) : defaultActor();
    auto session = openWorkshop(args.positional.first(), false);
    if (!session)
        return console.failure(session.message());
    decision.session = std::move(*session);
    auto person = findParticipant(decision.session->data(), args.value(QStringLiteral("participant")), QStringLiteral("--participant"));
    if (!person)
        return console.failure(person.message());
    decision.person = *person;
    return Success;
}

int runConsent(const QStringList &arguments)
{
    Console console(QStringLiteral("consent"));
    const Arguments args = parseArguments(arguments,
        { QStringLiteral("participant"), QStringLiteral("scope"), QStringLiteral("method"),
            QStringLiteral("by") },
        { QStringLiteral("grant"), QStringLiteral("refuse"), QStringLiteral("withdraw") });
    if (!args.error.isEmpty())
        return console.usage(args.error);
    if (args.positional.size() != 1)
        return console.usage(tr("give exactly one workshop file."));
    if (!args.values.contains(QStringLiteral("participant")))
        return console.usage(tr("say who with --participant NAME or ID."));
    if (!args.values.contains(QStringLiteral("scope")))
        return console.usage(
            tr("say what with --scope (%1).").arg(enumKeyList<ConsentScope>().join(QStringLiteral(", "))));
    const auto scope = enumFromString<ConsentScope>(args.value(QStringLiteral("scope")));
    if (!scope)
        return console.usage(tr("unknown scope '%1'; use one of: %2.")
                                 .arg(args.value(QStringLiteral("scope")),
                                     enumKeyList<ConsentScope>().join(QStringLiteral(", "))));
    const int decisions = int(args.has(QStringLiteral("grant"))) + int(args.has(QStringLiteral("refuse")))
        + int(args.has(QStringLiteral("withdraw")));
    if (decisions != 1)
        return console.usage(tr("give exactly one of --grant, --refuse or --withdraw."));
    const ConsentDecision decision = args.has(QStringLiteral("grant")) ? ConsentDecision::Granted
        : args.has(QStringLiteral("refuse"))                           ? ConsentDecision::Refused
                                                                       : ConsentDecision::Withdrawn;
    Decision target;
    if (const int refused = openDecision(args, console, target); refused != Success)
        return refused;
    Session &s = *target.session;
    const Participant &person = *target.person;
    const ConsentMethod method = target.method;
    const QString &by = target.by;
    const QString name = person.displayName;
    if (auto done = s.record(
            edits::recordConsentDecision(s.data(), person.id, *scope, decision, method, by, s.now()));
        !done)
        return console.failure(done.message());
    // The policy may have recorded a refusal of a granted choice as its withdrawal: say what was
    // recorded, not what was typed.
    const ConsentState recorded = ConsentPolicy(s.data()).state(person.id, *scope);
    console.print(tr("Recorded for %1: %2 %3 (%4, by %5).")
                      .arg(name, enumWords(*scope), consentStateWords(recorded), enumWords(method), by.trimmed()));
    return Success;
}

int runWithdraw(const QStringList &arguments)
{
    Console console(QStringLiteral("withdraw"));
    const Arguments args = parseArguments(arguments,
        { QStringLiteral("participant"), QStringLiteral("method"), QStringLiteral("by") },
        { QStringLiteral("delete"), QStringLiteral("anonymise"), QStringLiteral("anonymize") });
    if (!args.error.isEmpty())
        return console.usage(args.error);
    if (args.positional.size() != 1)
        return console.usage(tr("give exactly one workshop file."));
    if (!args.values.contains(QStringLiteral("participant")))
        return console.usage(tr("say who with --participant NAME or ID."));
    const bool anonymise = args.has(QStringLiteral("anonymise")) || args.has(QStringLiteral("anonymize"));
    const bool remove = args.has(QStringLiteral("delete"));
    if (anonymise == remove)
        return console.usage(tr("choose what happens to their contributions: --delete or --anonymise."));
    Decision target;
    if (const int refused = openDecision(args, console, target); refused != Success)
        return refused;
    Session &s = *target.session;
    const Participant &person = *target.person;
    const ConsentMethod method = target.method;
    const QString &by = target.by;
    const QString name = person.displayName;
    const QString pseudonym = person.pseudonym;
    const WithdrawMode mode = remove ? WithdrawMode::Delete : WithdrawMode::Anonymise;
    WithdrawalCounts counts;
    auto edit = edits::withdrawParticipant(s.data(), person.id, mode, by, method, s.now(), &counts);
    if (auto done = s.recordIrreversibly(std::move(edit)); !done)
        return console.failure(done.message());
    console.print(tr("Withdrew %1. %2").arg(name, edits::withdrawalSummary(pseudonym, mode, counts)));
    return Success;
}

/// consent-register and payments: FILE OUT.csv, read-only on the workshop.
int runRegister(const QString &command, const QStringList &arguments,
    const std::function<QByteArray(const WorkshopData &)> &bytes,
    const std::function<ExportRecord(const WorkshopData &)> &record,
    const std::function<QString(const WorkshopData &, const QString &)> &done)
{
    Console console(command);
    const Arguments args = parseArguments(arguments, {}, {});
    if (!args.error.isEmpty())
        return console.usage(args.error);
    if (args.positional.size() != 2)
        return console.usage(tr("give the workshop file and the CSV file to write."));
    const QString &file = args.positional.at(0);
    const QString &out = args.positional.at(1);
    if (sameFile(file, out))
        // A refusal (exit 1) like every other command's, not a usage error: the command line was
        // well formed, it named the wrong file.
        return console.failure(tr("the CSV file would overwrite the workshop itself; choose another name."));
    // Writable, so the export goes into the audit trail; a read-only workshop opens read-only.
    auto session = openWorkshop(file, false);
    if (!session)
        return console.failure(session.message());
    Session &s = **session;
    const QString message = done(s.data(), out);
    QString auditProblem;
    if (auto written = report::writeAndRecord(s, out, bytes(s.data()), record(s.data()), defaultActor(), &auditProblem);
        !written)
        return console.failure(written.message());
    if (!auditProblem.isEmpty())
        console.warn(auditProblem);
    console.print(message);
    return Success;
}

} // namespace

void registerConsentCommands(CommandTable &table)
{
    const QString scopes = enumKeyList<ConsentScope>().join(QStringLiteral(", "));
    const QString methods = enumKeyList<ConsentMethod>().join(QStringLiteral(", "));

    table.push_back({ QStringLiteral("consent"), tr("Record a consent decision for one person and one scope"),
        tr("Usage: commonground-cli consent FILE --participant NAME|ID --scope SCOPE\n"
           "                               (--grant | --refuse | --withdraw) [--method M] [--by WHO]\n\n"
           "Records one consent decision in the workshop FILE. Consent history is never changed:\n"
           "each decision is added, with the time, and the latest one for a scope is what counts.\n\n"
           "  --participant NAME|ID  the person: their name (any case), their id, or their pseudonym.\n"
           "                         A name that matches no one or several people is an error that\n"
           "                         lists the candidates.\n"
           "  --scope SCOPE          one of: %1\n"
           "  --grant, --refuse, --withdraw\n"
           "                         the decision (exactly one). --withdraw takes back a choice\n"
           "                         that is granted now (anything else is refused: use --refuse);\n"
           "                         --refuse of a granted choice is recorded as its withdrawal,\n"
           "                         as check-in and the consent panel record it.\n"
           "  --method M             how it was given: %2 (default: verbal)\n"
           "  --by WHO               who recorded it (default: your user name)\n\n"
           "Withdrawing take_part here only records the decision; 'withdraw' also takes the\n"
           "person's contributions out. Exit status: 0 done, 1 failed, 2 wrong arguments.")
            .arg(scopes, methods),
        runConsent });

    table.push_back(
        { QStringLiteral("withdraw"), tr("Withdraw a person: anonymise or delete their contributions"),
            tr("Usage: commonground-cli withdraw FILE --participant NAME|ID (--delete | --anonymise)\n"
               "                                [--method M] [--by WHO]\n\n"
               "Withdraws a person from the workshop in one step: their consent to take part, and to\n"
               "every other scope they had granted, is recorded as withdrawn; then\n"
               "  --delete     deletes their notes (with the votes on them), their votes and their\n"
               "               feedback for good: nothing of the words is left in the file, and it\n"
               "               cannot be undone;\n"
               "  --anonymise  keeps their notes, votes and feedback without their name; nothing is\n"
               "               deleted. Direct quotes (verbatim notes) stay for the team but never\n"
               "               appear in public outputs, since a quote can identify its speaker.\n"
               "The audit trail records what was done, in numbers only. Their consent history and\n"
               "payment record stay, so that both can still be proved and paid.\n\n"
               "  --participant NAME|ID  the person: their name (any case), their id, or their pseudonym\n"
               "  --method M             how they asked: %1 (default: verbal)\n"
               "  --by WHO               who recorded it (default: your user name)\n\n"
               "Exit status: 0 done, 1 failed, 2 wrong arguments.")
                .arg(methods),
            runWithdraw });

    table.push_back({ QStringLiteral("consent-register"), tr("Write every consent decision to a CSV file"),
        tr("Usage: commonground-cli consent-register FILE OUT.csv\n\n"
           "Writes the consent register of the workshop FILE: every consent decision ever recorded,\n"
           "oldest first, with the participant's name and pseudonym, the scope, the decision, how it\n"
           "was given, who recorded it and when (UTC), the information-sheet version and the\n"
           "participant's id. It is personal data: keep it with the team. OUT.csv is UTF-8 (with a\n"
           "byte-order mark, for spreadsheets) and is written completely or not at all; a full disk\n"
           "leaves any earlier OUT.csv as it was. The export is recorded in the audit trail.\n\n"
           "Exit status: 0 done, 1 failed, 2 wrong arguments."),
        [](const QStringList &arguments) {
            return runRegister(QStringLiteral("consent-register"), arguments, io::consentRegisterCsv,
                [](const WorkshopData &data) {
                    return ExportRecord { tr("consent register"), Audience::Team, QStringLiteral("CSV"),
                        { { tr("consent decisions"), int(data.consentEvents.size()) },
                            { tr("people"), int(data.participants.size()) } } };
                },
                [](const WorkshopData &data, const QString &out) {
                    return tr("Wrote %1 consent decisions to %2.")
                        .arg(data.consentEvents.size())
                        .arg(QDir::toNativeSeparators(out));
                });
        } });

    table.push_back(
        { QStringLiteral("payments"), tr("Write the payments sheet (one row per person) to a CSV file"),
            tr("Usage: commonground-cli payments FILE OUT.csv\n\n"
               "Writes one row per person with a payment record in the workshop FILE: hours (session,\n"
               "preparation, travel), rate, fee, expenses (travel, carer, other), total, currency,\n"
               "method, whether it may affect their benefits, status and the date paid. Amounts are plain\n"
               "numbers such as 25.00. Never bank details. It is personal data: keep it with the team.\n"
               "OUT.csv is written completely or not at all (a full disk leaves any earlier one as it was);\n"
               "the totals are printed. The export is recorded in the audit trail.\n\n"
               "Exit status: 0 done, 1 failed, 2 wrong arguments."),
            [](const QStringList &arguments) {
                return runRegister(QStringLiteral("payments"), arguments, io::paymentsCsv,
                    [](const WorkshopData &data) {
                        return ExportRecord { tr("payments sheet"), Audience::Team, QStringLiteral("CSV"),
                            { { tr("payments"), paymentTotals(data).people } } };
                    },
                    [](const WorkshopData &data, const QString &out) {
                        const PaymentTotals t = paymentTotals(data);
                        const QString currency = data.workshop.currency;
                        return tr("Wrote %1 payments to %2: %3 in total, %4 owed, %5 paid.")
                            .arg(t.people)
                            .arg(QDir::toNativeSeparators(out), formatMoney(t.totalMinor, currency),
                                formatMoney(t.owedMinor, currency), formatMoney(t.paidMinor, currency));
                    });
            } });
}

} // namespace cg::cli
