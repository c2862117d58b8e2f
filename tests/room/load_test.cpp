// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A bounded load test on loopback: 200 phones, 10 notes each, with connections dropped along
// the way and every unanswered note sent again, then a dot each. Nothing lost, nothing twice.
#include "roomfixture.h"

#include "session/change.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace cg;
using namespace cg::test;

namespace {

/// One simulated phone: sends its requests one after another, each on a new connection, and
/// sends a request again whenever it got no answer.
class Phone : public QObject
{
public:
    Phone(RoomFixture &room, int number, QByteArray token)
        : m_room(room)
        , m_number(number)
        , m_token(std::move(token))
    {
    }

    /// Queues requests: each is sent until it gets an answer other than "try again".
    void queue(QByteArray method, QByteArray path, QByteArray body)
    {
        m_queue.push_back({ method, path, body });
    }
    bool idle() const { return m_queue.empty() && !m_socket; }
    std::vector<int> statuses;
    int retries = 0;
    /// Drops every dropEvery-th first try (0: never). The benchmark sets a clock to note when each
    /// request body was first written.
    int dropEvery = 7;
    const QElapsedTimer *clock = nullptr;
    QHash<QByteArray, qint64> *firstSent = nullptr;

    void pump()
    {
        if (m_socket || m_queue.empty())
            return;
        m_socket = std::make_unique<QTcpSocket>();
        m_in.clear();
        QTcpSocket *socket = m_socket.get();
        const auto &r = m_queue.front();
        // Every seventh first try is dropped by the phone as soon as it is sent (a phone walking
        // out of Wi-Fi range): the answer is lost, so the request must be sent again.
        const bool drop = dropEvery > 0 && m_attempt == 0 && (m_number * 31 + m_sent) % dropEvery == 0;
        connect(socket, &QTcpSocket::connected, this, [this, socket, r, drop] {
            socket->write(r.method + ' ' + r.path + " HTTP/1.1\r\nHost: " + m_room.hostHeader()
                + "\r\nConnection: close\r\nAuthorization: Bearer " + m_token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(r.body.size())
                + "\r\n\r\n" + r.body);
            if (firstSent && !firstSent->contains(r.body))
                firstSent->insert(r.body, clock->elapsed());
            if (drop) {
                socket->flush();
                QMetaObject::invokeMethod(
                    this, [this] { finish(0); }, Qt::QueuedConnection);
            }
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_in += socket->readAll();
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            const qsizetype at = m_in.indexOf("Content-Length: ");
            if (end < 0 || at < 0)
                return;
            const qint64 length = m_in.mid(at + 16, m_in.indexOf('\r', at) - at - 16).toLongLong();
            if (m_in.size() - end - 4 >= length)
                QMetaObject::invokeMethod(
                    this, [this] { finish(m_in.mid(9, 3).toInt()); }, Qt::QueuedConnection);
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this] {
            QMetaObject::invokeMethod(
                this, [this] { finish(0); }, Qt::QueuedConnection);
        });
        socket->connectToHost(QHostAddress::LocalHost, m_room.server->port());
    }

private:
    struct Request
    {
        QByteArray method, path, body;
    };

    void finish(int status)
    {
        if (!m_socket)
            return;
        m_socket->abort();
        m_socket.release()->deleteLater();
        if (status == 0 || status == 429 || status >= 500) {
            ++m_attempt;
            ++retries;
        } else {
            statuses.push_back(status);
            m_queue.erase(m_queue.begin());
            m_attempt = 0;
            ++m_sent;
        }
    }

    RoomFixture &m_room;
    int m_number;
    QByteArray m_token;
    std::vector<Request> m_queue;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_in;
    int m_attempt = 0;
    int m_sent = 0;
};

} // namespace

