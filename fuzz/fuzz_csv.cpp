// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a sign-up list: the participants CSV import reads them with the columns
// recognised from the header, or with a column mapping chosen by the facilitator (taken from the
// first bytes of the input), and must report problems, never crash.
#include "io/participantcsv.h"
#include "io/signupcolumns.h"
#include "model/workshopdata.h"

#include <cstdint>

using namespace cg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 256 * 1024)
        return -1;
    static const std::vector<io::ColumnUse> uses = io::allColumnUses();
    static WorkshopData workshop = [] {
        WorkshopData data;
        Participant known;
        known.id = QUuid::createUuid();
        known.displayName = QStringLiteral("Siobhán O'Neill");
        data.participants.insert(known);
        return data;
    }();
    io::ParticipantCsvOptions options;
    options.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    options.recordedBy = QStringLiteral("Fuzz");
    size_t at = 0;
    if (size > 0 && (bytes[0] & 1)) {
        // A mapping of up to 31 columns, which need not match the header's count.
        const size_t count = (bytes[0] >> 1) & 31;
        options.keepCancelled = bytes[0] & 0x40;
        at = 1;
        std::vector<io::ColumnUse> chosen;
        for (; chosen.size() < count && at < size; ++at)
            chosen.push_back(uses[bytes[at] % uses.size()]);
        options.columns = std::move(chosen);
    }
    const QByteArray csv(reinterpret_cast<const char *>(bytes + at), qsizetype(size - at));
    const io::ParticipantCsv parsed = io::parseParticipantsCsv(csv, workshop, options);
    (void)parsed.ok();
    return 0;
}
