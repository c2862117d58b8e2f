// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/session.h"

#include "commands/writecommand.h"
#include "platform/platform.h"
#include "storage/database.h"
#include "storage/store.h"

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
        const T &row = std::get<T>(*to);
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

/// Rows built in code (imports, the generator) may come without times; give them "now".
void stampMissing(WorkshopData &data, const QDateTime &now)
{
    stampTable(data.participants, now);
    stampTable(data.consentEvents, now);
    stampTable(data.groups, now);
    stampTable(data.agendaItems, now);
    stampTable(data.boards, now);
    stampTable(data.themes, now);
    stampTable(data.notes, now);
    stampTable(data.votes, now);
    stampTable(data.actions, now);
    stampTable(data.attachments, now);
    stampTable(data.feedback, now);
    stampTable(data.payments, now);
    stampTable(data.auditEvents, now);
    stampTable(data.seatingRules, now);
}

} // namespace

Session::Session(std::unique_ptr<Database> db, WorkshopData data)
    : m_db(std::move(db))
    , m_data(std::move(data))
    , m_undoStack(new QUndoStack(this))
    , m_clock(systemNow)
{
    m_readOnly = m_db->isReadOnly();
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
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    WorkshopData data = source;
    const QDateTime now = systemNow();
    if (data.workshop.id.isNull())
        data.workshop.id = newId();
    if (!data.workshop.created.isValid())
        data.workshop.created = now;
    if (!data.workshop.modified.isValid())
        data.workshop.modified = now;
    stampMissing(data, now);
    {
        auto db = workshopfile::create(temp);
        if (!db)
            return db.error();
        Transaction tx(**db);
        if (!tx.isActive())
            return tx.error();
        auto written = store::writeAll(**db, data);
        if (written)
            written = tx.commit();
        if (!written) {
            tx.rollback();
            db->reset();
            QFile::remove(temp);
            QFile::remove(temp + QStringLiteral("-journal"));
            return fail(tr("The workshop could not be written: %1").arg(written.message()));
        }
        workshopfile::releaseJournal(**db);
    }
    if (!QFile::rename(temp, path)) { // never over a file that appeared meanwhile
        QFile::remove(temp);
        return fail(tr("The new workshop could not be put in place at %1.").arg(path));
    }
    return open(path);
}

Result<void> Session::refuseIfReadOnly() const
{
    if (m_readOnly)
        return fail(tr("This workshop is open read-only, so it cannot be changed. %1").arg(m_readOnlyReason).trimmed());
    return {};
}

void Session::stamp(Edit &edit) const
{
    const QDateTime time = now();
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
    if (done)
        m_undoStack->clear();
    return done;
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
        if (auto committed = tx.commit(); !committed)
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

Result<void> Session::saveCopy(const QString &destination)
{
    return workshopfile::saveCopy(*m_db, destination);
}

} // namespace cg
