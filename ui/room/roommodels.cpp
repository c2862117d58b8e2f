// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/roommodels.h"

#include "consent/consentpolicy.h"
#include "session/session.h"

#include <QLocale>

namespace cg {

namespace {

QString timeText(const QDateTime &when)
{
    // Hours and minutes: the seconds some locales' short format carries are noise in a queue.
    return when.toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

} // namespace

PendingNotesModel::PendingNotesModel(room::RoomService &service, Session &session, QObject *parent)
    : RoomRowsModel(parent)
    , m_service(service)
    , m_session(session)
{
    connect(&service, &room::RoomService::pendingChanged, this, &PendingNotesModel::refresh);
    // A board renamed (or its group) while its notes wait.
    connect(&session, &Session::editApplied, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, Board), index(int(m_rows.size()) - 1, Board));
    });
    refresh();
}

void PendingNotesModel::refresh()
{
    sync({ m_service.pending().begin(), m_service.pending().end() });
}

int PendingNotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingNotesModel::deviceLabel(const QUuid &deviceId) const
{
    for (const room::RoomDevice &device : m_service.devices())
        if (device.id == deviceId)
            return device.label;
    return tr("A device");
}

QString PendingNotesModel::fromLabel(const room::PendingNote &note) const
{
    const QString device = deviceLabel(note.deviceId);
    if (note.authorId.isNull())
        return device;
    // Built on demand: the queue is short, and consent may have changed since the last look.
    const QString name = ConsentPolicy(m_session.data()).personName(note.authorId, Audience::Team);
    return name.isEmpty() ? tr("%1 · someone not taking part now").arg(device) : tr("%1 · %2").arg(device, name);
}

QString PendingNotesModel::boardLabel(const QUuid &boardId) const
{
    const WorkshopData &data = m_session.data();
    const cg::Board *board = data.boards.find(boardId);
    if (!board)
        return tr("(a board since deleted)");
    const Group *group = board->groupId.isNull() ? nullptr : data.groups.find(board->groupId);
    if (!group || group->name.isEmpty() || board->title.contains(group->name))
        return board->title;
    return tr("%1 · %2").arg(group->name, board->title);
}

QVariant PendingNotesModel::data(const QModelIndex &index, int role) const
{
    const room::PendingNote *note = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!note)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Text:
            return role == Qt::DisplayRole ? QString(note->text).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                           : note->text;
        case Board:
            return boardLabel(note->boardId);
        case Device:
            return fromLabel(*note);
        case Received:
            return role == Qt::DisplayRole
                ? timeText(note->received)
                : QLocale().toString(note->received.toLocalTime(), QLocale::LongFormat);
        default:
            break;
        }
    }
    if (role == Qt::AccessibleDescriptionRole)
        return tr("For %1, from %2, received %3")
            .arg(boardLabel(note->boardId), fromLabel(*note), timeText(note->received));
    if (role == Qt::UserRole)
        return note->id;
    return {};
}

QVariant PendingNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text:
        return tr("Note");
    case Board:
        return tr("Board");
    case Device:
        return tr("From");
    case Received:
        return tr("Received");
    default:
        return {};
    }
}

RoomDevicesModel::RoomDevicesModel(room::RoomService &service, Session &session, QObject *parent)
    : RoomRowsModel(parent)
    , m_service(service)
    , m_session(session)
{
    connect(&service, &room::RoomService::devicesChanged, this, &RoomDevicesModel::refresh);
    connect(&service, &room::RoomService::pendingChanged, this, &RoomDevicesModel::refresh);
    // A note that went straight onto a board counts as sent too.
    connect(&session, &Session::editApplied, this, &RoomDevicesModel::refresh);
    refresh();
}

void RoomDevicesModel::refresh()
{
    QHash<QUuid, int> waiting;
    for (const room::PendingNote &note : m_service.pending())
        ++waiting[note.deviceId];
    std::vector<RoomDeviceRow> rows;
    const ConsentPolicy policy(m_session.data());
    for (const room::RoomDevice &device : m_service.devices()) {
        if (device.removed)
            continue;
        RoomDeviceRow row { device.id, device.label, device.joined, device.notesSent, waiting.value(device.id), {}, false };
        if (device.noteTaker != room::RoomDevice::NoteTaker::No) {
            const cg::Board *board = m_session.data().boards.find(device.noteTakerBoard);
            const QString title = board ? board->title : tr("a board since deleted");
            row.asksNoteTaker = device.noteTaker == room::RoomDevice::NoteTaker::Asked;
            row.role = row.asksNoteTaker ? tr("note-taker for %1, asks your approval").arg(title)
                                         : tr("note-taker for %1").arg(title);
        }
        if (!device.person.isNull()) {
            // The facilitator's own list: who the phone says it is, by the team's name.
            const QString name = policy.personName(device.person, Audience::Team);
            const QString who = name.isEmpty() ? tr("someone not taking part: notes not kept")
                                               : tr("says it is %1").arg(name);
            row.role = row.role.isEmpty() ? who : tr("%1; %2").arg(row.role, who);
        }
        rows.push_back(std::move(row));
    }
    sync(std::move(rows));
}

int RoomDevicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomDevicesModel::data(const QModelIndex &index, int role) const
{
    const RoomDeviceRow *device = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!device)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Label:
            return device->role.isEmpty() ? device->label : tr("%1 (%2)").arg(device->label, device->role);
        case Joined:
            return timeText(device->joined);
        case Sent:
            return device->notesSent;
        case Waiting:
            return device->waiting;
        default:
            break;
        }
    }
    if (role == Qt::UserRole)
        return device->id;
    return {};
}

QVariant RoomDevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Device");
    case Joined:
        return tr("Joined");
    case Sent:
        return tr("Notes sent");
    case Waiting:
        return tr("Waiting");
    default:
        return {};
    }
}

} // namespace cg
