// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomservice.h"

#include "commands/edits.h"
#include "consent/consentpolicy.h"
#include "model/limits.h"
#include "people/personalcode.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>
#include <limits>

namespace cg::room {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::room", text);
}

// Readable aloud and off a projector: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, and
// no E or U so that few real words appear. 23 symbols in 6 places: about 148 million codes.
constexpr char kCodeAlphabet[] = "ACDFGHJKMNPQRTVWXY34679";
constexpr int kCodeLength = 6;
constexpr qint64 kMinuteMs = 60'000;
constexpr int kOldCodesKept = 16;

RoomReply error(int status, const QString &message)
{
    return { status, QJsonObject { { QStringLiteral("error"), message } } };
}

RoomReply notSignedIn()
{
    return error(401, tr("This phone is not in the room. Join again with the code on the screen."));
}

QString notKeptMessage()
{
    return tr("Thank you for writing. Your notes cannot be kept for now, because you have not said "
              "yes to taking part in this workshop, so nothing you send here is stored. If you would "
              "like to take part, have a word with the facilitator.");
}

RoomReply notKept(const QString &id)
{
    QJsonObject body { { QStringLiteral("error"), notKeptMessage() }, { QStringLiteral("status"), QStringLiteral("not kept") } };
    if (!id.isEmpty())
        body.insert(QStringLiteral("id"), id);
    return { 403, body };
}

QUuid uuidFrom(const QJsonValue &value)
{
    // Only the plain 36-character form: braces and other spellings are refused, so one note
    // always has one spelling of its id.
    const QString text = value.toString();
    if (text.size() != 36)
        return {};
    return QUuid::fromString(text);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void dropOlderThan(std::vector<qint64> &times, qint64 now)
{
    std::erase_if(times, [&](qint64 t) { return now - t >= kMinuteMs; });
}

} // namespace

QString randomJoinCode()
{
    const int symbols = int(sizeof(kCodeAlphabet)) - 1;
    QString code;
    for (int i = 0; i < kCodeLength; ++i)
        code += QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(symbols)]);
    return code;
}

QString normalisedCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        code += c.toUpper();
    }
    return code;
}

RoomService::RoomService(Session &session, const RoomLimits &limits, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_limits(limits)
    , m_code(randomJoinCode())
{
    m_clock.start();
    // The consent snapshot is rebuilt after any change (a withdrawal on the laptop must reach the
    // phones' view at once).
    connect(&session, &Session::editApplied, this, [this] { m_policy.reset(); });
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(15);
    connect(&m_batchTimer, &QTimer::timeout, this, &RoomService::flush);
    m_codeTimer.setSingleShot(true);
    connect(&m_codeTimer, &QTimer::timeout, this, &RoomService::joinCodeChanged);
    codeIssued({});
}

RoomService::~RoomService()
{
    flush();
}

void RoomService::flush()
{
    m_batchTimer.stop();
    if (m_batch.empty())
        return;
    std::vector<Batched> batch;
    batch.swap(m_batch);
    m_batchIds.clear();
    std::vector<PendingNote> notes;
    // Consent may have changed in the few milliseconds since the note came (a withdrawal typed on
    // the laptop): asked again here, so nothing of someone not taking part reaches the file.
    std::vector<bool> refused(batch.size(), false);
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const Batched &b = batch[i];
        if (b.repeat)
            continue;
        if (!b.note.authorId.isNull() && !policy().mayKeepOwnNote(b.note.authorId))
            refused[i] = true;
        else
            notes.push_back(b.note);
    }
    bool written = notes.empty() || bool(place(notes));
    std::vector<bool> kept(batch.size(), written);
    if (!written) {
        // One note refused (its board removed a moment ago, say) must not cost the others: each
        // on its own, then.
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (!batch[i].repeat && !refused[i])
                kept[i] = bool(place({ batch[i].note }));
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const Batched &b = batch[i];
        const QString id = idText(b.note.id);
        if (refused[i]) {
            b.done(notKept(id));
            continue;
        }
        const bool inFile = m_session.data().notes.contains(b.note.id);
        if (b.repeat)
            b.done(inFile ? RoomReply { 200,
                       QJsonObject { { QStringLiteral("id"), id },
                           { QStringLiteral("status"), QStringLiteral("kept") } } }
                          : error(500, tr("The note could not be kept just now. It will be sent again.")));
        else if (kept[i])
            b.done({ 201,
                QJsonObject {
                    { QStringLiteral("id"), id }, { QStringLiteral("status"), QStringLiteral("kept") } } });
        else
            b.done(error(500, tr("The note could not be kept just now. It will be sent again.")));
    }
}

