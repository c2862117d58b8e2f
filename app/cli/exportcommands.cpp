// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// export: argument handling only. What may appear is decided by core (export/report.h through
// ConsentPolicy), the formats are core's table (export/reportformats.h) plus the board pictures
// of the ui library (export/boardpicture.h), and the file is written by doc::writeFile.
#include "cli.h"
#include "clisupport.h"

#include "export/reportformats.h"
#include "session/session.h"

#ifdef CG_CLI_HAS_UI
#include "export/boardpicture.h"

#include <QApplication>
#endif
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

QStringList pictureKeys()
{
    QStringList out;
#ifdef CG_CLI_HAS_UI
    for (const boardpicture::Format &f : boardpicture::formats())
        out << f.key;
#endif
    return out;
}

QStringList formatKeys()
{
    QStringList out;
    for (const report::Format &f : report::formats())
        out << f.key;
    return out + pictureKeys();
}

/// One line for each format: its key and what it is for, from the formats' own table.
QString formatList()
{
    QStringList lines;
    auto line = [&lines](const QString &key, const QString &what) {
        lines << QStringLiteral("                       ") + key.leftJustified(16) + what;
    };
    for (const report::Format &f : report::formats())
        line(f.key, f.description);
    const QStringList pictures = pictureKeys();
    if (!pictures.isEmpty())
        line(pictures.join(QStringLiteral(", ")), tr("a picture of one board"));
    return lines.join(QLatin1Char('\n'));
}

QString exportHelp()
{
    QStringList sections;
    for (report::Section s : report::allSections())
        sections << report::sectionKey(s) + (report::isTeamOnly(s) ? tr(" (team only)") : QString());
    return tr("Usage: commonground-cli export FILE --format FORMAT -o OUT [--audience public|team]\n"
              "                              [--board NAME] [--sections LIST] [--by WHO]\n\n"
              "Writes a report of the workshop FILE, filtered by everyone's consent choices:\n"
              "  --audience public  (default) the share-back report for participants and partners:\n"
              "                     only what people agreed to, names only where they agreed to be\n"
              "                     named, no personal data, sensitive notes only once released;\n"
              "  --audience team    the internal report: names, and the team-only sections. People who\n"
              "                     have not agreed to take part are left out of both.\n\n"
              "  --format FORMAT    one of (every report format applies the audience's choices):\n"
              "%1\n"
              "  -o OUT             the file to write; it is replaced only once the new one is complete\n"
              "  --board NAME       only this board (its title, any case, or a unique start of it);\n"
              "                     needed for png and svg when the workshop has several boards\n"
              "  --sections LIST    comma-separated, in any order, from: %2\n"
              "                     (default: all the audience may have)\n"
              "  --by WHO           who exported it, for the audit trail (default: your user name)\n\n"
              "Every export is recorded in the workshop's audit trail: what, for whom, the format and\n"
              "how many notes and themes it holds, never their words.\n\n"
              "Exit status: 0 done, 1 failed (nothing written), 2 wrong arguments.")
        .arg(formatList(), sections.join(QStringLiteral(", ")));
}