TEST_CASE("200 phones posting 10 notes each with dropped connections: none lost, none twice", "[room][load]")
{
    constexpr int phones = 200;
    constexpr int notesEach = 10;
    RoomFixture room;
    std::vector<std::unique_ptr<Phone>> all;
    std::vector<QUuid> noteIds;
    for (int p = 0; p < phones; ++p) {
        all.push_back(std::make_unique<Phone>(room, p, room.join()));
        for (int n = 0; n < notesEach; ++n) {
            const QUuid id = QUuid::createUuid();
            noteIds.push_back(id);
            const QJsonObject note { { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("board"),
                    ((p % 2) ? room.board : room.board2).toString(QUuid::WithoutBraces) },
                { QStringLiteral("text"), QStringLiteral("Phone %1 note %2").arg(p).arg(n) } };
            all.back()->queue("POST", "/api/notes", QJsonDocument(note).toJson(QJsonDocument::Compact));
        }
    }
    auto runAll = [&] {
        return spinUntil(
            [&] {
                bool done = true;
                for (auto &phone : all) {
                    phone->pump();
                    done = done && phone->idle();
                }
                return done;
            },
            60'000);
    };
    REQUIRE(runAll());

    int retries = 0;
    for (auto &phone : all) {
        retries += phone->retries;
        for (int status : phone->statuses)
            CHECK((status == 201 || status == 200));
    }
    CHECK(retries > 0); // the drops happened
    REQUIRE(room.session->data().notes.size() == std::size_t(phones * notesEach));
    for (const QUuid &id : noteIds)
        CHECK(room.session->data().notes.contains(id));

    // A dot each on a note of one table (each dot is its own step in the file).
    REQUIRE(room.service->openVote(room.board, 1));
    std::vector<QUuid> onBoard;
    for (const Note &n : room.session->data().notes)
        if (n.boardId == room.board)
            onBoard.push_back(n.id);
    for (int p = 0; p < phones; ++p)
        all[std::size_t(p)]->queue("POST", "/api/votes",
            R"({"id":")" + uuidText(QUuid::createUuid()) + R"(","note":")"
                + uuidText(onBoard[std::size_t(p) % onBoard.size()]) + R"("})");
    REQUIRE(runAll());
    CHECK(room.session->data().votes.size() == std::size_t(phones));

    const QString path = room.session->filePath();
    room.server.reset();
    room.service.reset();
    room.session.reset();
    const CliRun check = runCli({ QStringLiteral("check"), path });
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("Room mode throughput and send-to-screen time with 200 phones", "[.][bench][room]")
{
    constexpr int phones = 200;
    constexpr int notesEach = 10;
    RoomFixture room;
    QElapsedTimer clock;
    QHash<QByteArray, qint64> firstSent;
    QHash<QUuid, QByteArray> bodyOf;
    QHash<QUuid, qint64> onScreen;
    // "On the screen": the Session's change signal, which the board canvas redraws from.
    QObject::connect(room.session.get(), &Session::changed, room.session.get(), [&](const Change &change) {
        if (change.entity == Entity::Note && change.kind == Change::Kind::Inserted)
            onScreen.insert(change.id, clock.elapsed());
    });
    std::vector<std::unique_ptr<Phone>> all;
    for (int p = 0; p < phones; ++p) {
        all.push_back(std::make_unique<Phone>(room, p, room.join()));
        all.back()->dropEvery = 0;
        all.back()->clock = &clock;
        all.back()->firstSent = &firstSent;
        for (int n = 0; n < notesEach; ++n) {
            const QUuid id = QUuid::createUuid();
            const QJsonObject note { { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("board"),
                    ((p % 2) ? room.board : room.board2).toString(QUuid::WithoutBraces) },
                { QStringLiteral("text"), QStringLiteral("Phone %1 note %2").arg(p).arg(n) } };
            const QByteArray body = QJsonDocument(note).toJson(QJsonDocument::Compact);
            bodyOf.insert(id, body);
            all.back()->queue("POST", "/api/notes", body);
        }
    }
    clock.start();
    REQUIRE(spinUntil(
        [&] {
            bool done = true;
            for (auto &phone : all) {
                phone->pump();
                done = done && phone->idle();
            }
            return done;
        },
        120'000));
    const qint64 total = clock.elapsed();
    REQUIRE(room.session->data().notes.size() == std::size_t(phones * notesEach));
    std::vector<qint64> latency;
    for (auto it = bodyOf.begin(); it != bodyOf.end(); ++it)
        latency.push_back(onScreen.value(it.key()) - firstSent.value(it.value()));
    std::sort(latency.begin(), latency.end());
    const auto at = [&](double q) { return latency[std::size_t(q * double(latency.size() - 1))]; };
    WARN("room: " << phones * notesEach << " notes from " << phones << " phones in " << total << " ms = "
                  << (phones * notesEach * 1000.0 / double(total)) << " notes/s; send-to-screen median "
                  << at(0.5) << " ms, p99 " << at(0.99) << " ms, max " << latency.back() << " ms");
}
