// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "model/workshopdata.h"
#include "result.h"
#include "session/session.h"

#include <memory>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace cg::cli {

/// \a text made safe to show on a terminal: control characters (C0 but for newline and tab,
/// DEL, C1) become visible escapes (`\x1b`, `\u009b`) and so do the invisible characters that
/// reorder or hide text (bidi overrides and isolates, line and paragraph separators), so a name
/// from an imported file can neither drive the terminal (retitle it, recolour it) nor disguise
/// what is printed. Every line the CLI prints goes through it (say, warn, failure, usageError).
/// Escapes of characters from U+0080 on are JSON escapes, so JSON output stays valid.
QString printable(const QString &text);

/// Prints one line to standard output.
void say(const QString &line);
/// A failure: one line on standard error ("commonground-cli: reason"), exit code 1.
int failure(const QString &message);
/// A usage error: the reason and the command's usage line on standard error, exit code 2.
int usageError(const QString &usage, const QString &reason);
/// A warning that does not stop the command: one line on standard error.
void warn(const QString &message);

/// The arguments of one subcommand after parsing: options and positional arguments.
class Arguments
{
public:
    /// \a valueOptions take a value (--title T); \a flags do not (--json).
    Arguments(std::initializer_list<const char *> valueOptions, std::initializer_list<const char *> flags);

    /// Parses; on a problem, error() says what.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }

    bool isSet(const char *name) const;
    QString value(const char *name) const;
    /// Every value of an option given more than once (--map A=x --map B=y).
    QStringList values(const char *name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }

    /// A non-negative whole number option, or its \a fallback when absent; nullopt when invalid.
    std::optional<qint64> count(const char *name, qint64 fallback) const;

private:
    QCommandLineParser m_parser;
    QString m_error;
};

/// Who is running the command, for audit trails: the user's login name, else "command line".
QString defaultActor();
/// The --by option's value when given, else defaultActor().
QString actorOr(const Arguments &args);

/// The first line of a help text ("Usage: ..."), for usage errors.
QString usageLine(const QString &help);

/// Opens a workshop (read-only when \a readOnly: inspecting or exporting never changes the
/// file) and tells the user on stderr anything they should know about it (a crash recovered from,
/// a stray journal set aside).
Result<std::unique_ptr<Session>> openSession(const QString &path, bool readOnly);

/// Runs \a command with \a arguments, taking out `--passphrase-file P` first for every command
/// that does not use a passphrase of its own: while it runs, any protected workshop it opens (in
/// whatever way: a session, a check, a copy) is opened with that passphrase; without it, such a
/// workshop is refused with a message that says how to give one.
int runWithPassphrase(const Command &command, const QStringList &arguments);

/// The one person \a text means, through the one name resolver (names::resolvePerson): their
/// exact name, their name ignoring case and accents, their pseudonym, their id, or a unique
/// prefix. Nobody, or several people, is an error that lists the candidates (with their ids),
/// so that two people are never guessed between. \a option names the option in the messages.
Result<const Participant *> findParticipant(const WorkshopData &data, const QString &text, const QString &option);

} // namespace cg::cli
