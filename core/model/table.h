// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QUuid>

#include <optional>
#include <vector>

namespace cg {

/// The in-memory rows of one entity: kept in a stable order (insertion, or the order they were
/// loaded in) with a hash from id to position for constant-time lookup.
template<class T>
class Table
{
public:
    const std::vector<T> &rows() const { return m_rows; }
    auto begin() const { return m_rows.begin(); }
    auto end() const { return m_rows.end(); }
    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    void reserve(std::size_t n)
    {
        m_rows.reserve(n);
        m_index.reserve(qsizetype(n));
    }

    int indexOf(const QUuid &id) const { return m_index.value(id, -1); }
    bool contains(const QUuid &id) const { return m_index.contains(id); }
    const T *find(const QUuid &id) const
    {
        const int i = indexOf(id);
        return i < 0 ? nullptr : &m_rows[std::size_t(i)];
    }

    /// Appends, or inserts at \a position when it is within range.
    void insert(T row, int position = -1)
    {
        if (position < 0 || std::size_t(position) >= m_rows.size()) {
            m_index.insert(row.id, int(m_rows.size()));
            m_rows.push_back(std::move(row));
            return;
        }
        m_rows.insert(m_rows.begin() + position, std::move(row));
        reindexFrom(position);
    }
    /// Replaces the row with the same id; false when there is none.
    bool update(const T &row)
    {
        const int i = indexOf(row.id);
        if (i < 0)
            return false;
        m_rows[std::size_t(i)] = row;
        return true;
    }
    /// Removes and returns the row, remembering nothing of it.
    std::optional<T> remove(const QUuid &id)
    {
        const int i = indexOf(id);
        if (i < 0)
            return std::nullopt;
        T row = std::move(m_rows[std::size_t(i)]);
        m_rows.erase(m_rows.begin() + i);
        m_index.remove(id);
        reindexFrom(i);
        return row;
    }
    void clear()
    {
        m_rows.clear();
        m_index.clear();
    }

private:
    void reindexFrom(int from)
    {
        for (std::size_t i = std::size_t(from); i < m_rows.size(); ++i)
            m_index.insert(m_rows[i].id, int(i));
    }

    std::vector<T> m_rows;
    QHash<QUuid, int> m_index;
};

} // namespace cg
