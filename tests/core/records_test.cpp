// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Boards in order, actions from notes, photos kept in the file but read on demand, and
// cross-board themes: do, undo (the file's rows exactly as before), redo, reopen.
#include "commands/edits.h"
#include "io/jsonarchive.h"
#include "io/photoimport.h"
#include "planning/sensemaking.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <cmath>
#include <functional>
#include <limits>

using namespace cg;

namespace {

constexpr double kAuto = std::numeric_limits<double>::quiet_NaN();

QByteArray pictureBytes(int width, int height, const char *format, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? QColor(20, 120, 200, 128) : QColor(250, 240, 200));
    {
        QPainter p(&image);
        p.setPen(QPen(Qt::darkBlue, 8));
        p.drawLine(0, 0, width, height); // no text: core tests have no fonts
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(QImageWriter(&buffer, format).write(image));
    return out;
}

struct Records
{
    test::TempDir dir;
    std::unique_ptr<Session> session;
    QUuid ann, ben, table1, table2, n1, n2, n3, m1, m2, boardTheme, photo;

    Records()
    {
        session = test::newSession(dir);
        session->setClock(test::FakeClock{});
        Participant a;
        a.id = ann = newId();
        a.displayName = QStringLiteral("Ann Øyelaran");
        must(edits::addParticipant(session->data(), a));
        Participant b;
        b.id = ben = newId();
        b.displayName = QStringLiteral("Ben");
        must(edits::addParticipant(session->data(), b));
        table1 = addBoard(QStringLiteral("Table 1"));
        table2 = addBoard(QStringLiteral("Table 2"));
        n1 = addNote(table1, QStringLiteral("Letters come after the appointment"), ann);
        n2 = addNote(table1, QStringLiteral("Nobody rang to say"), {});
        n3 = addNote(table1, QStringLiteral("Buses twice an hour"), ben);
        m1 = addNote(table2, QStringLiteral("The letter was in English only"), {});
        m2 = addNote(table2, QStringLiteral("I found out from my neighbour"), ann);
        must(edits::groupAsTheme(session->data(), {n1, n2}, QStringLiteral("Being told")));
        boardTheme = session->data().themes.rows().back().id;
        Vote v;
        v.noteId = n1;
        v.count = 3;
        must(edits::addVote(session->data(), v));
        Vote t;
        t.themeId = boardTheme;
        t.count = 2;
        must(edits::addVote(session->data(), t));
        Attachment p;
        p.id = photo = newId();
        p.boardId = table1;
        p.fileName = QStringLiteral("flipchart.png");
        p.mimeType = QStringLiteral("image/png");
        p.data = pictureBytes(40, 30, "png");
        p.width = p.originalWidth = 40;
        p.height = p.originalHeight = 30;
        p.peopleShown = {ann};
        must(edits::addAttachment(session->data(), p));
        session->undoStack()->clear();
    }

    void must(Result<Edit> edit)
    {
        auto done = session->perform(std::move(edit));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
    }

    QUuid addBoard(const QString &title)
    {
        Board b;
        b.id = newId();
        b.title = title;
        must(edits::addBoard(session->data(), b));
        return b.id;
    }

    QUuid addNote(const QUuid &board, const QString &text, const QUuid &author)
    {
        Note n;
        n.id = newId();
        n.boardId = board;
        n.text = text;
        n.x = kAuto;
        n.y = kAuto;
        if (!author.isNull()) {
            n.authorKind = AuthorKind::Participant;
            n.authorId = author;
        }
        must(edits::addNote(session->data(), n));
        return n.id;
    }

    void reopen()
    {
        const QString path = session->filePath();
        session.reset();
        auto reopened = Session::open(path);
        REQUIRE(reopened.ok());
        session = std::move(*reopened);
    }

