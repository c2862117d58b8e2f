// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>
#include <QImage>
#include <QUuid>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace cg {

/// One table's note-taker join: the board, its link and the QR code of the link.
struct NoteTakerJoin
{
    QUuid boardId;
    QString title;
    QString link;
};

/// Room Mode → Note-Taker Links…: each board's note-taker join link and QR code, to show a
/// table's tablet (scan it off the screen), copy, or save as one printable sheet with a card per
/// table. A tablet that opens the link asks to be that table's note-taker; the facilitator still
/// approves it in the Devices list.
class NoteTakerLinksDialog : public QDialog
{
    Q_OBJECT

public:
    NoteTakerLinksDialog(std::vector<NoteTakerJoin> joins, QWidget *parent = nullptr);

    QListWidget *boards() const { return m_boards; }
    QString currentLink() const;
    /// The sheet to print: a card per table (its name, QR code and link), A4 at 150 dpi.
    QImage sheet() const;
    /// Writes sheet() as PNG to \a path, atomically.
    Result<void> saveSheet(const QString &path) const;

private:
    void showCurrent();

    std::vector<NoteTakerJoin> m_joins;
    QListWidget *m_boards = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_link = nullptr;
};

} // namespace cg
