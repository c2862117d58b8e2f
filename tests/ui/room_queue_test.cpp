// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The queue of notes from phones when boards go away, and merging waiting notes into one.
#include "room_fixture.h"

#include "modeltesterfailures.h"
#include "room/moderationpanel.h"
#include "room/roommodels.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace cg;

namespace {

QStringList queueTexts(const PendingNotesModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, PendingNotesModel::Text).data().toString();
    return texts;
}

} // namespace

TEST_CASE("approve all with a board deleted meanwhile approves the rest and says what stays", "[room-ui]")
{
    test::RoomShell shell;
    shell.show();
    shell.start();
    ModerationPanel *panel = shell.room()->panel();
    REQUIRE(panel);
    const QByteArray phone = shell.join();
    REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("Keep 1")) == 201);
    REQUIRE(shell.post(phone, shell.board(1), QStringLiteral("Lost table")) == 201);
    REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("Keep 2")) == 201);
    const QUuid second = shell.board(1);
    REQUIRE(shell.session()->perform(edits::removeBoard(shell.session()->data(), second)));
    CHECK(panel->pendingModel()->index(1, PendingNotesModel::Board).data().toString()
        == QStringLiteral("(a board since deleted)"));

    QSignalSpy errors(shell.window.get(), &MainWindow::errorShown);
    panel->approveAllButton()->click();
    CHECK(shell.onBoard(QStringLiteral("Keep 1")));
    CHECK(shell.onBoard(QStringLiteral("Keep 2")));
    CHECK(queueTexts(panel->pendingModel()) == QStringList { QStringLiteral("Lost table") });
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString().contains(
        QStringLiteral("1 note was not approved: the board it was sent to has been deleted.")));

    // Stopping with "approve all" keeps room mode on rather than lose the note.
    CHECK_FALSE(shell.room()->stop(RoomController::Waiting::ApproveAll));
    CHECK(shell.room()->isOn());
    CHECK(errors.count() == 2);
    // Discarding is the facilitator's explicit choice.
    CHECK(shell.room()->stop(RoomController::Waiting::Discard));
}