    /// Does \a edit, checks \a expect, undoes (same rows as before), redoes (same rows as after),
    /// reopens (memory equals the file) and checks again.
    void roundTrip(Result<Edit> edit, const std::function<void(const WorkshopData &)> &expect)
    {
        const QStringList rowsBefore = test::dumpRows(*session);
        const WorkshopData before = session->data();
        auto done = session->perform(std::move(edit));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        REQUIRE(session->undoStack()->count() == 1);
        expect(session->data());
        const QStringList rowsAfter = test::dumpRows(*session);
        const WorkshopData after = session->data();
        CHECK(rowsAfter != rowsBefore);
        session->undoStack()->undo();
        CHECK(test::dumpRows(*session) == rowsBefore);
        CHECK(test::sameContent(session->data(), before));
        session->undoStack()->redo();
        CHECK(test::dumpRows(*session) == rowsAfter);
        CHECK(test::sameContent(session->data(), after));
        reopen();
        CHECK(test::sameContent(session->data(), after));
        expect(session->data());
        session->undoStack()->clear();
    }
};

QList<QUuid> order(const WorkshopData &d)
{
    return edits::boardOrder(d);
}

} // namespace

TEST_CASE("boards: reorder, and remove with everything on them", "[records][boards]")
{
    Records w;
    const QUuid t1 = w.table1, t2 = w.table2;
    const QUuid plenary = w.addBoard(QStringLiteral("Plenary"));
    w.session->undoStack()->clear();
    REQUIRE(order(w.session->data()) == QList<QUuid>{t1, t2, plenary});

    SECTION("move a board to the front renumbers every position")
    {
        w.roundTrip(edits::moveBoard(w.session->data(), plenary, 0), [=](const WorkshopData &d) {
            CHECK(order(d) == QList<QUuid>{plenary, t1, t2});
            CHECK(d.boards.find(plenary)->position == 0);
            CHECK(d.boards.find(t2)->position == 2);
        });
    }
    SECTION("move down one place, and past the end")
    {
        w.roundTrip(edits::moveBoard(w.session->data(), t1, 1),
                    [=](const WorkshopData &d) { CHECK(order(d) == QList<QUuid>{t2, t1, plenary}); });
        w.roundTrip(edits::moveBoard(w.session->data(), t2, 99),
                    [=](const WorkshopData &d) { CHECK(order(d) == QList<QUuid>{t1, plenary, t2}); });
    }
    SECTION("a move that changes nothing is nothing to undo")
    {
        auto edit = edits::moveBoard(w.session->data(), t1, 0);
        REQUIRE(edit.ok());
        CHECK(edit->isEmpty());
        CHECK_FALSE(edits::moveBoard(w.session->data(), newId(), 0).ok());
    }
    SECTION("what a removal takes is counted first")
    {
        const edits::BoardContents c = edits::boardContents(w.session->data(), t1);
        CHECK(c.notes == 3);
        CHECK(c.themes == 1);
        CHECK(c.votes == 5);
        CHECK(c.photos == 1);
        const edits::BoardContents empty = edits::boardContents(w.session->data(), plenary);
        CHECK(empty.notes + empty.themes + empty.votes + empty.photos == 0);
    }
    SECTION("remove a board with notes, a theme, votes, an action link, a photo and cross-board members")
    {
        w.must(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("Letters"), {w.m1, w.n1}));
        const QUuid cross = w.session->data().themes.rows().back().id;
        Action a;
        a.text = QStringLiteral("Write to the clinic");
        a.noteIds = {w.n1, w.m2};
        w.must(edits::addAction(w.session->data(), a));
        const QUuid action = w.session->data().actions.rows().back().id;
        w.session->undoStack()->clear();
        const QUuid photo = w.photo, m1 = w.m1, m2 = w.m2;
        const QByteArray bytes = *w.session->attachmentData(photo);
        w.roundTrip(edits::removeBoard(w.session->data(), t1), [=](const WorkshopData &d) {
            CHECK_FALSE(d.boards.contains(t1));
            CHECK(d.notes.size() == 2);
            CHECK(d.themes.size() == 1); // only the cross-board theme
            CHECK(d.themes.find(cross)->noteIds == QList<QUuid>{m1});
            CHECK(d.votes.empty());
            CHECK(d.actions.find(action)->noteIds == QList<QUuid>{m2});
            CHECK(d.attachments.find(photo)->boardId.isNull());
        });
        CHECK(*w.session->attachmentData(photo) == bytes);
    }
}

