// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QStringList>

#include <optional>
#include <tuple>
#include <type_traits>
#include <vector>

namespace cg {

/// Every table of the workshop file, described once (see docs/file-format.md, "Adding a column").
///
/// Each entity's Description names its table, its JSON archive array and its columns in the
/// file's order (id first, then the version-1 columns ending with created and modified, then the
/// columns later versions added, as ALTER TABLE puts them), each with the model member it holds,
/// its key in the JSON archive and whether it may be NULL. The store binds and reads rows from it
/// (core/storage/store.cpp), the archive writes and reads the same members under the same keys
/// (core/io/jsonarchive.cpp), the merge takes its list of tables from it, and a test compares it
/// with the schema of a freshly created file, so that the description and the migrations in
/// core/storage/schema*.cpp can never drift apart. Adding a column is then one line here and a
/// migration.
namespace tables {

enum class SqlType { Text, Integer, Real, Blob };

enum ColumnFlag : unsigned {
    Nullable = 0,
    NotNull = 1,
    /// The archive refuses a row without it (id, created, modified).
    Required = 2,
};

/// One column of an entity's table: its name in the file, the member of the model struct it
/// holds, its key in the JSON archive (nullptr when the archive does not carry it, e.g. a size
/// derived from the bytes) and the table its value refers to, if any.
template<class C, class M> struct Column
{
    using Member = M;
    const char *name;
    M C::*member;
    const char *json;
    unsigned flags;
    const char *references;
};

/// A member the archive carries that is not a column of the entity's own table: a list kept in a
/// membership table (a group's members), or a photo's bytes.
template<class C, class M> struct ArchiveField
{
    using Member = M;
    const char *json;
    M C::*member;
};

template<class C, class M>
constexpr Column<C, M> col(const char *name, M C::*member, const char *json, unsigned flags = NotNull,
    const char *references = nullptr)
{
    return { name, member, json, flags, references };
}
/// A column that may be NULL ("no date", "nobody").
template<class C, class M>
constexpr Column<C, M> opt(const char *name, M C::*member, const char *json, const char *references = nullptr)
{
    return { name, member, json, Nullable, references };
}
template<class C, class M> constexpr ArchiveField<C, M> extra(const char *json, M C::*member)
{
    return { json, member };
}

constexpr auto idColumn = col("id", &Record::id, "id", NotNull | Required);
constexpr auto createdColumn = col("created", &Record::created, "created", NotNull | Required);
constexpr auto modifiedColumn = col("modified", &Record::modified, "modified", NotNull | Required);

template<class T> struct Description;

template<> struct Description<Workshop>
{
    static constexpr const char *table = "workshop";
    static constexpr const char *archiveKey = "workshop";
    static constexpr bool merged = false; // a table's laptop must not move the lead's day
    static constexpr auto columns = std::make_tuple(idColumn, col("title", &Workshop::title, "title"),
        opt("date", &Workshop::date, "date"), opt("start_time", &Workshop::startTime, "startTime"),
        col("venue", &Workshop::venue, "venue"), col("purpose", &Workshop::purpose, "purpose"),
        col("facilitators", &Workshop::facilitators, "facilitators"),
        col("info_sheet_version", &Workshop::infoSheetVersion, "infoSheetVersion"),
        col("currency", &Workshop::currency, "currency"),
        col("default_rate_minor", &Workshop::defaultRateMinor, "defaultRateMinor"),
        opt("retention_date", &Workshop::retentionDate, "retentionDate"), createdColumn, modifiedColumn,
        opt("end_time", &Workshop::endTime, "endTime"));
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<Participant>
{
    static constexpr const char *table = "participant";
    static constexpr const char *archiveKey = "participants";
    static constexpr bool merged = true;
    static constexpr auto columns
        = std::make_tuple(idColumn, col("display_name", &Participant::displayName, "displayName"),
            col("pseudonym", &Participant::pseudonym, "pseudonym"), col("role", &Participant::role, "role"),
            col("organisation", &Participant::organisation, "organisation"),
            col("email", &Participant::email, "email"), col("phone", &Participant::phone, "phone"),
            col("access_needs", &Participant::accessNeeds, "accessNeeds"),
            col("access_notes", &Participant::accessNotes, "accessNotes"),
            col("attendance", &Participant::attendance, "attendance"),
            col("notes", &Participant::notes, "notes"), createdColumn, modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<ConsentEvent>
{
    static constexpr const char *table = "consent_event";
    static constexpr const char *archiveKey = "consentEvents";
    static constexpr bool merged = true;
    static constexpr auto columns = std::make_tuple(idColumn,
        col("participant_id", &ConsentEvent::participantId, "participantId", NotNull, "participant"),
        col("scope", &ConsentEvent::scope, "scope"), col("decision", &ConsentEvent::decision, "decision"),
        col("method", &ConsentEvent::method, "method"),
        col("recorded_by", &ConsentEvent::recordedBy, "recordedBy"),
        col("recorded_at", &ConsentEvent::recordedAt, "recordedAt"),
        col("info_sheet_version", &ConsentEvent::infoSheetVersion, "infoSheetVersion"), createdColumn,
        modifiedColumn, col("sequence", &ConsentEvent::sequence, "sequence"));
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<Group>
{
    static constexpr const char *table = "breakout_group";
    static constexpr const char *archiveKey = "groups";
    static constexpr bool merged = true;
    static constexpr auto columns = std::make_tuple(idColumn, col("name", &Group::name, "name"),
        col("location", &Group::location, "location"),
        opt("facilitator_id", &Group::facilitatorId, "facilitatorId", "participant"),
        col("position", &Group::position, "position"), createdColumn, modifiedColumn,
        col("step_free", &Group::stepFree, "stepFree"),
        col("hearing_loop", &Group::hearingLoop, "hearingLoop"),
        col("quiet_space", &Group::quietSpace, "quietSpace"));
    // In group_member (with its "locked" flag).
    static constexpr auto archiveOnly
        = std::make_tuple(extra("memberIds", &Group::memberIds), extra("lockedIds", &Group::lockedIds));
};

template<> struct Description<AgendaItem>
{
    static constexpr const char *table = "agenda_item";
    static constexpr const char *archiveKey = "agendaItems";
    static constexpr bool merged = false; // the lead's clock runs the day
    static constexpr auto columns = std::make_tuple(idColumn, col("title", &AgendaItem::title, "title"),
        col("kind", &AgendaItem::kind, "kind"),
        col("planned_minutes", &AgendaItem::plannedMinutes, "plannedMinutes"),
        col("position", &AgendaItem::position, "position"), col("prompt", &AgendaItem::prompt, "prompt"),
        col("instructions", &AgendaItem::instructions, "instructions"),
        opt("actual_start", &AgendaItem::actualStart, "actualStart"),
        opt("actual_end", &AgendaItem::actualEnd, "actualEnd"), createdColumn, modifiedColumn,
        col("extra_minutes", &AgendaItem::extraMinutes, "extraMinutes"),
        col("paused_seconds", &AgendaItem::pausedSeconds, "pausedSeconds"),
        opt("paused_at", &AgendaItem::pausedAt, "pausedAt"), col("skipped", &AgendaItem::skipped, "skipped"));
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<Board>
{
    static constexpr const char *table = "board";
    static constexpr const char *archiveKey = "boards";
    static constexpr bool merged = true;
    static constexpr auto columns = std::make_tuple(idColumn, col("title", &Board::title, "title"),
        col("kind", &Board::kind, "kind"), opt("group_id", &Board::groupId, "groupId", "breakout_group"),
        opt("agenda_item_id", &Board::agendaItemId, "agendaItemId", "agenda_item"),
        col("prompt", &Board::prompt, "prompt"), col("position", &Board::position, "position"), createdColumn,
        modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<Theme>
{
    static constexpr const char *table = "theme";
    static constexpr const char *archiveKey = "themes";
    static constexpr bool merged = true;
    static constexpr auto columns
        = std::make_tuple(idColumn, opt("board_id", &Theme::boardId, "boardId", "board"),
            col("name", &Theme::name, "name"), col("colour", &Theme::colour, "colour"),
            col("x", &Theme::x, "x"), col("y", &Theme::y, "y"), col("width", &Theme::width, "width"),
            col("height", &Theme::height, "height"), createdColumn, modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple(extra("noteIds", &Theme::noteIds)); // theme_note
};

template<> struct Description<Note>
{
    static constexpr const char *table = "note";
    static constexpr const char *archiveKey = "notes";
    static constexpr bool merged = true;
    static constexpr auto columns = std::make_tuple(idColumn,
        col("board_id", &Note::boardId, "boardId", NotNull, "board"), col("text", &Note::text, "text"),
        col("colour", &Note::colour, "colour"), col("author_kind", &Note::authorKind, "authorKind"),
        opt("author_id", &Note::authorId, "authorId", "participant"), col("x", &Note::x, "x"),
        col("y", &Note::y, "y"), col("width", &Note::width, "width"), col("height", &Note::height, "height"),
        opt("theme_id", &Note::themeId, "themeId", "theme"), col("verbatim", &Note::verbatim, "verbatim"),
        col("sensitive", &Note::sensitive, "sensitive"), col("released", &Note::released, "released"),
        col("anonymised", &Note::anonymised, "anonymised"), createdColumn, modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<Vote>
{
    static constexpr const char *table = "vote";
    static constexpr const char *archiveKey = "votes";
    static constexpr bool merged = true;
    static constexpr auto columns = std::make_tuple(idColumn, opt("note_id", &Vote::noteId, "noteId", "note"),
        opt("theme_id", &Vote::themeId, "themeId", "theme"),
        opt("participant_id", &Vote::participantId, "participantId", "participant"),
        col("count", &Vote::count, "count"), col("on_paper", &Vote::onPaper, "onPaper"), createdColumn,
        modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<Action>
{
    static constexpr const char *table = "action";
    static constexpr const char *archiveKey = "actions";
    static constexpr bool merged = true;
    static constexpr auto columns = std::make_tuple(idColumn, col("text", &Action::text, "text"),
        opt("owner_id", &Action::ownerId, "ownerId", "participant"),
        col("owner_name", &Action::ownerName, "ownerName"), opt("due_date", &Action::dueDate, "dueDate"),
        col("status", &Action::status, "status"), opt("theme_id", &Action::themeId, "themeId", "theme"),
        createdColumn, modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple(extra("noteIds", &Action::noteIds)); // action_note
};

template<> struct Description<Attachment>
{
    static constexpr const char *table = "attachment";
    static constexpr const char *archiveKey = "attachments";
    static constexpr bool merged = true;
    // Version 2 moved the bytes to attachment_data; byte_size is their size, so the archive,
    // which carries the bytes, does not carry it.
    static constexpr auto columns = std::make_tuple(idColumn,
        opt("board_id", &Attachment::boardId, "boardId", "board"),
        col("file_name", &Attachment::fileName, "fileName"),
        col("mime_type", &Attachment::mimeType, "mimeType"), col("caption", &Attachment::caption, "caption"),
        createdColumn, modifiedColumn, col("byte_size", &Attachment::byteSize, nullptr),
        col("width", &Attachment::width, "width"), col("height", &Attachment::height, "height"),
        col("original_width", &Attachment::originalWidth, "originalWidth"),
        col("original_height", &Attachment::originalHeight, "originalHeight"));
    static constexpr auto archiveOnly = std::make_tuple(extra("data", &Attachment::data),
        extra("peopleShown", &Attachment::peopleShown)); // attachment_data, _person
};

template<> struct Description<Feedback>
{
    static constexpr const char *table = "feedback";
    static constexpr const char *archiveKey = "feedback";
    static constexpr bool merged = true;
    static constexpr auto columns = std::make_tuple(idColumn,
        col("question", &Feedback::question, "question"), col("answer", &Feedback::answer, "answer"),
        opt("participant_id", &Feedback::participantId, "participantId", "participant"), createdColumn,
        modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<Payment>
{
    static constexpr const char *table = "payment";
    static constexpr const char *archiveKey = "payments";
    static constexpr bool merged = false; // payments never go to a table
    // fee_minor, a generated column for other tools, is never written and not described.
    static constexpr auto columns = std::make_tuple(idColumn,
        col("participant_id", &Payment::participantId, "participantId", NotNull, "participant"),
        col("hours_session", &Payment::hoursSession, "hoursSession"),
        col("hours_preparation", &Payment::hoursPreparation, "hoursPreparation"),
        col("hours_travel", &Payment::hoursTravel, "hoursTravel"),
        col("rate_minor", &Payment::rateMinor, "rateMinor"), col("method", &Payment::method, "method"),
        col("may_affect_benefits", &Payment::mayAffectBenefits, "mayAffectBenefits"),
        col("benefits_note", &Payment::benefitsNote, "benefitsNote"),
        col("expenses_travel_minor", &Payment::expensesTravelMinor, "expensesTravelMinor"),
        col("expenses_carer_minor", &Payment::expensesCarerMinor, "expensesCarerMinor"),
        col("expenses_other_minor", &Payment::expensesOtherMinor, "expensesOtherMinor"),
        col("status", &Payment::status, "status"), opt("paid_date", &Payment::paidDate, "paidDate"),
        createdColumn, modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<AuditEvent>
{
    static constexpr const char *table = "audit_event";
    static constexpr const char *archiveKey = "auditEvents";
    static constexpr bool merged = true;
    // participant_id refers to nobody in the file's terms: a purge may remove the person the
    // event was about, and the trail stays.
    static constexpr auto columns = std::make_tuple(idColumn, col("at", &AuditEvent::at, "at"),
        col("kind", &AuditEvent::kind, "kind"), col("summary", &AuditEvent::summary, "summary"),
        col("actor", &AuditEvent::actor, "actor"),
        opt("participant_id", &AuditEvent::participantId, "participantId"), createdColumn, modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

template<> struct Description<SeatingRule>
{
    static constexpr const char *table = "seating_rule";
    static constexpr const char *archiveKey = "seatingRules";
    static constexpr bool merged = false; // seating rules never go to a table
    static constexpr auto columns = std::make_tuple(idColumn, col("kind", &SeatingRule::kind, "kind"),
        col("first_id", &SeatingRule::firstId, "firstId", NotNull, "participant"),
        col("second_id", &SeatingRule::secondId, "secondId", NotNull, "participant"), createdColumn,
        modifiedColumn);
    static constexpr auto archiveOnly = std::make_tuple();
};

/// The entities with a table of rows (all but the workshop), in foreign-key order (Entity's).
using RowTypes = std::tuple<Participant, ConsentEvent, Group, AgendaItem, Board, Theme, Note, Vote, Action,
    Attachment, Feedback, Payment, AuditEvent, SeatingRule>;

/// Calls \a fn(std::type_identity<T>()) for every entity with a table of rows, in foreign-key
/// order.
template<class Fn> void forEachRowType(Fn &&fn)
{
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        (fn(std::type_identity<std::tuple_element_t<I, RowTypes>>()), ...);
    }
    (std::make_index_sequence<std::tuple_size_v<RowTypes>>());
}

/// As forEachRowType, stopping at the first \a fn that returns a failed Result.
template<class R, class Fn> R forEachRowTypeUntilFailed(Fn &&fn)
{
    R result {};
    forEachRowType([&](auto type) {
        if (result)
            result = fn(type);
    });
    return result;
}

/// Calls \a fn(column, index) for every column of \a T's table, in the file's order.
template<class T, class Fn> void forEachColumn(Fn &&fn)
{
    std::apply(
        [&](const auto &...column) {
            int index = 0;
            (fn(column, index++), ...);
        },
        Description<T>::columns);
}

/// Calls \a fn(key, member pointer) for every member the archive carries of \a T, columns first.
template<class T, class Fn> void forEachArchiveField(Fn &&fn)
{
    forEachColumn<T>([&](const auto &column, int) {
        if (column.json)
            fn(column.json, column.member, (column.flags & Required) != 0);
    });
    std::apply([&](const auto &...field) { (fn(field.json, field.member, false), ...); },
        Description<T>::archiveOnly);
}

template<class M> constexpr SqlType sqlTypeOf()
{
    if constexpr (std::is_same_v<M, bool> || std::is_same_v<M, int> || std::is_same_v<M, qint64>)
        return SqlType::Integer;
    else if constexpr (std::is_same_v<M, double>)
        return SqlType::Real;
    else if constexpr (std::is_same_v<M, QByteArray>)
        return SqlType::Blob;
    else
        return SqlType::Text; // text, ids, enumeration keys, dates and times, joined lists
}

// ---- The same description without the model's types: for lists, merging and the schema test ----

/// One column as the file holds it.
struct ColumnInfo
{
    const char *name;
    SqlType type;
    bool notNull;
    const char *references; // the table whose id it holds, or nullptr
};

/// One table of the file.
struct TableInfo
{
    const char *name;
    std::optional<Entity> entity; // nullopt for a table that belongs to another's rows
    const char *owner; // that other table (group_member belongs to breakout_group)
    const char *archiveKey; // the JSON archive's array (or object), nullptr when carried by the owner
    std::vector<ColumnInfo> columns;
    QStringList primaryKey;
    bool merged; // a merge of table copies brings its rows back
};

/// Every table that holds the workshop's content, in foreign-key order (each after the tables it
/// refers to); a table that belongs to another's rows comes after both of the tables it joins.
const std::vector<TableInfo> &all();
/// The table of \a entity.
const TableInfo &of(Entity entity);
/// The entity \a table holds, nullopt for a membership table or an unknown name.
std::optional<Entity> entityOfTable(const QString &table);
/// The names of the tables a merge of table copies brings back, in foreign-key order.
QStringList mergedTables();
/// Tables that belong to another's rows (memberships, a photo's bytes), in foreign-key order.
QStringList ownedTables();
/// The file's own bookkeeping, which holds none of the workshop's content (which copies were
/// made from or merged into this file); every other table of the file is described above.
QStringList bookkeepingTables();

} // namespace tables
} // namespace cg
