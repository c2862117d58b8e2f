// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/tablecopies.h"

#include "session/session.h"
#include "storage/changesets.h"
#include "storage/database.h"
#include "storage/store.h"
#include "storage/tables.h"
#include "storage/workshopfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>

namespace cg::tablecopies {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::tablecopies", text);
}

// The tables merged back are those storage/tables.h marks as merged, in foreign-key order. The
// workshop row and the agenda are for reference at the table and are not merged back (a table
// running the agenda on its own laptop must not move the lead's clock); payments and seating
// rules never go to a table.
const QStringList &mergedTableList()
{
    static const QStringList names = tables::mergedTables();
    return names;
}

std::optional<Entity> entityOfTable(const QString &table)
{
    return tables::entityOfTable(table);
}

template<std::size_t... I>
std::optional<AnyRecord> findIn(const WorkshopData &data, Entity entity, const QUuid &id, std::index_sequence<I...>)
{
    std::optional<AnyRecord> found;
    (
        [&] {
            using T = std::variant_alternative_t<I + 1, AnyRecord>; // 0 is the workshop
            if (int(entity) == int(I + 1)) {
                if (const T *row = data.table<T>().find(id))
                    found = *row;
            }
        }(),
        ...);
    return found;
}

std::optional<AnyRecord> findRecord(const WorkshopData &data, Entity entity, const QUuid &id)
{
    if (entity == Entity::Workshop)
        return std::nullopt;
    return findIn(data, entity, id, std::make_index_sequence<std::variant_size_v<AnyRecord> - 1>());
}

QString excerpt(const QString &text)
{
    QString flat = text.simplified();
    if (flat.size() > 60)
        flat = flat.left(57) + QStringLiteral("…");
    return flat;
}

/// The row in a few words, from whichever side still has it.
QString describe(Entity entity, const QUuid &id, const WorkshopData &a, const WorkshopData &b)
{
    auto record = findRecord(a, entity, id);
    if (!record)
        record = findRecord(b, entity, id);
    if (!record)
        return tr("a record");
    return std::visit(
        [](const auto &row) -> QString {
            using T = std::decay_t<decltype(row)>;
            if constexpr (std::is_same_v<T, Note>)
                return tr("the note “%1”").arg(excerpt(row.text));
            else if constexpr (std::is_same_v<T, Participant>)
                return tr("the person “%1”").arg(excerpt(row.displayName));
            else if constexpr (std::is_same_v<T, Board>)
                return tr("the board “%1”").arg(excerpt(row.title));
            else if constexpr (std::is_same_v<T, Theme>)
                return tr("the theme “%1”").arg(excerpt(row.name));
            else if constexpr (std::is_same_v<T, Group>)
                return tr("the group “%1”").arg(excerpt(row.name));
            else if constexpr (std::is_same_v<T, Action>)
                return tr("the action “%1”").arg(excerpt(row.text));
            else if constexpr (std::is_same_v<T, Feedback>)
                return tr("the feedback answer “%1”").arg(excerpt(row.answer));
            else if constexpr (std::is_same_v<T, Vote>)
                return tr("a dot vote");
            else if constexpr (std::is_same_v<T, Attachment>)
                return tr("the photo “%1”").arg(excerpt(row.fileName));
            else
                return tr("a record");
        },
        *record);
}

struct KindCounts
{
    int added = 0;
    int changed = 0;
    int removed = 0;
};

QString kindWords(Entity entity)
{
    switch (entity) {
    case Entity::Participant:
        return tr("People");
    case Entity::ConsentEvent:
        return tr("Consent decisions");
    case Entity::Group:
        return tr("Groups");
    case Entity::Board:
        return tr("Boards");
    case Entity::Theme:
        return tr("Themes");
    case Entity::Note:
        return tr("Notes");
    case Entity::Vote:
        return tr("Dot votes");
    case Entity::Action:
        return tr("Actions");
    case Entity::Attachment:
        return tr("Photos");
    case Entity::Feedback:
        return tr("Feedback answers");
    case Entity::AuditEvent:
        return tr("Audit events");
    default:
        return tr("Other records");
    }
}

struct Origin
{
    QString copyId;
    QString leadId;
    QString groupId;
    QString groupName;
    QByteArray base;
};

