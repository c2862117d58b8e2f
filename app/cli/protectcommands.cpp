// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// protect / unprotect / change-passphrase: protected workshops (encryption at rest). Argument
// handling only; the format and the cryptography live in core/security/protection.h.
#include "cli.h"
#include "clisupport.h"

#include "security/protection.h"
#include "security/seal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

const char *const kProtectHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli protect FILE --passphrase-file P\n\n"
    "Protects a workshop with a passphrase: the file, its journal and its backups are encrypted,\n"
    "so that someone who finds a lost laptop or USB stick cannot read anyone's words or details.\n"
    "Opening it then needs the passphrase (every command takes --passphrase-file P).\n\n"
    "IF THE PASSPHRASE IS LOST, NOBODY CAN OPEN THE WORKSHOP AGAIN: there is no second key and no\n"
    "way to recover it, not even by us. Write it down and keep it somewhere safe.\n\n"
    "  --passphrase-file P  a file holding the passphrase (at least 8 characters; one trailing\n"
    "                       newline is ignored)\n\n"
    "The file is rewritten beside itself, synced and renamed over the original; its old (plain)\n"
    "backups are removed. The key comes from the passphrase through Argon2id; each page is\n"
    "encrypted and authenticated with XChaCha20-Poly1305.\n\n"
    "Exit status: 0 done, 1 failed (the file is left as it was), 2 wrong arguments.");

const char *const kUnprotectHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli unprotect FILE --passphrase-file P\n\n"
    "Removes the passphrase protection of a workshop: the file is rewritten in the clear (beside\n"
    "itself, then renamed over the original) and its protected backups are removed.\n\n"
    "  --passphrase-file P  a file holding its passphrase (one trailing newline is ignored)\n\n"
    "Exit status: 0 done, 1 failed (the file is left as it was), 2 wrong arguments.");

const char *const kChangeHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli change-passphrase FILE --passphrase-file OLD --new-passphrase-file NEW\n\n"
    "Protects a workshop with a new passphrase: the file is encrypted again under the new key\n"
    "(beside itself, then renamed over the original) and its backups under the old passphrase\n"
    "are removed, so the old passphrase opens nothing afterwards.\n\n"
    "  --passphrase-file OLD      a file holding the current passphrase\n"
    "  --new-passphrase-file NEW  a file holding the new one (at least 8 characters)\n\n"
    "If the new passphrase is lost, nobody can open the workshop again.\n\n"
    "Exit status: 0 done, 1 failed (the file is left as it was), 2 wrong arguments.");

/// Reads a passphrase option's file; the result is wiped by its holder.
Result<QByteArray> passphraseFrom(const Arguments &args, const char *option)
{
    return seal::readPassphraseFile(args.value(option));
}

struct Wipe
{
    QByteArray &bytes;
    ~Wipe() { seal::wipe(bytes); }
};

/// The common start of the three commands: one FILE that exists and the options given.
std::optional<int> checkArguments(
    const Arguments &args, const QString &usage, std::initializer_list<const char *> needed)
{
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    for (const char *option : needed) {
        if (!args.isSet(option))
            return usageError(
                usage, tr("Give the passphrase in a file with --%1 P.").arg(QLatin1String(option)));
    }
    const QString path = args.positional().first();
    if (!QFileInfo::exists(path))
        return failure(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    return std::nullopt;
}

int runProtect(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kProtectHelp));
    Arguments args({ "passphrase-file" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (auto bad = checkArguments(args, usage, { "passphrase-file" }))
        return *bad;
    const QString path = args.positional().first();
    auto passphrase = passphraseFrom(args, "passphrase-file");
    if (!passphrase)
        return failure(passphrase.message());
    Wipe wipe { *passphrase };
    if (auto done = protection::protect(path, *passphrase); !done)
        return failure(done.message());
    say(tr("Protected %1 with the passphrase. Keep the passphrase safe: if it is lost, nobody can open this "
           "workshop again.")
            .arg(QDir::toNativeSeparators(path)));
    return Success;
}

int runUnprotect(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kUnprotectHelp));
    Arguments args({ "passphrase-file" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (auto bad = checkArguments(args, usage, { "passphrase-file" }))
        return *bad;
    const QString path = args.positional().first();
    if (!protection::isProtected(path))
        return failure(tr("%1 is not protected with a passphrase.").arg(QDir::toNativeSeparators(path)));
    auto passphrase = passphraseFrom(args, "passphrase-file");
    if (!passphrase)
        return failure(passphrase.message());
    Wipe wipe { *passphrase };
    if (auto done = protection::unprotect(path, *passphrase); !done)
        return failure(done.message());
    say(tr("Removed the protection of %1: it is no longer encrypted.").arg(QDir::toNativeSeparators(path)));
    return Success;
}

int runChangePassphrase(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kChangeHelp));
    Arguments args({ "passphrase-file", "new-passphrase-file" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (auto bad = checkArguments(args, usage, { "passphrase-file", "new-passphrase-file" }))
        return *bad;
    const QString path = args.positional().first();
    if (!protection::isProtected(path))
        return failure(
            tr("%1 is not protected with a passphrase; protect it with 'commonground-cli protect'.")
                .arg(QDir::toNativeSeparators(path)));
    auto old = passphraseFrom(args, "passphrase-file");
    if (!old)
        return failure(old.message());
    Wipe wipeOld { *old };
    auto fresh = passphraseFrom(args, "new-passphrase-file");
    if (!fresh)
        return failure(fresh.message());
    Wipe wipeNew { *fresh };
    if (auto done = protection::changePassphrase(path, *old, *fresh); !done)
        return failure(done.message());
    say(tr("Changed the passphrase of %1; the old one no longer opens it.")
            .arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace

void registerProtectCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("protect"), tr("Protect a workshop with a passphrase (encrypt it)"),
        tr(kProtectHelp), runProtect });
    table.push_back({ QStringLiteral("unprotect"), tr("Remove a workshop's passphrase protection"),
        tr(kUnprotectHelp), runUnprotect });
    table.push_back({ QStringLiteral("change-passphrase"), tr("Protect a workshop with a new passphrase"),
        tr(kChangeHelp), runChangePassphrase });
}

} // namespace cg::cli
