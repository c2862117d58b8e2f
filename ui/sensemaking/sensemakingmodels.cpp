// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensemaking/sensemakingmodels.h"

#include "commands/edits.h"
#include "models/listtext.h"
#include "people/names.h"
#include "sensemaking/notemime.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <climits>
#include <tuple>
#include <vector>

namespace cg {

namespace {

QString authorWords(const WorkshopData &data, const Note &note)
{
    switch (note.authorKind) {
    case AuthorKind::Anonymous:
        return QCoreApplication::translate("cg::AllNotesModel", "Anonymous");
    case AuthorKind::Facilitator:
        return note.authorId.isNull() ? QCoreApplication::translate("cg::AllNotesModel", "Facilitator")
                                      : personName(data, note.authorId);
    case AuthorKind::Participant:
        return personName(data, note.authorId);
    }
    return {};
}

/// The notes of the rows being dragged (a row's cells count once), for either list.
template<class IdOf> QMimeData *dragged(const QModelIndexList &indexes, IdOf idOf)
{
    QList<QUuid> ids;
    for (const QModelIndex &index : indexes) {
        const QUuid id = idOf(index.row());
        if (!id.isNull() && !ids.contains(id))
            ids << id;
    }
    return notemime::make(ids);
}

} // namespace

// ---- Cross-board themes -------------------------------------------------------------------------

CrossBoardThemesModel::CrossBoardThemesModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Theme, parent)
{
    load();
}

QList<QUuid> CrossBoardThemesModel::orderedIds() const
{
    QList<QUuid> ids;
    for (const Theme &t : workshopData().themes)
        if (t.isCrossBoard())
            ids << t.id;
    return ids;
}

QStringList CrossBoardThemesModel::headers() const
{
    return { tr("Theme"), tr("Notes") };
}

QVariant CrossBoardThemesModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Theme *theme = data.themes.find(id);
    if (!theme)
        return {};
    if (role == Qt::TextAlignmentRole && column == Notes)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    QSet<QUuid> boards;
    for (const QUuid &n : theme->noteIds)
        if (const Note *note = data.notes.find(n))
            boards.insert(note->boardId);
    if (role == Qt::ToolTipRole)
        return QString(tr("%1: %n notes", nullptr, int(theme->noteIds.size())).arg(theme->name) + QLatin1Char(' ')
                       + tr("from %n boards", nullptr, int(boards.size())));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Name:
        return theme->name;
    case Notes:
        return int(theme->noteIds.size());
    default:
        return {};
    }
}

bool CrossBoardThemesModel::dependsOn(Entity entity) const
{
    return entity == Entity::Note;
}

Qt::ItemFlags CrossBoardThemesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList CrossBoardThemesModel::mimeTypes() const
{
    return { notemime::type() };
}

Qt::DropActions CrossBoardThemesModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool CrossBoardThemesModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                            const QModelIndex &parent) const
{
    // Onto a theme, not between themes.
    return parent.isValid() && data && data->hasFormat(notemime::type());
}

bool CrossBoardThemesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QUuid theme = idAt(parent.row());
    auto done = session()->perform(edits::addNotesToTheme(session()->data(), theme, notemime::read(data)));
    if (!done)
        Q_EMIT statusMessage(done.message());
    // The notes are added, not moved: the source must not remove anything.
    return false;
}

// ---- All notes ----------------------------------------------------------------------------------

AllNotesModel::AllNotesModel(Session *session, QObject *parent)
    : SessionTableModel(session, Entity::Note, parent)
{
    load();
    m_boardOrder = edits::boardOrder(session->data());
    // Notes are listed board by board: when the boards are reordered, so are the notes (rare
    // enough that listing them afresh is fine).
    connect(session, &Session::editApplied, this, [this] {
        QList<QUuid> order = edits::boardOrder(workshopData());
        if (order != m_boardOrder) {
            m_boardOrder = std::move(order);
            load();
        }
    });
}

QList<QUuid> AllNotesModel::orderedIds() const
{
    // Board by board, each in reading order (top to bottom, then left to right). Run on every
    // change to a note, so kept cheap for a workshop of 20,000 notes: one lookup per note, then a
    // sort of plain values.
    const WorkshopData &data = workshopData();
    QHash<QUuid, int> boardIndex;
    const QList<QUuid> boards = edits::boardOrder(data);
    for (int i = 0; i < boards.size(); ++i)
        boardIndex.insert(boards.at(i), i);
    struct Key
    {
        int board;
        double y;
        double x;
        int row;
    };
    std::vector<Key> keys;
    keys.reserve(data.notes.size());
    const auto &rows = data.notes.rows();
    for (int i = 0; i < int(rows.size()); ++i) {
        const Note &n = rows[std::size_t(i)];
        keys.push_back({boardIndex.value(n.boardId, INT_MAX), n.y, n.x, i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.board, a.y, a.x, a.row) < std::tie(b.board, b.y, b.x, b.row);
    });
    QList<QUuid> ids;
    ids.reserve(qsizetype(keys.size()));
    for (const Key &k : keys)
        ids << rows[std::size_t(k.row)].id;
    return ids;
}

QStringList AllNotesModel::headers() const
{
    return { tr("Note"), tr("Board"), tr("Who"), tr("In themes") };
}