Result<std::optional<Origin>> readOrigin(Database &db)
{
    // A file made before table copies existed has no such table: it is not a copy.
    auto known = db.queryInteger(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'table_copy'"));
    if (!known)
        return known.error();
    if (*known == 0)
        return std::optional<Origin>();
    auto stmt = db.prepareUncached(
        QStringLiteral("SELECT copy_id, lead_workshop_id, group_id, group_name, base FROM table_copy LIMIT 1"));
    if (!stmt)
        return stmt.error();
    if (!stmt->next()) {
        if (stmt->error())
            return *stmt->error();
        return std::optional<Origin>();
    }
    return std::optional<Origin>(Origin{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->blob(4)});
}

/// Merges one copy into the lead's open database (inside its transaction).
class CopyMerge
{
public:
    CopyMerge(Database &lead, const WorkshopData &before, Database &copy, const Origin &origin,
        bool preview, const Decide &decide, MergeReport &report, QMap<Entity, KindCounts> &counts)
        : m_lead(lead)
        , m_before(before)
        , m_copyDb(copy)
        , m_origin(origin)
        , m_preview(preview)
        , m_decide(decide)
        , m_report(report)
        , m_counts(counts)
    {
    }

    Result<void> run(const QStringList &removedRows);

private:
    const WorkshopData &copied();
    Choice settle(ConflictKind kind, Entity entity, const QUuid &id, const QString &words, const QString &theirs,
        const QString &ours);
    changesets::Resolution onClash(const changesets::ClashInfo &clash);
    Result<void> sortOutOrphans();
    Result<void> deleteRow(const QString &table, const QString &key);
    Result<void> restore(const WorkshopData &from, Entity entity, const QUuid &id, bool *restored);

    Database &m_lead;
    const WorkshopData &m_before;
    Database &m_copyDb;
    // The copy's rows, read only when a conflict needs them (to describe or bring back a row):
    // most merges have none, and reading every copy whole was a fifth of a merge's time.
    std::optional<WorkshopData> m_copy;
    std::optional<Error> m_readError;
    const Origin &m_origin;
    bool m_preview;
    const Decide &m_decide;
    MergeReport &m_report;
    QMap<Entity, KindCounts> &m_counts;
    std::vector<std::pair<Entity, QUuid>> m_bringBack; // "theirs" for rows deleted on the lead
    QSet<QString> m_gone; // "table/id" removed by this merge: whatever points at them goes too
    QHash<QString, Choice> m_parentChoices;
    QSet<QString> m_broughtBack; // "table/id" brought back at the facilitator's word: so is what they need
    std::optional<QString> m_refused;
    bool m_countExact = false; // see sortOutOrphans()
};

const WorkshopData &CopyMerge::copied()
{
    if (!m_copy) {
        auto loaded = store::loadAll(m_copyDb);
        if (!loaded) {
            m_readError = loaded.error();
            m_copy.emplace();
        } else {
            m_copy = std::move(*loaded);
        }
    }
    return *m_copy;
}

Choice CopyMerge::settle(ConflictKind kind, Entity entity, const QUuid &id, const QString &words,
    const QString &theirs, const QString &ours)
{
    QString sentence = words;
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    Conflict conflict{m_origin.groupName, kind, entity, id, sentence, theirs, ours};
    std::optional<Choice> choice;
    if (m_decide)
        choice = m_decide(conflict);
    if (!choice && !m_preview)
        ++m_report.unsettled;
    m_report.conflicts.push_back(conflict);
    return choice.value_or(Choice::Ours);
}

changesets::Resolution CopyMerge::onClash(const changesets::ClashInfo &clash)
{
    using changesets::Clash;
    using changesets::Op;
    using changesets::Resolution;
    const auto entity = entityOfTable(clash.row.table);
    const QUuid id(clash.row.key);
    const QString table = m_origin.groupName;
    if (!entity) {
        // Membership rows (who sits at a table, which notes an action links) follow their owner.
        return clash.clash == Clash::Edited ? Resolution::Overwrite : Resolution::Skip;
    }
    switch (clash.clash) {
    case Clash::Edited: {
        if (clash.row.op == Op::Update) {
            // Every edit stamps "modified": when nothing else differs, the two sides changed
            // different things and both are kept.
            const bool onlyTimes = std::all_of(clash.columns.begin(), clash.columns.end(),
                [](const QString &c) { return c == QLatin1String("modified"); });
            if (onlyTimes)
                return Resolution::Overwrite;
            const QString what = describe(*entity, id, m_before, copied());
            const Choice c = settle(ConflictKind::EditedInBoth, *entity, id,
                QCoreApplication::translate("cg::tablecopies", "%1 was changed on %2's copy and in this file.").arg(what, table),
                QCoreApplication::translate("cg::tablecopies", "keep the table's version"), QCoreApplication::translate("cg::tablecopies", "keep this file's version"));
            return c == Choice::Theirs ? Resolution::Overwrite : Resolution::Skip;
        }
        const QString what = describe(*entity, id, m_before, copied());
        const Choice c = settle(ConflictKind::DeletedOnTable, *entity, id,
            QCoreApplication::translate("cg::tablecopies", "%1 was deleted on %2's copy but changed in this file.").arg(what, table),
            QCoreApplication::translate("cg::tablecopies", "delete it"), QCoreApplication::translate("cg::tablecopies", "keep it"));
        if (c == Choice::Theirs) {
            m_gone.insert(clash.row.table + QLatin1Char('/') + clash.row.key);
            return Resolution::Overwrite;
        }
        return Resolution::Skip;
    }
    case Clash::Missing: {
        if (clash.row.op == Op::Delete)
            return Resolution::Skip; // deleted in both places
        const QString what = describe(*entity, id, m_before, copied());
        const Choice c = settle(ConflictKind::DeletedOnLead, *entity, id,
            QCoreApplication::translate("cg::tablecopies", "%1 was changed on %2's copy but deleted in this file.").arg(what, table),
            QCoreApplication::translate("cg::tablecopies", "bring it back as the table has it"), QCoreApplication::translate("cg::tablecopies", "leave it deleted"));
        if (c == Choice::Theirs)
            m_bringBack.emplace_back(*entity, id);
        return Resolution::Skip;
    }
    case Clash::Duplicate:
        if (clash.columns.isEmpty())
            return Resolution::Skip; // already here, the same
        {
            const QString what = describe(*entity, id, m_before, copied());
            const Choice c = settle(ConflictKind::EditedInBoth, *entity, id,
                QCoreApplication::translate("cg::tablecopies", "%1 was changed on %2's copy and in this file.").arg(what, table),
                QCoreApplication::translate("cg::tablecopies", "keep the table's version"), QCoreApplication::translate("cg::tablecopies", "keep this file's version"));
            return c == Choice::Theirs ? Resolution::Overwrite : Resolution::Skip;
        }
    case Clash::Refused:
        m_refused = QCoreApplication::translate("cg::tablecopies", "%1 from %2's copy was refused by the workshop file's rules.")
                        .arg(describe(*entity, id, m_before, copied()), table);
        return Resolution::Abort;
    }
    return Resolution::Skip;
}

Result<void> CopyMerge::deleteRow(const QString &table, const QString &key)
{
    // Table names come from mergedTableList() or SQLite's own lists, never from input.
    auto stmt = m_lead.prepareUncached(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?1").arg(table));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    if (auto done = stmt->exec(); !done)
        return done;
    if (m_lead.changes() > 0) {
        m_gone.insert(table + QLatin1Char('/') + key);
        if (auto e = entityOfTable(table))
            ++m_counts[*e].removed;
    }
    return {};
}

Result<void> CopyMerge::restore(const WorkshopData &from, Entity entity, const QUuid &id, bool *restored)
{
    *restored = false;
    if (entity == Entity::Attachment || entity == Entity::ConsentEvent || entity == Entity::AuditEvent)
        return {}; // a photo's bytes and permanent records are never re-made here
    auto record = findRecord(from, entity, id);
    if (!record)
        return {};
    if (auto done = store::insert(m_lead, *record); !done)
        return done;
    *restored = true;
    return {};
}

Result<void> CopyMerge::sortOutOrphans()
{
    // SQLite counts deferred foreign-key violations as rows change (what COMMIT looks at). When
    // that count is exact and zero, no row is an orphan and the check below, which reads every
    // table of the file, is not needed (it was a tenth of a merge's time). Exact means: counted
    // from the start of the transaction, or from the end of the last full check that found none,
    // through an apply that left no orphans (an apply sets the count to zero when it ends).
    if (m_countExact && !changesets::foreignKeyViolationsCounted(m_lead))
        return {};
    for (int round = 0; round < 16; ++round) {
        auto found = changesets::orphans(m_lead);
        if (!found)
            return found.error();
        if (found->empty())
            return changesets::restartForeignKeyCount(m_lead); // exact again, for the next copy
        QSet<QString> strays;
        for (const changesets::Orphan &orphan : *found) {
            if (orphan.key.isEmpty()) {
                strays.insert(orphan.table);
                continue;
            }
            const QString parentRef = orphan.parent + QLatin1Char('/') + orphan.parentKey;
            const auto childEntity = entityOfTable(orphan.table);
            const auto parentEntity = entityOfTable(orphan.parent);
            if (!childEntity || !parentEntity || m_gone.contains(parentRef)) {
                if (auto done = deleteRow(orphan.table, orphan.key); !done)
                    return done;
                continue;
            }
            const QUuid childId(orphan.key);
            const QUuid parentId(orphan.parentKey);
            const bool childFromLead = findRecord(m_before, *childEntity, childId).has_value();
            auto known = m_parentChoices.constFind(parentRef);
            Choice choice;
            if (m_broughtBack.contains(orphan.table + QLatin1Char('/') + orphan.key)) {
                choice = Choice::Theirs; // it was asked back: what it stands on comes back with it
                m_broughtBack.insert(parentRef);
            } else if (known != m_parentChoices.constEnd()) {
                choice = *known;
            } else {
                const QString parent = describe(*parentEntity, parentId, m_before, copied());
                const QString child = describe(*childEntity, childId, m_before, copied());
                if (childFromLead) {
                    choice = settle(ConflictKind::ParentDeletedOnTable, *parentEntity, parentId,
                        QCoreApplication::translate("cg::tablecopies", "%1 was deleted on %2's copy, but this file has %3 on it.").arg(parent, m_origin.groupName, child),
                        QCoreApplication::translate("cg::tablecopies", "delete what is on it too"), QCoreApplication::translate("cg::tablecopies", "keep it and what is on it"));
                } else {
                    choice = settle(ConflictKind::ParentDeletedOnLead, *parentEntity, parentId,
                        QCoreApplication::translate("cg::tablecopies", "%1 was deleted in this file, but %2's copy added %3 to it.").arg(parent, m_origin.groupName, child),
                        QCoreApplication::translate("cg::tablecopies", "bring it back with what the table added"), QCoreApplication::translate("cg::tablecopies", "leave it deleted, without what the table added"));
                }
                m_parentChoices.insert(parentRef, choice);
            }
            const bool restoreParent = childFromLead ? choice == Choice::Ours : choice == Choice::Theirs;
            bool restored = false;
            if (restoreParent) {
                if (auto done = restore(childFromLead ? m_before : copied(), *parentEntity, parentId, &restored); !done)
                    return done;
                if (restored)
                    ++m_counts[*parentEntity].added;
            }
            if (!restored) {
                m_gone.insert(parentRef);
                if (auto done = deleteRow(orphan.table, orphan.key); !done)
                    return done;
            }
        }
        for (const QString &table : std::as_const(strays)) {
            if (auto done = changesets::removeStrayRows(m_lead, table); !done)
                return done;
        }
    }
    return fail(QCoreApplication::translate("cg::tablecopies", "The references between %1's copy and this file could not be sorted out.").arg(m_origin.groupName));
}

Result<void> CopyMerge::run(const QStringList &removedRows)
{
    auto changeset = changesets::diff(m_copyDb, m_origin.base, mergedTableList());
    if (!changeset)
        return changeset.error();
    auto rows = changesets::contents(*changeset);
    if (!rows)
        return rows.error();
    auto applied = changesets::apply(m_lead, *changeset,
        [this](const changesets::ClashInfo &clash) { return onClash(clash); });
    if (!applied)
        return m_refused ? fail(*m_refused) : applied.error();
    m_countExact = !applied->orphansLeft;
    if (m_readError)
        return *m_readError;
    // The session extension switches deferred foreign keys off when it is done; what follows
    // (bringing rows back, sorting out orphans) needs them deferred to the commit again.
    if (auto deferred = m_lead.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return deferred;
    QSet<QString> skippedKeys;
    for (const changesets::RowRef &row : applied->skipped)
        skippedKeys.insert(row.table + QLatin1Char('/') + row.key);
    for (const changesets::RowRef &row : *rows) {
        const auto entity = entityOfTable(row.table);
        if (!entity || skippedKeys.contains(row.table + QLatin1Char('/') + row.key))
            continue;
        KindCounts &c = m_counts[*entity];
        switch (row.op) {
        case changesets::Op::Insert:
            ++c.added;
            break;
        case changesets::Op::Update:
            ++c.changed;
            break;
        case changesets::Op::Delete:
            ++c.removed; // what still stands on it here is a conflict (sortOutOrphans)
            break;
        }
    }
    for (const auto &[entity, id] : m_bringBack) {
        bool restored = false;
        if (auto done = restore(copied(), entity, id, &restored); !done)
            return done;
        if (restored) {
            ++m_counts[entity].added;
            m_broughtBack.insert(QLatin1String(store::tableName(entity)) + QLatin1Char('/') + uuidText(id));
        }
    }
    // What a withdrawal with deletion (or a purge) took out of the copy goes from this file too,
    // whoever changed it meanwhile: a withdrawal anywhere wins.
    for (qsizetype t = mergedTableList().size() - 1; t >= 0; --t) {
        const QString &table = mergedTableList().at(t);
        const auto entity = entityOfTable(table);
        if (!entity || *entity == Entity::ConsentEvent || *entity == Entity::AuditEvent || *entity == Entity::Participant)
            continue;
        for (const QString &ref : removedRows) {
            if (ref.section(QLatin1Char('/'), 0, 0) != table)
                continue;
            if (auto done = deleteRow(table, ref.section(QLatin1Char('/'), 1)); !done)
                return done;
            m_gone.insert(ref);
        }
    }
    if (auto sorted = sortOutOrphans(); !sorted)
        return sorted;
    if (m_readError)
        return *m_readError;
    auto mark = m_lead.prepareUncached(
        QStringLiteral("INSERT INTO table_copy_merged (copy_id, group_id, merged_at) VALUES (?1, ?2, ?3)"));
    if (!mark)
        return mark.error();
    mark->bind(1, m_origin.copyId);
    mark->bind(2, m_origin.groupId);
    mark->bind(3, timestampText(QDateTime::currentDateTimeUtc()));
    return mark->exec();
}

Result<QStringList> removedRowsOf(Database &db)
{
    auto stmt = db.prepareUncached(QStringLiteral("SELECT table_name, row_id FROM table_copy_removed ORDER BY 1, 2"));
    if (!stmt)
        return stmt.error();
    QStringList refs;
    while (stmt->next())
        refs << stmt->text(0) + QLatin1Char('/') + stmt->text(1);
    if (stmt->error())
        return *stmt->error();
    return refs;
}


/// Whether \a a was recorded before \a b within one history (as ConsentPolicy orders them).
bool decidedBefore(const ConsentEvent &a, const ConsentEvent &b)
{
    if (a.sequence != b.sequence)
        return a.sequence < b.sequence;
    return a.recordedAt < b.recordedAt;
}

/// Decisions about the same person and question recorded on a table and elsewhere (this file, or
/// a table merged before) after the copy was made are concurrent: neither side saw the other, and
/// no clock or sequence can say which came first. Then a withdrawal or refusal on either side
/// wins over a grant on the other, the side that keeps people's words out: when the merged
/// history would end in a grant, that withdrawal is recorded again after it. The restatement's
/// id comes from the decision it repeats, so merging in any order records the same row, once.
/// \a known is this file's history so far; it takes in the copy's decisions. The restatements
/// are gathered in \a restated (by id) and numbered after everything once every copy is in, so
/// their sequence does not depend on the order the copies came in.
void keepWithdrawals(std::vector<ConsentEvent> &known, const Table<ConsentEvent> &copyEvents, QMap<QUuid, ConsentEvent> &restated)
{
    static const QUuid kRestated(QStringLiteral("{6f1b7c1e-3a52-4c43-9d8e-5b0f1d2a7c64}"));
    QSet<QUuid> knownIds;
    for (const ConsentEvent &e : known)
        knownIds.insert(e.id);
    QSet<QUuid> copyIds;
    for (const ConsentEvent &e : copyEvents)
        copyIds.insert(e.id);
    struct Sides
    {
        const ConsentEvent *copyLatest = nullptr;
        const ConsentEvent *knownLatest = nullptr;
        bool copyOnly = false;  // the copy has a decision this file has not seen
        bool knownOnly = false; // and this file one the copy has not seen
    };
    auto later = [](const ConsentEvent *current, const ConsentEvent &e) {
        return !current || decidedBefore(*current, e) ? &e : current;
    };
    QHash<std::pair<QUuid, int>, Sides> byQuestion;
    auto key = [](const ConsentEvent &e) { return std::pair(e.participantId, int(e.scope)); };
    for (const ConsentEvent &e : copyEvents) {
        Sides &sides = byQuestion[key(e)];
        sides.copyLatest = later(sides.copyLatest, e);
        sides.copyOnly = sides.copyOnly || !knownIds.contains(e.id);
    }
    for (const ConsentEvent &e : known) {
        auto it = byQuestion.find(key(e));
        if (it == byQuestion.end())
            continue;
        it->knownLatest = later(it->knownLatest, e);
        it->knownOnly = it->knownOnly || !copyIds.contains(e.id);
    }
    for (const Sides &sides : std::as_const(byQuestion)) {
        if (!sides.copyOnly || !sides.knownOnly || !sides.copyLatest || !sides.knownLatest)
            continue;
        const ConsentEvent &merged
            = decidedBefore(*sides.copyLatest, *sides.knownLatest) ? *sides.knownLatest : *sides.copyLatest;
        if (merged.decision != ConsentDecision::Granted)
            continue;
        const ConsentEvent &keep = sides.copyLatest->decision != ConsentDecision::Granted ? *sides.copyLatest
                                                                                            : *sides.knownLatest;
        if (keep.decision == ConsentDecision::Granted)
            continue;
        ConsentEvent again = keep;
        again.id = QUuid::createUuidV5(kRestated, keep.id.toString());
        if (knownIds.contains(again.id) || copyIds.contains(again.id))
            continue;
        restated.insert(again.id, again);
    }
    for (const ConsentEvent &e : copyEvents) {
        if (!knownIds.contains(e.id))
            known.push_back(e);
    }
}

/// Records the restated withdrawals after every decision now in the file, in the order of their
/// ids (QMap), so any order of merging gives the same rows.
Result<int> recordRestated(Database &db, const std::vector<ConsentEvent> &known, const QMap<QUuid, ConsentEvent> &restated)
{
    qint64 highest = 0;
    for (const ConsentEvent &e : known)
        highest = std::max(highest, e.sequence);
    for (ConsentEvent e : restated) {
        e.sequence = ++highest;
        if (auto done = store::insert(db, e); !done)
            return done.error();
    }
    return int(restated.size());
}

} // namespace

QStringList mergedTables()
{
    return mergedTableList();
}

QString fileNameFor(const QString &groupName, QStringList &taken)
{
    QString name;
    for (const QChar c : groupName.simplified()) {
        // Characters some system refuses or reads specially in a file name.
        static const QString reserved = QStringLiteral("/\\:*?\"<>|'`$");
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || reserved.contains(c))
            name += QLatin1Char('-');
        else
            name += c;
    }
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.size() > 80) {
        name.truncate(80);
        if (name.back().isHighSurrogate())
            name.chop(1);
        name = name.trimmed();
    }
    if (name.isEmpty())
        name = tr("Table");
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toLower() + QStringLiteral(".cgw")); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    candidate += QStringLiteral(".cgw");
    taken << candidate.toLower();
    return candidate;
}

