// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roomlimits.h"

#include "result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace cg {
class ConsentPolicy;
class Session;
} // namespace cg

namespace cg::room {

/// What one request to the room gets back: an HTTP status and a JSON body.
struct RoomReply
{
    int status = 200;
    QJsonObject body;
};

/// Where the answer to a request goes once it is known (at once, or after the next batch is written).
using ReplyTo = std::function<void(const RoomReply &)>;

/// A phone or tablet that joined the room with the code. It is known by a random token only:
/// nothing about the person holding it is asked for or kept.
struct RoomDevice
{
    QUuid id; // for the facilitator's list; never sent to any phone
    QString label; // "Phone 7"
    QByteArray token; // the bearer token the device sends
    QDateTime joined;
    int notesSent = 0;
    bool removed = false;
    /// A table's note-taker (asked for at join, with the table's board): once the facilitator
    /// approves it, its notes for that board go straight on, without waiting in the queue.
    enum class NoteTaker { No, Asked, Approved } noteTaker = NoteTaker::No;
    QUuid noteTakerBoard;
    /// The participant the person holding it said they are, by their personal code. Never sent to
    /// any phone: the page only learns that it is linked.
    QUuid person;
};

/// A note a phone sent that waits for the facilitator. Held in memory only, never in the file,
/// so that a rejected note leaves no trace (docs/decisions.md).
struct PendingNote
{
    QUuid id; // the phone's own id for the note; it becomes the note's id when approved
    QUuid boardId;
    QUuid deviceId;
    QString text;
    QDateTime received;
    QUuid authorId; // the participant who said who they are; null: anonymous
};

/// What "approve all" did: the notes that went on their boards, and those that stay waiting
/// because the board they were sent to has been deleted meanwhile (undoing the deletion brings
/// the board back, so they are kept rather than dropped).
struct Approval
{
    int approved = 0;
    int boardGone = 0;
    /// Notes from people who withdrew from taking part while their notes waited: not kept.
    int notTakingPart = 0;
};

/// What an approval did, for the facilitator in plain words.
QString approvalMessage(const Approval &approval);

/// Room mode without the network: devices, join codes, the moderation queue, the open vote and
/// the rules of every request the phone page makes (RoomServer turns HTTP into these calls and
/// their replies into HTTP). Every change to the workshop goes through Session::perform with the
/// ordinary edit builders, so the board, undo and the file see a phone's note exactly as one typed
/// on the laptop. Which notes a phone may see is decided by ConsentPolicy's public rules.
///
/// Notes from phones are anonymous unless the person said who they are with their personal code
/// (core/people/personalcode.h). A linked person's note is then theirs, and follows their consent
/// through ConsentPolicy like a captured note; someone not taking part is told their notes cannot
/// be kept, and none are (checked again when the facilitator approves a waiting note).
class RoomService : public QObject
{
    Q_OBJECT

public:
    RoomService(Session &session, const RoomLimits &limits = {}, QObject *parent = nullptr);
    ~RoomService() override;

    Session &session() const { return m_session; }

    // --- The facilitator's side --------------------------------------------------------------
    QString joinCode() const { return m_code; }
    /// A new random code; the old one stops working (devices already in stay in). It works for
    /// RoomLimits::joinCodeLifetimeMinutes from now.
    void newJoinCode();
    /// Sets the code (the command line's --code); refused unless 4–16 letters and digits.
    Result<void> setJoinCode(const QString &code);
    /// When the code stops letting phones in (by the Session's clock).
    QDateTime joinCodeExpires() const { return m_codeExpires; }
    bool joinCodeExpired() const;
    /// Whether notes wait for approval: for every board, and per board (a table) beside it.
    bool moderated(const QUuid &boardId) const;
    void setModeration(bool on) { m_moderated = on; }
    void setModeration(const QUuid &boardId, bool on);
    const std::vector<RoomDevice> &devices() const { return m_devices; }
    int deviceCount() const;
    /// Removes a device: its token stops working at once; notes it sent that wait are rejected.
    void removeDevice(const QUuid &deviceId);
    /// Lets a device that asked to be its table's note-taker put notes straight on that board.
    /// Its notes already waiting stay in the queue (they were sent before the facilitator agreed).
    Result<void> approveNoteTaker(const QUuid &deviceId);

    const std::deque<PendingNote> &pending() const { return m_pending; }
    /// Puts a waiting note on its board (with \a text instead, when given: an edit before approval).
    Result<void> approve(const QUuid &noteId, const std::optional<QString> &text = std::nullopt);
    /// Every waiting note from one device, as one step. Notes whose board is gone stay waiting
    /// (counted in the answer) and cost the others nothing.
    Result<Approval> approveAllFrom(const QUuid &deviceId);
    /// Every waiting note, as one step; notes whose board is gone stay waiting, as above.
    Result<Approval> approveAll();
    /// Drops a waiting note. Only its id is remembered (so a retry is not taken as new).
    void reject(const QUuid &noteId);
    /// Joins two or more waiting notes into one that still waits, with \a text as its words: the
    /// one first in the queue keeps its place, id, board and device, the others leave the queue.
    /// Their ids are remembered, so a phone sending one again hears what became of the note.
    Result<void> merge(const QList<QUuid> &noteIds, const QString &text);
    /// Takes back the last merge while its note still waits as the merge left it: the notes come
    /// back as they were, in their places in the queue, each answering for itself again. The queue
    /// is in memory, not in the file, so this is the panel's own undo, not a step of the Session's.
    Result<void> undoMerge();
    bool canUndoMerge() const;
    /// The words of the waiting notes \a noteIds, in queue order, one a line: where a merge starts.
    QString joinedText(const QList<QUuid> &noteIds) const;