TEST_CASE("actions: made from notes on a board, owned by a person or a name", "[records][actions]")
{
    Records w;
    SECTION("a draft from one note takes its words, its note and its theme")
    {
        auto draft = edits::draftActionFromNotes(w.session->data(), {w.n1});
        REQUIRE(draft.ok());
        CHECK(draft->text == QStringLiteral("Letters come after the appointment"));
        CHECK(draft->noteIds == QList<QUuid>{w.n1});
        CHECK(draft->themeId == w.boardTheme);
        auto mixed = edits::draftActionFromNotes(w.session->data(), {w.n1, w.m1});
        REQUIRE(mixed.ok());
        CHECK(mixed->text.isEmpty()); // several notes: the facilitator says what to do
        CHECK(mixed->themeId.isNull());
        CHECK_FALSE(edits::draftActionFromNotes(w.session->data(), {}).ok());
    }
    SECTION("add from notes, then edit and delete")
    {
        Action a;
        a.text = QStringLiteral("  Send letters a week before  ");
        a.ownerName = QStringLiteral("Ward 4 admin team");
        a.dueDate = QDate(2026, 12, 1);
        a.themeId = w.boardTheme;
        const QUuid n1 = w.n1, n2 = w.n2, theme = w.boardTheme;
        w.roundTrip(edits::addActionFromNotes(w.session->data(), {n1, n2}, a), [=](const WorkshopData &d) {
            REQUIRE(d.actions.size() == 1);
            const Action &added = d.actions.rows().front();
            CHECK(added.text == QStringLiteral("Send letters a week before"));
            CHECK(added.noteIds == QList<QUuid>{n1, n2});
            CHECK(added.themeId == theme);
            CHECK(added.ownerName == QStringLiteral("Ward 4 admin team"));
        });
        Action edited = w.session->data().actions.rows().front();
        edited.ownerId = w.ben; // a person: the free-text name goes
        edited.status = ActionStatus::InProgress;
        const QUuid id = edited.id, ben = w.ben;
        w.roundTrip(edits::editAction(w.session->data(), edited), [=](const WorkshopData &d) {
            CHECK(d.actions.find(id)->ownerId == ben);
            CHECK(d.actions.find(id)->ownerName.isEmpty());
            CHECK(d.actions.find(id)->status == ActionStatus::InProgress);
        });
        w.roundTrip(edits::removeAction(w.session->data(), id), [](const WorkshopData &d) { CHECK(d.actions.empty()); });
    }
    SECTION("refused: nothing to do, too long, a note that is gone")
    {
        Action a;
        CHECK_FALSE(edits::addAction(w.session->data(), a).ok());
        a.text = QString(4001, QLatin1Char('x'));
        CHECK_FALSE(edits::addAction(w.session->data(), a).ok());
        a.text = QStringLiteral("Ring people");
        a.noteIds = {newId()};
        CHECK_FALSE(edits::addAction(w.session->data(), a).ok());
    }
}

TEST_CASE("feedback: add, edit, delete, anonymous or from someone", "[records][feedback]")
{
    Records w;
    Feedback f;
    f.question = QStringLiteral(" Best aspects ");
    f.answer = QStringLiteral("Being listened to 🙏");
    f.participantId = w.ann;
    w.roundTrip(edits::addFeedback(w.session->data(), f), [](const WorkshopData &d) {
        REQUIRE(d.feedback.size() == 1);
        CHECK(d.feedback.rows().front().question == QStringLiteral("Best aspects"));
    });
    Feedback g = w.session->data().feedback.rows().front();
    g.participantId = QUuid(); // anonymous after all
    const QUuid id = g.id;
    w.roundTrip(edits::editFeedback(w.session->data(), g),
                [id](const WorkshopData &d) { CHECK(d.feedback.find(id)->participantId.isNull()); });
    w.roundTrip(edits::removeFeedback(w.session->data(), id), [](const WorkshopData &d) { CHECK(d.feedback.empty()); });
    Feedback bad;
    bad.question = QStringLiteral("Best aspects");
    bad.answer = QString(20001, QLatin1Char('x'));
    CHECK_FALSE(edits::addFeedback(w.session->data(), bad).ok());
}