void RoomService::codeIssued(const QString &replaced)
{
    if (!replaced.isEmpty() && replaced != m_code) {
        m_oldCodes.removeAll(replaced);
        m_oldCodes.prepend(replaced);
        while (m_oldCodes.size() > kOldCodesKept)
            m_oldCodes.removeLast();
    }
    m_oldCodes.removeAll(m_code);
    const qint64 lifetimeMs = qint64(std::max(1, m_limits.joinCodeLifetimeMinutes)) * kMinuteMs;
    m_codeExpires = m_session.now().addMSecs(lifetimeMs);
    // Only to tell the facilitator's screen: the refusal itself is decided by the clock at join.
    m_codeTimer.start(int(std::min<qint64>(lifetimeMs, std::numeric_limits<int>::max())));
    Q_EMIT joinCodeChanged();
}

bool RoomService::joinCodeExpired() const
{
    return m_session.now() >= m_codeExpires;
}

void RoomService::newJoinCode()
{
    const QString old = m_code;
    m_code = randomJoinCode();
    codeIssued(old);
}

Result<void> RoomService::setJoinCode(const QString &code)
{
    const QString normal = normalisedCode(code);
    const bool plain = std::all_of(normal.begin(), normal.end(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    });
    if (normal.size() < 4 || normal.size() > 16 || !plain)
        return fail(tr("A join code is 4 to 16 letters and digits."));
    const QString old = m_code;
    m_code = normal;
    codeIssued(old);
    return {};
}

bool RoomService::moderated(const QUuid &boardId) const
{
    return m_boardModeration.value(boardId, m_moderated);
}

void RoomService::setModeration(const QUuid &boardId, bool on)
{
    m_boardModeration.insert(boardId, on);
}

int RoomService::deviceCount() const
{
    return int(
        std::count_if(m_devices.begin(), m_devices.end(), [](const RoomDevice &d) { return !d.removed; }));
}

void RoomService::removeDevice(const QUuid &deviceId)
{
    for (RoomDevice &device : m_devices) {
        if (device.id != deviceId || device.removed)
            continue;
        device.removed = true;
        m_byToken.remove(device.token);
        device.token.clear();
    }
    bool dropped = false;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deviceId == deviceId) {
            m_rejected.insert(it->id);
            it = m_pending.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    Q_EMIT devicesChanged();
    if (dropped)
        Q_EMIT pendingChanged();
}

Result<void> RoomService::approveNoteTaker(const QUuid &deviceId)
{
    for (RoomDevice &device : m_devices) {
        if (device.id != deviceId || device.removed)
            continue;
        if (device.noteTaker == RoomDevice::NoteTaker::No)
            return fail(tr("%1 did not ask to be a note-taker.").arg(device.label));
        if (!m_session.data().boards.contains(device.noteTakerBoard))
            return fail(tr("The board %1 takes notes for has been deleted. Remove the device; it can "
                           "join again for another table.")
                            .arg(device.label));
        device.noteTaker = RoomDevice::NoteTaker::Approved;
        Q_EMIT devicesChanged();
        return {};
    }
    return fail(tr("That device is no longer in the room."));
}

RoomDevice *RoomService::deviceFor(const QByteArray &token)
{
    const int i = m_byToken.value(token, -1);
    return i < 0 ? nullptr : &m_devices[std::size_t(i)];
}

const RoomDevice *RoomService::deviceFor(const QByteArray &token) const
{
    const int i = m_byToken.value(token, -1);
    return i < 0 ? nullptr : &m_devices[std::size_t(i)];
}

bool RoomService::takeToken(const QUuid &deviceId)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(deviceId);
    if (it == m_buckets.end())
        it = m_buckets.insert(deviceId, Bucket { double(m_limits.deviceBurst), now });
    it->tokens = std::min(double(m_limits.deviceBurst),
        it->tokens + double(now - it->at) / double(std::max(1, m_limits.deviceRefillMs)));
    it->at = now;
    if (it->tokens < 1)
        return false;
    it->tokens -= 1;
    return true;
}

