// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "export/reportaudit.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <vector>

namespace cg {

class Session;

/// Pictures of one board for either audience (PNG or SVG), drawn by the same painting code as
/// the canvas and the presenter (BoardRenderer), so a picture shows exactly what the room saw,
/// filtered by ConsentPolicy: in public, notes the rules withhold are not drawn at all.
namespace boardpicture {

struct Format
{
    QString key;       ///< "png" or "svg"
    QString title;     ///< "Board picture (PNG)"
    QString extension;
};

/// The picture formats, in the order they are offered.
const std::vector<Format> &formats();
const Format *findFormat(QStringView key);

/// The picture's bytes. Needs a QGuiApplication (fonts); the command line starts one offscreen.
Result<QByteArray> render(Session &session, const QUuid &boardId, Audience audience, QStringView formatKey);

/// What the audit trail records for a board picture: counts only.
ExportRecord exportRecord(Session &session, const QUuid &boardId, Audience audience, QStringView formatKey);

} // namespace boardpicture
} // namespace cg
