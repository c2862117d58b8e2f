// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The panel of notes from phones: approve, edit then approve, reject, approve all (from a device),
// remove a device, and which boards wait; each through the Session, approvals undoable.
#include "room_fixture.h"

#include "modeltesterfailures.h"
#include "room/moderationpanel.h"
#include "room/roommodels.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QDockWidget>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace cg;

namespace {

QStringList texts(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *word : words)
        out << QString::fromUtf8(word);
    return out;
}

QStringList queueTexts(const PendingNotesModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, PendingNotesModel::Text).data().toString();
    return texts;
}

} // namespace

TEST_CASE("waiting notes are approved, edited and rejected from the panel by keyboard", "[room-ui]")
{
    test::RoomShell shell;
    shell.show();
    shell.start();
    test::TesterFailures failures;
    ModerationPanel *panel = shell.room()->panel();
    REQUIRE(panel);
    CHECK(panel->accessibleName() == QStringLiteral("Notes from phones"));
    QAbstractItemModelTester pendingTester(
        panel->pendingModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester devicesTester(
        panel->devicesModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(panel->summaryText().startsWith(QStringLiteral("No notes waiting")));
    CHECK_FALSE(panel->approveButton()->isEnabled());

    const QByteArray phone = shell.join();
    CHECK(panel->devicesModel()->rowCount() == 1);
    const QUuid rejectedId = QUuid::createUuid();
    REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("First")) == 201);
    REQUIRE(shell.post(phone, shell.board(1), QStringLiteral("Second"), rejectedId) == 201);
    REQUIRE(shell.post(phone, shell.board(0), QStringLiteral("Thrid")) == 201);
    CHECK(queueTexts(panel->pendingModel()) == texts({ "First", "Second", "Thrid" }));
    CHECK(panel->summaryText() == QStringLiteral("3 notes are waiting for your approval."));
    CHECK(panel->pendingModel()->index(1, PendingNotesModel::Board).data().toString()
        == QStringLiteral("Table 2"));
    CHECK(panel->pendingModel()->index(1, PendingNotesModel::Device).data().toString()
        == QStringLiteral("Phone 1"));
    CHECK(panel->devicesModel()->index(0, RoomDevicesModel::Waiting).data().toInt() == 3);
    CHECK(shell.room()->indicatorText().startsWith(QStringLiteral("Room mode is on — 1 device.")));
    CHECK_FALSE(shell.onBoard(QStringLiteral("First")));

    // The menu's Notes from Phones puts the keyboard in the queue, on the oldest note.
    shell.room()->showQueue->trigger();
    QAbstractItemView *queue = panel->queueView();
    QTRY_VERIFY(queue->hasFocus());
    CHECK(panel->currentNote() == panel->pendingModel()->idAt(0));

    // Enter approves: on the board, one undoable step.
    const int steps = shell.session()->undoStack()->count();
    QTest::keyClick(queue, Qt::Key_Return);
    CHECK(shell.onBoard(QStringLiteral("First")));
    CHECK(shell.session()->undoStack()->count() == steps + 1);
    CHECK(queueTexts(panel->pendingModel()) == texts({ "Second", "Thrid" }));
    shell.session()->undoStack()->undo();
    CHECK_FALSE(shell.onBoard(QStringLiteral("First")));
    shell.session()->undoStack()->redo();
    CHECK(shell.onBoard(QStringLiteral("First")));

    // Delete rejects: nothing kept, and the phone's retry is told so.
    REQUIRE(panel->currentNote() == rejectedId);
    QTest::keyClick(queue, Qt::Key_Delete);
    CHECK(queueTexts(panel->pendingModel()) == texts({ "Thrid" }));
    CHECK_FALSE(shell.onBoard(QStringLiteral("Second")));
    CHECK(shell.post(phone, shell.board(1), QStringLiteral("Second"), rejectedId) == 200);
    CHECK(shell.service()->pending().size() == 1);

    // F2: the words to correct, then approve.
    bool edited = false;
    test::whenModal<QDialog>([&edited](QDialog *dialog) {
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("roomEditText"));
        REQUIRE(text);
        CHECK(text->toPlainText() == QStringLiteral("Thrid"));
        text->setPlainText(QStringLiteral("Third, spelled right"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        edited = true;
    });
    REQUIRE(panel->currentNote() == panel->pendingModel()->idAt(0));
    QTest::keyClick(queue, Qt::Key_F2);
    CHECK(edited);
    CHECK(shell.onBoard(QStringLiteral("Third, spelled right")));
    CHECK_FALSE(shell.onBoard(QStringLiteral("Thrid")));
    CHECK(panel->pendingModel()->rowCount() == 0);
    CHECK(panel->summaryText().startsWith(QStringLiteral("No notes waiting")));
    CHECK(panel->devicesModel()->index(0, RoomDevicesModel::Sent).data().toInt() == 3);

    shell.window.reset();
    CHECK(test::notesInFile(shell.path) == texts({ "First", "Third, spelled right" }));
    CHECK(failures.failures().isEmpty());
}

TEST_CASE("approve all from one device, approve all, remove a device, and boards that need no approval",
    "[room-ui]")
{
    test::RoomShell shell;
    shell.show();
    shell.start();
    test::TesterFailures failures;
    ModerationPanel *panel = shell.room()->panel();
    REQUIRE(panel);
    QAbstractItemModelTester pendingTester(
        panel->pendingModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester devicesTester(
        panel->devicesModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QByteArray a = shell.join();
    const QByteArray b = shell.join();
    REQUIRE(shell.post(a, shell.board(0), QStringLiteral("A1")) == 201);
    REQUIRE(shell.post(b, shell.board(0), QStringLiteral("B1")) == 201);
    REQUIRE(shell.post(a, shell.board(1), QStringLiteral("A2")) == 201);
    REQUIRE(shell.post(b, shell.board(1), QStringLiteral("B2")) == 201);

    SECTION("approve all from the device of the note chosen")
    {
        panel->queueView()->setCurrentIndex(panel->pendingModel()->index(1, 0)); // B1
        panel->approveDeviceButton()->click();
        CHECK(shell.onBoard(QStringLiteral("B1")));
        CHECK(shell.onBoard(QStringLiteral("B2")));
        CHECK(queueTexts(panel->pendingModel()) == texts({ "A1", "A2" }));
        // Then the rest, as one step.
        const int steps = shell.session()->undoStack()->count();
        panel->approveAllButton()->click();
        CHECK(shell.onBoard(QStringLiteral("A1")));
        CHECK(shell.onBoard(QStringLiteral("A2")));
        CHECK(panel->pendingModel()->rowCount() == 0);
        CHECK_FALSE(panel->approveAllButton()->isEnabled());
        CHECK(shell.session()->undoStack()->count() == steps + 1);
        shell.session()->undoStack()->undo();
        CHECK_FALSE(shell.onBoard(QStringLiteral("A1")));
        CHECK_FALSE(shell.onBoard(QStringLiteral("A2")));
        CHECK(shell.onBoard(QStringLiteral("B1")));
    }
    SECTION("removing a device rejects its waiting notes, after asking")
    {
        panel->tabs()->setCurrentIndex(1);
        CHECK(panel->tabs()->tabText(1) == QStringLiteral("Devices (2)"));
        panel->devicesView()->setCurrentIndex(panel->devicesModel()->index(0, 0)); // Phone 1 = a
        panel->devicesView()->setFocus();
        QTRY_VERIFY(panel->devicesView()->hasFocus());
        REQUIRE(panel->devicesView()->hasFocus());
        test::whenModal<QMessageBox>([](QMessageBox *box) {
            CHECK(box->text()
                == QStringLiteral(
                    "Phone 1 has 2 notes waiting for approval. Removing the device rejects them too."));
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QStringLiteral("Remove Device"))
                    button->click();
        });
        QTest::keyClick(panel->devicesView(), Qt::Key_Delete);
        CHECK(panel->devicesModel()->rowCount() == 1);
        CHECK(panel->devicesModel()->index(0, RoomDevicesModel::Label).data().toString()
            == QStringLiteral("Phone 2"));
        CHECK(queueTexts(panel->pendingModel()) == texts({ "B1", "B2" }));
        CHECK(shell.post(a, shell.board(0), QStringLiteral("A3")) == 401);
        CHECK(shell.room()->indicatorText().startsWith(QStringLiteral("Room mode is on — 1 device.")));
    }
    SECTION("a board ticked off lets its notes go straight on")
    {
        QListWidget *boards = panel->boardsList();
        REQUIRE(boards->count() == 2);
        CHECK(boards->item(1)->text() == QStringLiteral("Table 2"));
        CHECK(boards->item(1)->checkState() == Qt::Checked);
        boards->item(1)->setCheckState(Qt::Unchecked);
        CHECK_FALSE(shell.service()->moderated(shell.board(1)));
        CHECK(shell.service()->moderated(shell.board(0)));
        CHECK(shell.post(a, shell.board(1), QStringLiteral("Straight on")) == 201);
        CHECK(shell.onBoard(QStringLiteral("Straight on")));
        CHECK(shell.post(a, shell.board(0), QStringLiteral("Still waits")) == 201);
        CHECK_FALSE(shell.onBoard(QStringLiteral("Still waits")));
        // A board renamed keeps its tick and shows its new name.
        Board renamed = *shell.session()->data().boards.find(shell.board(1));
        renamed.title = QStringLiteral("Table 2: transport");
        REQUIRE(shell.session()->perform(edits::editBoard(shell.session()->data(), renamed)).ok());
        CHECK(boards->item(1)->text() == QStringLiteral("Table 2: transport"));
        CHECK(boards->item(1)->checkState() == Qt::Unchecked);
        CHECK(panel->pendingModel()->index(2, PendingNotesModel::Board).data().toString()
            == QStringLiteral("Table 2: transport"));
    }
    CHECK(failures.failures().isEmpty());
}
