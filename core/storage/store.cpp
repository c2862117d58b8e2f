// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>
#include <type_traits>

namespace cg::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::store", text);
}

/// An enumeration column. An unknown key (a newer build's value, or damage) is never mapped to
/// another value: it marks the row unreadable and the file is refused.
template<class E>
E readEnum(const Statement &s, int column, E fallback)
{
    const auto value = enumFromString<E>(s.text(column));
    if (!value)
        s.markUnreadable(column);
    return value.value_or(fallback);
}

/// A clock time "HH:MM", or NULL.
QTime readClockTime(const Statement &s, int column)
{
    if (s.isNull(column))
        return {};
    const QTime value = parseClockTime(s.text(column));
    if (!value.isValid())
        s.markUnreadable(column);
    return value;
}

QString joinAccessNeeds(const QList<AccessNeed> &needs)
{
    QStringList keys;
    for (AccessNeed need : needs)
        keys << enumKey(need);
    return keys.join(QLatin1Char(';'));
}

QList<AccessNeed> splitAccessNeeds(const QString &text)
{
    QList<AccessNeed> out;
    for (const QString &key : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (auto need = enumFromString<AccessNeed>(key); need && !out.contains(*need))
            out << *need;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void bindStamps(Statement &s, int first, const Record &r)
{
    s.bind(first, r.created);
    s.bind(first + 1, r.modified);
}

void readStamps(const Statement &s, int first, Record &r)
{
    r.created = s.dateTime(first);
    r.modified = s.dateTime(first + 1);
}

// One Mapping per entity: the table, its columns in order (id first, then the version-1 columns
// ending with created and modified, then columns added by later versions in the order they were
// added, as ALTER TABLE puts them), how to bind a value to them and how to read one back.
// Column i binds to parameter i + 1.
template<class T>
struct Mapping;

template<>
struct Mapping<Workshop>
{
    static constexpr const char *table = "workshop";
    static constexpr const char *columns[] = {"id", "title", "date", "start_time", "venue", "purpose",
                                              "facilitators", "info_sheet_version", "currency",
                                              "default_rate_minor", "retention_date", "created", "modified",
                                              "end_time"};
    static void bind(Statement &s, const Workshop &w)
    {
        s.bind(1, w.id);
        s.bind(2, w.title);
        s.bind(3, w.date);
        if (w.startTime.isValid())
            s.bind(4, w.startTime.toString(QStringLiteral("HH:mm")));
        else
            s.bindNull(4);
        s.bind(5, w.venue);
        s.bind(6, w.purpose);
        s.bind(7, w.facilitators.join(QLatin1Char('\n')));
        s.bind(8, w.infoSheetVersion);
        s.bind(9, w.currency);
        s.bind(10, w.defaultRateMinor);
        s.bind(11, w.retentionDate);
        bindStamps(s, 12, w);
        if (w.endTime.isValid())
            s.bind(14, w.endTime.toString(QStringLiteral("HH:mm")));
        else
            s.bindNull(14);
    }
    static Workshop read(const Statement &s)
    {
        Workshop w;
        w.id = s.uuid(0);
        w.title = s.text(1);
        w.date = s.date(2);
        w.startTime = readClockTime(s, 3);
        w.venue = s.text(4);
        w.purpose = s.text(5);
        const QString facilitators = s.text(6);
        w.facilitators = facilitators.isEmpty() ? QStringList() : facilitators.split(QLatin1Char('\n'));
        w.infoSheetVersion = s.text(7);
        w.currency = s.text(8);
        w.defaultRateMinor = int(s.integer(9));
        w.retentionDate = s.date(10);
        readStamps(s, 11, w);
        w.endTime = readClockTime(s, 13);
        return w;
    }
};

template<>
struct Mapping<Participant>
{
    static constexpr const char *table = "participant";
    static constexpr const char *columns[] = {"id", "display_name", "pseudonym", "role", "organisation", "email",
                                              "phone", "access_needs", "access_notes", "attendance", "notes",
                                              "created", "modified"};
    static void bind(Statement &s, const Participant &p)
    {
        s.bind(1, p.id);
        s.bind(2, p.displayName);
        s.bind(3, p.pseudonym);
        s.bind(4, enumKey(p.role));
        s.bind(5, p.organisation);
        s.bind(6, p.email);
        s.bind(7, p.phone);
        s.bind(8, joinAccessNeeds(p.accessNeeds));
        s.bind(9, p.accessNotes);
        s.bind(10, enumKey(p.attendance));
        s.bind(11, p.notes);
        bindStamps(s, 12, p);
    }
    static Participant read(const Statement &s)
    {
        Participant p;
        p.id = s.uuid(0);
        p.displayName = s.text(1);
        p.pseudonym = s.text(2);
        p.role = readEnum(s, 3, Role::Other);
        p.organisation = s.text(4);
        p.email = s.text(5);
        p.phone = s.text(6);
        p.accessNeeds = splitAccessNeeds(s.text(7));
        p.accessNotes = s.text(8);
        p.attendance = readEnum(s, 9, Attendance::Invited);
        p.notes = s.text(10);
        readStamps(s, 11, p);
        return p;
    }
};

template<>
struct Mapping<ConsentEvent>
{
    static constexpr const char *table = "consent_event";
    static constexpr const char *columns[] = {"id", "participant_id", "scope", "decision", "method", "recorded_by",
                                              "recorded_at", "info_sheet_version", "created", "modified",
                                              "sequence"};
    static void bind(Statement &s, const ConsentEvent &e)
    {
        s.bind(1, e.id);
        s.bind(2, e.participantId);
        s.bind(3, enumKey(e.scope));
        s.bind(4, enumKey(e.decision));
        s.bind(5, enumKey(e.method));
        s.bind(6, e.recordedBy);
        s.bind(7, e.recordedAt);
        s.bind(8, e.infoSheetVersion);
        bindStamps(s, 9, e);
        s.bind(11, e.sequence);
    }
    static ConsentEvent read(const Statement &s)
    {
        ConsentEvent e;
        e.id = s.uuid(0);
        e.participantId = s.uuid(1);
        e.scope = readEnum(s, 2, ConsentScope::TakePart);
        e.decision = readEnum(s, 3, ConsentDecision::Refused);
        e.method = readEnum(s, 4, ConsentMethod::Verbal);
        e.recordedBy = s.text(5);
        e.recordedAt = s.dateTime(6);
        e.infoSheetVersion = s.text(7);
        readStamps(s, 8, e);
        e.sequence = s.integer(10);
        return e;
    }
};

template<>
struct Mapping<Group>
{
    static constexpr const char *table = "breakout_group";
    static constexpr const char *columns[] = {"id", "name", "location", "facilitator_id", "position", "created",
                                              "modified", "step_free", "hearing_loop", "quiet_space"};
    static void bind(Statement &s, const Group &g)
    {
        s.bind(1, g.id);
        s.bind(2, g.name);
        s.bind(3, g.location);
        s.bind(4, g.facilitatorId);
        s.bind(5, g.position);
        bindStamps(s, 6, g);
        s.bind(8, g.stepFree);
        s.bind(9, g.hearingLoop);
        s.bind(10, g.quietSpace);
    }
    static Group read(const Statement &s)
    {
        Group g;
        g.id = s.uuid(0);
        g.name = s.text(1);
        g.location = s.text(2);
        g.facilitatorId = s.uuid(3);
        g.position = int(s.integer(4));
        readStamps(s, 5, g);
        g.stepFree = s.boolean(7);
        g.hearingLoop = s.boolean(8);
        g.quietSpace = s.boolean(9);
        return g;
    }
};

template<>
struct Mapping<AgendaItem>
{
    static constexpr const char *table = "agenda_item";
    static constexpr const char *columns[] = {"id", "title", "kind", "planned_minutes", "position", "prompt",
                                              "instructions", "actual_start", "actual_end", "created", "modified",
                                              "extra_minutes", "paused_seconds", "paused_at", "skipped"};
    static void bind(Statement &s, const AgendaItem &a)
    {
        s.bind(1, a.id);
        s.bind(2, a.title);
        s.bind(3, enumKey(a.kind));
        s.bind(4, a.plannedMinutes);
        s.bind(5, a.position);
        s.bind(6, a.prompt);
        s.bind(7, a.instructions);
        s.bind(8, a.actualStart);
        s.bind(9, a.actualEnd);
        bindStamps(s, 10, a);
        s.bind(12, a.extraMinutes);
        s.bind(13, a.pausedSeconds);
        s.bind(14, a.pausedAt);
        s.bind(15, a.skipped);
    }
    static AgendaItem read(const Statement &s)
    {
        AgendaItem a;
        a.id = s.uuid(0);
        a.title = s.text(1);
        a.kind = readEnum(s, 2, AgendaKind::Other);
        a.plannedMinutes = int(s.integer(3));
        a.position = int(s.integer(4));
        a.prompt = s.text(5);
        a.instructions = s.text(6);
        a.actualStart = s.dateTime(7);
        a.actualEnd = s.dateTime(8);
        readStamps(s, 9, a);
        a.extraMinutes = int(s.integer(11));
        a.pausedSeconds = int(s.integer(12));
        a.pausedAt = s.dateTime(13);
        a.skipped = s.integer(14) != 0;
        return a;
    }
};

template<>
struct Mapping<Board>
{
    static constexpr const char *table = "board";
    static constexpr const char *columns[] = {"id",     "title",    "kind",    "group_id", "agenda_item_id",
                                              "prompt", "position", "created", "modified"};
    static void bind(Statement &s, const Board &b)
    {
        s.bind(1, b.id);
        s.bind(2, b.title);
        s.bind(3, enumKey(b.kind));
        s.bind(4, b.groupId);
        s.bind(5, b.agendaItemId);
        s.bind(6, b.prompt);
        s.bind(7, b.position);
        bindStamps(s, 8, b);
    }
    static Board read(const Statement &s)
    {
        Board b;
        b.id = s.uuid(0);
        b.title = s.text(1);
        b.kind = readEnum(s, 2, BoardKind::Breakout);
        b.groupId = s.uuid(3);
        b.agendaItemId = s.uuid(4);
        b.prompt = s.text(5);
        b.position = int(s.integer(6));
        readStamps(s, 7, b);
        return b;
    }
};

template<>
struct Mapping<Theme>
{
    static constexpr const char *table = "theme";
    static constexpr const char *columns[] = {"id", "board_id", "name", "colour", "x", "y", "width", "height",
                                              "created", "modified"};
    static void bind(Statement &s, const Theme &t)
    {
        s.bind(1, t.id);
        s.bind(2, t.boardId);
        s.bind(3, t.name);
        s.bind(4, enumKey(t.colour));
        s.bind(5, t.x);
        s.bind(6, t.y);
        s.bind(7, t.width);
        s.bind(8, t.height);
        bindStamps(s, 9, t);
    }
    static Theme read(const Statement &s)
    {
        Theme t;
        t.id = s.uuid(0);
        t.boardId = s.uuid(1);
        t.name = s.text(2);
        t.colour = readEnum(s, 3, NoteColour::Blue);
        t.x = s.real(4);
        t.y = s.real(5);
        t.width = s.real(6);
        t.height = s.real(7);
        readStamps(s, 8, t);
        return t;
    }
};

template<>
struct Mapping<Note>
{
    static constexpr const char *table = "note";
    static constexpr const char *columns[] = {"id",     "board_id", "text",      "colour",    "author_kind",
                                              "author_id", "x",     "y",         "width",     "height",
                                              "theme_id", "verbatim", "sensitive", "released", "anonymised",
                                              "created",  "modified"};
    static void bind(Statement &s, const Note &n)
    {
        s.bind(1, n.id);
        s.bind(2, n.boardId);
        s.bind(3, n.text);
        s.bind(4, enumKey(n.colour));
        s.bind(5, enumKey(n.authorKind));
        s.bind(6, n.authorId);
        s.bind(7, n.x);
        s.bind(8, n.y);
        s.bind(9, n.width);
        s.bind(10, n.height);
        s.bind(11, n.themeId);
        s.bind(12, n.verbatim);
        s.bind(13, n.sensitive);
        s.bind(14, n.released);
        s.bind(15, n.anonymised);
        bindStamps(s, 16, n);
    }
    static Note read(const Statement &s)
    {
        Note n;
        n.id = s.uuid(0);
        n.boardId = s.uuid(1);
        n.text = s.text(2);
        n.colour = readEnum(s, 3, NoteColour::Yellow);
        n.authorKind = readEnum(s, 4, AuthorKind::Anonymous);
        n.authorId = s.uuid(5);
        n.x = s.real(6);
        n.y = s.real(7);
        n.width = s.real(8);
        n.height = s.real(9);
        n.themeId = s.uuid(10);
        n.verbatim = s.boolean(11);
        n.sensitive = s.boolean(12);
        n.released = s.boolean(13);
        n.anonymised = s.boolean(14);
        readStamps(s, 15, n);
        return n;
    }
};

template<>
struct Mapping<Vote>
{
    static constexpr const char *table = "vote";
    static constexpr const char *columns[] = {"id",       "note_id", "theme_id", "participant_id",
                                              "count",    "on_paper", "created", "modified"};
    static void bind(Statement &s, const Vote &v)
    {
        s.bind(1, v.id);
        s.bind(2, v.noteId);
        s.bind(3, v.themeId);
        s.bind(4, v.participantId);
        s.bind(5, v.count);
        s.bind(6, v.onPaper);
        bindStamps(s, 7, v);
    }
    static Vote read(const Statement &s)
    {
        Vote v;
        v.id = s.uuid(0);
        v.noteId = s.uuid(1);
        v.themeId = s.uuid(2);
        v.participantId = s.uuid(3);
        v.count = int(s.integer(4));
        v.onPaper = s.boolean(5);
        readStamps(s, 6, v);
        return v;
    }
};

template<>
struct Mapping<Action>
{
    static constexpr const char *table = "action";
    static constexpr const char *columns[] = {"id",       "text",     "owner_id", "owner_name", "due_date",
                                              "status",   "theme_id", "created",  "modified"};
    static void bind(Statement &s, const Action &a)
    {
        s.bind(1, a.id);
        s.bind(2, a.text);
        s.bind(3, a.ownerId);
        s.bind(4, a.ownerName);
        s.bind(5, a.dueDate);
        s.bind(6, enumKey(a.status));
        s.bind(7, a.themeId);
        bindStamps(s, 8, a);
    }
    static Action read(const Statement &s)
    {
        Action a;
        a.id = s.uuid(0);
        a.text = s.text(1);
        a.ownerId = s.uuid(2);
        a.ownerName = s.text(3);
        a.dueDate = s.date(4);
        a.status = readEnum(s, 5, ActionStatus::Open);
        a.themeId = s.uuid(6);
        readStamps(s, 7, a);
        return a;
    }
};

template<>
struct Mapping<Attachment>
{
    // Version 2 moved the bytes to attachment_data (see schema_v2_attachments.cpp); they are
    // written as a child of the row and read only by attachmentData().
    static constexpr const char *table = "attachment";
    static constexpr const char *columns[] = {"id",         "board_id", "file_name",      "mime_type",
                                              "caption",    "created",  "modified",       "byte_size",
                                              "width",      "height",   "original_width", "original_height"};
    static void bind(Statement &s, const Attachment &a)
    {
        s.bind(1, a.id);
        s.bind(2, a.boardId);
        s.bind(3, a.fileName);
        s.bind(4, a.mimeType);
        s.bind(5, a.caption);
        bindStamps(s, 6, a);
        s.bind(8, a.data.isNull() ? a.byteSize : qint64(a.data.size()));
        s.bind(9, a.width);
        s.bind(10, a.height);
        s.bind(11, a.originalWidth);
        s.bind(12, a.originalHeight);
    }
    static Attachment read(const Statement &s)
    {
        Attachment a;
        a.id = s.uuid(0);
        a.boardId = s.uuid(1);
        a.fileName = s.text(2);
        a.mimeType = s.text(3);
        a.caption = s.text(4);
        readStamps(s, 5, a);
        a.byteSize = s.integer(7);
        a.width = int(s.integer(8));
        a.height = int(s.integer(9));
        a.originalWidth = int(s.integer(10));
        a.originalHeight = int(s.integer(11));
        return a;
    }
};

template<>
struct Mapping<Feedback>
{
    static constexpr const char *table = "feedback";
    static constexpr const char *columns[] = {"id", "question", "answer", "participant_id", "created", "modified"};
    static void bind(Statement &s, const Feedback &f)
    {
        s.bind(1, f.id);
        s.bind(2, f.question);
        s.bind(3, f.answer);
        s.bind(4, f.participantId);
        bindStamps(s, 5, f);
    }
    static Feedback read(const Statement &s)
    {
        Feedback f;
        f.id = s.uuid(0);
        f.question = s.text(1);
        f.answer = s.text(2);
        f.participantId = s.uuid(3);
        readStamps(s, 4, f);
        return f;
    }
};

template<>
struct Mapping<Payment>
{
    static constexpr const char *table = "payment";
    static constexpr const char *columns[] = {
        "id",           "participant_id",        "hours_session",        "hours_preparation",
        "hours_travel", "rate_minor",            "method",               "may_affect_benefits",
        "benefits_note", "expenses_travel_minor", "expenses_carer_minor", "expenses_other_minor",
        "status",       "paid_date",             "created",              "modified"};
    static void bind(Statement &s, const Payment &p)
    {
        s.bind(1, p.id);
        s.bind(2, p.participantId);
        s.bind(3, p.hoursSession);
        s.bind(4, p.hoursPreparation);
        s.bind(5, p.hoursTravel);
        s.bind(6, p.rateMinor);
        s.bind(7, enumKey(p.method));
        s.bind(8, p.mayAffectBenefits);
        s.bind(9, p.benefitsNote);
        s.bind(10, p.expensesTravelMinor);
        s.bind(11, p.expensesCarerMinor);
        s.bind(12, p.expensesOtherMinor);
        s.bind(13, enumKey(p.status));
        s.bind(14, p.paidDate);
        bindStamps(s, 15, p);
    }
    static Payment read(const Statement &s)
    {
        Payment p;
        p.id = s.uuid(0);
        p.participantId = s.uuid(1);
        p.hoursSession = s.real(2);
        p.hoursPreparation = s.real(3);
        p.hoursTravel = s.real(4);
        p.rateMinor = int(s.integer(5));
        p.method = readEnum(s, 6, PaymentMethod::BankTransfer);
        p.mayAffectBenefits = s.boolean(7);
        p.benefitsNote = s.text(8);
        p.expensesTravelMinor = int(s.integer(9));
        p.expensesCarerMinor = int(s.integer(10));
        p.expensesOtherMinor = int(s.integer(11));
        p.status = readEnum(s, 12, PaymentStatus::Owed);
        p.paidDate = s.date(13);
        readStamps(s, 14, p);
        return p;
    }
};

template<>
struct Mapping<AuditEvent>
{
    static constexpr const char *table = "audit_event";
    static constexpr const char *columns[] = {"id",    "at",      "kind",    "summary",
                                              "actor", "participant_id", "created", "modified"};
    static void bind(Statement &s, const AuditEvent &e)
    {
        s.bind(1, e.id);
        s.bind(2, e.at);
        s.bind(3, e.kind);
        s.bind(4, e.summary);
        s.bind(5, e.actor);
        s.bind(6, e.participantId);
        bindStamps(s, 7, e);
    }
    static AuditEvent read(const Statement &s)
    {
        AuditEvent e;
        e.id = s.uuid(0);
        e.at = s.dateTime(1);
        e.kind = s.text(2);
        e.summary = s.text(3);
        e.actor = s.text(4);
        e.participantId = s.uuid(5);
        readStamps(s, 6, e);
        return e;
    }
};

template<>
struct Mapping<SeatingRule>
{
    static constexpr const char *table = "seating_rule";
    static constexpr const char *columns[] = {"id", "kind", "first_id", "second_id", "created", "modified"};
    static void bind(Statement &s, const SeatingRule &r)
    {
        s.bind(1, r.id);
        s.bind(2, enumKey(r.kind));
        s.bind(3, r.firstId);
        s.bind(4, r.secondId);
        bindStamps(s, 5, r);
    }
    static SeatingRule read(const Statement &s)
    {
        SeatingRule r;
        r.id = s.uuid(0);
        r.kind = readEnum(s, 1, SeatingKind::KeepApart);
        r.firstId = s.uuid(2);
        r.secondId = s.uuid(3);
        readStamps(s, 4, r);
        return r;
    }
};

// ---- SQL text, built once per entity ------------------------------------------------------------

template<class T>
struct Sql
{
    static const Sql &get()
    {
        static const Sql sql;
        return sql;
    }
    QByteArray insert;
    QByteArray update;
    QByteArray remove;
    QByteArray select;

private:
    Sql()
    {
        QByteArray names;
        QByteArray params;
        QByteArray assignments;
        int i = 0;
        for (const char *column : Mapping<T>::columns) {
            ++i;
            if (i > 1) {
                names += ", ";
                params += ", ";
            }
            names += column;
            params += '?' + QByteArray::number(i);
            if (i > 1) {
                if (!assignments.isEmpty())
                    assignments += ", ";
                assignments += QByteArray(column) + " = ?" + QByteArray::number(i);
            }
        }
        const QByteArray table(Mapping<T>::table);
        insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ')';
        update = "UPDATE " + table + " SET " + assignments + " WHERE id = ?1";
        remove = "DELETE FROM " + table + " WHERE id = ?1";
        select = "SELECT " + names + " FROM " + table + " ORDER BY rowid";
    }
};

// ---- Membership tables owned by a parent row --------------------------------------------------

struct Members
{
    const char *clear;
    const char *add;
    const char *select;
};

constexpr Members groupMembers{"DELETE FROM group_member WHERE group_id = ?1",
                               "INSERT INTO group_member (group_id, participant_id, position) VALUES (?1, ?2, ?3)",
                               "SELECT group_id, participant_id FROM group_member ORDER BY group_id, position"};
// Only read: the lock flag is written by writeChildren<Group> after the membership rows.
constexpr Members lockedGroupMembers{
    nullptr, nullptr,
    "SELECT group_id, participant_id FROM group_member WHERE locked ORDER BY group_id, position"};
constexpr Members actionNotes{"DELETE FROM action_note WHERE action_id = ?1",
                              "INSERT INTO action_note (action_id, note_id, position) VALUES (?1, ?2, ?3)",
                              "SELECT action_id, note_id FROM action_note ORDER BY action_id, position"};
constexpr Members themeNotes{"DELETE FROM theme_note WHERE theme_id = ?1",
                             "INSERT INTO theme_note (theme_id, note_id, position) VALUES (?1, ?2, ?3)",
                             "SELECT theme_id, note_id FROM theme_note ORDER BY theme_id, position"};
constexpr Members attachmentPeople{
    "DELETE FROM attachment_person WHERE attachment_id = ?1",
    "INSERT INTO attachment_person (attachment_id, participant_id, position) VALUES (?1, ?2, ?3)",
    "SELECT attachment_id, participant_id FROM attachment_person ORDER BY attachment_id, position"};

Result<void> writeMembers(Database &db, const Members &m, const QUuid &owner, const QList<QUuid> &ids, bool clear)
{
    if (clear) {
        auto del = db.prepare(m.clear);
        if (!del)
            return del.error();
        del->bind(1, owner);
        if (auto done = del->exec(); !done)
            return done;
    }
    if (ids.isEmpty())
        return {};
    auto add = db.prepare(m.add);
    if (!add)
        return add.error();
    for (int i = 0; i < ids.size(); ++i) {
        add->bind(1, owner);
        add->bind(2, ids[i]);
        add->bind(3, i);
        if (auto done = add->exec(); !done)
            return done;
        add->reset();
    }
    return {};
}

template<class T>
Result<void> writeChildren(Database &, const T &, bool)
{
    return {};
}
template<>
Result<void> writeChildren(Database &db, const Group &g, bool clear)
{
    if (auto written = writeMembers(db, groupMembers, g.id, g.memberIds, clear); !written)
        return written;
    // Members fixed to this table (schema version 2): a flag on their membership row.
    if (g.lockedIds.isEmpty())
        return {};
    auto lock = db.prepare("UPDATE group_member SET locked = 1 WHERE group_id = ?1 AND participant_id = ?2");
    if (!lock)
        return lock.error();
    for (const QUuid &id : g.lockedIds) {
        lock->bind(1, g.id);
        lock->bind(2, id);
        if (auto done = lock->exec(); !done)
            return done;
        lock->reset();
    }
    return {};
}
template<>
Result<void> writeChildren(Database &db, const Action &a, bool clear)
{
    return writeMembers(db, actionNotes, a.id, a.noteIds, clear);
}
template<>
Result<void> writeChildren(Database &db, const Theme &t, bool clear)
{
    return writeMembers(db, themeNotes, t.id, t.noteIds, clear);
}
template<>
Result<void> writeChildren(Database &db, const Attachment &a, bool clear)
{
    if (auto people = writeMembers(db, attachmentPeople, a.id, a.peopleShown, clear); !people)
        return people;
    // Null bytes mean "not loaded": an update of the caption or the people keeps what is stored.
    if (a.data.isNull()) {
        if (!clear)
            return fail(tr("The picture “%1” came without its contents, so it cannot be stored.").arg(a.fileName));
        return {};
    }
    auto put = db.prepare("INSERT OR REPLACE INTO attachment_data (attachment_id, bytes) VALUES (?1, ?2)");
    if (!put)
        return put.error();
    put->bind(1, a.id);
    put->bind(2, a.data);
    return put->exec();
}

template<class T>
Result<void> insertRow(Database &db, const T &row)
{
    auto stmt = db.prepare(Sql<T>::get().insert.constData());
    if (!stmt)
        return stmt.error();
    Mapping<T>::bind(*stmt, row);
    if (auto done = stmt->exec(); !done)
        return done;
    return writeChildren(db, row, false);
}

template<class T>
Result<void> updateRow(Database &db, const T &row)
{
    auto stmt = db.prepare(Sql<T>::get().update.constData());
    if (!stmt)
        return stmt.error();
    Mapping<T>::bind(*stmt, row);
    if (auto done = stmt->exec(); !done)
        return done;
    if (db.changes() != 1)
        return fail(QCoreApplication::translate("cg::store", "The %1 being changed is no longer in the file.").arg(QLatin1String(Mapping<T>::table)));
    return writeChildren(db, row, true);
}

template<class T>
Result<void> removeRow(Database &db, const QUuid &id)
{
    auto stmt = db.prepare(Sql<T>::get().remove.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (auto done = stmt->exec(); !done)
        return done;
    if (db.changes() != 1)
        return fail(QCoreApplication::translate("cg::store", "The %1 being removed is no longer in the file.").arg(QLatin1String(Mapping<T>::table)));
    return {};
}

Error unreadableRow(const char *table, const Statement &s)
{
    return fail(tr("a row of %1 holds a value Common Ground cannot read (%2). The file may be damaged, or come from "
                   "a newer version; nothing was changed.")
                    .arg(QLatin1String(table), *s.unreadable()));
}

template<class T>
Result<void> loadTable(Database &db, Table<T> &into)
{
    auto stmt = db.prepare(Sql<T>::get().select.constData());
    if (!stmt)
        return stmt.error();
    while (stmt->next()) {
        T row = Mapping<T>::read(*stmt);
        if (stmt->unreadable())
            return unreadableRow(Mapping<T>::table, *stmt);
        into.insert(std::move(row));
    }
    if (stmt->error())
        return *stmt->error();
    return {};
}

template<class T>
Result<void> loadMembers(Database &db, const Members &m, Table<T> &owners, QList<QUuid> T::*list)
{
    auto stmt = db.prepare(m.select);
    if (!stmt)
        return stmt.error();
    // Rows come grouped by owner: look the owner up once per run of rows.
    QUuid current;
    std::vector<std::pair<QUuid, QList<QUuid>>> runs;
    while (stmt->next()) {
        const QUuid owner = stmt->uuid(0);
        if (runs.empty() || owner != current) {
            runs.emplace_back(owner, QList<QUuid>());
            current = owner;
        }
        runs.back().second << stmt->uuid(1);
    }
    if (stmt->error())
        return *stmt->error();
    for (auto &[owner, ids] : runs) {
        if (const T *row = owners.find(owner)) {
            T copy = *row;
            copy.*list = std::move(ids);
            owners.update(copy);
        }
    }
    return {};
}

template<class Fn>
Result<void> forEachTable(Fn &&fn)
{
    // In foreign-key order (see Entity).
    Result<void> r = fn(std::type_identity<Participant>());
    if (r)
        r = fn(std::type_identity<ConsentEvent>());
    if (r)
        r = fn(std::type_identity<Group>());
    if (r)
        r = fn(std::type_identity<AgendaItem>());
    if (r)
        r = fn(std::type_identity<Board>());
    if (r)
        r = fn(std::type_identity<Theme>());
    if (r)
        r = fn(std::type_identity<Note>());
    if (r)
        r = fn(std::type_identity<Vote>());
    if (r)
        r = fn(std::type_identity<Action>());
    if (r)
        r = fn(std::type_identity<Attachment>());
    if (r)
        r = fn(std::type_identity<Feedback>());
    if (r)
        r = fn(std::type_identity<Payment>());
    if (r)
        r = fn(std::type_identity<AuditEvent>());
    if (r)
        r = fn(std::type_identity<SeatingRule>());
    return r;
}

} // namespace

const char *tableName(Entity entity)
{
    static constexpr const char *names[] = {
        Mapping<Workshop>::table, Mapping<Participant>::table, Mapping<ConsentEvent>::table,
        Mapping<Group>::table,    Mapping<AgendaItem>::table,  Mapping<Board>::table,
        Mapping<Theme>::table,    Mapping<Note>::table,        Mapping<Vote>::table,
        Mapping<Action>::table,   Mapping<Attachment>::table,  Mapping<Feedback>::table,
        Mapping<Payment>::table,  Mapping<AuditEvent>::table,  Mapping<SeatingRule>::table};
    return names[int(entity)];
}

Result<void> insert(Database &db, const AnyRecord &record)
{
    return std::visit([&db](const auto &row) { return insertRow(db, row); }, record);
}

Result<void> update(Database &db, const AnyRecord &record)
{
    return std::visit([&db](const auto &row) { return updateRow(db, row); }, record);
}

Result<void> remove(Database &db, Entity entity, const QUuid &id)
{
    switch (entity) {
    case Entity::Workshop:
        return fail(tr("The workshop itself cannot be removed from its file."));
    case Entity::Participant:
        return removeRow<Participant>(db, id);
    case Entity::ConsentEvent:
        return removeRow<ConsentEvent>(db, id);
    case Entity::Group:
        return removeRow<Group>(db, id);
    case Entity::AgendaItem:
        return removeRow<AgendaItem>(db, id);
    case Entity::Board:
        return removeRow<Board>(db, id);
    case Entity::Theme:
        return removeRow<Theme>(db, id);
    case Entity::Note:
        return removeRow<Note>(db, id);
    case Entity::Vote:
        return removeRow<Vote>(db, id);
    case Entity::Action:
        return removeRow<Action>(db, id);
    case Entity::Attachment:
        return removeRow<Attachment>(db, id);
    case Entity::Feedback:
        return removeRow<Feedback>(db, id);
    case Entity::Payment:
        return removeRow<Payment>(db, id);
    case Entity::AuditEvent:
        return removeRow<AuditEvent>(db, id);
    case Entity::SeatingRule:
        return removeRow<SeatingRule>(db, id);
    }
    return fail(tr("Unknown kind of record."));
}

Result<WorkshopData> loadAll(Database &db)
{
    WorkshopData data;
    {
        auto stmt = db.prepare(Sql<Workshop>::get().select.constData());
        if (!stmt)
            return stmt.error();
        if (!stmt->next())
            return stmt->error() ? *stmt->error() : fail(tr("The workshop file has no workshop in it."));
        data.workshop = Mapping<Workshop>::read(*stmt);
        if (stmt->unreadable())
            return unreadableRow(Mapping<Workshop>::table, *stmt);
    }
    if (auto count = db.queryInteger(QStringLiteral("SELECT count(*) FROM note")); count)
        data.notes.reserve(std::size_t(*count));
    auto loaded = forEachTable([&](auto type) {
        using T = typename decltype(type)::type;
        return loadTable(db, data.table<T>());
    });
    if (!loaded)
        return loaded.error();
    if (auto r = loadMembers(db, groupMembers, data.groups, &Group::memberIds); !r)
        return r.error();
    if (auto r = loadMembers(db, lockedGroupMembers, data.groups, &Group::lockedIds); !r)
        return r.error();
    if (auto r = loadMembers(db, actionNotes, data.actions, &Action::noteIds); !r)
        return r.error();
    if (auto r = loadMembers(db, themeNotes, data.themes, &Theme::noteIds); !r)
        return r.error();
    if (auto r = loadMembers(db, attachmentPeople, data.attachments, &Attachment::peopleShown); !r)
        return r.error();
    return data;
}

Result<QByteArray> attachmentData(Database &db, const QUuid &attachmentId)
{
    auto stmt = db.prepare("SELECT bytes FROM attachment_data WHERE attachment_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId);
    if (!stmt->next()) {
        if (stmt->error())
            return *stmt->error();
        return fail(tr("The picture is missing from the workshop file."));
    }
    QByteArray bytes = stmt->blob(0);
    if (bytes.isNull())
        bytes = QByteArray(""); // a stored empty file is empty, not "not loaded"
    return bytes;
}

Result<void> writeAll(Database &db, const WorkshopData &data)
{
    if (auto r = insertRow(db, data.workshop); !r)
        return r;
    auto written = forEachTable([&](auto type) -> Result<void> {
        using T = typename decltype(type)::type;
        for (const T &row : data.table<T>()) {
            if constexpr (std::is_same_v<T, Theme>) {
                // Themes come before notes (notes point at their board theme), so a cross-board
                // theme's notes are listed once every note is in.
                Theme bare = row;
                bare.noteIds.clear();
                if (auto r = insertRow(db, bare); !r)
                    return r;
            } else if (auto r = insertRow(db, row); !r) {
                return r;
            }
        }
        return {};
    });
    if (!written)
        return written;
    for (const Theme &theme : data.themes) {
        if (auto r = writeMembers(db, themeNotes, theme.id, theme.noteIds, false); !r)
            return r;
    }
    return {};
}

} // namespace cg::store
