// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/session.h"

#include "commands/writecommand.h"
#include "storage/backups.h"
#include "consent/consentpolicy.h"
#include "merge/tablecopies.h"
#include "platform/platform.h"
#include "storage/database.h"
#include "storage/store.h"
#include "storage/tables.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cg {

namespace {

QDateTime systemNow()
{
    // Millisecond precision, as stored, so that in-memory and reloaded values compare equal.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

template<class T>
void applyToMemory(WorkshopData &data, const std::optional<AnyRecord> &from, const std::optional<AnyRecord> &to,
                   std::vector<Change> &events)
{
    if (to) {
        auto put = [&](const T &row) {
            if constexpr (std::is_same_v<T, Workshop>) {
                data.workshop = row;
                events.push_back({Entity::Workshop, Change::Kind::Updated, row.id});
            } else if (from) {
                data.table<T>().update(row);
                events.push_back({entityOf<T>(), Change::Kind::Updated, row.id});
            } else {
                data.table<T>().insert(row);
                events.push_back({entityOf<T>(), Change::Kind::Inserted, row.id});
            }
        };
        if constexpr (std::is_same_v<T, Attachment>) {
            // The file holds the bytes; memory only what the lists show (see Attachment).
            Attachment row = std::get<T>(*to);
            if (!row.data.isNull())
                row.byteSize = row.data.size();
            row.data = QByteArray();
            put(row);
        } else {
            put(std::get<T>(*to));
        }
    } else if (from) {
        const QUuid id = std::get<T>(*from).id;
        if constexpr (!std::is_same_v<T, Workshop>)
            data.table<T>().remove(id);
        events.push_back({entityOf<T>(), Change::Kind::Removed, id});
    }
}

template<class T>
void stampTable(Table<T> &table, const QDateTime &now)
{
    for (const T &row : table) {
        if (row.created.isValid() && row.modified.isValid())
            continue;
        T copy = row;
        if (!copy.created.isValid())
            copy.created = now;
        if (!copy.modified.isValid())
            copy.modified = copy.created;
        table.update(copy);
    }
}

qint64 lastSequence(const WorkshopData &data)
{
    qint64 last = 0;
    for (const ConsentEvent &e : data.consentEvents)
        last = std::max(last, e.sequence);
    return last;
}

/// Rows built in code (imports, the generator) may come without times; give them "now".
void stampMissing(WorkshopData &data, const QDateTime &now)
{
    numberUnsequenced(data.consentEvents);
    tables::forEachRowType([&](auto type) {
        using T = typename decltype(type)::type;
        stampTable(data.table<T>(), now);
    });
}

} // namespace

Session::Session(std::unique_ptr<Database> db, WorkshopData data)
    : m_db(std::move(db))
    , m_data(std::move(data))
    , m_undoStack(new QUndoStack(this))
    , m_clock(systemNow)
{
    m_readOnly = m_db->isReadOnly();
    m_tableCopy = !m_readOnly && tablecopies::isTableCopy(*m_db);
    qRegisterMetaType<cg::Change>();
}

Session::~Session()
{
    if (m_db && !m_readOnly) {
        m_undoStack->clear();
        workshopfile::releaseJournal(*m_db);
    }
}

QString Session::filePath() const
{
    return m_db->path();
}

Result<std::unique_ptr<Session>> Session::open(const QString &path, const workshopfile::OpenOptions &options)
{
    auto opened = workshopfile::open(path, options);
    if (!opened)
        return opened.error();
    auto data = store::loadAll(*opened->db);
    if (!data)
        return fail(tr("“%1” could not be loaded: %2").arg(QFileInfo(path).fileName(), data.message()));
    std::unique_ptr<Session> session(new Session(std::move(opened->db), std::move(*data)));
    session->m_readOnly = opened->readOnly;
    session->m_readOnlyReason = opened->readOnlyReason;
    session->m_backupPath = opened->backupPath;
    session->m_openNotice = opened->notice;
    session->m_quickCheckPending = opened->quickCheckPending;
    return session;
}

Result<std::unique_ptr<Session>> Session::create(const QString &path, Workshop workshop)
{
    WorkshopData data;
    data.workshop = std::move(workshop);
    return createFrom(path, data);
}

Result<std::unique_ptr<Session>> Session::createFrom(const QString &path, const WorkshopData &source)
{
    // Build the whole file under a temporary name and rename it into place, so that a crash or a
    // full disk never leaves a half-made workshop at \a path.
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; choose another name.").arg(QFileInfo(path).fileName()));
    WorkshopData data = source;
    const QDateTime now = systemNow();
    if (data.workshop.id.isNull())
        data.workshop.id = newId();
    if (!data.workshop.created.isValid())
        data.workshop.created = now;
    if (!data.workshop.modified.isValid())
        data.workshop.modified = now;
    stampMissing(data, now);
    // A unique, locked draft: two runs never share it and a killed run's is removed next time.
    auto draft = workshopfile::createDraft(path);
    if (!draft)
        return draft.error();
    const QString temp = draft->path;
    {
        Database &db = *draft->db;
        Result<void> written = [&]() -> Result<void> {
            Transaction tx(db);
            if (!tx.isActive())
                return tx.error();
            auto done = store::writeAll(db, data);
            if (done)
                done = tx.commit();
            if (!done)
                tx.rollback();
            return done;
        }();
        if (!written) {
            draft->db.reset();
            workshopfile::discardDraft(temp);
            return fail(tr("The workshop could not be written: %1").arg(written.message()));
        }
        workshopfile::releaseJournal(db);
        draft->db.reset();
    }
    // The draft's journal is of no use once the draft is complete and closed; left behind (its
    // removal can fail like any write), it would sit beside the workshop under the draft's name.
    QFile::remove(temp + QStringLiteral("-journal"));
    if (!QFile::rename(temp, path)) { // never over a file that appeared meanwhile
        workshopfile::discardDraft(temp);
        return fail(tr("The new workshop could not be put in place at %1.").arg(path));
    }
    auto opened = open(path);
    if (!opened) {
        // Nobody else has seen the new file: a failed import leaves nothing, not a workshop that
        // may or may not be whole.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return fail(tr("The new workshop could not be opened after it was written, so it was removed: %1")
                        .arg(opened.message()));
    }
    return opened;
}

