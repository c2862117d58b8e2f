// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platform.h"
#include "storage/filelocation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("a workshop in a sync service's folder is told apart by the folders on its way", "[filelocation]")
{
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/Dropbox/workshops/day.cgw")) == QStringLiteral("Dropbox"));
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/OneDrive/day.cgw")) == QStringLiteral("OneDrive"));
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/OneDrive - Northfield NHS Trust/Co-pro/day.cgw"))
        == QStringLiteral("OneDrive"));
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/Google Drive/day.cgw")) == QStringLiteral("Google Drive"));
    CHECK(filelocation::syncService(QStringLiteral("/run/user/1000/gvfs/google-drive:host=example.org,user=sam/x/day.cgw"))
        == QStringLiteral("Google Drive"));
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/dropbox/day.cgw")) == QStringLiteral("Dropbox"));
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/Nextcloud/Workshops/day.cgw")) == QStringLiteral("Nextcloud"));
    // Only folders count, and only whole names: a file or a folder merely mentioning a service is not in it.
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/Documents/dropbox-notes.cgw")).isEmpty());
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/Documents/Dropboxes/day.cgw")).isEmpty());
    CHECK(filelocation::syncService(QStringLiteral("/home/sam/Documents/Workshops/day.cgw")).isEmpty());
}

TEST_CASE("the warning for a risky place says why and what to do instead", "[filelocation]")
{
    test::TempDir dir;
    const QString synced = dir.path(QStringLiteral("OneDrive - Care Trust/day.cgw"));
    const QString risk = filelocation::risk(synced);
    CHECK(risk.contains(QStringLiteral("OneDrive")));
    CHECK(risk.contains(QStringLiteral("conflicting copies")));
    CHECK(risk.contains(QStringLiteral("Hand Over Securely")));
    // A folder on this computer (the test's own, on a local disk) gets no warning at all.
    CHECK(platform::networkFileSystem(dir.path(QStringLiteral("day.cgw"))).isEmpty());
    CHECK(filelocation::risk(dir.path(QStringLiteral("day.cgw"))).isEmpty());
    CHECK(filelocation::risk(dir.path(QStringLiteral("not/made/yet/day.cgw"))).isEmpty());
}
