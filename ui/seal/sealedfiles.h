// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cg {
class Session;
}

namespace cg::sealui {

/// What the main window gives the sealed-file steps: where dialogs start, and how to tell the
/// facilitator about success (status bar) and failure (error banner).
struct Feedback
{
    QString folder;
    std::function<void(const QString &)> status;
    std::function<void(const QString &)> error;
};

/// True when \a path is a sealed hand-over file (by its first bytes, whatever its name).
bool isSealedFile(const QString &path);

/// File → Hand Over Securely…: the dialog, then sealing (busy cursor) and the audit record.
void handOver(QWidget *parent, Session &session, const Feedback &feedback);

/// Opens the sealed file at \a path: asks its passphrase, opens it, asks where to save what it
/// holds (never over an existing file). Returns the path of the saved workshop for the caller to
/// open, or empty (cancelled, failed, or it held an export, which is saved and reported).
QString openSealed(QWidget *parent, const QString &path, const Feedback &feedback);

} // namespace cg::sealui
