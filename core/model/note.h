// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/record.h"

#include <QRectF>

namespace cg {

/// A sticky note. The author is a participant, the facilitator or nobody (anonymous).
/// `verbatim` marks a direct quote; `sensitive` marks safeguarding or wellbeing content, which
/// stays out of public outputs unless `released` one by one. `anonymised` marks a note whose
/// author was removed on withdrawal.
struct Note : Record
{
    QUuid boardId;
    QString text;
    NoteColour colour = NoteColour::Yellow;
    AuthorKind authorKind = AuthorKind::Anonymous;
    QUuid authorId; // a participant when authorKind is Participant (or Facilitator, optionally)
    double x = 0;
    double y = 0;
    double width = 180;
    double height = 120;
    QUuid themeId;
    bool verbatim = false;
    bool sensitive = false;
    bool released = false;
    /// Written by a participant who later withdrew and chose to keep their words anonymously.
    /// Such a note was not "entered as anonymous", so as a direct quote it stays out of public
    /// outputs (consent rule 3) while the team keeps it.
    bool anonymised = false;

    QRectF rect() const { return {x, y, width, height}; }
    bool operator==(const Note &) const = default;
};

} // namespace cg
