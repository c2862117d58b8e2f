// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

#include <algorithm>
#include <functional>
#include <list>
#include <utility>
#include <vector>

namespace cg::i18n {

/// A list of things named in the language of the moment (the report formats, the board picture
/// formats): made again whenever its words come out differently, that is when a translator has
/// been installed or removed since, because a list made once would keep the first language it
/// met. Lists made before are kept, so a pointer into one stays valid as long as the program runs.
template<typename T>
class PerLanguage
{
public:
    /// \a make builds the list (calling tr()); \a sameWords says whether two entries read alike.
    PerLanguage(std::function<std::vector<T>()> make, std::function<bool(const T &, const T &)> sameWords)
        : m_make(std::move(make))
        , m_sameWords(std::move(sameWords))
    {
    }

    const std::vector<T> &list()
    {
        std::vector<T> fresh = m_make();
        const QMutexLocker lock(&m_mutex);
        if (m_made.empty()
            || !std::equal(m_made.back().begin(), m_made.back().end(), fresh.begin(), fresh.end(), m_sameWords))
            m_made.push_back(std::move(fresh));
        return m_made.back();
    }

private:
    std::function<std::vector<T>()> m_make;
    std::function<bool(const T &, const T &)> m_sameWords;
    QMutex m_mutex;
    std::list<std::vector<T>> m_made;
};

} // namespace cg::i18n
