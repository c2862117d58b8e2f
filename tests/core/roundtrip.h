// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Do, undo, redo, reopen: the check every edit builder gets (as in commands_test.cpp), for the
// agenda and run tests.

#include "commands/edit.h"
#include "result.h"
#include "session/session.h"
#include "testsupport.h"

#include <QSignalSpy>

#include <functional>
#include <memory>

namespace cg::test {

/// Performs \a edit on \a session and checks \a expect; undo must give back exactly the file's
/// rows from before, redo exactly those from after, and the reopened file must hold what memory
/// held. \a session is reopened in place.
inline void roundTrip(std::unique_ptr<Session> &session, Result<Edit> edit,
    const std::function<void(const WorkshopData &)> &expect)
{
    session->undoStack()->clear();
    const QStringList rowsBefore = dumpRows(*session);
    const WorkshopData before = session->data();
    QSignalSpy changes(session.get(), &Session::changed);
    auto done = session->perform(std::move(edit));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(changes.count() > 0);
    REQUIRE(session->undoStack()->count() == 1);
    expect(session->data());
    const QStringList rowsAfter = dumpRows(*session);
    const WorkshopData after = session->data();
    CHECK(rowsAfter != rowsBefore);

    session->undoStack()->undo();
    CHECK(dumpRows(*session) == rowsBefore);
    CHECK(sameContent(session->data(), before));

    session->undoStack()->redo();
    CHECK(dumpRows(*session) == rowsAfter);
    CHECK(sameContent(session->data(), after));

    const QString path = session->filePath();
    session.reset();
    auto reopened = Session::open(path);
    REQUIRE(reopened.ok());
    session = std::move(*reopened);
    CHECK(sameContent(session->data(), after));
    expect(session->data());
}

} // namespace cg::test
