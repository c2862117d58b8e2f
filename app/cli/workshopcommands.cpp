// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop subcommands: argument parsing and calls into core, nothing more.
#include "cli.h"
#include "clisupport.h"

#include "commands/edits.h"
#include "io/demoworkshop.h"
#include "io/generator.h"
#include "io/jsonarchive.h"
#include "io/participantcsv.h"
#include "io/templates.h"
#include "model/limits.h"
#include "planning/placement.h"
#include "session/session.h"
#include "storage/tables.h"
#include "storage/workshopfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

/// Opens a workshop for reading only: inspecting or exporting never changes the file.
Result<std::unique_ptr<Session>> openForReading(const QString &path)
{
    return openSession(path, true);
}

bool markedReadOnly(const QString &path)
{
    const QFileInfo info(path);
    return !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner);
}

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    const QString ca = fa.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath() || (!ca.isEmpty() && ca == fb.canonicalFilePath());
}

// ---- new ----------------------------------------------------------------------------------------

const char *const kNewHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli new FILE [--template NAME] [--title T] [--date YYYY-MM-DD]\n\n"
    "Creates a new workshop file: empty, or from a template (its agenda, groups and boards).\n"
    "FILE must not exist yet. 'commonground-cli templates' lists the templates.\n\n"
    "Options:\n"
    "  --template NAME    a template's name (e.g. half-day) or the path of a template file\n"
    "  --title T          the workshop's title (default: the template's, else the file name)\n"
    "  --date YYYY-MM-DD  the day of the workshop");

int runNew(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kNewHelp));
    Arguments args({ "title", "date", "template" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file to create."));
    const QString path = args.positional().first();
    WorkshopData data;
    if (args.isSet("template")) {
        auto chosen = io::templates::find(args.value("template"), io::templates::userFolder());
        if (!chosen)
            return failure(chosen.message());
        data = io::templates::instantiate(*chosen);
    }
    Workshop &workshop = data.workshop;
    if (args.isSet("title"))
        workshop.title = args.value("title").trimmed();
    else if (workshop.title.isEmpty())
        workshop.title = QFileInfo(path).completeBaseName();
    if (args.isSet("date")) {
        workshop.date = QDate::fromString(args.value("date"), Qt::ISODate);
        if (!workshop.date.isValid())
            return usageError(
                usage, tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(args.value("date")));
    }
    auto session = Session::createFrom(path, data);
    if (!session)
        return failure(session.message());
    say(tr("Created %1 (“%2”).").arg(path, (*session)->workshop().title));
    return Success;
}

// ---- info ---------------------------------------------------------------------------------------

const char *const kInfoHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli info FILE [--json]\n\n"
    "Shows a workshop's title, date and how many of everything it holds. The file is only read.\n\n"
    "Options:\n"
    "  --json  print the same as a JSON object");

struct Count
{
    const char *key;
    const char *label;
    std::size_t n;
};

const char *countLabel(Entity entity)
{
    switch (entity) {
    case Entity::Participant:
        return QT_TRANSLATE_NOOP("cg::cli", "Participants");
    case Entity::ConsentEvent:
        return QT_TRANSLATE_NOOP("cg::cli", "Consent events");
    case Entity::Group:
        return QT_TRANSLATE_NOOP("cg::cli", "Groups");
    case Entity::AgendaItem:
        return QT_TRANSLATE_NOOP("cg::cli", "Agenda items");
    case Entity::Board:
        return QT_TRANSLATE_NOOP("cg::cli", "Boards");
    case Entity::Theme:
        return QT_TRANSLATE_NOOP("cg::cli", "Themes");
    case Entity::Note:
        return QT_TRANSLATE_NOOP("cg::cli", "Notes");
    case Entity::Vote:
        return QT_TRANSLATE_NOOP("cg::cli", "Votes");
    case Entity::Action:
        return QT_TRANSLATE_NOOP("cg::cli", "Actions");
    case Entity::Attachment:
        return QT_TRANSLATE_NOOP("cg::cli", "Attachments");
    case Entity::Feedback:
        return QT_TRANSLATE_NOOP("cg::cli", "Feedback");
    case Entity::Payment:
        return QT_TRANSLATE_NOOP("cg::cli", "Payments");
    case Entity::AuditEvent:
        return QT_TRANSLATE_NOOP("cg::cli", "Audit events");
    case Entity::SeatingRule:
        return QT_TRANSLATE_NOOP("cg::cli", "Seating rules");
    case Entity::Workshop:
        break;
    }
    return QT_TRANSLATE_NOOP("cg::cli", "Other records");
}