bool RoomService::joinAllowed(const QString &peer)
{
    const qint64 now = m_clock.elapsed();
    dropOlderThan(m_allJoinFailures, now);
    auto it = m_joinFailures.find(peer);
    if (it != m_joinFailures.end()) {
        dropOlderThan(*it, now);
        if (it->empty()) {
            m_joinFailures.erase(it);
        } else if (int(it->size()) >= m_limits.joinFailuresPerMinutePerAddress) {
            return false;
        }
    }
    return int(m_allJoinFailures.size()) < m_limits.joinFailuresPerMinute;
}

void RoomService::countJoinFailure(const QString &peer)
{
    const qint64 now = m_clock.elapsed();
    m_joinFailures[peer].push_back(now);
    m_allJoinFailures.push_back(now);
}

QJsonObject RoomService::whoIAm(const RoomDevice &device)
{
    if (device.person.isNull())
        return QJsonObject { { QStringLiteral("linked"), false } };
    // Only whether the notes can be kept: never a name, a pseudonym or any other consent choice.
    const bool kept = policy().mayKeepOwnNote(device.person);
    QJsonObject me { { QStringLiteral("linked"), true }, { QStringLiteral("kept"), kept } };
    if (!kept)
        me.insert(QStringLiteral("message"), notKeptMessage());
    return me;
}

RoomReply RoomService::sayWhoIAm(const QByteArray &token, const QJsonObject &request, const QString &peer)
{
    RoomDevice *device = deviceFor(token);
    if (!device)
        return notSignedIn();
    const qint64 now = m_clock.elapsed();
    const QString byAddress = QStringLiteral("a:") + peer;
    const QString byDevice = QStringLiteral("d:") + idText(device->id);
    auto cooling = [&](const QString &key, int most) {
        auto it = m_codeFailures.find(key);
        if (it == m_codeFailures.end())
            return false;
        dropOlderThan(*it, now);
        if (it->empty()) {
            m_codeFailures.erase(it);
            return false;
        }
        return int(it->size()) >= most;
    };
    dropOlderThan(m_allCodeFailures, now);
    if (cooling(byAddress, m_limits.personalCodeFailuresPerMinutePerAddress)
        || cooling(byDevice, m_limits.personalCodeFailuresPerMinutePerDevice)
        || int(m_allCodeFailures.size()) >= m_limits.personalCodeFailuresPerMinute)
        return error(429, tr("Too many wrong codes. Wait a minute, then type your personal code again."));
    const QJsonValue typed = request.value(QStringLiteral("code"));
    const QUuid person
        = typed.isString() ? personalcode::personWith(m_session.data(), typed.toString()) : QUuid();
    if (person.isNull()) {
        m_codeFailures[byAddress].push_back(now);
        m_codeFailures[byDevice].push_back(now);
        m_allCodeFailures.push_back(now);
        return error(403, tr("That personal code is not right. Check the code you were given at check-in, "
                             "or ask the facilitator. You can still send notes without your name."));
    }
    device->person = person;
    Q_EMIT devicesChanged();
    return { 200, whoIAm(*device) };
}

RoomReply RoomService::forgetWhoIAm(const QByteArray &token)
{
    RoomDevice *device = deviceFor(token);
    if (!device)
        return notSignedIn();
    if (!device->person.isNull()) {
        device->person = {};
        Q_EMIT devicesChanged();
    }
    return { 200, whoIAm(*device) };
}

bool RoomService::authorMayKeep(const PendingNote &note)
{
    return note.authorId.isNull() || policy().mayKeepOwnNote(note.authorId);
}

QJsonArray RoomService::boardList() const
{
    QJsonArray list;
    for (const QUuid &id : edits::boardOrder(m_session.data())) {
        const Board *board = m_session.data().boards.find(id);
        list.append(QJsonObject { { QStringLiteral("id"), idText(id) },
            { QStringLiteral("title"), board->title }, { QStringLiteral("prompt"), board->prompt } });
    }
    return list;
}

const ConsentPolicy &RoomService::policy()
{
    if (!m_policy)
        m_policy = std::make_unique<ConsentPolicy>(m_session.data());
    return *m_policy;
}

