// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// New workshops are built as unique, private drafts beside their destination; a killed run's
// draft (which may hold people's emails) is removed by the next create into that folder.
#include "platform/platform.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/workshopfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace cg;

namespace {

QStringList filesIn(const test::TempDir &dir)
{
    return QDir(dir.root()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/// A draft and its journal as a killed run leaves them: unlocked, last touched a minute ago.
void leaveKilledDraft(const QString &path)
{
    for (const QString &name : QStringList{path, path + QStringLiteral("-journal")}) {
        QFile file(name);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("ada@example.org") > 0);
        file.close();
        const QDateTime then = QDateTime::currentDateTime().addSecs(-60);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(then, QFileDevice::FileModificationTime));
    }
}

WorkshopData titled(const QString &title)
{
    WorkshopData data;
    data.workshop.title = title;
    return data;
}

} // namespace

TEST_CASE("a killed run's draft is removed by the next create into that folder", "[storage][drafts]")
{
    test::TempDir dir;
    const QString stale = dir.path(QStringLiteral(".new.cgw.Ab12Cd.part"));
    leaveKilledDraft(stale);
    // Not ours: never touched, though it looks alike.
    const QString foreign = dir.path(QStringLiteral("notes.part"));
    leaveKilledDraft(foreign);
    REQUIRE(filesIn(dir).size() == 4);

    auto made = Session::createFrom(dir.path(QStringLiteral("new.cgw")), titled(QStringLiteral("Again")));
    REQUIRE(made.ok());
    made->reset(); // an open workshop keeps its (empty) journal beside it
    CHECK(filesIn(dir) == QStringList{QStringLiteral("new.cgw"), QStringLiteral("notes.part"), QStringLiteral("notes.part-journal")});
}

TEST_CASE("a draft that a live run holds is left alone", "[storage][drafts]")
{
    test::TempDir dir;
    const QString live = dir.path(QStringLiteral(".other.cgw.Zz99Yy.part"));
    leaveKilledDraft(live);
    auto lock = platform::FileLock::acquire(live, platform::FileLock::Mode::Exclusive);
    REQUIRE(lock.ok());
    CHECK(workshopfile::removeStaleDrafts(dir.root()) == 0);
    CHECK(QFileInfo::exists(live));
    lock->release();
    CHECK(workshopfile::removeStaleDrafts(dir.root()) == 2);
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("a recent unlocked draft is left alone: it may be a run between two steps", "[storage][drafts]")
{
    test::TempDir dir;
    const QString fresh = dir.path(QStringLiteral(".other.cgw.Zz99Yy.part"));
    {
        QFile file(fresh);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    CHECK(workshopfile::removeStaleDrafts(dir.root()) == 0);
    CHECK(QFileInfo::exists(fresh));
}

TEST_CASE("two drafts for one destination have different names and are private", "[storage][drafts]")
{
    test::TempDir dir;
    const QString target = dir.path(QStringLiteral("same.cgw"));
    auto first = workshopfile::createDraft(target);
    REQUIRE(first.ok());
    auto second = workshopfile::createDraft(target);
    REQUIRE(second.ok());
    CHECK(first->path != second->path);
    CHECK(QFileInfo(first->path).fileName().startsWith(QStringLiteral(".same.cgw.")));
    CHECK(first->path.endsWith(QStringLiteral(".part")));
    CHECK(QFileInfo(first->path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // A live draft is locked: the clean-up of a third run leaves both alone.
    CHECK(workshopfile::removeStaleDrafts(dir.root()) == 0);
    const QString firstPath = first->path;
    first->db.reset();
    workshopfile::discardDraft(firstPath);
    second->db.reset();
    workshopfile::discardDraft(second->path);
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("a create that fails leaves no draft and no journal", "[storage][drafts]")
{
    test::TempDir dir;
    WorkshopData data = titled(QStringLiteral("Broken on purpose"));
    Note orphan; // refers to a board that is not there: the write fails half-way
    orphan.id = newId();
    orphan.boardId = newId();
    orphan.text = QStringLiteral("lost");
    data.notes.insert(orphan);
    auto made = Session::createFrom(dir.path(QStringLiteral("half.cgw")), data);
    CHECK_FALSE(made.ok());
    CHECK(filesIn(dir).isEmpty());

    auto noFolder = Session::createFrom(dir.path(QStringLiteral("missing/x.cgw")), titled(QStringLiteral("x")));
    CHECK_FALSE(noFolder.ok());
    CHECK(filesIn(dir).isEmpty());
}
