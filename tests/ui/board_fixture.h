// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared set-up for the board canvas tests: a temporary workshop with one board, shown in a
// BoardView in an active (offscreen) window, and helpers for real mouse events.

#include "board/boardcanvas.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/capturebar.h"
#include "commands/edits.h"
#include "session/session.h"
#include "testsupport.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace cg::test {

struct BoardFixture
{
    TempDir dir;
    std::unique_ptr<Session> session;
    QUuid boardId;
    std::unique_ptr<BoardView> view;

    BoardFixture()
    {
        session = newSession(dir);
        session->setClock(FakeClock {});
        Board board;
        board.id = newId();
        board.title = QStringLiteral("Table 1");
        board.prompt = QStringLiteral("What would make getting to appointments easier?");
        REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
        boardId = board.id;
        view = std::make_unique<BoardView>(session.get());
        view->resize(1200, 800);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
        view->setBoard(boardId);
        canvas()->resetZoom();
        canvas()->centerOn(QPointF(560, 360));
    }

    BoardCanvas *canvas() const { return view->canvas(); }
    BoardScene *scene() const { return view->canvas()->boardScene(); }
    QString path() const { return dir.path(QStringLiteral("test.cgw")); }

    QUuid addNote(const QString &text, double x, double y, NoteColour colour = NoteColour::Yellow)
    {
        Note note;
        note.id = newId();
        note.boardId = boardId;
        note.text = text;
        note.colour = colour;
        note.x = x;
        note.y = y;
        REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
        return note.id;
    }

    QUuid addPerson(const QString &name, const QString &pseudonym = {})
    {
        Participant p;
        p.id = newId();
        p.displayName = name;
        p.pseudonym = pseudonym;
        REQUIRE(session->perform(edits::addParticipant(session->data(), p)).ok());
        return p.id;
    }

    const Note &note(const QUuid &id) const
    {
        const Note *n = session->data().notes.find(id);
        REQUIRE(n);
        return *n;
    }

    int notesOnBoard() const
    {
        int count = 0;
        for (const Note &n : session->data().notes)
            count += n.boardId == boardId ? 1 : 0;
        return count;
    }

    /// Where a scene point is in the canvas's viewport.
    QPoint viewPos(QPointF scenePos) const { return canvas()->mapFromScene(scenePos); }

    void mouse(QEvent::Type type, QPoint pos, Qt::MouseButtons buttons,
        Qt::MouseButton button = Qt::LeftButton, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QWidget *viewport = canvas()->viewport();
        QMouseEvent event(
            type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
        QApplication::sendEvent(viewport, &event);
    }

    /// A whole drag with the left button, in a few steps like a hand would.
    void drag(QPoint from, QPoint to) const
    {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
        for (int step = 1; step <= 4; ++step)
            mouse(QEvent::MouseMove, from + (to - from) * step / 4, Qt::LeftButton, Qt::NoButton);
        mouse(QEvent::MouseButtonRelease, to, Qt::NoButton);
    }

    /// Types into whatever has the keyboard focus, as a person would.
    static void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target);
        QTest::keyClicks(target, text);
    }
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target);
        QTest::keyClick(target, key, modifiers);
    }
};

} // namespace cg::test