    /// Opens dot voting on a board, \a dots per device; closes any vote open before.
    Result<void> openVote(const QUuid &boardId, int dots);
    void closeVote();
    bool voteOpen() const { return !m_voteBoard.isNull(); }
    QUuid voteBoard() const { return m_voteBoard; }
    int voteDots() const { return m_voteDots; }
    /// While paused (the facilitator is deciding whether to stop) phones are asked to send later:
    /// their notes stay on the phone instead of arriving in a queue about to be closed.
    void setPaused(bool paused) { m_paused = paused; }
    bool paused() const { return m_paused; }

    // --- The phone's side (the API of docs/room-api.md) ------------------------------------------
    RoomReply join(const QJsonObject &request, const QString &peer);
    /// Whether \a token is a device in the room now (not removed): for the live updates' sockets.
    bool knowsToken(const QByteArray &token) const { return !token.isEmpty() && deviceFor(token); }
    RoomReply boards(const QByteArray &token);
    /// "Say who I am": links the device to the participant whose personal code the request has.
    RoomReply sayWhoIAm(const QByteArray &token, const QJsonObject &request, const QString &peer);
    /// Back to anonymous: notes from now on carry no author.
    RoomReply forgetWhoIAm(const QByteArray &token);
    /// Answers through \a done: at once when the note waits for approval or is refused, or once it
    /// is in the file. Notes arriving within a few milliseconds of each other are written as one
    /// step (one commit instead of one each), and only then answered 201, so an answer always
    /// means the note is kept.
    void postNote(const QByteArray &token, const QJsonObject &request, const ReplyTo &done);
    /// Writes the notes gathered for the next batch now (room mode stopping).
    void flush();
    /// How long notes are gathered before they are written together (0: each on its own).
    void setBatchWindow(int ms) { m_batchTimer.setInterval(ms); }
    RoomReply boardNotes(const QByteArray &token, const QUuid &boardId);
    RoomReply voteState(const QByteArray &token) const;
    RoomReply postVote(const QByteArray &token, const QJsonObject &request);
    RoomReply removeVote(const QByteArray &token, const QUuid &voteId);

Q_SIGNALS:
    void devicesChanged();
    void pendingChanged();
    /// A new code, or the code has just expired.
    void joinCodeChanged();
    /// A vote was opened or closed.
    void voteChanged();

private:
    RoomDevice *deviceFor(const QByteArray &token);
    const RoomDevice *deviceFor(const QByteArray &token) const;
    std::optional<RoomReply> refuseDevice(const QByteArray &token) const;
    bool takeToken(const QUuid &deviceId);
    bool joinAllowed(const QString &peer);
    void countJoinFailure(const QString &peer);
    /// Whether the pending note's author (if any) may still have it kept; drops it (remembered as
    /// rejected) when not.
    bool authorMayKeep(const PendingNote &note);
    QJsonObject whoIAm(const RoomDevice &device);
    QJsonArray boardList() const;
    const ConsentPolicy &policy();
    Result<void> place(std::vector<PendingNote> notes);
    Result<Approval> approveWhere(const std::function<bool(const PendingNote &)> &chosen);
    struct Batched
    {
        PendingNote note;
        ReplyTo done;
        bool repeat = false;
    };
    int dotsUsed(const QUuid &deviceId) const;

    Session &m_session;
    RoomLimits m_limits;
    void codeIssued(const QString &replaced);

    QString m_code;
    QDateTime m_codeExpires;
    QStringList m_oldCodes; // the last few replaced codes: a phone using one is told it expired
    QTimer m_codeTimer;
    bool m_moderated = true;
    bool m_paused = false;
    QHash<QUuid, bool> m_boardModeration;
    std::vector<RoomDevice> m_devices;
    QHash<QByteArray, int> m_byToken;
    std::deque<PendingNote> m_pending;
    QSet<QUuid> m_rejected;
    QHash<QUuid, QUuid> m_mergedInto; // a note merged away -> the note it went into
    struct MergeRecord
    {
        QUuid into;
        QString mergedText;
        QString textBefore;
        std::vector<std::pair<std::size_t, PendingNote>> removed; // queue places before the merge
    };
    std::vector<MergeRecord> m_merges; // the latest last
    QUuid m_voteBoard;
    int m_voteDots = 0;
    QHash<QUuid, QUuid> m_voteDevice; // vote id -> the device that placed it
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    QHash<QUuid, Bucket> m_buckets;
    QHash<QString, std::vector<qint64>> m_joinFailures; // by address, times in ms
    std::vector<qint64> m_allJoinFailures;
    QHash<QString, std::vector<qint64>> m_codeFailures; // personal codes, by "a:"address and "d:"device
    std::vector<qint64> m_allCodeFailures;
    QElapsedTimer m_clock;
    std::unique_ptr<ConsentPolicy> m_policy;
    std::vector<Batched> m_batch;
    QSet<QUuid> m_batchIds;
    QTimer m_batchTimer;
};

/// A fresh join code: six letters and digits that cannot be mistaken for one another when read
/// aloud or off a projector (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
QString randomJoinCode();
/// A code as people type it: capitals, without spaces or dashes.
QString normalisedCode(const QString &typed);

} // namespace cg::room