/// Every table of rows (core/storage/tables.h), keyed as the JSON archive keys its arrays.
std::vector<Count> countsOf(const WorkshopData &d)
{
    std::vector<Count> counts;
    tables::forEachRowType([&](auto type) {
        using T = typename decltype(type)::type;
        counts.push_back({tables::Description<T>::archiveKey, countLabel(entityOf<T>()), d.table<T>().size()});
    });
    return counts;
}

int runInfo(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kInfoHelp));
    Arguments args({}, { "json" });
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    const QString path = args.positional().first();
    auto session = openForReading(path);
    if (!session)
        return failure(session.message());
    const WorkshopData &d = (*session)->data();
    const bool readOnly = markedReadOnly(path);
    const auto counts = countsOf(d);
    if (args.isSet("json")) {
        QJsonObject root;
        root.insert(QStringLiteral("title"), d.workshop.title);
        root.insert(QStringLiteral("date"),
            d.workshop.date.isValid() ? QJsonValue(d.workshop.date.toString(Qt::ISODate)) : QJsonValue());
        root.insert(QStringLiteral("id"), d.workshop.id.toString(QUuid::WithoutBraces));
        root.insert(QStringLiteral("readOnly"), readOnly);
        QJsonObject numbers;
        for (const Count &c : counts)
            numbers.insert(QLatin1String(c.key), qint64(c.n));
        root.insert(QStringLiteral("counts"), numbers);
        QTextStream(stdout) << printable(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Success;
    }
    say(tr("Title: %1").arg(d.workshop.title));
    say(tr("Date: %1")
            .arg(d.workshop.date.isValid() ? d.workshop.date.toString(Qt::ISODate) : tr("not set")));
    if (readOnly)
        say(tr("Read-only: yes (the file is marked read-only, so it can be looked at but not changed)"));
    for (const Count &c : counts)
        say(QStringLiteral("%1: %2").arg(tr(c.label)).arg(c.n));
    return Success;
}

// ---- import-participants ------------------------------------------------------------------------

const char *const kImportParticipantsHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli import-participants FILE CSV [--map COLUMN=FIELD]... [--keep-cancelled]\n\n"
    "Adds the people in a sign-up spreadsheet saved as CSV (UTF-8, with or without BOM; comma\n"
    "separated; quotes as spreadsheets write them) to the workshop FILE.\n\n"
    "The first row names the columns. Common Ground's own columns are name, pseudonym, role,\n"
    "organisation, email, phone, access_needs (separated by ';'), access_notes, attendance\n"
    "(invited, confirmed, arrived, stepped out, left, no-show), notes, and take_part, be_named,\n"
    "be_quoted, be_photographed, be_recorded, contact_later with yes, no or nothing (not recorded).\n"
    "Exports from Eventbrite, Google Forms and Microsoft Forms are read as they come: First Name and\n"
    "Last Name (or Surname) make the name; Email Address, Cell Phone, Company, Ticket Type or\n"
    "\"I am attending as\" (the role), access questions such as \"Do you have any access needs?\",\n"
    "and Attendee Status are recognised. Free-text access needs (\"BSL interpreter please\") count\n"
    "as the needs they name, and the words are kept. Role answers such as \"Carer\" or \"Patient /\n"
    "service user\" become a role, the answer kept in the notes; anything unknown becomes 'other'\n"
    "with a warning. Cancelled tickets are left out.\n\n"
    "Options:\n"
    "  --map COLUMN=FIELD  read COLUMN (as its header is written) as FIELD: name, first_name,\n"
    "                      last_name, pseudonym, role, organisation, email, phone, access_needs,\n"
    "                      access_notes, attendance, notes, a consent scope, or ignore. Repeatable.\n"
    "  --keep-cancelled    add people whose ticket was cancelled, as no-shows\n\n"
    "If any row has a problem, it is reported with its line number and nobody is imported.");

