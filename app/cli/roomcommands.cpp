// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// room: room mode without the desktop app. Argument handling, signals and the event loop only;
// the server and its rules live in room/.
#include "cli.h"
#include "clisupport.h"

#include "commands/edits.h"
#include "joinqr.h"
#include "people/personalcode.h"
#include "roomserver.h"
#include "roomservice.h"
#include "session/session.h"

#include "platform/platform.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

const char *const kRoomHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli room FILE [--bind ADDR] [--port P] [--code CODE] [--moderate on|off]\n"
    "                              [--vote BOARD] [--dots N]\n"
    "       commonground-cli room FILE --personal-codes\n\n"
    "Runs room mode without the desktop app: a small web page on this computer's network where\n"
    "phones join with a code and post notes (and dots, while a vote is open) into FILE. Nothing\n"
    "goes to the internet. The first line printed is\n\n"
    "  room: http://ADDR:PORT/ code CODE\n\n"
    "which is what people open on their phones and the code they type; the second line is the\n"
    "link with the code in it, for a QR code. It runs until it is\n"
    "stopped (Ctrl+C, or SIGTERM); every note received is in the file by then.\n\n"
    "  --bind ADDR       the address to listen on (default 127.0.0.1: this computer only). Give\n"
    "                    the laptop's address on the venue network (or its hotspot) for phones;\n"
    "                    0.0.0.0 listens on every network and is never chosen for you\n"
    "  --port P          the port (default 8080; 0 picks a free one)\n"
    "  --code CODE       the join code (4 to 16 letters and digits; default: a random one)\n"
    "  --moderate on|off whether notes wait for approval (default off). Without the desktop app\n"
    "                    nobody can approve them: notes still waiting when room mode stops are\n"
    "                    not kept, and how many is said on stop. Use on only to try the page out\n"
    "  --vote BOARD      opens dot voting on the board with this title (or id)\n"
    "  --dots N          dots per phone while voting (1 to 20, default 3)\n"
    "  --personal-codes  prints each person's name and personal code (what they type on their\n"
    "                    phone to say who they are), one a line, and stops, for a sign-in sheet\n\n"
    "Exit status: 0 stopped cleanly, 1 failed to start, 2 wrong arguments.");

const Board *findBoard(const WorkshopData &data, const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    if (const Board *board = id.isNull() ? nullptr : data.boards.find(id))
        return board;
    for (const Board &board : data.boards)
        if (board.title == text)
            return &board;
    return nullptr;
}

int runRoom(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kRoomHelp));
    Arguments args({ "bind", "port", "code", "moderate", "vote", "dots" }, { "personal-codes" });
    if (!args.parse(arguments))
        return usageError(usage, args.error());
    if (args.positional().size() != 1)
        return usageError(usage, tr("Give one workshop file."));
    QHostAddress address(QHostAddress::LocalHost);
    if (args.isSet("bind") && !address.setAddress(args.value("bind")))
        return usageError(usage, tr("--bind needs an address such as 192.168.1.20."));
    const auto port = args.count("port", 8080);
    if (!port || *port > 65535)
        return usageError(usage, tr("--port needs a number from 0 to 65535."));
    const QString moderate = args.isSet("moderate") ? args.value("moderate") : QStringLiteral("off");
    if (moderate != QLatin1String("on") && moderate != QLatin1String("off"))
        return usageError(usage, tr("--moderate is on or off."));
    const auto dots = args.count("dots", 3);
    if (!dots || *dots < 1 || *dots > 20)
        return usageError(usage, tr("--dots needs a number from 1 to 20."));

    const QString path = args.positional().constFirst();
    auto session = openSession(path, false);
    if (!session)
        return failure(session.message());
    if (args.isSet("personal-codes")) {
        const WorkshopData &data = (*session)->data();
        std::vector<const Participant *> people;
        for (const Participant &p : data.participants)
            people.push_back(&p);
        std::stable_sort(people.begin(), people.end(), [](const Participant *a, const Participant *b) {
            return QString::localeAwareCompare(a->displayName, b->displayName) < 0;
        });
        QTextStream out(stdout);
        for (const Participant *p : people)
            out << p->displayName << '\t' << personalcode::spaced(personalcode::of(data, p->id)) << '\n';
        return 0;
    }
    if ((*session)->isReadOnly())
        return failure(
            tr("“%1” is read-only, so no notes could be kept in it.").arg(QFileInfo(path).fileName()));

    room::RoomLimits limits;
    room::RoomService service(**session, limits);
    service.setModeration(moderate == QLatin1String("on"));
    if (args.isSet("code")) {
        if (auto ok = service.setJoinCode(args.value("code")); !ok)
            return usageError(usage, ok.message());
    }
    if (args.isSet("vote")) {
        const Board *board = findBoard((*session)->data(), args.value("vote"));
        if (!board)
            return failure(tr("There is no board called “%1”.").arg(args.value("vote")));
        if (auto ok = service.openVote(board->id, int(*dots)); !ok)
            return failure(ok.message());
    }
    room::RoomServer server(service, limits);
    if (auto started = server.start(address, quint16(*port)); !started)
        return failure(started.message());
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Any)
        warn(tr("Room mode is open on every network this computer is connected to, not only the venue's."));

    platform::StopSignals stopSignals([] { QCoreApplication::quit(); });
    if (!stopSignals.isWatching())
        return failure(tr("Room mode could not watch for Ctrl+C."));

    {
        QTextStream out(stdout);
        out << "room: " << server.url() << " code " << service.joinCode() << '\n';
        out << "room: "
            << tr("join link (for a QR code): %1").arg(room::joinLink(server.url(), service.joinCode()))
            << '\n';
        out.flush();
    }
    std::fflush(stdout);
    QCoreApplication::exec();
    service.flush(); // notes gathered in the last few milliseconds
    // Every note was committed as it arrived (Session::perform returns after the commit); only
    // notes still waiting for approval are not in the file.
    QTextStream err(stderr);
    if (const auto waiting = service.pending().size(); waiting > 0)
        err << "room: " << tr("%1 notes were still waiting for approval and were not kept.").arg(waiting)
            << '\n';
    err << "room: " << tr("stopped; %1 devices had joined.").arg(service.devices().size()) << '\n';
    return Success;
}

} // namespace

void registerRoomCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("room"), tr("Let phones post notes over this computer's network"),
        tr(kRoomHelp), runRoom });
}

} // namespace cg::cli
