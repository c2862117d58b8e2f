// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agendamodel.h"

#include "commands/edits.h"
#include "i18n/localeformat.h"
#include "models/listtext.h"
#include "session/session.h"

#include <QFont>
#include <QMimeData>

namespace cg {

namespace {

QString timeOfDay(const QDateTime &time)
{
    return i18n::clock(time);
}

} // namespace

AgendaModel::AgendaModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::AgendaItem, parent)
{
    load();
}

const agenda::Timing &AgendaModel::timing() const
{
    if (!m_timingValid) {
        m_timing = agenda::plan(workshopData());
        m_timingValid = true;
    }
    return m_timing;
}

QList<QUuid> AgendaModel::orderedIds() const
{
    QList<QUuid> ids;
    for (const AgendaItem *item : agenda::inOrder(workshopData()))
        ids << item->id;
    return ids;
}

QStringList AgendaModel::headers() const
{
    return { tr("Start"), tr("Item"), tr("Kind"), tr("Minutes"), tr("Boards"), tr("Now") };
}

QString AgendaModel::nowText(const QUuid &id) const
{
    if (m_run.phase == RunStatus::Phase::NotStarted)
        return {};
    const RunSlot *slot = m_run.slot(id);
    if (!slot)
        return {};
    switch (slot->state) {
    case agenda::RunState::Done:
        return tr("Done %1–%2").arg(timeOfDay(slot->start), timeOfDay(slot->end));
    case agenda::RunState::Skipped:
        return tr("Skipped");
    case agenda::RunState::Current:
        if (m_run.phase == RunStatus::Phase::Paused)
            return tr("Paused, %1 left")
                .arg(RunClock::countdownText(std::max<qint64>(0, m_run.remainingSeconds)));
        if (m_run.remainingSeconds < 0)
            return tr("%1 over").arg(RunClock::countdownText(-m_run.remainingSeconds));
        return tr("%1 left").arg(RunClock::countdownText(m_run.remainingSeconds));
    case agenda::RunState::Upcoming:
        if (!slot->start.isValid())
            return tr("Not yet run");
        return tr("Expected %1").arg(timeOfDay(slot->start));
    }
    return {};
}

QVariant AgendaModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const AgendaItem *item = data.agendaItems.find(id);
    if (!item)
        return {};
    if (role == Qt::TextAlignmentRole && (column == Start || column == Minutes))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && m_run.currentId == id) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::FontRole && item->skipped) {
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Start: {
        const agenda::Slot *slot = timing().find(id);
        return slot ? agenda::clockText(slot->start) : QString();
    }
    case Title:
        // The item under way is marked in words too (not by bold alone).
        return m_run.currentId == id ? tr("▶ %1").arg(item->title) : item->title;
    case Kind:
        return sentenceCase(enumWords(item->kind));
    case Minutes:
        return item->extraMinutes > 0 ? tr("%1 + %2").arg(item->plannedMinutes).arg(item->extraMinutes)
                                      : QString::number(item->plannedMinutes);
    case Boards: {
        int n = 0;
        for (const Board &b : data.boards)
            n += b.agendaItemId == id ? 1 : 0;
        if (item->kind == AgendaKind::Breakout && n == 0 && !data.groups.empty())
            return tr("one per group");
        if (n == 0)
            return QString();
        return n == 1 ? tr("1 board") : tr("%1 boards").arg(n);
    }
    case Now:
        return nowText(id);
    default:
        return {};
    }
}

bool AgendaModel::dependsOn(Entity entity) const
{
    // Moving or resizing one item moves the start of every later one; the start time comes from
    // the workshop row; the board counts from the boards.
    return entity == Entity::AgendaItem || entity == Entity::Workshop || entity == Entity::Board
        || entity == Entity::Group;
}

void AgendaModel::setRunStatus(const RunStatus &status)
{
    const bool wasRunning = m_run.phase != RunStatus::Phase::NotStarted;
    const QUuid wasCurrent = m_run.currentId;
    QStringList before;
    for (int row = 0; row < rowCount(); ++row)
        before << nowText(idAt(row));
    m_run = status;
    if (rowCount() == 0)
        return;
    if (wasCurrent != m_run.currentId || wasRunning != (m_run.phase != RunStatus::Phase::NotStarted)) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (int row = 0; row < rowCount(); ++row)
        if (before.value(row) != nowText(idAt(row)))
            Q_EMIT dataChanged(index(row, Now), index(row, Now));
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = SessionTableModel::flags(index);
    if (!index.isValid())
        return base | Qt::ItemIsDropEnabled; // drops go between rows, never onto one
    return base | Qt::ItemIsDragEnabled;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return { QString::fromLatin1(mimeType) };
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), idAt(indexes.first().row()).toByteArray());
    return mime;
}

bool AgendaModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(mimeType))
        && !session()->isReadOnly();
}

bool AgendaModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QUuid id = QUuid::fromString(QString::fromLatin1(data->data(QString::fromLatin1(mimeType))));
    const int from = rowOf(id);
    if (from < 0)
        return false;
    // A drop "on" a row (row -1) puts the item where that row is; past the end, last.
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    // The row numbers count the dragged row itself, which leaves its place first.
    if (target > from)
        --target;
    if (target == from)
        return false;
    auto moved = session()->perform(edits::moveAgendaItem(workshopData(), id, target));
    if (!moved) {
        Q_EMIT moveFailed(moved.message());
        return false;
    }
    // Returning false keeps the view from "removing" the source row after a move: the model has
    // already been brought in line by the Session's change events.
    return false;
}

} // namespace cg