TEST_CASE("two or more waiting notes are merged into one, edited, that still waits", "[room-ui]")
{
    test::RoomShell shell;
    shell.show();
    shell.start();
    test::TesterFailures failures;
    ModerationPanel *panel = shell.room()->panel();
    REQUIRE(panel);
    QAbstractItemModelTester tester(panel->pendingModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QByteArray a = shell.join();
    const QByteArray b = shell.join();
    const QUuid first = QUuid::createUuid(), third = QUuid::createUuid();
    REQUIRE(shell.post(a, shell.board(0), QStringLiteral("More buses"), first) == 201);
    REQUIRE(shell.post(b, shell.board(0), QStringLiteral("Something else")) == 201);
    REQUIRE(shell.post(b, shell.board(0), QStringLiteral("Buses in the evening"), third) == 201);

    shell.room()->showQueue->trigger();
    QAbstractItemView *queue = panel->queueView();
    QTRY_VERIFY(queue->hasFocus());
    CHECK_FALSE(panel->mergeButton()->isEnabled());
    // By keyboard: on the first, Ctrl+Down to the third without moving the selection, Ctrl+Space.
    queue->setCurrentIndex(panel->pendingModel()->index(0, PendingNotesModel::Text));
    QTest::keyClick(queue, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(queue, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(queue, Qt::Key_Space, Qt::ControlModifier);
    REQUIRE(panel->selectedNotes() == (QList<QUuid> { first, third }));
    CHECK(panel->mergeButton()->isEnabled());

    bool asked = false;
    test::whenModal<QDialog>([&asked](QDialog *dialog) {
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("roomEditText"));
        REQUIRE(text);
        CHECK(text->toPlainText() == QStringLiteral("More buses\nBuses in the evening"));
        text->setPlainText(QStringLiteral("More buses, also in the evening"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        asked = true;
    });
    QTest::keyClick(queue, Qt::Key_M);
    CHECK(asked);
    CHECK(queueTexts(panel->pendingModel())
        == (QStringList { QStringLiteral("More buses, also in the evening"), QStringLiteral("Something else") }));
    CHECK_FALSE(shell.onBoard(QStringLiteral("More buses, also in the evening"))); // still waiting
    CHECK(panel->currentNote() == first);
    // A phone sending the merged-away note again is told it is waiting, not taken as new.
    CHECK(shell.post(b, shell.board(0), QStringLiteral("Buses in the evening"), third) == 200);
    CHECK(shell.service()->pending().size() == 2);

    // Back in the window once the dialog has gone, as on a real screen; the keyboard is in the queue.
    QApplication::setActiveWindow(shell.window.get());
    QTRY_VERIFY(queue->hasFocus());
    QTest::keyClick(queue, Qt::Key_Return);
    CHECK(shell.onBoard(QStringLiteral("More buses, also in the evening")));
    CHECK_FALSE(shell.onBoard(QStringLiteral("Buses in the evening")));
    CHECK(shell.session()->data().notes.contains(first));
    CHECK(shell.post(b, shell.board(0), QStringLiteral("Buses in the evening"), third) == 200);
    CHECK(shell.session()->data().notes.size() == 1);
    CHECK(failures.failures().isEmpty());
}

TEST_CASE("a note-taker is approved in the devices list, then its notes go straight on", "[room-ui]")
{
    test::RoomShell shell;
    shell.show();
    shell.start();
    ModerationPanel *panel = shell.room()->panel();
    REQUIRE(panel);
    const room::RoomReply joined = shell.service()->join(
        QJsonObject { { QStringLiteral("code"), shell.service()->joinCode() },
            { QStringLiteral("role"), QStringLiteral("note-taker") },
            { QStringLiteral("board"), shell.board(0).toString(QUuid::WithoutBraces) } },
        QStringLiteral("127.0.0.1"));
    REQUIRE(joined.status == 200);
    const QByteArray taker = joined.body.value(QStringLiteral("token")).toString().toLatin1();
    shell.join(); // an ordinary phone

    panel->tabs()->setCurrentIndex(1);
    QTreeView *devices = panel->devicesView();
    CHECK(panel->devicesModel()->index(0, RoomDevicesModel::Label).data().toString()
        == QStringLiteral("Phone 1 (note-taker for Table 1, asks your approval)"));
    devices->setCurrentIndex(panel->devicesModel()->index(1, 0));
    CHECK_FALSE(panel->approveNoteTakerButton()->isEnabled());
    devices->setCurrentIndex(panel->devicesModel()->index(0, 0));
    CHECK(panel->approveNoteTakerButton()->isEnabled());
    REQUIRE(shell.post(taker, shell.board(0), QStringLiteral("Before")) == 201);
    CHECK_FALSE(shell.onBoard(QStringLiteral("Before")));

    devices->setFocus();
    QTRY_VERIFY(devices->hasFocus());
    QTest::keyClick(devices, Qt::Key_Return);
    CHECK(panel->devicesModel()->index(0, RoomDevicesModel::Label).data().toString()
        == QStringLiteral("Phone 1 (note-taker for Table 1)"));
    CHECK_FALSE(panel->approveNoteTakerButton()->isEnabled());
    REQUIRE(shell.post(taker, shell.board(0), QStringLiteral("Straight on")) == 201);
    CHECK(shell.onBoard(QStringLiteral("Straight on")));
    CHECK(panel->pendingModel()->rowCount() == 1); // the note sent before approval still waits
}

TEST_CASE("a merge is undone with U in the queue, or the Undo Merge button", "[room-ui]")
{
    test::RoomShell shell;
    shell.show();
    shell.start();
    test::TesterFailures failures;
    ModerationPanel *panel = shell.room()->panel();
    REQUIRE(panel);
    QAbstractItemModelTester tester(panel->pendingModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QByteArray a = shell.join();
    const QUuid first = QUuid::createUuid(), second = QUuid::createUuid(), third = QUuid::createUuid();
    REQUIRE(shell.post(a, shell.board(0), QStringLiteral("More buses"), first) == 201);
    REQUIRE(shell.post(a, shell.board(0), QStringLiteral("Something else"), second) == 201);
    REQUIRE(shell.post(a, shell.board(0), QStringLiteral("Buses in the evening"), third) == 201);
    shell.room()->showQueue->trigger();
    QAbstractItemView *queue = panel->queueView();
    QTRY_VERIFY(queue->hasFocus());
    CHECK_FALSE(panel->undoMergeButton()->isEnabled());

    REQUIRE(shell.service()->merge({ first, third }, QStringLiteral("More buses, evenings too")));
    CHECK(panel->undoMergeButton()->isEnabled());
    QTest::keyClick(queue, Qt::Key_U);
    CHECK(queueTexts(panel->pendingModel())
        == (QStringList { QStringLiteral("More buses"), QStringLiteral("Something else"),
            QStringLiteral("Buses in the evening") }));
    CHECK_FALSE(panel->undoMergeButton()->isEnabled());
    CHECK(shell.session()->data().notes.empty());

    REQUIRE(shell.service()->merge({ first, second }, QStringLiteral("Both")));
    panel->undoMergeButton()->click();
    CHECK(shell.service()->pending().size() == 3);
    CHECK(failures.failures().isEmpty());
}