QString defaultActor()
{
    QString who = qEnvironmentVariable("USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("USERNAME");
    return who.isEmpty() ? tr("command line") : who;
}

/// The board \a text means: its id, its exact title ignoring case, or a unique start of a title.
Result<const Board *> findBoard(const WorkshopData &data, const QString &text)
{
    const QString wanted = text.trimmed();
    const QUuid id = QUuid::fromString(wanted);
    std::vector<const Board *> starts;
    QStringList titles;
    for (const Board &b : data.boards) {
        titles << QStringLiteral("“%1”").arg(b.title);
        if ((!id.isNull() && b.id == id) || b.title.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return &b;
        if (b.title.trimmed().startsWith(wanted, Qt::CaseInsensitive))
            starts.push_back(&b);
    }
    if (starts.size() == 1)
        return starts.front();
    if (starts.size() > 1) {
        QStringList names;
        for (const Board *b : starts)
            names << QStringLiteral("“%1”").arg(b->title);
        return fail(tr("--board “%1” could mean %2; give more of the title.").arg(wanted, names.join(tr(" or "))));
    }
    if (titles.isEmpty())
        return fail(tr("The workshop has no boards."));
    return fail(tr("There is no board called “%1”. The boards are: %2.").arg(wanted, titles.join(QStringLiteral(", "))));
}

int runExport(const QStringList &arguments)
{
    const QString help = exportHelp();
    const QString usage = usageLine(help);
    Arguments args({ "format", "audience", "board", "sections", "o", "by" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    const QString path = args.positional().first();
    if (!args.isSet("format"))
        return usageError(usage, tr("Say which format with --format (%1).").arg(formatKeys().join(QStringLiteral(", "))));
    const QString formatKey = args.value("format").trimmed().toLower();
    const report::Format *format = report::findFormat(formatKey);
    const bool picture = pictureKeys().contains(formatKey);
    if (!format && !picture)
        return usageError(usage,
            tr("Unknown format “%1”; use one of: %2.").arg(args.value("format"), formatKeys().join(QStringLiteral(", "))));
    if (!args.isSet("o"))
        return usageError(usage, tr("Say where to write with -o OUT."));
    const QString out = args.value("o");

    Audience audience = Audience::Public;
    if (args.isSet("audience")) {
        const QString a = args.value("audience").trimmed().toLower();
        if (a == QLatin1String("team"))
            audience = Audience::Team;
        else if (a != QLatin1String("public"))
            return usageError(usage, tr("Unknown audience “%1”; use public or team.").arg(args.value("audience")));
    }

    report::Options options;
    if (args.isSet("sections")) {
        options.sections.clear();
        for (const QString &key : args.value("sections").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto section = report::sectionFromKey(key);
            if (!section)
                return usageError(usage, tr("Unknown section “%1”.").arg(key.trimmed()));
            if (report::isTeamOnly(*section) && audience == Audience::Public)
                return usageError(usage,
                    tr("The section “%1” is for the team only; add --audience team.").arg(key.trimmed()));
            if (!options.sections.contains(*section))
                options.sections << *section;
        }
        if (options.sections.isEmpty())
            return usageError(usage, tr("--sections needs at least one section."));
    }

    const QFileInfo outInfo(out);
    const QFileInfo inInfo(path);
    if (outInfo.absoluteFilePath() == inInfo.absoluteFilePath()
        || (!inInfo.canonicalFilePath().isEmpty() && inInfo.canonicalFilePath() == outInfo.canonicalFilePath()))
        return failure(tr("The export cannot be written over the workshop file itself; choose another name."));

    // Writable, so that the export can be recorded in the audit trail; a read-only workshop opens
    // read-only and the export is still written.
    auto opened = Session::open(path);
    if (!opened)
        return failure(opened.message());
    Session &session = **opened;
    // With the photos' bytes, which data() leaves in the file until they are wanted.
    auto complete = session.completeData();
    if (!complete)
        return failure(complete.message());
    const WorkshopData &data = *complete;

    QUuid boardId;
    if (args.isSet("board")) {
        auto board = findBoard(data, args.value("board"));
        if (!board)
            return failure(board.message());
        boardId = (*board)->id;
    } else if (picture) {
        if (data.boards.size() != 1)
            return usageError(usage, data.boards.empty() ? tr("The workshop has no boards to draw.")
                                                         : tr("Say which board to draw with --board NAME."));
        boardId = data.boards.rows().front().id;
    }
    options.boardId = boardId;

    QByteArray bytes;
    ExportRecord record;
    if (picture) {
#ifdef CG_CLI_HAS_UI
        auto drawn = boardpicture::render(session, boardId, audience, formatKey);
        if (!drawn)
            return failure(drawn.message());
        bytes = std::move(*drawn);
        record = boardpicture::exportRecord(session, boardId, audience, formatKey);
#endif
    } else {
        const report::Report built = report::build(data, audience, options);
        auto written = format->write(data, built);
        if (!written)
            return failure(written.message());
        bytes = std::move(*written);
        record = report::exportRecord(built, format->title);
    }
    const QString by = args.isSet("by") ? args.value("by") : defaultActor();
    QString auditProblem;
    if (auto done = report::writeAndRecord(session, out, bytes, record, by, &auditProblem); !done)
        return failure(done.message());
    if (!auditProblem.isEmpty())
        warn(auditProblem);
    say(tr("%1 to %2.").arg(exportSummary(record).chopped(1), QDir::toNativeSeparators(out)));
    return Success;
}

bool wantsPicture(int argc, char **argv)
{
    if (argc < 2 || qstrcmp(argv[1], "export") != 0)
        return false;
    const QStringList keys = pictureKeys();
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QString value;
        if (arg == QLatin1String("--format") && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(QLatin1String("--format=")))
            value = arg.mid(9);
        if (keys.contains(value.trimmed().toLower()))
            return true;
    }
    return false;
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, const Command *command)
{
    Command::Draws draws = command ? command->draws : Command::Draws::Nothing;
    // Only board pictures need the widgets library; every other export lays out text at most.
    if (draws == Command::Draws::Widgets && command->name == QLatin1String("export") && !wantsPicture(argc, argv))
        draws = Command::Draws::Text;
    if (draws == Command::Draws::Nothing)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Headless whatever the desktop: the command line never shows a window. An explicit
    // QT_QPA_PLATFORM still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef CG_CLI_HAS_UI
    if (draws == Command::Draws::Widgets)
        return std::make_unique<QApplication>(argc, argv);
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

void registerExportCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("export"),
        tr("Write the share-back or team report (Markdown, HTML, PDF, ODT, DOCX, easy read, CSV, JSON) or a board picture"),
        exportHelp(), runExport, Command::Draws::Widgets });
}

} // namespace cg::cli
