// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace cg::test {

/// Runs the edit loop (editloop.cpp) on the workshop at \a path \a kills times, killing it with
/// SIGKILL at a random moment (seeded by \a seed, so a failure can be replayed); \a extraArgs go
/// after the path and run number. After each kill the file must pass `check` and \a afterKill
/// (if given) is called; at the end every note the loop reported as added is in the file and
/// every one it reported as edited carries the edit.
void killTrials(const QString &path, const QStringList &extraArgs, quint32 seed, int kills,
    const std::function<void()> &afterKill = {});

} // namespace cg::test