TEST_CASE("photos: stored in the file, read on demand, kept through undo", "[records][photos]")
{
    Records w;
    const QUuid photo = w.photo;
    const QByteArray original = *w.session->attachmentData(photo);
    CHECK(w.session->data().attachments.find(photo)->data.isNull());
    CHECK(w.session->data().attachments.find(photo)->byteSize == original.size());

    SECTION("add a photo of the workshop as a whole")
    {
        auto imported = io::photos::importBytes(pictureBytes(300, 200, "png"), QStringLiteral("room.png"));
        REQUIRE(imported.ok());
        imported->caption = QStringLiteral("The room before we started");
        const QByteArray bytes = imported->data;
        w.roundTrip(edits::addAttachment(w.session->data(), *imported), [&](const WorkshopData &d) {
            REQUIRE(d.attachments.size() == 2);
            const Attachment &added = d.attachments.rows().back();
            CHECK(added.boardId.isNull());
            CHECK(added.width == 300);
            CHECK(added.height == 200);
            CHECK(added.byteSize == bytes.size());
            CHECK(added.data.isNull());
        });
        CHECK(*w.session->attachmentData(w.session->data().attachments.rows().back().id) == bytes);
    }
    SECTION("edit the caption and who is shown; the picture stays")
    {
        Attachment a = *w.session->data().attachments.find(photo);
        a.caption = QStringLiteral("Table 1's flipchart");
        a.peopleShown = {w.ann, w.ben, w.ben};
        const QUuid ann = w.ann, ben = w.ben;
        w.roundTrip(edits::editAttachment(w.session->data(), a), [=](const WorkshopData &d) {
            CHECK(d.attachments.find(photo)->caption == QStringLiteral("Table 1's flipchart"));
            CHECK(d.attachments.find(photo)->peopleShown == QList<QUuid>{ann, ben});
            CHECK(d.attachments.find(photo)->byteSize == original.size());
        });
        CHECK(*w.session->attachmentData(photo) == original);
    }
    SECTION("delete, undo brings the bytes back, redo takes them again")
    {
        REQUIRE(w.session->perform(edits::removeAttachment(w.session->data(), photo)).ok());
        CHECK_FALSE(w.session->attachmentData(photo).ok());
        w.session->undoStack()->undo();
        w.reopen();
        auto back = w.session->attachmentData(photo);
        REQUIRE(back.ok());
        CHECK(*back == original);
        w.roundTrip(edits::removeAttachment(w.session->data(), photo),
                    [](const WorkshopData &d) { CHECK(d.attachments.empty()); });
        CHECK_FALSE(w.session->attachmentData(photo).ok());
    }
    SECTION("refused: no bytes, too many bytes, someone not in the workshop")
    {
        Attachment empty;
        empty.fileName = QStringLiteral("nothing.png");
        empty.mimeType = QStringLiteral("image/png");
        CHECK_FALSE(edits::addAttachment(w.session->data(), empty).ok());
        empty.data = QByteArray("x");
        empty.peopleShown = {newId()};
        CHECK_FALSE(edits::addAttachment(w.session->data(), empty).ok());
        empty.peopleShown.clear();
        empty.data = QByteArray(edits::maxAttachmentBytes + 1, 'x');
        CHECK_FALSE(edits::addAttachment(w.session->data(), empty).ok());
    }
    SECTION("the archive carries the bytes and the sizes")
    {
        auto complete = w.session->completeData();
        REQUIRE(complete.ok());
        CHECK(complete->attachments.find(photo)->data == original);
        auto read = io::archive::fromJson(io::archive::toJson(*complete));
        REQUIRE(read.ok());
        CHECK(read->attachments.find(photo)->data == original);
        CHECK(read->attachments.find(photo)->byteSize == original.size());
        CHECK(read->attachments.find(photo)->width == 40);
    }
}

TEST_CASE("opening a workshop reads none of its photos' bytes", "[records][photos][storage]")
{
    test::TempDir dir;
    WorkshopData data;
    data.workshop.title = QStringLiteral("Photos");
    constexpr int photos = 6;
    constexpr qsizetype size = 3 * 1024 * 1024;
    for (int i = 0; i < photos; ++i) {
        Attachment a;
        a.id = newId();
        a.fileName = QStringLiteral("big-%1.jpg").arg(i);
        a.mimeType = QStringLiteral("image/jpeg");
        a.data = QByteArray(size, char('a' + i));
        a.caption = QStringLiteral("Flipchart %1").arg(i);
        data.attachments.insert(a);
    }
    const QString path = dir.path(QStringLiteral("photos.cgw"));
    REQUIRE(Session::createFrom(path, data).ok());
    auto opened = Session::open(path);
    REQUIRE(opened.ok());
    const Session &session = **opened;
    REQUIRE(session.data().attachments.size() == photos);
    qsizetype inMemory = 0;
    for (const Attachment &a : session.data().attachments) {
        CHECK(a.data.isNull());
        CHECK(a.byteSize == size);
        CHECK(a.caption.startsWith(QStringLiteral("Flipchart")));
        inMemory += a.data.size();
    }
    CHECK(inMemory == 0);
    const Attachment &third = session.data().attachments.rows().at(2);
    auto bytes = session.attachmentData(third.id);
    REQUIRE(bytes.ok());
    CHECK(bytes->size() == size);
    CHECK(bytes->at(0) == 'c');
    CHECK_FALSE(session.attachmentData(newId()).ok());
}

