// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QPushButton;

namespace cg {

/// File → Restore from Backup…: a workshop's rolling backups, newest first, by when they were
/// taken. The chosen one is opened as a copy under a new name (MainWindow::restoreBackup), never
/// over the workshop itself.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(const QString &workshopTitle, std::vector<backups::Backup> list, QWidget *parent = nullptr);

    /// The backup chosen, or null when none is.
    const backups::Backup *chosen() const;
    QListWidget *listWidget() const { return m_list; }

private:
    std::vector<backups::Backup> m_backups;
    QListWidget *m_list;
    QPushButton *m_open;
};

} // namespace cg
