// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>
#include <QUuid>

namespace cg::room {

/// The QR code of the room's join link, for the projector: black modules on white with the
/// four-module quiet zone scanners need, each module \a moduleSize pixels. Error correction level
/// M, which still scans off a projector screen photographed at an angle. A null image when the
/// text cannot be encoded (it is longer than a QR code holds).
QImage joinQrImage(const QString &text, int moduleSize = 8);

/// The join link a QR code carries: the room's address with the code, so scanning joins at once.
QString joinLink(const QString &roomUrl, const QString &code);
/// A table note-taker's join link: as joinLink(), asking for the note-taker role for one board, so
/// the tablet that opens it asks the facilitator's approval to post straight onto that board.
QString noteTakerLink(const QString &roomUrl, const QString &code, const QUuid &boardId);

} // namespace cg::room
