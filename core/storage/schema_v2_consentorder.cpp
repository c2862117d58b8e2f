// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// Consent decisions in the order they were recorded, not by the clock: "latest" used to mean the
/// latest recorded_at, so a laptop clock set back (or a merge of table laptops) could let an old
/// grant beat a later withdrawal. Each event gets a sequence; existing ones in the order they
/// were recorded (ties in the order they were written). The append-only update trigger is lifted
/// for this one numbering and put back, as it was, in the same transaction.
const char *v2ConsentOrderSql()
{
    return R"SQL(
DROP TRIGGER consent_event_append_only_update;
ALTER TABLE consent_event ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
UPDATE consent_event SET sequence = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY recorded_at, rowid) AS n FROM consent_event) AS numbered
WHERE numbered.id = consent_event.id;
CREATE TRIGGER consent_event_append_only_update BEFORE UPDATE ON consent_event
BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new decision instead'); END;
CREATE INDEX consent_event_by_sequence ON consent_event(participant_id, scope, sequence);
)SQL";
}

} // namespace cg::schema