Result<void> Session::finishChecks()
{
    if (!m_quickCheckPending)
        return {};
    m_quickCheckPending = false;
    const QStringList problems = workshopfile::quickCheck(*m_db);
    if (problems.isEmpty())
        return {};
    QString first = problems.first();
    if (problems.size() > 1)
        first += tr(" (and %n more problem(s); commonground-cli check lists them all)", nullptr, int(problems.size() - 1));
    m_readOnly = true;
    m_readOnlyReason = tr("The file is damaged (%1), so nothing more will be written to it. "
                          "You can still look at everything and save a copy of it (File → Save a Copy…).")
                           .arg(first);
    return fail(tr("“%1” is damaged: %2.").arg(QFileInfo(filePath()).fileName(), first));
}

Result<void> Session::refuseIfReadOnly()
{
    (void)finishChecks(); // a damaged file becomes read-only here, before anything is written
    if (m_readOnly)
        return fail(tr("This workshop is open read-only, so it cannot be changed. %1").arg(m_readOnlyReason).trimmed());
    return {};
}

void Session::stamp(Edit &edit) const
{
    const QDateTime time = now();
    qint64 sequence = -1; // looked up only when the edit records consent
    for (RowChange &change : edit.changes) {
        if (!change.after)
            continue;
        std::visit(
            [&](auto &row) {
                if (row.id.isNull())
                    row.id = newId();
                if (!change.before && !row.created.isValid())
                    row.created = time;
                row.modified = time;
                if constexpr (std::is_same_v<std::decay_t<decltype(row)>, ConsentEvent>) {
                    if (!change.before) {
                        if (sequence < 0)
                            sequence = lastSequence(m_data);
                        row.sequence = ++sequence;
                    }
                }
            },
            *change.after);
    }
}

Result<void> Session::recordWrite(Result<void> result)
{
    if (!result) {
        m_lastError = result.message();
        Q_EMIT writeFailed(m_lastError);
    }
    return result;
}

Result<void> Session::perform(Result<Edit> edit)
{
    if (!edit)
        return edit.error();
    if (auto refused = refuseIfReadOnly(); !refused)
        return refused;
    if (edit->isEmpty())
        return {};
    if (auto kept = keepAttachmentBytesForUndo(*edit); !kept)
        return kept;
    stamp(*edit);
    m_lastError.clear();
    auto *command = new WriteCommand(this, std::move(*edit));
    // QUndoStack::push runs redo(); a command whose write failed marks itself obsolete and the
    // stack deletes it instead of keeping it.
    m_undoStack->push(command);
    if (!m_lastError.isEmpty())
        return fail(m_lastError);
    return {};
}

