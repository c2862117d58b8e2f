// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include <QTextStream>

#include <cstdio>

namespace cg::cli {

namespace {

// Messages from the core are sentences, occasionally with line breaks; the command line promises
// one line per failure so that scripts can read it.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

void say(const QString &line)
{
    QTextStream out(stdout);
    out << line << '\n';
}

int failure(const QString &message)
{
    QTextStream err(stderr);
    err << "commonground-cli: " << oneLine(message) << '\n';
    return Failure;
}

int usageError(const QString &usage, const QString &reason)
{
    QTextStream err(stderr);
    err << "commonground-cli: " << oneLine(reason) << '\n' << usage << '\n';
    return UsageError;
}

void warn(const QString &message)
{
    QTextStream err(stderr);
    err << "warning: " << oneLine(message) << '\n';
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

QString usageLine(const QString &help)
{
    return help.section(QLatin1Char('\n'), 0, 0);
}

} // namespace cg::cli
