// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sessiontablemodel.h"
#include "people/names.h"

#include <QSortFilterProxyModel>

namespace cg {

/// The cross-board themes, in the order they were made, with how many notes and boards each
/// gathers. Notes dropped on a theme are added to it.
class CrossBoardThemesModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Notes, ColumnCount };
    explicit CrossBoardThemesModel(Session *session, QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;
};

/// Every note on every board, in board order and reading order, with its board, who wrote it
/// (the team's view: display names) and the cross-board themes it is in. Notes are dragged from
/// here into themes.
class AllNotesModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Column { Text, BoardColumn, Author, Themes, ColumnCount };
    explicit AllNotesModel(Session *session, QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

protected:
    QList<QUuid> orderedIds() const override;
    QStringList headers() const override;
    QVariant cell(const QUuid &id, int column, int role) const override;
    bool dependsOn(Entity entity) const override;

private:
    QList<QUuid> m_boardOrder;
};

/// The notes of one cross-board theme, in its order. Notes dropped here join the theme where
/// they are dropped; a note dragged within the list moves.
class ThemeNotesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Text, BoardColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ThemeNotesModel(Session *session, QObject *parent = nullptr);

    void setTheme(const QUuid &themeId);
    QUuid theme() const { return m_theme; }
    QUuid idAt(int row) const;
    int rowOf(const QUuid &noteId) const { return int(m_ids.indexOf(noteId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QList<QUuid> target() const;
    void sync();

    Session *m_session;
    QUuid m_theme;
    QList<QUuid> m_ids;
};

/// Filters notes by a search through the one matcher (any part of the words, case and accents
/// ignored) over the note, its board and its author.
class NoteSearchModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    names::Matcher m_matcher{QStringView()};
};

} // namespace cg