Result<void> Session::record(Result<Edit> edit)
{
    if (!edit)
        return edit.error();
    if (auto refused = refuseIfReadOnly(); !refused)
        return refused;
    stamp(*edit);
    return applyChanges(edit->changes, true);
}

Result<void> Session::recordIrreversibly(Result<Edit> edit)
{
    auto done = record(std::move(edit));
    if (!done)
        return done;
    m_undoStack->clear();
    // A table copy's base (the copy as prepared) must not keep what was just taken away either.
    if (auto forgotten = m_tableCopy ? tablecopies::forgetRemoved(*m_db, m_data) : Result<void>(); !forgotten)
        return fail(tr("The change was recorded, but the table copy's record of how it was prepared could not be "
                       "updated: %1")
                        .arg(forgotten.message()));
    // A backup would keep what was just deleted or anonymised for good, or bring it back.
    if (auto removed = backups::removeAll(filePath()); !removed)
        return fail(tr("The change was recorded, but its backups still hold the earlier version. %1 "
                       "Remove that folder by hand.")
                        .arg(removed.message()));
    return done;
}

namespace {

template<class T>
void differences(const Table<T> &before, const Table<T> &after, std::vector<Change> &events)
{
    for (const T &row : after) {
        const T *old = before.find(row.id);
        if (!old)
            events.push_back({entityOf<T>(), Change::Kind::Inserted, row.id});
        else if (!(*old == row))
            events.push_back({entityOf<T>(), Change::Kind::Updated, row.id});
    }
    for (const T &row : before) {
        if (!after.contains(row.id))
            events.push_back({entityOf<T>(), Change::Kind::Removed, row.id});
    }
}

void allDifferences(const WorkshopData &before, const WorkshopData &after, std::vector<Change> &events)
{
    tables::forEachRowType([&](auto type) {
        using T = typename decltype(type)::type;
        differences(before.table<T>(), after.table<T>(), events);
    });
}

} // namespace

Result<void> Session::applyBulk(const std::function<Result<bool>(Database &)> &write, bool dryRun)
{
    if (auto refused = refuseIfReadOnly(); !refused)
        return refused;
    if (auto locked = workshopfile::retakeLock(*m_db); !locked)
        return recordWrite(locked);
    bool removedForGood = false;
    std::optional<WorkshopData> loaded;
    {
        Transaction tx(*m_db);
        if (!tx.isActive())
            return recordWrite(tx.error());
        auto written = write(*m_db);
        if (!written)
            return written.error(); // rolled back: nothing was written
        if (dryRun)
            return {};
        removedForGood = *written;
        auto read = store::loadAll(*m_db);
        if (!read)
            return recordWrite(read.error());
        loaded = std::move(*read);
        if (auto committed = tx.commit(); !committed)
            return recordWrite(committed);
    }
    std::vector<Change> events;
    if (!(loaded->workshop == m_data.workshop))
        events.push_back({Entity::Workshop, Change::Kind::Updated, loaded->workshop.id});
    allDifferences(m_data, *loaded, events);
    m_data = std::move(*loaded);
    m_undoStack->clear();
    for (const Change &event : events)
        Q_EMIT changed(event);
    Q_EMIT editApplied();
    if (removedForGood) {
        if (auto removed = backups::removeAll(filePath()); !removed)
            return fail(tr("The change was recorded, but its backups still hold the earlier version. %1 "
                           "Remove that folder by hand.")
                            .arg(removed.message()));
    }
    return {};
}

Result<QString> Session::takeBackup(int keep)
{
    if (m_readOnly)
        return QString();
    if (auto checked = finishChecks(); !checked)
        return checked.error(); // never a backup of a damaged file: it would push out a good one
    return backups::take(*m_db, filePath(), keep);
}