int runImportParticipants(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kImportParticipantsHelp));
    Arguments args({ "map" }, { "keep-cancelled" });
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 2)
        return usageError(usage, tr("Name the workshop file and the CSV file."));
    const QString path = args.positional().at(0);
    const QString csvPath = args.positional().at(1);
    QFile csv(csvPath);
    if (!QFileInfo::exists(csvPath))
        return failure(tr("There is no CSV file at %1.").arg(csvPath));
    if (QFileInfo(csvPath).size() > io::maxCsvBytes)
        return failure(tr("%1 is %2 MB; a sign-up list is at most %3 MB. Is it the right file?")
                           .arg(csvPath)
                           .arg(QFileInfo(csvPath).size() / (1024 * 1024))
                           .arg(io::maxCsvBytes / (1024 * 1024)));
    if (!csv.open(QIODevice::ReadOnly))
        return failure(tr("%1 cannot be read: %2").arg(csvPath, csv.errorString()));
    const QByteArray bytes = csv.readAll();

    io::ParticipantCsvOptions options;
    options.keepCancelled = args.isSet("keep-cancelled");
    if (const QStringList choices = args.values("map"); !choices.isEmpty()) {
        // The columns as guessed, then the choices on top, so that a choice can name any column.
        const io::ParticipantCsv guessed = io::parseParticipantsCsv(bytes, WorkshopData {});
        if (guessed.columns.headers.isEmpty())
            return failure(guessed.errors.value(0, tr("The CSV file has no header row.")));
        auto chosen = io::withChoices(guessed.columns, choices);
        if (!chosen)
            return usageError(usage, chosen.message());
        options.columns = chosen->uses;
    }
    auto session = openSession(path, false);
    if (!session)
        return failure(session.message());
    if ((*session)->isReadOnly())
        return failure(
            tr("“%1” is read-only, so nobody can be added to it.").arg(QFileInfo(path).fileName()));
    auto imported = io::importParticipantsCsv(**session, bytes, QFileInfo(csvPath).fileName(), options);
    if (!imported)
        return failure(imported.message());
    for (const QString &warning : imported->warnings)
        warn(warning);
    say(tr("Imported %1 people and %2 consent answers into %3.")
            .arg(imported->participants)
            .arg(imported->consentEvents)
            .arg(path));
    return Success;
}

// ---- add-note -----------------------------------------------------------------------------------

const char *const kAddNoteHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli add-note FILE --board NAME --text T [--author NAME | --anonymous] "
    "[--verbatim] [--sensitive] [--colour C]\n\n"
    "Adds a sticky note to a board, in the next free place in reading order. The board is\n"
    "created if there is none with that name.\n\n"
    "Options:\n"
    "  --board NAME   the board's title\n"
    "  --text T       what the note says\n"
    "  --author NAME  who said it: a person's name or pseudonym in this workshop\n"
    "  --anonymous    nobody's name goes with it (the default)\n"
    "  --verbatim     it is a direct quote, not a paraphrase\n"
    "  --sensitive    safeguarding or wellbeing content: kept out of public outputs\n"
    "  --colour C     yellow, blue, orange, green, pink or purple (default yellow)");

int runAddNote(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kAddNoteHelp));
    Arguments args(
        { "board", "text", "author", "colour", "color" }, { "anonymous", "verbatim", "sensitive" });
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    if (!args.isSet("board") || args.value("board").trimmed().isEmpty())
        return usageError(usage, tr("Say which board with --board NAME."));
    if (!args.isSet("text") || args.value("text").trimmed().isEmpty())
        return usageError(usage, tr("Say what the note says with --text T."));
    if (args.isSet("author") && args.isSet("anonymous"))
        return usageError(usage, tr("A note is either by --author NAME or --anonymous, not both."));
    NoteColour colour = NoteColour::Yellow;
    const QString colourName = args.isSet("colour") ? args.value("colour") : args.value("color");
    if (!colourName.isEmpty()) {
        auto parsed = enumFromString<NoteColour>(colourName);
        if (!parsed)
            return usageError(usage,
                tr("“%1” is not a note colour; choose one of %2.")
                    .arg(colourName, enumKeyList<NoteColour>().join(QStringLiteral(", "))));
        colour = *parsed;
    }
    const QString path = args.positional().first();
    auto opened = openSession(path, false);
    if (!opened)
        return failure(opened.message());
    Session &session = **opened;
    if (session.isReadOnly())
        return failure(
            tr("“%1” is read-only, so no note can be added to it.").arg(QFileInfo(path).fileName()));

    Note note;
    note.id = newId();
    note.text = args.value("text");
    note.colour = colour;
    note.verbatim = args.isSet("verbatim");
    note.sensitive = args.isSet("sensitive");
    if (args.isSet("author")) {
        auto author = findParticipant(session.data(), args.value("author"), QStringLiteral("--author"));
        if (!author)
            return failure(author.message() + QLatin1Char('\n') + tr("Nothing was added."));
        note.authorKind = AuthorKind::Participant;
        note.authorId = (*author)->id;
    }

    const QString boardName = args.value("board").trimmed();
    QUuid boardId;
    for (const Board &b : session.data().boards)
        if (b.title.trimmed().compare(boardName, Qt::CaseInsensitive) == 0) {
            boardId = b.id;
            break;
        }
    if (boardId.isNull()) {
        // One edit for both, so a note that is refused leaves no empty board behind.
        Board board;
        board.id = newId();
        board.title = boardName;
        note.x = note.y = std::numeric_limits<double>::quiet_NaN(); // placed by the builder
        if (auto added = session.perform(edits::addNoteOnNewBoard(session.data(), board, note)); !added)
            return failure(added.message() + QLatin1Char('\n') + tr("Nothing was added."));
        say(tr("Created board “%1”.").arg(boardName));
        say(tr("Added a note to “%1”.").arg(boardName));
        return Success;
    }
    note.boardId = boardId;
    const QPointF at = placement::nextFreePosition(session.data(), boardId, { note.width, note.height });
    note.x = at.x();
    note.y = at.y();
    if (auto added = session.perform(edits::addNote(session.data(), note)); !added)
        return failure(added.message());
    say(tr("Added a note to “%1”.").arg(boardName));
    return Success;
}

