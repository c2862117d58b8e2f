// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/edits.h"
#include "models/actionsmodel.h"
#include "models/agendamodel.h"
#include "models/boardsmodel.h"
#include "models/consentlookup.h"
#include "models/feedbackmodel.h"
#include "models/groupsmodel.h"
#include "session/session.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

#include <memory>

#include "modeltesterfailures.h"

using namespace cg;

namespace {

using test::TesterFailures;

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data().toString();
    return out;
}

Participant person(const QString &name)
{
    Participant p;
    p.displayName = name;
    p.role = Role::LivedExperience;
    return p;
}

} // namespace

TEST_CASE("current consent is the latest decision per person and scope", "[models][consent]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    REQUIRE(session->perform(edits::addParticipant(session->data(), person(QStringLiteral("Ann")))).ok());
    REQUIRE(session->perform(edits::addParticipant(session->data(), person(QStringLiteral("Bob")))).ok());
    const QUuid ann = session->data().participants.rows().at(0).id;
    auto decide = [&](ConsentScope scope, ConsentDecision decision, int hour) {
        ConsentEvent event;
        event.participantId = ann;
        event.scope = scope;
        event.decision = decision;
        event.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(hour, 0), Qt::UTC);
        REQUIRE(session->record(edits::recordConsent(session->data(), event)).ok());
    };
    decide(ConsentScope::TakePart, ConsentDecision::Granted, 9);
    decide(ConsentScope::BeNamed, ConsentDecision::Granted, 9);
    decide(ConsentScope::TakePart, ConsentDecision::Withdrawn, 15);
    CHECK(currentConsent(ConsentPolicy(session->data()), ann, ConsentScope::TakePart) == ConsentDecision::Withdrawn);
    CHECK(currentConsent(ConsentPolicy(session->data()), ann, ConsentScope::BeNamed) == ConsentDecision::Granted);
    CHECK_FALSE(currentConsent(ConsentPolicy(session->data()), ann, ConsentScope::BeQuoted).has_value());
    const QList<QUuid> missing = peopleWithoutTakePartConsent(ConsentPolicy(session->data()));
    REQUIRE(missing.size() == 1);
    CHECK(session->data().participants.find(missing.first())->displayName == QStringLiteral("Bob"));
}

TEST_CASE("the agenda list keeps running order and derived start times", "[models]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    TesterFailures failures;
    AgendaModel model(session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    const QStringList titles { QStringLiteral("Welcome"), QStringLiteral("Breakouts"),
        QStringLiteral("Feedback") };
    for (int i = 0; i < titles.size(); ++i) {
        AgendaItem item;
        item.title = titles.at(i);
        item.plannedMinutes = 30;
        item.position = i;
        REQUIRE(session->perform(edits::addAgendaItem(session->data(), item)).ok());
    }
    CHECK(column(model, AgendaModel::Title) == titles);
    const QString firstStart = model.index(0, AgendaModel::Start).data().toString();
    const QString secondStart = model.index(1, AgendaModel::Start).data().toString();
    CHECK(firstStart != secondStart);

    REQUIRE(session->perform(edits::moveAgendaItem(session->data(), model.idAt(2), 0)).ok());
    CHECK(column(model, AgendaModel::Title)
        == QStringList {
            QStringLiteral("Feedback"), QStringLiteral("Welcome"), QStringLiteral("Breakouts") });
    CHECK(model.index(0, AgendaModel::Start).data().toString() == firstStart);
    session->undoStack()->undo();
    CHECK(column(model, AgendaModel::Title) == titles);
    REQUIRE(session->perform(edits::removeAgendaItem(session->data(), model.idAt(1))).ok());
    CHECK(model.rowCount() == 2);
    session->undoStack()->undo();
    CHECK(column(model, AgendaModel::Title) == titles);
    CHECK(failures.failures().isEmpty());
}

TEST_CASE("the groups, boards, actions and feedback lists follow their rows", "[models]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    TesterFailures failures;
    GroupsModel groups(session.get());
    BoardsModel boards(session.get());
    ActionsModel actions(session.get());
    FeedbackModel feedback(session.get());
    QAbstractItemModelTester groupsTester(&groups, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester boardsTester(&boards, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester actionsTester(&actions, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester feedbackTester(
        &feedback, QAbstractItemModelTester::FailureReportingMode::Warning);
    const int boardsAtStart = boards.rowCount();

    REQUIRE(session->perform(edits::addParticipant(session->data(), person(QStringLiteral("Ann")))).ok());
    const QUuid ann = session->data().participants.rows().at(0).id;

    Group group;
    group.name = QStringLiteral("Group A");
    group.location = QStringLiteral("Table 1");
    group.memberIds = { ann };
    REQUIRE(session->perform(edits::addGroup(session->data(), group)).ok());
    REQUIRE(groups.rowCount() == 1);
    CHECK(groups.index(0, GroupsModel::Members).data().toString().contains(QStringLiteral("Ann")));

    Board board;
    board.title = QStringLiteral("What matters most");
    board.groupId = session->data().groups.rows().at(0).id;
    REQUIRE(session->perform(edits::addBoard(session->data(), board)).ok());
    REQUIRE(boards.rowCount() == boardsAtStart + 1);
    const QUuid boardId = session->data().boards.rows().back().id;
    const int boardRow = boards.rowOf(boardId);
    CHECK(boards.index(boardRow, BoardsModel::GroupColumn).data().toString() == QStringLiteral("Group A"));
    Note note;
    note.boardId = boardId;
    note.text = QStringLiteral("Buses stop at six");
    REQUIRE(session->perform(edits::addNote(session->data(), note)).ok());
    CHECK(boards.index(boards.rowOf(boardId), BoardsModel::Notes).data().toInt() == 1);
    session->undoStack()->undo();
    CHECK(boards.index(boards.rowOf(boardId), BoardsModel::Notes).data().toInt() == 0);

    Action done;
    done.text = QStringLiteral("Send the notes");
    done.status = ActionStatus::Done;
    REQUIRE(session->perform(edits::addAction(session->data(), done)).ok());
    Action open;
    open.text = QStringLiteral("Book the hall");
    open.ownerId = ann;
    REQUIRE(session->perform(edits::addAction(session->data(), open)).ok());
    CHECK(column(actions, ActionsModel::What)
        == QStringList { QStringLiteral("Book the hall"), QStringLiteral("Send the notes") });
    CHECK(actions.index(0, ActionsModel::Who).data().toString() == QStringLiteral("Ann"));

    Feedback answer;
    answer.question = QStringLiteral("Best aspects");
    answer.answer = QStringLiteral("Being listened to");
    REQUIRE(session->perform(edits::addFeedback(session->data(), answer)).ok());
    CHECK(feedback.index(0, FeedbackModel::From).data().toString() == QStringLiteral("Anonymous"));

    // Undo everything back to the start, then redo it all: the lists follow each step.
    while (session->undoStack()->canUndo())
        session->undoStack()->undo();
    CHECK(groups.rowCount() == 0);
    CHECK(boards.rowCount() == boardsAtStart);
    CHECK(actions.rowCount() == 0);
    CHECK(feedback.rowCount() == 0);
    while (session->undoStack()->canRedo())
        session->undoStack()->redo();
    CHECK(groups.rowCount() == 1);
    CHECK(actions.rowCount() == 2);
    CHECK(feedback.rowCount() == 1);
    REQUIRE(session->perform(edits::removeBoard(session->data(), boardId)).ok());
    CHECK(boards.rowOf(boardId) == -1);
    CHECK(failures.failures().isEmpty());
}
