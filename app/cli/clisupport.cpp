// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "people/names.h"
#include "security/protection.h"
#include "security/seal.h"
#include "storage/filelocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace cg::cli {

namespace {

bool hidesOrReorders(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C || c == 0x2028 || c == 0x2029;
}

// Messages from the core are sentences, occasionally with line breaks; the command line promises
// one line per failure so that scripts can read it.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n' || c == U'\t') {
            out += QChar(char16_t(c));
        } else if (c < 0x20) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (c == 0x7F || (c >= 0x80 && c <= 0x9F) || hidesOrReorders(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

void say(const QString &line)
{
    QTextStream out(stdout);
    out << printable(line) << '\n';
}

int failure(const QString &message)
{
    QTextStream err(stderr);
    err << "commonground-cli: " << printable(oneLine(message)) << '\n';
    return Failure;
}

int usageError(const QString &usage, const QString &reason)
{
    QTextStream err(stderr);
    err << "commonground-cli: " << printable(oneLine(reason)) << '\n' << usage << '\n';
    return UsageError;
}

void warn(const QString &message)
{
    QTextStream err(stderr);
    err << "warning: " << printable(oneLine(message)) << '\n';
}

Arguments::Arguments(
    std::initializer_list<const char *> valueOptions, std::initializer_list<const char *> flags)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : valueOptions)
        m_parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    for (const char *name : flags)
        m_parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
}

bool Arguments::parse(const QStringList &arguments)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList { QStringLiteral("commonground-cli") } + arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    return true;
}

bool Arguments::isSet(const char *name) const
{
    return m_parser.isSet(QString::fromLatin1(name));
}

QString Arguments::value(const char *name) const
{
    return m_parser.value(QString::fromLatin1(name));
}

QStringList Arguments::values(const char *name) const
{
    return m_parser.values(QString::fromLatin1(name));
}

std::optional<qint64> Arguments::count(const char *name, qint64 fallback) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const qint64 n = value(name).toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

namespace {

QString describePerson(const Participant &p)
{
    return QStringLiteral("  %1 (%2)  %3").arg(p.displayName, p.pseudonym, p.id.toString(QUuid::WithoutBraces));
}

QString listPeople(const WorkshopData &data, const QList<QUuid> &ids)
{
    constexpr qsizetype shown = 20;
    QStringList lines;
    for (qsizetype i = 0; i < ids.size() && i < shown; ++i)
        lines << describePerson(*data.participants.find(ids.at(i)));
    if (ids.size() > shown)
        lines << QCoreApplication::translate("cg::cli", "  ... and %1 more").arg(ids.size() - shown);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<std::unique_ptr<Session>> openSession(const QString &path, bool readOnly)
{
    workshopfile::OpenOptions options;
    options.readOnly = readOnly;
    auto opened = Session::open(path, options);
    if (opened && !(*opened)->openNotice().isEmpty())
        warn((*opened)->openNotice());
    // Said where it matters: before a change is written to a file in a sync folder or on a share.
    if (opened && !readOnly) {
        if (const QString risk = filelocation::risk(path); !risk.isEmpty())
            warn(risk);
    }
    return opened;
}

Result<const Participant *> findParticipant(const WorkshopData &data, const QString &text, const QString &option)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("cg::cli", s); };
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return fail(tr("say who: %1 needs a name or an id.").arg(option));
    const names::Resolution found = names::resolvePerson(data, wanted);
    switch (found.kind) {
    case names::Resolution::Kind::One:
        return data.participants.find(found.person);
    case names::Resolution::Kind::Several:
        return fail(tr("“%1” matches %2 people; give the id of the one you mean:\n%3")
                        .arg(wanted)
                        .arg(found.candidates.size())
                        .arg(listPeople(data, found.candidates)));
    case names::Resolution::Kind::Nobody:
        break;
    }
    if (!found.candidates.isEmpty())
        return fail(tr("no one is called “%1”. Did you mean one of these?\n%2")
                        .arg(wanted, listPeople(data, found.candidates)));
    if (data.participants.empty())
        return fail(tr("no one called “%1”: this workshop has no participants yet.").arg(wanted));
    QList<QUuid> everyone;
    for (const Participant &p : data.participants)
        everyone << p.id;
    return fail(tr("no one is called “%1”. The people in this workshop are:\n%2").arg(wanted, listPeople(data, everyone)));
}

int runWithPassphrase(const Command &command, const QStringList &arguments)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("cg::cli", s); };
    // These read --passphrase-file themselves (a passphrase to protect with, or to seal with).
    static const QStringList ownPassphrase { QStringLiteral("protect"), QStringLiteral("unprotect"),
        QStringLiteral("change-passphrase"), QStringLiteral("seal"), QStringLiteral("unseal") };
    if (ownPassphrase.contains(command.name))
        return command.run(arguments);
    const QString option = QStringLiteral("--passphrase-file");
    QStringList rest;
    QString file;
    bool given = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option || argument == option.mid(1)) {
            if (i + 1 >= arguments.size())
                return usageError(usageLine(command.help), tr("--passphrase-file needs the name of a file."));
            file = arguments.at(++i);
            given = true;
        } else if (argument.startsWith(option + QLatin1Char('='))) {
            file = argument.mid(option.size() + 1);
            given = true;
        } else {
            rest << argument;
        }
    }
    QByteArray passphrase;
    if (given) {
        auto read = seal::readPassphraseFile(file);
        if (!read)
            return failure(read.message());
        passphrase = std::move(*read);
    }
    protection::PassphraseOffer offer(std::move(passphrase),
        tr("This workshop is protected; give its passphrase with --passphrase-file P."));
    return command.run(rest);
}

QString usageLine(const QString &help)
{
    return help.section(QLatin1Char('\n'), 0, 0);
}

QString defaultActor()
{
    QString who = qEnvironmentVariable("USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("USERNAME");
    return who.isEmpty() ? QCoreApplication::translate("cg::cli", "command line") : who;
}

QString actorOr(const Arguments &args)
{
    return args.isSet("by") ? args.value("by") : defaultActor();
}

} // namespace cg::cli
