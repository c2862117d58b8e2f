// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace cg::schema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::schema", text);
}

// Foreign keys are NO ACTION (checked at the end of each statement) on purpose: commands delete
// dependent rows themselves, so that undo can put them back and memory always equals the file.
// A command that forgot a dependent row fails loudly instead of being silently "fixed" by a
// cascade. Only the membership tables, which belong to their parent row, cascade.
const char kVersion1[] = R"SQL(
CREATE TABLE workshop (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    start_time TEXT,
    venue TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    facilitators TEXT NOT NULL DEFAULT '',
    info_sheet_version TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'GBP',
    default_rate_minor INTEGER NOT NULL DEFAULT 0 CHECK (default_rate_minor >= 0),
    retention_date TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TRIGGER workshop_single_row BEFORE INSERT ON workshop
WHEN (SELECT count(*) FROM workshop) > 0
BEGIN SELECT RAISE(ABORT, 'a workshop file holds exactly one workshop'); END;

CREATE TABLE participant (
    id TEXT PRIMARY KEY NOT NULL,
    display_name TEXT NOT NULL,
    pseudonym TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('lived_experience','peer_worker','practitioner','researcher',
                                       'commissioner','facilitator','other')),
    organisation TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    access_needs TEXT NOT NULL DEFAULT '',
    access_notes TEXT NOT NULL DEFAULT '',
    attendance TEXT NOT NULL CHECK (attendance IN ('invited','confirmed','arrived','stepped_out','left','no_show')),
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

-- Rows exist here only inside a purge transaction (retention date reached): the one time
-- consent history may be deleted.
CREATE TABLE purge_authorisation (reason TEXT NOT NULL);

CREATE TABLE consent_event (
    id TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participant(id),
    scope TEXT NOT NULL CHECK (scope IN ('take_part','be_named','be_quoted','be_photographed','be_recorded',
                                         'contact_later')),
    decision TEXT NOT NULL CHECK (decision IN ('granted','refused','withdrawn')),
    method TEXT NOT NULL CHECK (method IN ('verbal','written_form','digital')),
    recorded_by TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    info_sheet_version TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX consent_event_by_participant ON consent_event(participant_id, scope, recorded_at);
CREATE TRIGGER consent_event_append_only_update BEFORE UPDATE ON consent_event
BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new decision instead'); END;
CREATE TRIGGER consent_event_append_only_delete BEFORE DELETE ON consent_event
WHEN NOT EXISTS (SELECT 1 FROM purge_authorisation)
BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new decision instead'); END;

CREATE TABLE breakout_group (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    facilitator_id TEXT REFERENCES participant(id),
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE group_member (
    group_id TEXT NOT NULL REFERENCES breakout_group(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participant(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX group_member_by_participant ON group_member(participant_id);

CREATE TABLE agenda_item (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('plenary','breakout','break','feedback','other')),
    planned_minutes INTEGER NOT NULL CHECK (planned_minutes >= 0),
    position INTEGER NOT NULL DEFAULT 0,
    prompt TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL DEFAULT '',
    actual_start TEXT,
    actual_end TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

CREATE TABLE board (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('breakout','plenary','parking_lot','feedback')),
    group_id TEXT REFERENCES breakout_group(id),
    agenda_item_id TEXT REFERENCES agenda_item(id),
    prompt TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

CREATE TABLE theme (
    id TEXT PRIMARY KEY NOT NULL,
    board_id TEXT REFERENCES board(id),
    name TEXT NOT NULL,
    colour TEXT NOT NULL,
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0,
    width REAL NOT NULL DEFAULT 0,
    height REAL NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX theme_by_board ON theme(board_id);

CREATE TABLE note (
    id TEXT PRIMARY KEY NOT NULL,
    board_id TEXT NOT NULL REFERENCES board(id),
    text TEXT NOT NULL,
    colour TEXT NOT NULL CHECK (colour IN ('yellow','blue','orange','green','pink','purple')),
    author_kind TEXT NOT NULL CHECK (author_kind IN ('anonymous','participant','facilitator')),
    author_id TEXT REFERENCES participant(id),
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    theme_id TEXT REFERENCES theme(id),
    verbatim INTEGER NOT NULL DEFAULT 0 CHECK (verbatim IN (0, 1)),
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1)),
    anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1)),
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    CHECK (author_kind <> 'anonymous' OR author_id IS NULL),
    CHECK (author_kind <> 'participant' OR author_id IS NOT NULL)
);
CREATE INDEX note_by_board ON note(board_id);
CREATE INDEX note_by_author ON note(author_id);
CREATE INDEX note_by_theme ON note(theme_id);

CREATE TABLE vote (
    id TEXT PRIMARY KEY NOT NULL,
    note_id TEXT REFERENCES note(id),
    theme_id TEXT REFERENCES theme(id),
    participant_id TEXT REFERENCES participant(id),
    count INTEGER NOT NULL CHECK (count > 0),
    on_paper INTEGER NOT NULL DEFAULT 0 CHECK (on_paper IN (0, 1)),
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    CHECK ((note_id IS NULL) <> (theme_id IS NULL))
);
CREATE INDEX vote_by_note ON vote(note_id);
CREATE INDEX vote_by_theme ON vote(theme_id);
CREATE INDEX vote_by_participant ON vote(participant_id);

CREATE TABLE action (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    owner_id TEXT REFERENCES participant(id),
    owner_name TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('open','in_progress','done')),
    theme_id TEXT REFERENCES theme(id),
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE action_note (
    action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES note(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (action_id, note_id)
) WITHOUT ROWID;
CREATE INDEX action_note_by_note ON action_note(note_id);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    board_id TEXT REFERENCES board(id),
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    data BLOB NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE attachment_person (
    attachment_id TEXT NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participant(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (attachment_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX attachment_person_by_participant ON attachment_person(participant_id);

CREATE TABLE feedback (
    id TEXT PRIMARY KEY NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    participant_id TEXT REFERENCES participant(id),
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX feedback_by_participant ON feedback(participant_id);

CREATE TABLE payment (
    id TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT NOT NULL UNIQUE REFERENCES participant(id),
    hours_session REAL NOT NULL DEFAULT 0 CHECK (hours_session >= 0),
    hours_preparation REAL NOT NULL DEFAULT 0 CHECK (hours_preparation >= 0),
    hours_travel REAL NOT NULL DEFAULT 0 CHECK (hours_travel >= 0),
    rate_minor INTEGER NOT NULL DEFAULT 0 CHECK (rate_minor >= 0),
    method TEXT NOT NULL CHECK (method IN ('bank_transfer','voucher','cash','declined')),
    may_affect_benefits INTEGER NOT NULL DEFAULT 0 CHECK (may_affect_benefits IN (0, 1)),
    benefits_note TEXT NOT NULL DEFAULT '',
    expenses_travel_minor INTEGER NOT NULL DEFAULT 0 CHECK (expenses_travel_minor >= 0),
    expenses_carer_minor INTEGER NOT NULL DEFAULT 0 CHECK (expenses_carer_minor >= 0),
    expenses_other_minor INTEGER NOT NULL DEFAULT 0 CHECK (expenses_other_minor >= 0),
    status TEXT NOT NULL CHECK (status IN ('owed','paid')),
    paid_date TEXT,
    -- Derived, for anyone reading the file with another SQLite tool. Never written.
    fee_minor INTEGER GENERATED ALWAYS AS (
        CASE method WHEN 'declined' THEN 0
        ELSE CAST(round((hours_session + hours_preparation + hours_travel) * rate_minor) AS INTEGER) END) VIRTUAL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

CREATE TABLE audit_event (
    id TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    participant_id TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
WHEN NOT EXISTS (SELECT 1 FROM purge_authorisation)
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)SQL";

} // namespace

const char *version1Sql()
{
    return kVersion1;
}

namespace {

Result<void> applyVersion2(Database &db)
{
    for (const Part &part : version2Parts()) {
        if (auto applied = db.exec(QString::fromUtf8(part.sql)); !applied)
            return fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(part.name), applied.message()));
    }
    return {};
}

const Migration kMigrations[] = {
    {2, applyVersion2},
};

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

Result<void> create(Database &db)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (auto made = db.exec(QString::fromUtf8(kVersion1)); !made)
        return made;
    for (const Migration &step : migrations()) {
        if (auto applied = step.apply(db); !applied)
            return applied;
    }
    if (auto stamped = db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                   .arg(applicationId)
                                   .arg(currentVersion));
        !stamped)
        return stamped;
    return tx.commit();
}

Result<QStringList> actual(Database &db)
{
    auto stmt = db.prepareUncached(QStringLiteral(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name, type"));
    if (!stmt)
        return stmt.error();
    QStringList lines;
    while (stmt->next())
        lines << stmt->text(0) + QLatin1Char(' ') + stmt->text(1) + QStringLiteral(": ") + stmt->text(2);
    if (stmt->error())
        return *stmt->error();
    return lines;
}

QStringList expected(int version)
{
    static QHash<int, QStringList> cache;
    if (auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    QStringList lines;
    if (version >= 1 && version <= currentVersion) {
        auto db = Database::open(QStringLiteral(":memory:"), Database::Access::Create);
        if (db && (*db)->exec(QString::fromUtf8(kVersion1))) {
            bool ok = true;
            for (const Migration &step : migrations()) {
                if (step.toVersion <= version && !step.apply(**db)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                if (auto got = actual(**db))
                    lines = *got;
            }
        }
    }
    cache.insert(version, lines);
    return lines;
}

Result<void> migrate(Database &db, std::span<const Migration> steps, int target)
{
    auto version = db.queryInteger(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    int current = int(*version);
    while (current < target) {
        const Migration *step = nullptr;
        for (const Migration &m : steps) {
            if (m.toVersion == current + 1)
                step = &m;
        }
        if (!step)
            return fail(tr("There is no way to upgrade this workshop file from version %1.").arg(current));
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        if (auto applied = step->apply(db); !applied)
            return fail(tr("Upgrading the workshop file to version %1 failed: %2")
                            .arg(step->toVersion)
                            .arg(applied.message()));
        if (auto bumped = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step->toVersion)); !bumped)
            return bumped;
        if (auto committed = tx.commit(); !committed)
            return committed;
        current = step->toVersion;
    }
    return {};
}

} // namespace cg::schema
