// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Prepare Table Copies… and Merge Table Copies…: the copies written, the preview with its
// conflicts (each with its own choice, all with an accessible name), a choice for all, and the
// merge itself.
#include "commands/edits.h"
#include "merge/tablecopies.h"
#include "session/session.h"
#include "tables/tablecopiesdialogs.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>

using namespace cg;

namespace {

/// A lead with two groups, each with a board and one note.
QString makeLead(const test::TempDir &dir)
{
    WorkshopData data;
    data.workshop.id = newId();
    data.workshop.title = QStringLiteral("Lead");
    for (int g = 0; g < 2; ++g) {
        Group group;
        group.id = newId();
        group.name = QStringLiteral("Table %1").arg(g + 1);
        group.position = g;
        data.groups.insert(group);
        Board b;
        b.id = newId();
        b.title = QStringLiteral("Board %1").arg(g + 1);
        b.groupId = group.id;
        data.boards.insert(b);
        Note n;
        n.id = newId();
        n.boardId = b.id;
        n.text = QStringLiteral("Note %1").arg(g + 1);
        data.notes.insert(n);
    }
    const QString path = dir.path(QStringLiteral("lead.cgw"));
    REQUIRE(Session::createFrom(path, data).ok());
    return path;
}

void editFirstNote(Session &s, const QUuid &boardId, const QString &text)
{
    for (Note n : s.data().notes) {
        if (n.boardId == boardId) {
            n.text = text;
            REQUIRE(s.perform(edits::editNote(s.data(), n)).ok());
            return;
        }
    }
    FAIL("no note on that board");
}

/// Every control a facilitator can reach has a name a screen reader can say.
QStringList unnamedControls(const QWidget &dialog)
{
    QStringList unnamed;
    for (const QWidget *w : dialog.findChildren<QWidget *>()) {
        const bool control = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QListWidget *>(w);
        if (control && w->accessibleName().isEmpty() && !qobject_cast<const QComboBox *>(w->parentWidget()))
            unnamed << QString::fromLatin1(w->metaObject()->className());
    }
    return unnamed;
}

} // namespace

TEST_CASE("table copies: prepare, preview with conflicts, a choice for all, merge", "[tables][ui]")
{
    test::TempDir dir;
    const QString lead = makeLead(dir);
    auto session = Session::open(lead);
    REQUIRE(session.ok());
    Session &s = **session;

    PrepareTableCopiesDialog prepare(&s);
    CHECK(unnamedControls(prepare).isEmpty());
    prepare.setFolder(dir.path(QStringLiteral("copies")));
    auto prepared = prepare.prepare();
    INFO(prepared.message().toStdString());
    REQUIRE(prepared.ok());
    REQUIRE(prepare.prepared().size() == 2);
    CHECK(QFileInfo::exists(prepare.prepared()[0].path));

    const QUuid board1 = s.data().boards.rows().front().id;
    {
        auto copy = Session::open(prepare.prepared()[0].path);
        REQUIRE(copy.ok());
        editFirstNote(**copy, board1, QStringLiteral("At the table"));
    }
    editFirstNote(s, board1, QStringLiteral("In the lead's file"));

    const QStringList copies = {prepare.prepared()[0].path, prepare.prepared()[1].path};
    MergeTableCopiesDialog merge(&s, QStringLiteral("Lead facilitator"), copies);
    CHECK(merge.problem().isEmpty());
    REQUIRE(merge.conflicts().size() == 1);
    CHECK(merge.conflicts()[0].words.contains(QStringLiteral("was changed on Table 1's copy and in this file")));
    CHECK(merge.canMerge());
    CHECK(unnamedControls(merge).isEmpty());
    const auto combos = merge.findChildren<QComboBox *>();
    REQUIRE(combos.size() == 1);
    CHECK(combos[0]->accessibleName().startsWith(QStringLiteral("How to settle conflict 1")));
    CHECK(combos[0]->currentIndex() == 1); // this file's version, until told otherwise

    merge.chooseAll(tablecopies::Choice::Theirs);
    CHECK(combos[0]->currentIndex() == 0);
    auto merged = merge.merge();
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(merge.result().copies.size() == 2);
    for (const Note &n : s.data().notes) {
        if (n.boardId == board1)
            CHECK(n.text == QStringLiteral("At the table"));
    }
    // Merged once: the same copies again are refused, and the dialog says why.
    MergeTableCopiesDialog again(&s, QStringLiteral("Lead facilitator"), copies);
    CHECK(again.problem().contains(QStringLiteral("was merged into this workshop before")));
    CHECK_FALSE(again.canMerge());
}
