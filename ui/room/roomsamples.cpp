// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/roomsamples.h"

#include "commands/edits.h"
#include "roomservice.h"
#include "consent/consentpolicy.h"
#include "people/personalcode.h"
#include "session/session.h"

#include <QJsonObject>

namespace cg {

void postSampleNotes(room::RoomService &service, const Session &session)
{
    const QList<QUuid> boards = edits::boardOrder(session.data());
    if (boards.isEmpty())
        return;
    const char *const texts[] = {
        "The forms use words nobody outside the service understands",
        "A named person to ring back would make all the difference",
        "Evening sessions: many of us work or care in the day",
        "Wheelchair space on the minibus is often taken by luggage",
        "Peer supporters should be in the room from the first meeting",
    };
    QList<QByteArray> tokens;
    for (int i = 0; i < 3; ++i) {
        const room::RoomReply joined
            = service.join(QJsonObject { { QStringLiteral("code"), service.joinCode() } },
                QStringLiteral("127.0.0.%1").arg(10 + i));
        tokens << joined.body.value(QStringLiteral("token")).toString().toLatin1();
    }
    // A table's note-taker asking for approval, as the Devices list shows it.
    (void)service.join(QJsonObject { { QStringLiteral("code"), service.joinCode() },
                           { QStringLiteral("role"), QStringLiteral("note-taker") },
                           { QStringLiteral("board"), boards.front().toString(QUuid::WithoutBraces) } },
        QStringLiteral("127.0.0.20"));
    // One person who said who they are (someone taking part), as the queue and Devices list show it.
    const ConsentPolicy policy(session.data());
    for (const Participant &person : session.data().participants) {
        if (!policy.mayKeepOwnNote(person.id))
            continue;
        (void)service.sayWhoIAm(tokens.at(1),
            QJsonObject { { QStringLiteral("code"), personalcode::of(session.data(), person.id) } },
            QStringLiteral("127.0.0.11"));
        break;
    }
    int n = 0;
    for (const char *text : texts) {
        const QJsonObject note { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("board"),
                boards.at(n % std::min<qsizetype>(2, boards.size())).toString(QUuid::WithoutBraces) },
            { QStringLiteral("text"), QString::fromUtf8(text) } };
        service.postNote(tokens.at(n % tokens.size()), note, [](const room::RoomReply &) {});
        ++n;
    }
    service.flush();
}

} // namespace cg
