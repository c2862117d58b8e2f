// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// seal / unseal: the sealed hand-over file. Argument handling only; the format and the
// cryptography live in core/security/seal.h.
#include "cli.h"
#include "clisupport.h"

#include "export/writers.h"
#include "security/handover.h"
#include "security/protection.h"
#include "security/seal.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

const char *const kSealHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli seal FILE -o OUT --passphrase-file P [--by NAME]\n\n"
    "Seals a workshop (.cgw) or an export (a PDF, a report, a CSV...) into one encrypted file for\n"
    "handing over on a USB stick or by email. Only someone with the passphrase can open it; if\n"
    "the passphrase is lost, nobody can open the file, not even us. Tell the passphrase to the\n"
    "person receiving it another way (in person, by phone), never in the same email.\n\n"
    "  -o OUT               the sealed file to write (by convention ending .cgseal)\n"
    "  --passphrase-file P  a file holding the passphrase (at least 8 characters; one trailing\n"
    "                       newline is ignored)\n"
    "  --by NAME            who is handing it over, for the audit trail (default: your user name)\n\n"
    "A workshop is sealed as a consistent copy taken now, and the hand-over is recorded in its\n"
    "audit trail (counts only, never names or words). The key comes from the passphrase through\n"
    "Argon2id; the content is encrypted and authenticated with XChaCha20-Poly1305, so any change to\n"
    "the sealed file, or a file cut short, is detected when it is opened.\n\n"
    "A protected workshop is opened with the same passphrase and sealed as a plain copy, so the\n"
    "person receiving it needs only the one passphrase.\n\n"
    "Exit status: 0 done, 1 failed (nothing written), 2 wrong arguments.");

const char *const kUnsealHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli unseal IN -o NEW --passphrase-file P\n\n"
    "Opens a sealed hand-over file (.cgseal) and writes what it holds to NEW: a workshop file\n"
    "(name it .cgw), which is checked to open as a workshop before success is reported, or the\n"
    "export that was sealed. An existing NEW is never replaced.\n\n"
    "  -o NEW               the file to write; must not exist yet\n"
    "  --passphrase-file P  a file holding the passphrase (one trailing newline is ignored)\n\n"
    "A wrong passphrase, a file changed after sealing and a file cut short are each told plainly,\n"
    "and nothing is written.\n\n"
    "Exit status: 0 done, 1 failed (nothing written), 2 wrong arguments.");

bool isWorkshopFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(16);
    return start == QByteArray("SQLite format 3\0", 16) || protection::looksProtected(start);
}

int runSeal(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kSealHelp));
    Arguments args({ "o", "passphrase-file", "by" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one file to seal."));
    if (!args.isSet("o"))
        return usageError(usage, tr("Say where to write the sealed file with -o OUT."));
    if (!args.isSet("passphrase-file"))
        return usageError(usage, tr("Give the passphrase in a file with --passphrase-file P."));
    const QString in = args.positional().first();
    const QString out = args.value("o");
    if (!QFileInfo::exists(in))
        return failure(tr("There is no file %1.").arg(QDir::toNativeSeparators(in)));
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
        return failure(tr("Choose a different output file: the sealed file cannot replace the one sealed."));

    auto passphrase = seal::readPassphraseFile(args.value("passphrase-file"));
    if (!passphrase)
        return failure(passphrase.message());
    struct Wipe
    {
        QByteArray &bytes;
        ~Wipe() { seal::wipe(bytes); }
    } wipeLater { *passphrase };
    if (auto usable = seal::checkPassphrase(*passphrase); !usable)
        return failure(usable.message());

    if (isWorkshopFile(in)) {
        // A protected workshop is opened with the same passphrase it is sealed with; what is
        // sealed is a plain copy, since the sealed file is encrypted under that passphrase.
        protection::PassphraseOffer offer(*passphrase,
            tr("This workshop is protected; seal it with its own passphrase (--passphrase-file P)."));
        auto session = openSession(in, false);
        if (!session)
            return failure(session.message());
        QString auditProblem;
        if (auto done = seal::handOverWorkshop(**session, *passphrase, out, actorOr(args), &auditProblem); !done)
            return failure(done.message());
        if (!auditProblem.isEmpty())
            warn(auditProblem);
        say(tr("Sealed the workshop into %1. Give the passphrase to the person receiving it another way than "
               "the file.")
                .arg(QDir::toNativeSeparators(out)));
        return Success;
    }

    auto bytes = seal::readBounded(in);
    if (!bytes)
        return failure(bytes.message());
    if (seal::looksSealed(*bytes))
        return failure(tr("%1 is already a sealed file.").arg(QDir::toNativeSeparators(in)));
    const QString mediaType = QMimeDatabase().mimeTypeForFileNameAndData(in, *bytes).name();
    auto sealed = seal::seal(*bytes, *passphrase, seal::Kind::Export, QFileInfo(in).fileName(), mediaType);
    if (!sealed)
        return failure(sealed.message());
    if (auto written = doc::writeFile(out, *sealed); !written)
        return failure(written.message());
    say(tr("Sealed %1 into %2. Give the passphrase to the person receiving it another way than the file.")
            .arg(QFileInfo(in).fileName(), QDir::toNativeSeparators(out)));
    return Success;
}

int runUnseal(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kUnsealHelp));
    Arguments args({ "o", "passphrase-file" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one sealed file to open."));
    if (!args.isSet("o"))
        return usageError(usage, tr("Say where to write what it holds with -o NEW."));
    if (!args.isSet("passphrase-file"))
        return usageError(usage, tr("Give the passphrase in a file with --passphrase-file P."));
    const QString in = args.positional().first();
    const QString out = args.value("o");
    if (QFileInfo::exists(out))
        return failure(tr("%1 already exists; choose a new file name, so that nothing is replaced.")
                           .arg(QDir::toNativeSeparators(out)));

    auto passphrase = seal::readPassphraseFile(args.value("passphrase-file"));
    if (!passphrase)
        return failure(passphrase.message());
    auto sealed = seal::readBounded(in);
    if (!sealed) {
        seal::wipe(*passphrase);
        return failure(sealed.message());
    }
    auto opened = seal::unseal(*sealed, *passphrase);
    seal::wipe(*passphrase);
    if (!opened)
        return failure(opened.message());
    if (auto written = doc::writeFile(out, opened->bytes); !written)
        return failure(written.message());
    seal::wipe(opened->bytes);
    if (opened->kind == seal::Kind::Workshop) {
        auto session = openSession(out, true);
        if (!session) {
            QFile::remove(out);
            return failure(tr("The sealed file opened, but what it holds is not a workshop this version can "
                              "open: %1")
                               .arg(session.message()));
        }
        say(tr("Opened the sealed workshop “%1” into %2 (%3 participants).")
                .arg(opened->name, QDir::toNativeSeparators(out))
                .arg((*session)->data().participants.size()));
        return Success;
    }
    say(tr("Opened the sealed file “%1” (%2) into %3.")
            .arg(opened->name, opened->mediaType, QDir::toNativeSeparators(out)));
    return Success;
}

} // namespace

void registerSealCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("seal"), tr("seal a workshop or an export into one encrypted file"),
        tr(kSealHelp), runSeal });
    table.push_back({ QStringLiteral("unseal"), tr("open a sealed file with its passphrase"), tr(kUnsealHelp),
        runUnseal });
}

} // namespace cg::cli