WorkshopData copyData(const WorkshopData &lead, const Group &group)
{
    WorkshopData copy;
    copy.workshop = lead.workshop;
    for (Participant p : lead.participants) {
        // A table laptop needs who is there and what they agreed to, not how to reach them.
        p.email.clear();
        p.phone.clear();
        p.notes.clear();
        copy.participants.insert(p);
    }
    for (const ConsentEvent &e : lead.consentEvents)
        copy.consentEvents.insert(e);
    copy.groups.insert(group);
    for (const AgendaItem &a : lead.agendaItems)
        copy.agendaItems.insert(a);
    for (const Board &b : lead.boards) {
        if (b.groupId == group.id)
            copy.boards.insert(b);
    }
    for (Theme t : lead.themes) {
        if (t.boardId.isNull() || !copy.boards.contains(t.boardId))
            continue;
        t.noteIds.clear();
        copy.themes.insert(t);
    }
    for (const Note &n : lead.notes) {
        if (copy.boards.contains(n.boardId))
            copy.notes.insert(n);
    }
    for (Theme t : copy.themes) {
        if (const Theme *original = lead.themes.find(t.id)) {
            for (const QUuid &noteId : original->noteIds) {
                if (copy.notes.contains(noteId))
                    t.noteIds << noteId;
            }
            copy.themes.update(t);
        }
    }
    for (const Vote &v : lead.votes) {
        if ((!v.noteId.isNull() && copy.notes.contains(v.noteId)) || (!v.themeId.isNull() && copy.themes.contains(v.themeId)))
            copy.votes.insert(v);
    }
    // The photos of the table's boards (a flipchart from the morning that the table goes on
    // with), with the people shown; their bytes are added by prepare(). Photos of other boards
    // and of the whole workshop stay on the lead's laptop.
    for (const Attachment &a : lead.attachments) {
        if (!a.boardId.isNull() && copy.boards.contains(a.boardId))
            copy.attachments.insert(a);
    }
    return copy;
}