// ---- export-json / import-json ------------------------------------------------------------------

const char *const kExportJsonHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli export-json FILE OUT.json\n\n"
    "Writes everything in the workshop FILE to a JSON archive: every person, consent decision,\n"
    "board, note, photo (base64) and record, with their ids and times. Importing the archive with\n"
    "import-json gives the same workshop back. The archive holds personal data: keep it as safe\n"
    "as the workshop file. OUT.json is replaced only once the new one is complete.");

int runExportJson(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kExportJsonHelp));
    Arguments args({}, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 2)
        return usageError(usage, tr("Name the workshop file and the JSON file to write."));
    const QString path = args.positional().at(0);
    const QString out = args.positional().at(1);
    if (samePath(path, out))
        return failure(
            tr("The archive cannot be written over the workshop file itself; choose another name."));
    auto session = openForReading(path);
    if (!session)
        return failure(session.message());
    auto complete = (*session)->completeData(); // with the photos' bytes, which data() leaves out
    if (!complete)
        return failure(complete.message());
    if (auto written = io::archive::writeFile(*complete, out); !written)
        return failure(written.message());
    say(tr("Wrote %1.").arg(out));
    return Success;
}

const char *const kImportJsonHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli import-json IN.json NEW.cgw\n\n"
    "Makes a new workshop file from a JSON archive written by export-json. NEW.cgw must not\n"
    "exist yet. The archive is checked completely first; if anything in it is wrong, no file is\n"
    "made.");

int runImportJson(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kImportJsonHelp));
    Arguments args({}, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 2)
        return usageError(usage, tr("Name the JSON archive and the new workshop file."));
    const QString in = args.positional().at(0);
    const QString path = args.positional().at(1);
    if (QFileInfo::exists(path))
        return failure(tr("“%1” already exists; choose another name.").arg(QFileInfo(path).fileName()));
    auto data = io::archive::readFile(in);
    if (!data)
        return failure(data.message());
    auto session = Session::createFrom(path, *data);
    if (!session)
        return failure(session.message());
    say(tr("Created %1 from %2.").arg(path, in));
    return Success;
}

// ---- generate / demo ----------------------------------------------------------------------------

const char *const kGenerateHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli generate FILE [--participants N] [--groups G] [--boards B] [--notes N] "
    "[--seed S]\n\n"
    "Makes a synthetic but realistic workshop for tests and benchmarks: mixed roles and consent,\n"
    "groups, an agenda, boards with notes of sticky-note length in reading order, themes, votes,\n"
    "actions, feedback and payments. The same options and seed always give the same file\n"
    "content. FILE must not exist yet.\n\n"
    "Options (defaults in brackets):\n"
    "  --participants N  people (25)\n"
    "  --groups G        breakout groups (4)\n"
    "  --boards B        boards; the first G belong to the groups (5)\n"
    "  --notes N         notes, spread over the boards (120)\n"
    "  --seed S          the random seed (1)");