RoomReply RoomService::join(const QJsonObject &request, const QString &peer)
{
    if (!joinAllowed(peer))
        return error(429, tr("Too many wrong codes. Wait a minute, then type the code on the screen again."));
    const QString code = normalisedCode(request.value(QStringLiteral("code")).toString().left(64));
    // A code that once worked is told apart from a wrong one, so the person asks for the new code
    // instead of typing the old one again. Both count as failures: no guessing without limit.
    const bool expired = !code.isEmpty()
        && ((code == m_code && joinCodeExpired()) || m_oldCodes.contains(code));
    if (expired) {
        countJoinFailure(peer);
        return error(403, tr("This join code has expired — ask the facilitator for the new one."));
    }
    if (code.isEmpty() || code != m_code) {
        countJoinFailure(peer);
        return error(403, tr("That code is not right. Check the code on the screen and try again."));
    }
    if (deviceCount() >= m_limits.maxDevices)
        return error(503, tr("The room is full. Ask the facilitator."));
    const QString role = request.value(QStringLiteral("role")).toString();
    const bool noteTaker = role == QLatin1String("note-taker");
    const QUuid noteBoard = uuidFrom(request.value(QStringLiteral("board")));
    if (!role.isEmpty() && !noteTaker)
        return error(400, tr("The join could not be read. Reload the page and try again."));
    if (noteTaker && !m_session.data().boards.contains(noteBoard))
        return error(400, tr("A note-taker joins for one table: pick your table's board, then join again."));
    RoomDevice device;
    if (noteTaker) {
        device.noteTaker = RoomDevice::NoteTaker::Asked;
        device.noteTakerBoard = noteBoard;
    }
    device.id = QUuid::createUuid();
    device.label = tr("Phone %1").arg(m_devices.size() + 1);
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    device.token = QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    device.joined = m_session.now();
    m_byToken.insert(device.token, int(m_devices.size()));
    const QByteArray token = device.token;
    m_devices.push_back(std::move(device));
    Q_EMIT devicesChanged();
    QJsonObject reply { { QStringLiteral("token"), QString::fromLatin1(token) },
        { QStringLiteral("boards"), boardList() } };
    if (noteTaker) {
        reply.insert(QStringLiteral("role"), QStringLiteral("note-taker"));
        reply.insert(QStringLiteral("approved"), false);
    }
    return { 200, reply };
}

std::optional<RoomReply> RoomService::refuseDevice(const QByteArray &token) const
{
    if (token.isEmpty() || !deviceFor(token))
        return notSignedIn();
    return std::nullopt;
}

RoomReply RoomService::boards(const QByteArray &token)
{
    if (auto refused = refuseDevice(token))
        return *refused;
    const RoomDevice *device = deviceFor(token);
    QJsonObject reply { { QStringLiteral("boards"), boardList() }, { QStringLiteral("me"), whoIAm(*device) } };
    // A note-taker's page learns here when the facilitator has let its notes go straight on.
    if (device->noteTaker != RoomDevice::NoteTaker::No) {
        reply.insert(QStringLiteral("role"), QStringLiteral("note-taker"));
        reply.insert(QStringLiteral("approved"), device->noteTaker == RoomDevice::NoteTaker::Approved);
    }
    return { 200, reply };
}

