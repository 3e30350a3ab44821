// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <utility>

namespace Kairos {

/// A set of row ids kept as runs of consecutive ids: rows written one after another in a transaction get
/// consecutive ids, so a batch of thousands is one or a few runs, each handled by one statement.
class IdRanges
{
public:
    void add(qint64 id)
    {
        if (!m_runs.isEmpty() && m_runs.last().second + 1 == id)
            m_runs.last().second = id;
        else if (!contains(id))
            m_runs.append({id, id});
    }
    bool contains(qint64 id) const
    {
        for (const auto& [first, last] : m_runs) {
            if (id >= first && id <= last)
                return true;
        }
        return false;
    }
    bool isEmpty() const { return m_runs.isEmpty(); }
    void clear() { m_runs.clear(); }
    /// Inclusive [first, last] runs, in the order they were started.
    const QList<std::pair<qint64, qint64>>& runs() const { return m_runs; }

private:
    QList<std::pair<qint64, qint64>> m_runs;
};

} // namespace Kairos