int runGenerate(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kGenerateHelp));
    Arguments args({ "participants", "groups", "boards", "notes", "seed" }, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file to create."));
    io::GeneratorOptions options;
    const auto participants = args.count("participants", options.participants);
    const auto groups = args.count("groups", options.groups);
    const auto boards = args.count("boards", options.boards);
    const auto notes = args.count("notes", options.notes);
    const auto seed = args.count("seed", qint64(options.seed));
    if (!seed)
        return usageError(usage, tr("--seed needs a whole number."));
    struct Bound
    {
        const std::optional<qint64> &value;
        int most;
        const char *name;
    };
    for (const Bound &b : { Bound { participants, limits::maxGeneratedPeople, "--participants" },
             Bound { groups, limits::maxGeneratedGroups, "--groups" },
             Bound { boards, limits::maxGeneratedBoards, "--boards" },
             Bound { notes, limits::maxGeneratedNotes, "--notes" } }) {
        if (!b.value || *b.value < 0 || *b.value > b.most)
            return usageError(usage, tr("%1 needs a whole number from 0 to %2.").arg(QLatin1String(b.name)).arg(b.most));
    }
    options.participants = int(*participants);
    options.groups = int(*groups);
    options.boards = int(*boards);
    options.notes = int(*notes);
    options.seed = quint64(*seed);
    const QString path = args.positional().first();
    if (QFileInfo::exists(path))
        return failure(tr("“%1” already exists; choose another name.").arg(QFileInfo(path).fileName()));
    auto data = io::generateWorkshop(options);
    if (!data)
        return usageError(usage, data.message());
    auto session = Session::createFrom(path, *data);
    if (!session)
        return failure(session.message());
    say(tr("Generated %1: %2 people, %3 groups, %4 boards, %5 notes (seed %6).")
            .arg(path)
            .arg(options.participants)
            .arg(options.groups)
            .arg(options.boards)
            .arg(options.notes)
            .arg(options.seed));
    return Success;
}

const char *const kDemoHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli demo FILE\n\n"
    "Writes the demo workshop (\"Improving mental health discharge\", a half-day co-production\n"
    "workshop with about 25 people, 4 tables, notes, themes, votes, actions, feedback and\n"
    "payments; all names are fictional) to FILE, which must not exist yet.");

int runDemo(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kDemoHelp));
    Arguments args({}, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file to create."));
    const QString path = args.positional().first();
    auto demo = io::loadDemoWorkshop();
    if (!demo)
        return failure(demo.message());
    auto session = Session::createFrom(path, *demo);
    if (!session)
        return failure(session.message());
    say(tr("Wrote the demo workshop to %1.").arg(path));
    return Success;
}

// ---- check --------------------------------------------------------------------------------------

const char *const kCheckHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli check FILE\n\n"
    "Checks that FILE is a sound Common Ground workshop: its application id, schema version,\n"
    "SQLite's integrity check and foreign key check. Prints OK, or each problem found (and exits\n"
    "with 1). The file is not changed.");

int runCheck(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kCheckHelp));
    Arguments args({}, {});
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Name one workshop file."));
    const QString path = args.positional().first();
    auto report = workshopfile::examine(path);
    if (!report)
        return failure(report.message());
    for (const QString &note : report->notes)
        say(tr("Note: %1").arg(note));
    if (report->problems.isEmpty()) {
        say(QStringLiteral("OK"));
        return Success;
    }
    // Each problem once, on standard output; standard error only says how many.
    for (const QString &problem : report->problems)
        say(tr("Problem: %1").arg(problem));
    return failure(QCoreApplication::translate("cg::cli", "“%1” has %n problem(s), listed above. It was not changed.",
                       nullptr, int(report->problems.size()))
                       .arg(QFileInfo(path).fileName()));
}

} // namespace

void registerWorkshopCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("new"), tr("Create a new workshop file, empty or from a template"), tr(kNewHelp), runNew });
    table.push_back(
        { QStringLiteral("info"), tr("Show a workshop's title, date and counts"), tr(kInfoHelp), runInfo });
    table.push_back({ QStringLiteral("import-participants"),
        tr("Add people from a sign-up spreadsheet (CSV)"), tr(kImportParticipantsHelp), runImportParticipants });
    table.push_back(
        { QStringLiteral("add-note"), tr("Add a sticky note to a board"), tr(kAddNoteHelp), runAddNote });
    table.push_back({ QStringLiteral("export-json"), tr("Write everything in a workshop to a JSON archive"),
        tr(kExportJsonHelp), runExportJson });
    table.push_back({ QStringLiteral("import-json"), tr("Make a new workshop file from a JSON archive"),
        tr(kImportJsonHelp), runImportJson });
    table.push_back({ QStringLiteral("generate"), tr("Make a synthetic workshop for tests and benchmarks"),
        tr(kGenerateHelp), runGenerate });
    table.push_back({ QStringLiteral("demo"), tr("Write the demo workshop to a file"), tr(kDemoHelp), runDemo });
    table.push_back(
        { QStringLiteral("check"), tr("Check that a workshop file is sound"), tr(kCheckHelp), runCheck });
}

} // namespace cg::cli