void RoomService::postNote(const QByteArray &token, const QJsonObject &request, const ReplyTo &done)
{
    RoomDevice *device = deviceFor(token);
    if (!device)
        return done(notSignedIn());
    if (m_paused)
        return done(error(503, tr("The facilitator is closing the room. Your note is kept on this phone.")));
    const QUuid id = uuidFrom(request.value(QStringLiteral("id")));
    const QUuid boardId = uuidFrom(request.value(QStringLiteral("board")));
    const QJsonValue textValue = request.value(QStringLiteral("text"));
    if (id.isNull() || !textValue.isString())
        return done(error(400, tr("The note could not be read. Reload the page and try again.")));
    // A repeat of a note already received (the phone did not hear the answer): the same answer
    // again, nothing counted twice.
    auto repeat = [&](const QString &state) {
        done(RoomReply {
            200, QJsonObject { { QStringLiteral("id"), idText(id) }, { QStringLiteral("status"), state } } });
    };
    // A note merged into another one answers as that one does.
    QUuid became = id;
    for (int hops = 0; m_mergedInto.contains(became) && hops < 64; ++hops)
        became = m_mergedInto.value(became);
    if (m_session.data().notes.contains(became))
        return repeat(QStringLiteral("kept"));
    if (std::any_of(
            m_pending.begin(), m_pending.end(), [&](const PendingNote &n) { return n.id == became; }))
        return repeat(QStringLiteral("waiting"));
    if (m_rejected.contains(became) || became != id)
        return repeat(QStringLiteral("not kept"));
    if (m_batchIds.contains(id)) {
        m_batch.push_back({ PendingNote { id, {}, device->id, {}, {}, {} }, done, true });
        return;
    }

    const QString text = textValue.toString().trimmed();
    if (text.size() > limits::maxTextLength)
        return done(error(413,
            tr("That note is too long (%1 characters at most). Split it into two notes.")
                .arg(limits::maxTextLength)));
    if (text.isEmpty())
        return done(error(400, tr("The note is empty. Type something, then send.")));
    if (!m_session.data().boards.contains(boardId))
        return done(error(404, tr("That board is no longer there. Pick another one.")));
    // A person who said who they are: their note is theirs, and only kept while they take part.
    if (!device->person.isNull()) {
        if (!m_session.data().participants.contains(device->person)) {
            device->person = {};
            Q_EMIT devicesChanged();
            return done(error(409, tr("Your personal code no longer works here. Say who you are again, or "
                                      "send the note without your name.")));
        }
        if (!policy().mayKeepOwnNote(device->person))
            return done(notKept(idText(id)));
    }
    if (!takeToken(device->id))
        return done(error(
            429, tr("That is a lot of notes at once. Wait a few seconds; your note will be sent again.")));

    PendingNote note { id, boardId, device->id, text, m_session.now(), device->person };
    ++device->notesSent;
    const bool trusted
        = device->noteTaker == RoomDevice::NoteTaker::Approved && device->noteTakerBoard == boardId;
    if (moderated(boardId) && !trusted) {
        if (int(m_pending.size()) >= m_limits.maxPending)
            return done(error(503, tr("The facilitator has many notes to read. Try again in a minute.")));
        m_pending.push_back(std::move(note));
        Q_EMIT pendingChanged();
        return done({ 201,
            QJsonObject { { QStringLiteral("id"), idText(id) },
                { QStringLiteral("status"), QStringLiteral("waiting") } } });
    }
    m_batchIds.insert(id);
    m_batch.push_back({ std::move(note), done, false });
    if (m_batchTimer.interval() <= 0)
        return flush();
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

Result<void> RoomService::place(std::vector<PendingNote> pending)
{
    std::vector<Note> notes;
    notes.reserve(pending.size());
    for (PendingNote &p : pending) {
        Note note;
        note.id = p.id;
        note.boardId = p.boardId;
        note.text = std::move(p.text);
        // Entered as anonymous (consent rules 2 and 3), unless the person said who they are: then
        // it is theirs, exactly as a note captured for them, and the policy decides how it shows.
        note.authorKind = p.authorId.isNull() ? AuthorKind::Anonymous : AuthorKind::Participant;
        note.authorId = p.authorId;
        note.x = note.y = std::numeric_limits<double>::quiet_NaN(); // placed by the builder
        notes.push_back(std::move(note));
    }
    return m_session.perform(edits::addNotes(m_session.data(), std::move(notes)));
}

Result<void> RoomService::approve(const QUuid &noteId, const std::optional<QString> &text)
{
    auto it = std::find_if(
        m_pending.begin(), m_pending.end(), [&](const PendingNote &n) { return n.id == noteId; });
    if (it == m_pending.end())
        return fail(tr("That note is no longer waiting."));
    PendingNote note = *it;
    if (!authorMayKeep(note)) {
        m_rejected.insert(note.id);
        m_pending.erase(it);
        Q_EMIT pendingChanged();
        return fail(tr("The person who sent this note is not taking part any more, so it cannot be kept. "
                       "It has left the queue."));
    }
    if (!m_session.data().boards.contains(note.boardId))
        return fail(tr("The board this note was sent to has been deleted, so the note cannot go on "
                       "it. Undo the deletion to approve it, or reject the note."));
    if (text) {
        if (text->trimmed().isEmpty())
            return fail(tr("A note needs some words. Reject it instead."));
        note.text = text->trimmed();
    }
    std::vector<PendingNote> one { note };
    if (auto placed = place(std::move(one)); !placed)
        return placed;
    m_pending.erase(std::find_if(
        m_pending.begin(), m_pending.end(), [&](const PendingNote &n) { return n.id == noteId; }));
    Q_EMIT pendingChanged();
    return {};
}

Result<Approval> RoomService::approveWhere(const std::function<bool(const PendingNote &)> &chosen)
{
    // A board deleted while its notes waited must not sink the whole batch (addNotes refuses a
    // note for a board that is not there): those notes stay waiting, the rest go on as one step.
    Approval approval;
    std::vector<PendingNote> notes;
    QSet<QUuid> ids;
    QSet<QUuid> notTaking;
    for (const PendingNote &n : m_pending) {
        if (!chosen(n))
            continue;
        if (!authorMayKeep(n)) {
            ++approval.notTakingPart;
            notTaking.insert(n.id);
            continue;
        }
        if (!m_session.data().boards.contains(n.boardId)) {
            ++approval.boardGone;
            continue;
        }
        notes.push_back(n);
        ids.insert(n.id);
    }
    if (!notTaking.isEmpty()) {
        // Withdrawn while waiting: not kept, and the phone hears "not kept" if it asks again.
        m_rejected.unite(notTaking);
        std::erase_if(m_pending, [&](const PendingNote &n) { return notTaking.contains(n.id); });
        Q_EMIT pendingChanged();
    }
    if (notes.empty())
        return approval;
    approval.approved = int(notes.size());
    if (auto placed = place(std::move(notes)); !placed)
        return placed.error();
    std::erase_if(m_pending, [&](const PendingNote &n) { return ids.contains(n.id); });
    Q_EMIT pendingChanged();
    return approval;
}

Result<Approval> RoomService::approveAllFrom(const QUuid &deviceId)
{
    return approveWhere([&](const PendingNote &n) { return n.deviceId == deviceId; });
}

Result<Approval> RoomService::approveAll()
{
    return approveWhere([](const PendingNote &) { return true; });
}

QString approvalMessage(const Approval &approval)
{
    const int approved = approval.approved;
    const int boardGone = approval.boardGone;
    QString placed = approved == 1 ? tr("1 note went on its board.")
                                   : tr("%1 notes went on their boards.").arg(approved);
    if (approval.notTakingPart > 0)
        placed += QLatin1Char(' ')
            + (approval.notTakingPart == 1
                    ? tr("1 note was not kept: the person who sent it is not taking part any more.")
                    : tr("%1 notes were not kept: the people who sent them are not taking part any more.")
                          .arg(approval.notTakingPart));
    if (boardGone == 0)
        return placed;
    const QString gone = boardGone == 1
        ? tr("1 note was not approved: the board it was sent to has been deleted. It is still "
             "waiting: reject it, or undo the deletion and approve it.")
        : tr("%1 notes were not approved: the board they were sent to has been deleted. They are "
             "still waiting: reject them, or undo the deletion and approve them.")
              .arg(boardGone);
    return approved == 0 && approval.notTakingPart == 0 ? gone : placed + QLatin1Char(' ') + gone;
}

void RoomService::reject(const QUuid &noteId)
{
    const auto before = m_pending.size();
    std::erase_if(m_pending, [&](const PendingNote &n) { return n.id == noteId; });
    if (m_pending.size() != before) {
        m_rejected.insert(noteId);
        Q_EMIT pendingChanged();
    }
}

QString RoomService::joinedText(const QList<QUuid> &noteIds) const
{
    QStringList texts;
    for (const PendingNote &n : m_pending)
        if (noteIds.contains(n.id))
            texts << n.text;
    return texts.join(QLatin1Char('\n'));
}

Result<void> RoomService::merge(const QList<QUuid> &noteIds, const QString &text)
{
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < m_pending.size(); ++i)
        if (noteIds.contains(m_pending[i].id))
            chosen.push_back(i);
    if (chosen.size() < 2 || chosen.size() != std::size_t(QSet<QUuid>(noteIds.begin(), noteIds.end()).size()))
        return fail(tr("Choose two or more notes that are still waiting to merge them."));
    // One person's words must never end up under another's name (or lose their author).
    for (std::size_t i : chosen)
        if (m_pending[i].authorId != m_pending[chosen.front()].authorId)
            return fail(tr("These notes are from different people who said who they are (or some without a "
                           "name). Merge only notes from one person, or only anonymous ones."));
    const QString words = text.trimmed();
    if (words.isEmpty())
        return fail(tr("A note needs some words. Reject the notes instead."));
    if (words.size() > limits::maxTextLength)
        return fail(tr("The merged note is too long (%1 characters at most). Merge fewer notes.")
                        .arg(limits::maxTextLength));
    PendingNote &kept = m_pending[chosen.front()];
    MergeRecord record { kept.id, words, kept.text, {} };
    kept.text = words;
    const QUuid into = kept.id;
    QSet<QUuid> gone;
    for (std::size_t k = 1; k < chosen.size(); ++k) {
        gone.insert(m_pending[chosen[k]].id);
        m_mergedInto.insert(m_pending[chosen[k]].id, into);
        record.removed.emplace_back(chosen[k], m_pending[chosen[k]]);
    }
    m_merges.push_back(std::move(record));
    if (m_merges.size() > 32)
        m_merges.erase(m_merges.begin());
    std::erase_if(m_pending, [&](const PendingNote &n) { return gone.contains(n.id); });
    Q_EMIT pendingChanged();
    return {};
}