Result<void> Session::applyChanges(const std::vector<RowChange> &changes, bool forward)
{
    if (auto refused = refuseIfReadOnly(); !refused)
        return recordWrite(refused);
    const auto count = changes.size();
    auto at = [&](std::size_t i) -> const RowChange & { return forward ? changes[i] : changes[count - 1 - i]; };

    {
        if (auto locked = workshopfile::retakeLock(*m_db); !locked)
            return recordWrite(locked);
        Transaction tx(*m_db);
        if (!tx.isActive())
            return recordWrite(tx.error());
        for (std::size_t i = 0; i < count; ++i) {
            const RowChange &change = at(i);
            const auto &from = forward ? change.before : change.after;
            const auto &to = forward ? change.after : change.before;
            Result<void> written;
            if (to && from)
                written = store::update(*m_db, *to);
            else if (to)
                written = store::insert(*m_db, *to);
            else if (from)
                written = store::remove(*m_db, entityOf(*from), idOf(*from));
            if (!written)
                return recordWrite(written);
        }
        if (auto committed = tx.commit(); !committed && !changesReachedFile(changes, forward))
            return recordWrite(committed);
    }

    std::vector<Change> events;
    events.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const RowChange &change = at(i);
        const auto &from = forward ? change.before : change.after;
        const auto &to = forward ? change.after : change.before;
        std::visit(
            [&](const auto &row) {
                using T = std::decay_t<decltype(row)>;
                applyToMemory<T>(m_data, from, to, events);
            },
            to ? *to : *from);
    }
    for (const Change &event : events)
        Q_EMIT changed(event);
    Q_EMIT editApplied();
    return {};
}

bool Session::changesReachedFile(const std::vector<RowChange> &changes, bool forward) const
{
    // SQLite can report a COMMIT as failed after its commit point: with the journal already
    // emptied, the sync that follows fails. The change is then in the file, and memory must not
    // pretend otherwise (or the next edit is built on rows the file does not have). So a failed
    // commit is read back: the edit counts as saved when every row it touches is as it left it.
    auto loaded = store::loadAll(*m_db);
    if (!loaded)
        return false;
    WorkshopData expected = m_data;
    std::vector<Change> ignored;
    const auto count = changes.size();
    auto at = [&](std::size_t i) -> const RowChange & { return forward ? changes[i] : changes[count - 1 - i]; };
    for (std::size_t i = 0; i < count; ++i) {
        const auto &from = forward ? at(i).before : at(i).after;
        const auto &to = forward ? at(i).after : at(i).before;
        std::visit([&](const auto &row) { applyToMemory<std::decay_t<decltype(row)>>(expected, from, to, ignored); },
                   to ? *to : *from);
    }
    for (std::size_t i = 0; i < count; ++i) {
        const auto &any = at(i).after ? *at(i).after : *at(i).before;
        const bool same = std::visit(
            [&](const auto &row) {
                using T = std::decay_t<decltype(row)>;
                if constexpr (std::is_same_v<T, Workshop>) {
                    return loaded->workshop == expected.workshop;
                } else {
                    const T *inFile = loaded->table<T>().find(row.id);
                    const T *wanted = expected.table<T>().find(row.id);
                    return (!inFile && !wanted) || (inFile && wanted && *inFile == *wanted);
                }
            },
            any);
        if (!same)
            return false;
    }
    return true;
}

Result<void> Session::keepAttachmentBytesForUndo(Edit &edit) const
{
    // An edit that removes a photo, or replaces its bytes, carries the bytes it takes away, so
    // that undo can put them back: the rows in data() never hold them.
    for (RowChange &change : edit.changes) {
        if (!change.before || change.entity() != Entity::Attachment)
            continue;
        auto &before = std::get<Attachment>(*change.before);
        const bool bytesGo = !change.after || !std::get<Attachment>(*change.after).data.isNull();
        if (!bytesGo || !before.data.isNull())
            continue;
        auto bytes = store::attachmentData(*m_db, before.id);
        if (!bytes)
            return fail(tr("“%1” could not be read from the workshop file, so it was left as it was: %2")
                            .arg(before.fileName, bytes.message()));
        before.data = std::move(*bytes);
    }
    return {};
}

Result<QByteArray> Session::attachmentData(const QUuid &attachmentId) const
{
    if (!m_data.attachments.contains(attachmentId))
        return fail(tr("That picture is no longer in the workshop."));
    return store::attachmentData(*m_db, attachmentId);
}

Result<WorkshopData> Session::completeData() const
{
    WorkshopData complete = m_data;
    for (const Attachment &a : m_data.attachments) {
        auto bytes = store::attachmentData(*m_db, a.id);
        if (!bytes)
            return fail(tr("“%1” could not be read from the workshop file: %2").arg(a.fileName, bytes.message()));
        Attachment loaded = a;
        loaded.data = std::move(*bytes);
        complete.attachments.update(loaded);
    }
    return complete;
}

Result<void> Session::saveCopy(const QString &destination)
{
    return workshopfile::saveCopy(*m_db, destination);
}

} // namespace cg