QVariant AllNotesModel::cell(const QUuid &id, int column, int role) const
{
    const WorkshopData &data = workshopData();
    const Note *note = data.notes.find(id);
    if (!note)
        return {};
    if (role == Qt::ToolTipRole) {
        const Board *board = data.boards.find(note->boardId);
        return QString(note->text + QStringLiteral("\n— ") + authorWords(data, *note)
                       + (board ? QStringLiteral(", ") + board->title : QString()));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Text:
        return note->text.simplified();
    case BoardColumn: {
        const Board *board = data.boards.find(note->boardId);
        return board ? board->title : QString();
    }
    case Author:
        return authorWords(data, *note);
    case Themes: {
        QStringList names;
        for (const Theme &t : data.themes)
            if (t.isCrossBoard() && t.noteIds.contains(id))
                names << t.name;
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

bool AllNotesModel::dependsOn(Entity entity) const
{
    return entity == Entity::Board || entity == Entity::Theme || entity == Entity::Participant;
}

Qt::ItemFlags AllNotesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList AllNotesModel::mimeTypes() const
{
    return { notemime::type() };
}

QMimeData *AllNotesModel::mimeData(const QModelIndexList &indexes) const
{
    return dragged(indexes, [this](int row) { return idAt(row); });
}

Qt::DropActions AllNotesModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

// ---- One theme's notes --------------------------------------------------------------------------

ThemeNotesModel::ThemeNotesModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &Session::editApplied, this, [this] {
        sync();
        // Notes' words and boards' names may have changed too.
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    });
}

void ThemeNotesModel::setTheme(const QUuid &themeId)
{
    if (themeId == m_theme)
        return;
    beginResetModel();
    m_theme = themeId;
    m_ids = target();
    endResetModel();
}

QList<QUuid> ThemeNotesModel::target() const
{
    QList<QUuid> ids;
    if (const Theme *theme = m_session->data().themes.find(m_theme))
        for (const QUuid &id : theme->noteIds)
            if (m_session->data().notes.contains(id))
                ids << id;
    return ids;
}

void ThemeNotesModel::sync()
{
    if (!m_session->data().themes.contains(m_theme) && !m_theme.isNull()) {
        beginResetModel();
        m_theme = QUuid();
        m_ids.clear();
        endResetModel();
        return;
    }
    const QList<QUuid> wanted = target();
    const QSet<QUuid> keep(wanted.begin(), wanted.end());
    for (qsizetype i = m_ids.size() - 1; i >= 0; --i) {
        if (keep.contains(m_ids.at(i)))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_ids.remove(i);
        endRemoveRows();
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (i < m_ids.size() && m_ids.at(i) == wanted.at(i))
            continue;
        const qsizetype from = m_ids.indexOf(wanted.at(i), i);
        if (from < 0) {
            beginInsertRows({}, int(i), int(i));
            m_ids.insert(i, wanted.at(i));
            endInsertRows();
        } else {
            beginMoveRows({}, int(from), int(from), {}, int(i));
            m_ids.move(from, i);
            endMoveRows();
        }
    }
}

QUuid ThemeNotesModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid();
}

int ThemeNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ThemeNotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThemeNotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkshopData &data = m_session->data();
    const QUuid id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const Note *note = data.notes.find(id);
    if (!note)
        return {};
    if (role == Qt::ToolTipRole)
        return note->text;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == Text)
        return note->text.simplified();
    const Board *board = data.boards.find(note->boardId);
    return board ? board->title : QString();
}

QVariant ThemeNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Text)
        return tr("Note");
    if (section == BoardColumn)
        return tr("Board");
    return {};
}

Qt::ItemFlags ThemeNotesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    else if (!m_theme.isNull())
        f |= Qt::ItemIsDropEnabled; // between rows
    return f;
}

QStringList ThemeNotesModel::mimeTypes() const
{
    return { notemime::type() };
}

QMimeData *ThemeNotesModel::mimeData(const QModelIndexList &indexes) const
{
    return dragged(indexes, [this](int row) { return idAt(row); });
}

Qt::DropActions ThemeNotesModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions ThemeNotesModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool ThemeNotesModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return !m_theme.isNull() && data && data->hasFormat(notemime::type());
}

bool ThemeNotesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (parent.isValid()) // dropped onto a row: before it
        row = parent.row();
    const QList<QUuid> ids = notemime::read(data);
    Result<void> done;
    if (ids.size() == 1 && m_ids.contains(ids.front())) {
        // A note moved within the theme: \a row counts the list with it still in place.
        const int from = int(m_ids.indexOf(ids.front()));
        const int to = row < 0 ? int(m_ids.size()) - 1 : (row > from ? row - 1 : row);
        done = m_session->perform(edits::moveNoteInTheme(m_session->data(), m_theme, ids.front(), to));
    } else {
        done = m_session->perform(edits::addNotesToTheme(m_session->data(), m_theme, ids, row));
    }
    if (!done)
        Q_EMIT statusMessage(done.message());
    return false; // nothing for the source to remove: the Session made the change
}

// ---- Search -------------------------------------------------------------------------------------

void NoteSearchModel::setSearch(const QString &text)
{
    m_matcher = names::Matcher(text);
    invalidateFilter();
}

bool NoteSearchModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_matcher.isEmpty())
        return true;
    QAbstractItemModel *source = sourceModel();
    QString all;
    for (int c = 0; c < source->columnCount(sourceParent); ++c)
        all += source->index(sourceRow, c, sourceParent).data().toString() + QLatin1Char(' ');
    return m_matcher.matches(all);
}

} // namespace cg