bool RoomService::canUndoMerge() const
{
    if (m_merges.empty())
        return false;
    const MergeRecord &last = m_merges.back();
    return std::any_of(m_pending.begin(), m_pending.end(),
        [&](const PendingNote &n) { return n.id == last.into && n.text == last.mergedText; });
}

Result<void> RoomService::undoMerge()
{
    if (!canUndoMerge()) {
        if (!m_merges.empty())
            m_merges.pop_back(); // approved, edited or rejected since: nothing to take back
        return fail(tr("There is no merge to undo: the merged note has been approved, edited or rejected "
                       "since."));
    }
    MergeRecord last = std::move(m_merges.back());
    m_merges.pop_back();
    for (PendingNote &n : m_pending)
        if (n.id == last.into)
            n.text = last.textBefore;
    // Back in their places, earliest first, so each lands where it was.
    for (auto &[place, note] : last.removed) {
        m_mergedInto.remove(note.id);
        m_pending.insert(m_pending.begin() + std::ptrdiff_t(std::min(place, m_pending.size())), std::move(note));
    }
    Q_EMIT pendingChanged();
    return {};
}

RoomReply RoomService::boardNotes(const QByteArray &token, const QUuid &boardId)
{
    if (auto refused = refuseDevice(token))
        return *refused;
    const Board *board = m_session.data().boards.find(boardId);
    if (!board)
        return error(404, tr("That board is no longer there. Pick another one."));
    const ConsentPolicy &rules = policy();
    QJsonArray notes;
    for (const Note &note : m_session.data().notes) {
        if (note.boardId != boardId || !rules.mayAppear(note, Audience::Public))
            continue;
        // The words only: never an author, a pseudonym or anything else about a person.
        notes.append(
            QJsonObject { { QStringLiteral("id"), idText(note.id) }, { QStringLiteral("text"), note.text },
                { QStringLiteral("dots"), rules.visibleVoteCount(note.id, Audience::Public) } });
    }
    return { 200,
        QJsonObject { { QStringLiteral("board"),
                          QJsonObject { { QStringLiteral("id"), idText(boardId) },
                              { QStringLiteral("title"), board->title } } },
            { QStringLiteral("notes"), notes } } };
}

