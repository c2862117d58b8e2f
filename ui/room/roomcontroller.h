// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "room/roomstartdialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QFrame;

namespace cg {

class JoinPanel;
class MainWindow;
class ModerationPanel;
class PresenterWindow;

namespace room {
class RoomServer;
class RoomService;
} // namespace room

/// Room mode for one main window: its Room menu, the "Room mode is on — N devices" strip with
/// its Stop button, the panel of notes waiting beside the board, and the join code on the
/// presenter. While on it owns the RoomService and RoomServer of the window's Session; the window
/// stops it (stop()) before that Session goes, asking first about notes still waiting.
class RoomController : public QObject
{
    Q_OBJECT

public:
    /// What happens to notes still waiting when room mode stops.
    enum class Waiting { Ask, ApproveAll, Discard };

    explicit RoomController(MainWindow *window);
    ~RoomController() override;

    bool isOn() const { return m_service != nullptr; }
    room::RoomService *service() const { return m_service.get(); }
    room::RoomServer *server() const { return m_server.get(); }
    /// Opens the note-taker links of every board (room mode on).
    void showNoteTakerLinks();
    /// Starts room mode for the window's workshop; fails with a plain reason (a port in use).
    Result<void> start(const RoomStart &how);
    /// Stops room mode with everything received in the file. With notes waiting it asks (approve
    /// all, discard, or keep room mode on) unless told; false when room mode stays on.
    bool stop(Waiting waiting = Waiting::Ask);
    /// For the documentation's pictures (--room): on 127.0.0.1 with a free port, and a few notes
    /// from sample phones waiting in the queue.
    Result<void> startForPictures();
    /// Room → Start Room Mode…: the dialog, then start.
    void startWithDialog();
    /// Room Mode → Open Dot Vote on This Board…: asks which board (the one on screen) and how many
    /// dots, then opens it for the phones.
    void openVoteWithDialog();
    QPushButton *closeVoteButton() const { return m_closeVoteButton; }
    /// Puts the join code on a presenter window just opened (while room mode is on).
    void attachPresenter(PresenterWindow *presenter);

    /// The strip under the toolbar that says room mode is on.
    QFrame *indicator() const { return m_indicator; }
    QString indicatorText() const;
    QPushButton *stopButton() const { return m_stopButton; }
    QDockWidget *dock() const { return m_dock; }
    ModerationPanel *panel() const;
    JoinPanel *joinPanel() const;

    QMenu *menu;
    QAction *toggleRoom; // Start Room Mode… / Stop Room Mode
    QAction *showQueue;
    QAction *newJoinCode;
    QAction *showJoinCode;
    QAction *noteTakerLinks; // each table's note-taker join, to show, copy or print
    QAction *openVote; // Open Dot Vote on This Board…
    QAction *closeVote;

Q_SIGNALS:
    void started();
    void stopped();

private:
    void updateActions();
    void updateIndicator();
    void placeJoinPanel();

    MainWindow *m_window;
    std::unique_ptr<room::RoomService> m_service;
    std::unique_ptr<room::RoomServer> m_server;
    QFrame *m_indicator;
    QLabel *m_indicatorLabel;
    QPushButton *m_queueButton;
    QPushButton *m_stopButton;
    QPushButton *m_closeVoteButton;
    QDockWidget *m_dock;
    QPointer<ModerationPanel> m_panel;
    QPointer<JoinPanel> m_join;
    QPointer<PresenterWindow> m_presenter;
    RoomStart m_last;
};

} // namespace cg
