// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QAbstractItemView;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace cg {

class PendingNotesModel;
class RoomDevicesModel;
class Session;

namespace room {
class RoomService;
struct Approval;
} // namespace room

/// Beside the board while room mode is on: the notes waiting for approval (approve, edit then
/// approve, reject, approve all from one device, approve all), the devices in the room (remove
/// one), and which boards' notes wait. Every approval goes through RoomService into
/// Session::perform, so it is one undoable step like a note typed here.
///
/// Each waiting note is shown as its words with a quieter line under them (board, device, time),
/// which reads in a narrow panel where four columns would not.
///
/// Keys in the list of waiting notes: Enter approves, F2 edits then approves, Delete rejects.
/// The buttons have no Alt-letters: the capture bar beside them owns those.
class ModerationPanel : public QWidget
{
    Q_OBJECT

public:
    ModerationPanel(room::RoomService &service, Session &session, QWidget *parent = nullptr);

    QAbstractItemView *queueView() const;
    QTreeView *devicesView() const { return m_devices; }
    QListWidget *boardsList() const { return m_boards; }
    QTabWidget *tabs() const { return m_tabs; }
    PendingNotesModel *pendingModel() const { return m_pendingModel; }
    RoomDevicesModel *devicesModel() const { return m_devicesModel; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *approveDeviceButton() const { return m_approveDevice; }
    QPushButton *approveAllButton() const { return m_approveAll; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *undoMergeButton() const { return m_undoMerge; }
    QPushButton *removeDeviceButton() const { return m_removeDevice; }
    QPushButton *approveNoteTakerButton() const { return m_approveNoteTaker; }
    QString summaryText() const;

    /// The waiting note the facilitator is on (null when none).
    QUuid currentNote() const;
    void approveCurrent();
    /// Asks for the words (the phone's words to start from), then approves them.
    void editCurrent();
    void rejectCurrent();
    void approveCurrentDevice();
    void approveAll();
    /// Asks for the words of the notes chosen (joined, to edit), then merges them into one.
    void mergeSelected();
    /// Takes back the last merge (U in the queue), while its note still waits as merged.
    void undoMerge();
    /// The waiting notes chosen in the list (Shift or Ctrl with the arrows or a click), in queue order.
    QList<QUuid> selectedNotes() const;
    void removeCurrentDevice();
    /// The device chosen asked to be its table's note-taker: let its notes go straight on.
    void approveCurrentNoteTaker();
    /// Puts the keyboard in the list of waiting notes.
    void focusQueue();

Q_SIGNALS:
    void failed(const QString &message);
    void statusMessage(const QString &message);

private:
    void updateState();
    void rebuildBoards();
    void report(const Result<void> &result, const QString &done);
    void reportApproval(const Result<room::Approval> &result, const QString &done);

    room::RoomService &m_service;
    Session &m_session;
    PendingNotesModel *m_pendingModel;
    RoomDevicesModel *m_devicesModel;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QListView *m_queue;
    QTreeView *m_devices;
    QListWidget *m_boards;
    QPushButton *m_approve;
    QPushButton *m_edit;
    QPushButton *m_reject;
    QPushButton *m_approveDevice;
    QPushButton *m_approveAll;
    QPushButton *m_merge;
    QPushButton *m_undoMerge;
    QPushButton *m_removeDevice;
    QPushButton *m_approveNoteTaker;
    bool m_rebuilding = false;
};

/// Edit, then approve: the note's words to change before it goes on the board. Empty when the
/// facilitator cancelled.
std::optional<QString> askEditedText(QWidget *parent, const QString &text, const QString &board);
/// Merge: the chosen notes' words joined, to edit before they become one waiting note. Empty when
/// the facilitator cancelled.
std::optional<QString> askMergedText(QWidget *parent, const QString &text, int count);

} // namespace cg