Result<void> RoomService::openVote(const QUuid &boardId, int dots)
{
    if (!m_session.data().boards.contains(boardId))
        return fail(tr("That board is no longer there."));
    if (dots < 1 || dots > 20)
        return fail(tr("Give each phone 1 to 20 dots."));
    m_voteBoard = boardId;
    m_voteDots = dots;
    Q_EMIT voteChanged();
    return {};
}

void RoomService::closeVote()
{
    if (m_voteBoard.isNull())
        return;
    m_voteBoard = {};
    m_voteDots = 0;
    Q_EMIT voteChanged();
}

int RoomService::dotsUsed(const QUuid &deviceId) const
{
    int used = 0;
    for (auto it = m_voteDevice.begin(); it != m_voteDevice.end(); ++it) {
        const Vote *vote = it.value() == deviceId ? m_session.data().votes.find(it.key()) : nullptr;
        const Note *note = vote ? m_session.data().notes.find(vote->noteId) : nullptr;
        if (note && note->boardId == m_voteBoard)
            ++used;
    }
    return used;
}

RoomReply RoomService::voteState(const QByteArray &token) const
{
    const RoomDevice *device = deviceFor(token);
    if (!device)
        return notSignedIn();
    if (m_voteBoard.isNull())
        return { 200, QJsonObject { { QStringLiteral("open"), false } } };
    QJsonArray mine;
    for (auto it = m_voteDevice.begin(); it != m_voteDevice.end(); ++it) {
        const Vote *vote = it.value() == device->id ? m_session.data().votes.find(it.key()) : nullptr;
        const Note *note = vote ? m_session.data().notes.find(vote->noteId) : nullptr;
        if (note && note->boardId == m_voteBoard)
            mine.append(QJsonObject {
                { QStringLiteral("id"), idText(vote->id) }, { QStringLiteral("note"), idText(note->id) } });
    }
    return { 200,
        QJsonObject { { QStringLiteral("open"), true }, { QStringLiteral("board"), idText(m_voteBoard) },
            { QStringLiteral("dots"), m_voteDots }, { QStringLiteral("mine"), mine } } };
}