TEST_CASE("a version-1 file's photos move to their own table when it is upgraded", "[records][photos][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.cgw"));
    const QByteArray bytes = pictureBytes(64, 48, "png");
    {
        auto db = Database::open(path, Database::Access::Create);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QString::fromUtf8(schema::version1Sql())).ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 1;").arg(schema::applicationId)).ok());
        REQUIRE((*db)->exec(QStringLiteral(
            "INSERT INTO workshop (id, title, currency, default_rate_minor, facilitators, created, modified) "
            "VALUES ('11111111-1111-4111-8111-111111111111', 'Old', 'GBP', 2500, '', "
            "'2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')")).ok());
        auto insert = (*db)->prepareUncached(QStringLiteral(
            "INSERT INTO attachment (id, file_name, mime_type, data, caption, created, modified) VALUES "
            "('22222222-2222-4222-8222-222222222222', 'chart.png', 'image/png', ?1, 'Old chart', "
            "'2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')"));
        REQUIRE(insert.ok());
        insert->bind(1, bytes);
        REQUIRE(insert->exec().ok());
    }
    auto opened = Session::open(path);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    REQUIRE((*opened)->data().attachments.size() == 1);
    const Attachment &a = (*opened)->data().attachments.rows().front();
    CHECK(a.caption == QStringLiteral("Old chart"));
    CHECK(a.byteSize == bytes.size());
    CHECK(a.data.isNull());
    CHECK(*(*opened)->attachmentData(a.id) == bytes);
}

