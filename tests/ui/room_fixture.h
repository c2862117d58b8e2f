// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the room mode UI tests: a main window with a small workshop open, and a way to answer
// the dialog a step is about to show.
#pragma once

#include "commands/edits.h"
#include "mainwindow.h"
#include "presenterwindow.h" // mainwindow.h's presenter() needs the whole type
#include "room/roomcontroller.h"
#include "roomserver.h"
#include "roomservice.h"
#include "session/session.h"
#include "testsupport.h"

#include <QApplication>
#include <QJsonObject>
#include <QMenu>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace cg::test {

/// Calls \a answer with the first modal dialog of type T to appear (as a facilitator would answer
/// it), checking every 10 ms for up to five seconds.
template<typename T> void whenModal(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, elapsed, answer] {
        if (T *found = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            // Active, as the facilitator's dialog would be, so that its shortcuts work.
            QApplication::setActiveWindow(found->window());
            (void)QTest::qWaitForWindowActive(found->window(), 2000);
            answer(found);
            return;
        }
        *elapsed += 10;
        if (*elapsed > 5000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

/// A workshop with two boards, "Table 1" and "Table 2", opened in a window.
struct RoomShell
{
    explicit RoomShell(const QString &name = QStringLiteral("room.cgw"))
        : settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
    {
        path = writeWorkshop(name);
        window = std::make_unique<MainWindow>(&settings);
        REQUIRE(window->openFile(path));
    }

    QString writeWorkshop(const QString &name) const
    {
        auto session = newSession(dir, name);
        for (const QString &title : { QStringLiteral("Table 1"), QStringLiteral("Table 2") }) {
            Board board;
            board.title = title;
            REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        }
        return session->filePath();
    }

    /// Shown and active, so that its shortcuts and keyboard focus work as on a real screen.
    void show() const
    {
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get(), 5000));
    }

    Session *session() const { return window->session(); }
    RoomController *room() const { return window->room(); }
    room::RoomService *service() const { return room()->service(); }
    QUuid board(int n) const
    {
        const QList<QUuid> boards = edits::boardOrder(session()->data());
        REQUIRE(n < boards.size());
        return boards.at(n);
    }

    /// Room mode on this computer only, on a free port.
    void start(bool moderated = true)
    {
        RoomStart how;
        how.address = QStringLiteral("127.0.0.1");
        how.port = 0;
        how.moderated = moderated;
        auto started = room()->start(how);
        INFO(started.message().toStdString());
        REQUIRE(started.ok());
    }

    /// A device joins as a phone would; its token.
    QByteArray join() const
    {
        const room::RoomReply reply = service()->join(
            QJsonObject { { QStringLiteral("code"), service()->joinCode() } }, QStringLiteral("127.0.0.1"));
        REQUIRE(reply.status == 200);
        return reply.body.value(QStringLiteral("token")).toString().toLatin1();
    }

    /// Posts a note from a device; the answer's status.
    int post(const QByteArray &token, const QUuid &boardId, const QString &text,
        const QUuid &id = QUuid::createUuid()) const
    {
        int status = 0;
        service()->postNote(token,
            QJsonObject { { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("board"), boardId.toString(QUuid::WithoutBraces) },
                { QStringLiteral("text"), text } },
            [&status](const room::RoomReply &reply) { status = reply.status; });
        service()->flush();
        return status;
    }

    bool onBoard(const QString &text) const
    {
        for (const Note &note : session()->data().notes)
            if (note.text == text)
                return true;
        return false;
    }

    TempDir dir;
    QSettings settings;
    QString path;
    std::unique_ptr<MainWindow> window;
};

/// The notes in a workshop file, opened again after the window let it go.
inline QStringList notesInFile(const QString &path)
{
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    QStringList texts;
    for (const Note &note : (*reopened)->data().notes)
        texts << note.text;
    texts.sort();
    return texts;
}

} // namespace cg::test