RoomReply RoomService::postVote(const QByteArray &token, const QJsonObject &request)
{
    RoomDevice *device = deviceFor(token);
    if (!device)
        return notSignedIn();
    if (m_voteBoard.isNull())
        return error(409, tr("Voting is closed just now. The facilitator will say when it opens."));
    const QUuid id = uuidFrom(request.value(QStringLiteral("id")));
    const QUuid noteId = uuidFrom(request.value(QStringLiteral("note")));
    if (id.isNull() || noteId.isNull())
        return error(400, tr("The vote could not be read. Reload the page and try again."));
    if (m_voteDevice.value(id) == device->id && m_session.data().votes.contains(id))
        return { 200, QJsonObject { { QStringLiteral("id"), idText(id) } } };
    if (m_session.data().votes.contains(id) || m_session.data().notes.contains(id))
        return error(409, tr("The vote could not be read. Reload the page and try again."));
    const Note *note = m_session.data().notes.find(noteId);
    // Only a note the phone may see can get its dots.
    if (!note || note->boardId != m_voteBoard || !policy().mayAppear(*note, Audience::Public))
        return error(404, tr("That note is no longer on the board."));
    if (dotsUsed(device->id) >= m_voteDots)
        return error(409, tr("You have used all your dots. Take one back to move it."));
    if (!takeToken(device->id))
        return error(429, tr("That is a lot at once. Wait a few seconds and try again."));
    Vote vote;
    vote.id = id;
    vote.noteId = noteId;
    vote.count = 1;
    if (auto added = m_session.perform(edits::addVote(m_session.data(), vote)); !added)
        return error(500, tr("The dot could not be kept just now. Try again."));
    m_voteDevice.insert(id, device->id);
    return { 201, QJsonObject { { QStringLiteral("id"), idText(id) } } };
}

RoomReply RoomService::removeVote(const QByteArray &token, const QUuid &voteId)
{
    RoomDevice *device = deviceFor(token);
    if (!device)
        return notSignedIn();
    if (m_voteBoard.isNull())
        return error(409, tr("Voting is closed just now, so dots stay where they are."));
    if (voteId.isNull() || m_voteDevice.value(voteId) != device->id)
        return error(404, tr("That dot is not one of yours."));
    if (!m_session.data().votes.contains(voteId)) {
        m_voteDevice.remove(voteId);
        return { 200,
            QJsonObject { { QStringLiteral("id"), idText(voteId) } } }; // already gone: same answer again
    }
    if (auto removed = m_session.perform(edits::removeVote(m_session.data(), voteId)); !removed)
        return error(500, tr("The dot could not be taken back just now. Try again."));
    m_voteDevice.remove(voteId);
    return { 200, QJsonObject { { QStringLiteral("id"), idText(voteId) } } };
}

} // namespace cg::room