TEST_CASE("photo import: scaled down, kept sensibly, refused with reasons", "[records][photos][import]")
{
    SECTION("a large PNG is scaled to 2,400 px on its longest side and stays PNG")
    {
        auto photo = io::photos::importBytes(pictureBytes(3000, 2000, "png"), QStringLiteral("chart.png"));
        REQUIRE(photo.ok());
        CHECK(photo->mimeType == QStringLiteral("image/png"));
        CHECK(photo->width == 2400);
        CHECK(photo->height == 1600);
        CHECK(photo->originalWidth == 3000);
        CHECK(photo->originalHeight == 2000);
        CHECK(QImage::fromData(photo->data).size() == QSize(2400, 1600));
        CHECK(photo->byteSize == photo->data.size());
    }
    SECTION("a large JPEG stays JPEG, scaled (portrait too)")
    {
        auto photo = io::photos::importBytes(pictureBytes(1800, 3600, "jpeg"), QStringLiteral("IMG_0042.JPG"));
        REQUIRE(photo.ok());
        CHECK(photo->mimeType == QStringLiteral("image/jpeg"));
        CHECK(photo->width == 1200);
        CHECK(photo->height == 2400);
        CHECK(photo->fileName == QStringLiteral("IMG_0042.JPG"));
        QBuffer stored(&photo->data);
        CHECK(QImageReader(&stored).format() == "jpeg");
    }
    SECTION("kept at full size only when asked")
    {
        const QByteArray jpeg = pictureBytes(3000, 2000, "jpeg");
        auto full = io::photos::importBytes(jpeg, QStringLiteral("full.jpg"), {.keepFullSize = true});
        REQUIRE(full.ok());
        CHECK(full->data == jpeg);
        CHECK(full->width == 3000);
        auto small = io::photos::importBytes(pictureBytes(300, 200, "png"), QStringLiteral("small.png"));
        REQUIRE(small.ok());
        CHECK(small->width == 300); // small PNGs are kept as they are
    }
    SECTION("other formats become PNG or JPEG")
    {
        auto bmp = io::photos::importBytes(pictureBytes(200, 100, "bmp"), QStringLiteral("scan.bmp"));
        REQUIRE(bmp.ok());
        CHECK(bmp->mimeType == QStringLiteral("image/jpeg"));
        CHECK(bmp->fileName == QStringLiteral("scan.jpg"));
        CHECK(bmp->width == 200);
    }
    SECTION("not a picture, empty, or absurd")
    {
        auto text = io::photos::importBytes(QByteArray("Name,Email\nAnn,ann@example.org\n"), QStringLiteral("people.csv"));
        REQUIRE_FALSE(text.ok());
        CHECK(text.message().contains(QStringLiteral("not a picture")));
        auto empty = io::photos::importBytes(QByteArray(), QStringLiteral("empty.jpg"));
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.message().contains(QStringLiteral("empty")));
        // A bitmap header claiming 12,000 × 10,000 pixels: refused before anything is decoded.
        QByteArray bmp(54, '\0');
        auto put32 = [&](int at, quint32 v) {
            for (int i = 0; i < 4; ++i)
                bmp[at + i] = char((v >> (8 * i)) & 0xff);
        };
        bmp[0] = 'B';
        bmp[1] = 'M';
        put32(2, 54);
        put32(10, 54);
        put32(14, 40);
        put32(18, 12000);
        put32(22, 10000);
        bmp[26] = 1;
        bmp[28] = 24;
        auto huge = io::photos::importBytes(bmp, QStringLiteral("huge.bmp"));
        REQUIRE_FALSE(huge.ok());
        INFO(huge.message().toStdString());
        CHECK(huge.message().contains(QStringLiteral("12000")));
        auto heavy = io::photos::importBytes(QByteArray(io::photos::maxFileBytes + 1, 'x'), QStringLiteral("heavy.jpg"));
        REQUIRE_FALSE(heavy.ok());
        CHECK(heavy.message().contains(QStringLiteral("MB")));
    }
    SECTION("from a file: missing, a folder, a real photo")
    {
        test::TempDir dir;
        CHECK_FALSE(io::photos::importFile(dir.path(QStringLiteral("missing.jpg"))).ok());
        CHECK_FALSE(io::photos::importFile(dir.root()).ok());
        QFile file(dir.path(QStringLiteral("chart.jpg")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(pictureBytes(640, 480, "jpeg"));
        file.close();
        auto photo = io::photos::importFile(file.fileName());
        REQUIRE(photo.ok());
        CHECK(photo->fileName == QStringLiteral("chart.jpg"));
        CHECK(photo->width == 640);
    }
}

TEST_CASE("cross-board themes gather notes from several boards", "[records][sensemaking]")
{
    Records w;
    const QUuid n1 = w.n1, n3 = w.n3, m1 = w.m1, m2 = w.m2;
    SECTION("create with notes from two boards")
    {
        w.roundTrip(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("  Letters  "), {m1, n1, m1}),
                    [=](const WorkshopData &d) {
                        const auto themes = crossBoardThemes(d);
                        REQUIRE(themes.size() == 1);
                        CHECK(themes.front().theme->name == QStringLiteral("Letters"));
                        REQUIRE(themes.front().notes.size() == 2);
                        CHECK(themes.front().notes.at(0)->id == m1);
                        CHECK(themes.front().notes.at(1)->id == n1);
                        CHECK(d.notes.find(n1)->themeId != themes.front().theme->id); // board theme untouched
                        CHECK(crossBoardThemesOf(d, n1) == QList<QUuid>{themes.front().theme->id});
                    });
    }
    SECTION("add, reorder, take out, rename, delete")
    {
        w.must(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("Getting there")));
        const QUuid theme = w.session->data().themes.rows().back().id;
        w.session->undoStack()->clear();
        w.roundTrip(edits::addNotesToTheme(w.session->data(), theme, {n3, m2}), [=](const WorkshopData &d) {
            CHECK(d.themes.find(theme)->noteIds == QList<QUuid>{n3, m2});
        });
        w.roundTrip(edits::addNotesToTheme(w.session->data(), theme, {m1, n3}, 0), [=](const WorkshopData &d) {
            CHECK(d.themes.find(theme)->noteIds == QList<QUuid>{m1, n3, m2});
        });
        w.roundTrip(edits::moveNoteInTheme(w.session->data(), theme, m1, 2), [=](const WorkshopData &d) {
            CHECK(d.themes.find(theme)->noteIds == QList<QUuid>{n3, m2, m1});
        });
        w.roundTrip(edits::removeNotesFromTheme(w.session->data(), theme, {m2}), [=](const WorkshopData &d) {
            CHECK(d.themes.find(theme)->noteIds == QList<QUuid>{n3, m1});
        });
        w.roundTrip(edits::renameCrossBoardTheme(w.session->data(), theme, QStringLiteral("Travel")),
                    [=](const WorkshopData &d) { CHECK(d.themes.find(theme)->name == QStringLiteral("Travel")); });
        Vote v;
        v.themeId = theme;
        v.count = 4;
        w.must(edits::addVote(w.session->data(), v));
        w.session->undoStack()->clear();
        w.roundTrip(edits::removeCrossBoardTheme(w.session->data(), theme), [=](const WorkshopData &d) {
            CHECK_FALSE(d.themes.contains(theme));
            CHECK(d.notes.contains(n3)); // the notes stay on their boards
            CHECK(d.votes.size() == 2);  // the theme's own votes went with it
        });
    }
    SECTION("deleting a note takes it out of every cross-board theme")
    {
        w.must(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("A"), {n1, m1}));
        const QUuid a = w.session->data().themes.rows().back().id;
        w.must(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("B"), {m1}));
        const QUuid b = w.session->data().themes.rows().back().id;
        w.session->undoStack()->clear();
        w.roundTrip(edits::removeNotes(w.session->data(), {m1}), [=](const WorkshopData &d) {
            CHECK(d.themes.find(a)->noteIds == QList<QUuid>{n1});
            CHECK(d.themes.find(b)->noteIds.isEmpty());
        });
    }
    SECTION("board themes are changed on their board, not here")
    {
        CHECK_FALSE(edits::addNotesToTheme(w.session->data(), w.boardTheme, {m1}).ok());
        CHECK_FALSE(edits::renameCrossBoardTheme(w.session->data(), w.boardTheme, QStringLiteral("x")).ok());
        CHECK_FALSE(edits::removeCrossBoardTheme(w.session->data(), w.boardTheme).ok());
        CHECK_FALSE(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("   ")).ok());
        CHECK_FALSE(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("x"), {newId()}).ok());
    }
    SECTION("outputs see only the notes that may appear")
    {
        w.must(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("Letters"), {n1, m1}));
        ConsentEvent yes;
        yes.participantId = w.ann;
        yes.scope = ConsentScope::TakePart;
        yes.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
        // Ann takes part; the anonymous note m1 appears anyway, Ann's n1 only with take_part.
        const ConsentPolicy before(w.session->data());
        auto hidden = crossBoardThemes(before, Audience::Public);
        REQUIRE(hidden.size() == 1);
        CHECK(hidden.front().notes.size() == 1);
        CHECK(hidden.front().withheld == 1);
        REQUIRE(w.session->record(edits::recordConsent(w.session->data(), yes)).ok());
        const ConsentPolicy after(w.session->data());
        auto shown = crossBoardThemes(after, Audience::Public);
        CHECK(shown.front().notes.size() == 2);
        CHECK(shown.front().withheld == 0);
    }
    SECTION("the archive keeps the membership and checks it")
    {
        w.must(edits::addCrossBoardTheme(w.session->data(), QStringLiteral("Letters"), {m1, n1}));
        auto complete = w.session->completeData();
        REQUIRE(complete.ok());
        const QByteArray json = io::archive::toJson(*complete);
        auto read = io::archive::fromJson(json);
        REQUIRE(read.ok());
        CHECK(read->themes.rows().back().noteIds == QList<QUuid>{m1, n1});
        test::TempDir other;
        auto made = Session::createFrom(other.path(QStringLiteral("copy.cgw")), *read);
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        auto again = (*made)->completeData();
        REQUIRE(again.ok());
        CHECK(io::archive::toJson(*again) == json);
        WorkshopData broken = *read;
        Theme t = broken.themes.rows().back();
        t.noteIds << newId();
        broken.themes.update(t);
        CHECK_FALSE(io::archive::checkReferences(broken).ok());
    }
}