Result<std::vector<PreparedCopy>> prepare(const Session &lead, const QString &folder)
{
    const WorkshopData &data = lead.data();
    if (data.groups.empty())
        return fail(tr("This workshop has no breakout groups yet, so there are no tables to prepare copies for."));
    if (!QDir().mkpath(folder))
        return fail(tr("The folder “%1” could not be made.").arg(folder));
    std::vector<const Group *> groups;
    for (const Group &g : data.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [](const Group *a, const Group *b) { return a->position < b->position; });
    QStringList taken;
    std::vector<PreparedCopy> planned;
    for (const Group *g : groups) {
        PreparedCopy copy{QDir(folder).filePath(fileNameFor(g->name, taken)), g->name, newId()};
        if (QFileInfo::exists(copy.path))
            return fail(tr("“%1” is already there; choose an empty folder.").arg(copy.path));
        planned.push_back(copy);
    }
    std::vector<QString> written;
    auto undo = [&written] {
        for (const QString &path : written)
            QFile::remove(path);
    };
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const PreparedCopy &copy = planned[i];
        {
            WorkshopData tableData = copyData(data, *groups[i]);
            const Table<Attachment> photos = tableData.attachments;
            for (Attachment a : photos) {
                auto bytes = lead.attachmentData(a.id);
                if (!bytes) {
                    undo();
                    return fail(tr("The copy for %1 could not be written: %2").arg(copy.groupName, bytes.message()));
                }
                a.data = *bytes;
                tableData.attachments.update(a);
            }
            auto made = Session::createFrom(copy.path, tableData);
            if (!made) {
                undo();
                return fail(tr("The copy for %1 could not be written: %2").arg(copy.groupName, made.message()));
            }
        }
        written.push_back(copy.path);
        Result<void> marked = [&]() -> Result<void> {
            auto opened = workshopfile::open(copy.path);
            if (!opened)
                return opened.error();
            Database &db = *opened->db;
            auto image = changesets::imageOf(db);
            if (!image)
                return image.error();
            {
                Transaction tx(db);
                if (!tx.isActive())
                    return tx.error();
                auto stmt = db.prepareUncached(QStringLiteral(
                    "INSERT INTO table_copy (copy_id, lead_workshop_id, group_id, group_name, prepared_at, base) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
                if (!stmt)
                    return stmt.error();
                stmt->bind(1, copy.copyId);
                stmt->bind(2, data.workshop.id);
                stmt->bind(3, groups[i]->id);
                stmt->bind(4, copy.groupName);
                stmt->bind(5, timestampText(QDateTime::currentDateTimeUtc()));
                stmt->bind(6, *image);
                if (auto done = stmt->exec(); !done)
                    return done;
                if (auto done = tx.commit(); !done)
                    return done;
            }
            workshopfile::releaseJournal(db);
            return {};
        }();
        if (!marked) {
            undo();
            return fail(tr("The copy for %1 could not be marked as a table copy: %2").arg(copy.groupName, marked.message()));
        }
    }
    return planned;
}

Result<MergeReport> merge(Session &lead, const QStringList &paths, bool previewOnly, const Decide &decide,
    const QString &actor)
{
    MergeReport report;
    if (paths.isEmpty())
        return fail(tr("Name at least one table copy to merge."));
    QMap<Entity, KindCounts> counts;
    const WorkshopData &before = lead.data();
    std::vector<ConsentEvent> known;
    for (const ConsentEvent &e : before.consentEvents)
        known.push_back(e);
    QMap<QUuid, ConsentEvent> restated;
    auto written = lead.applyBulk(
        [&](Database &db) -> Result<bool> {
            if (auto deferred = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
                return deferred.error();
            for (const QString &path : paths) {
                const QString name = QFileInfo(path).fileName();
                workshopfile::OpenOptions options;
                options.readOnly = true;
                auto opened = workshopfile::open(path, options);
                if (!opened)
                    return fail(tr("“%1” could not be opened as a table copy: %2").arg(name, opened.message()));
                Database &copyDb = *opened->db;
                auto origin = readOrigin(copyDb);
                if (!origin)
                    return fail(tr("“%1” could not be read: %2").arg(name, origin.message()));
                if (!*origin)
                    return fail(tr("“%1” is not a table copy: it is a workshop file of its own. Only the files made by "
                                   "Prepare Table Copies can be merged.")
                                    .arg(name));
                if ((*origin)->leadId != uuidText(before.workshop.id))
                    return fail(tr("“%1” is a table copy of another workshop, not of this one, so it was not merged.").arg(name));
                auto mergedAt = db.prepareUncached(QStringLiteral("SELECT merged_at FROM table_copy_merged WHERE copy_id = ?1"));
                if (!mergedAt)
                    return mergedAt.error();
                mergedAt->bind(1, (*origin)->copyId);
                if (mergedAt->next()) {
                    const QDateTime at = parseTimestamp(mergedAt->text(0));
                    return fail(tr("“%1” (%2) was merged into this workshop before, on %3; nothing was changed.")
                                    .arg(name, (*origin)->groupName,
                                        QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
                }
                auto copyConsent = store::loadConsentEvents(copyDb);
                if (!copyConsent)
                    return fail(tr("“%1” could not be read: %2").arg(name, copyConsent.message()));
                auto removed = removedRowsOf(copyDb);
                if (!removed)
                    return removed.error();
                CopyMerge one(db, before, copyDb, **origin, previewOnly, decide, report, counts);
                if (auto done = one.run(*removed); !done)
                    return fail(tr("“%1” could not be merged: %2").arg(name, done.message()));
                keepWithdrawals(known, *copyConsent, restated);
                report.copies << (*origin)->groupName;
            }
            auto kept = recordRestated(db, known, restated);
            if (!kept)
                return kept.error();
            report.withdrawalsKept = *kept;
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
                report.added += it->added;
                report.changed += it->changed;
                report.removed += it->removed;
                if (it.key() == Entity::ConsentEvent)
                    report.consentDecisions += it->added;
            }
            if (!previewOnly) {
                if (report.unsettled > 0)
                    return fail(tr("Conflicts that still need a choice before the copies can be merged: %1.")
                                    .arg(report.unsettled));
                AuditEvent audit;
                audit.id = newId();
                audit.at = lead.now();
                audit.created = audit.at;
                audit.modified = audit.at;
                audit.kind = QStringLiteral("merge");
                audit.actor = actor;
                audit.summary = tr("Merged table copies (%6): %1 records added, %2 changed, %3 removed, including %4 "
                                   "consent decisions; %5 conflicts settled.")
                                    .arg(report.added)
                                    .arg(report.changed)
                                    .arg(report.removed)
                                    .arg(report.consentDecisions)
                                    .arg(report.conflicts.size())
                                    .arg(report.copies.size());
                if (auto done = store::insert(db, audit); !done)
                    return done.error();
            }
            return report.removed > 0;
        },
        previewOnly);
    if (!written)
        return written.error();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it->added + it->changed + it->removed == 0)
            continue;
        QStringList parts;
        if (it->added > 0)
            parts << tr("%1 added").arg(it->added);
        if (it->changed > 0)
            parts << tr("%1 changed").arg(it->changed);
        if (it->removed > 0)
            parts << tr("%1 removed").arg(it->removed);
        report.lines << tr("%1: %2.").arg(kindWords(it.key()), parts.join(QStringLiteral(", ")));
    }
    if (report.withdrawalsKept > 0)
        report.lines << tr("Withdrawals kept over a grant recorded elsewhere at the same time: %1. Ask those people "
                           "again if they want to change their minds.")
                            .arg(report.withdrawalsKept);
    return report;
}

template<class T>
Result<void> forgetTable(Database &scratch, const WorkshopData &base, const WorkshopData &live, QStringList &removed)
{
    const QString table = QString::fromLatin1(store::tableName(entityOf<T>()));
    for (const T &row : base.table<T>()) {
        const T *now = live.table<T>().find(row.id);
        if (!now) {
            removed << table + QLatin1Char('/') + uuidText(row.id);
            // Table names come from the store, never from input.
            auto stmt = scratch.prepareUncached(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?1").arg(table));
            if (!stmt)
                return stmt.error();
            stmt->bind(1, row.id);
            if (auto done = stmt->exec(); !done)
                return done;
        } else if constexpr (std::is_same_v<T, Participant>) {
            // A purge clears people's details: the base must not keep them.
            if (!(*now == row)) {
                if (auto done = store::update(scratch, *now); !done)
                    return done;
            }
        }
    }
    return {};
}

bool isTableCopy(Database &db)
{
    auto origin = readOrigin(db);
    return !origin || origin->has_value();
}

Result<void> forgetRemoved(Database &db, const WorkshopData &data)
{
    auto origin = readOrigin(db);
    if (!origin)
        return origin.error();
    if (!*origin)
        return {}; // not a table copy
    auto base = changesets::openImage((*origin)->base);
    if (!base)
        return base.error();
    Database &scratch = **base;
    auto baseData = store::loadAll(scratch);
    if (!baseData)
        return baseData.error();
    QStringList removed;
    // Dependants first; the base has no foreign-key checks on (a private connection).
    Result<void> r = forgetTable<Vote>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Feedback>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Action>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Attachment>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Note>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Theme>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Board>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Group>(scratch, *baseData, data, removed);
    if (r)
        r = forgetTable<Participant>(scratch, *baseData, data, removed);
    if (!r)
        return r;
    for (const QString &membership : tables::ownedTables()) {
        if (auto done = changesets::removeStrayRows(scratch, membership); !done)
            return done;
    }
    if (removed.isEmpty() && data.participants.size() == baseData->participants.size()) {
        bool same = true;
        for (const Participant &p : data.participants) {
            const Participant *b = baseData->participants.find(p.id);
            same = same && b && *b == p;
        }
        if (same)
            return {};
    }
    // VACUUM leaves no trace of what was deleted in the image's free pages.
    if (auto vacuumed = scratch.exec(QStringLiteral("VACUUM")); !vacuumed)
        return vacuumed;
    auto image = changesets::imageOf(scratch);
    if (!image)
        return image.error();
    if (auto locked = workshopfile::retakeLock(db); !locked)
        return locked;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto update = db.prepareUncached(QStringLiteral("UPDATE table_copy SET base = ?1 WHERE copy_id = ?2"));
    if (!update)
        return update.error();
    update->bind(1, *image);
    update->bind(2, (*origin)->copyId);
    if (auto done = update->exec(); !done)
        return done;
    for (const QString &ref : std::as_const(removed)) {
        auto stmt = db.prepareUncached(
            QStringLiteral("INSERT OR IGNORE INTO table_copy_removed (table_name, row_id) VALUES (?1, ?2)"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, ref.section(QLatin1Char('/'), 0, 0));
        stmt->bind(2, ref.section(QLatin1Char('/'), 1));
        if (auto done = stmt->exec(); !done)
            return done;
    }
    return tx.commit();
}

} // namespace cg::tablecopies
