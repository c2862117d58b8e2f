// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cg {

class Session;

namespace room {
class RoomService;
}

/// For the documentation's pictures (commonground --demo --room): three phones join and send a
/// few notes to the workshop's first boards through the same calls real phones make, so that the
/// queue beside the board is not empty. Nothing else uses it.
void postSampleNotes(room::RoomService &service, const Session &session);

} // namespace cg
