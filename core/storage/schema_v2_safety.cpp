// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
namespace cg::schema {

/// Consent history and the audit trail stay append-only whatever tool writes to the file:
/// - INSERT OR REPLACE used to rewrite an event (its implicit delete fires no DELETE trigger);
///   a BEFORE INSERT trigger now refuses an id that is already there.
/// - Deleting was allowed whenever a row sat in the purge_authorisation table, which anyone with
///   the sqlite3 shell could insert. Deletion now needs cg_purge_authorised(), a function only
///   Common Ground's own connections define (true during a retention purge): anywhere else the
///   delete fails, and dropping the triggers shows in `commonground-cli check`.
const char *v2SafetySql()
{
    return R"SQL(
CREATE TRIGGER consent_event_no_replace BEFORE INSERT ON consent_event
WHEN EXISTS (SELECT 1 FROM consent_event WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new decision instead'); END;
CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
DROP TRIGGER consent_event_append_only_delete;
CREATE TRIGGER consent_event_append_only_delete BEFORE DELETE ON consent_event
WHEN NOT cg_purge_authorised()
BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new decision instead'); END;
DROP TRIGGER audit_event_append_only_delete;
CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
WHEN NOT cg_purge_authorised()
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
DROP TABLE purge_authorisation;
)SQL";
}

} // namespace cg::schema
