// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsdialog.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace cg;

namespace {

QPushButton *openButton(const BackupsDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Copy")))
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the backups dialog lists them in the order given, newest first, and offers the chosen one",
    "[backups]")
{
    const QDateTime newer(QDate(2026, 12, 1), QTime(16, 40, 12));
    const QDateTime older(QDate(2026, 11, 30), QTime(9, 5, 0));
    BackupsDialog dialog(QStringLiteral("Getting there <b>& back</b>"),
        { { QStringLiteral("/tmp/a.cgw"), newer, 11'400'000 }, { QStringLiteral("/tmp/b.cgw"), older, 2048 } });
    QListWidget *list = dialog.listWidget();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("16:40:12")));
    CHECK(list->item(1)->text().contains(QStringLiteral("09:05:00")));
    CHECK(list->item(0)->data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Backup taken")));
    CHECK(list->currentRow() == 0);
    REQUIRE(dialog.chosen() != nullptr);
    CHECK(dialog.chosen()->path == QStringLiteral("/tmp/a.cgw"));
    list->setCurrentRow(1);
    CHECK(dialog.chosen()->path == QStringLiteral("/tmp/b.cgw"));
    REQUIRE(openButton(dialog) != nullptr);
    CHECK(openButton(dialog)->isEnabled());
    // The title is shown as text, never as markup.
    const auto labels = dialog.findChildren<QLabel *>();
    REQUIRE_FALSE(labels.isEmpty());
    CHECK(labels.front()->textFormat() == Qt::PlainText);
    CHECK(labels.front()->text().contains(QStringLiteral("<b>& back</b>")));
}

TEST_CASE("with no backups the dialog says when one will be taken and offers nothing", "[backups]")
{
    BackupsDialog dialog(QStringLiteral("New workshop"), {});
    CHECK(dialog.listWidget()->count() == 0);
    CHECK(dialog.chosen() == nullptr);
    REQUIRE(openButton(dialog) != nullptr);
    CHECK_FALSE(openButton(dialog)->isEnabled());
    const auto labels = dialog.findChildren<QLabel *>();
    REQUIRE_FALSE(labels.isEmpty());
    CHECK(labels.front()->text().contains(QStringLiteral("no backups")));
}
