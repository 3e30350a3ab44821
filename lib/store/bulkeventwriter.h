// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event.h"

#include <QList>

#include <vector>

namespace Kairos {

class Workspace;

/// The fast path for large numbers of events (imported timelines, GDELT exports, benchmarks): ids are
/// reserved up front and every table is written with one batched statement per chunk, all inside the
/// caller's transaction or one of its own. Emits a single reset afterwards instead of a signal per event.
class BulkEventWriter
{
public:
    explicit BulkEventWriter(Workspace& workspace);
    /// Assigns ids to the events. Returns false (and leaves nothing written) on failure.
    bool write(QList<Event>& events);

private:
    bool reserveIds(QList<Event>& events);
    bool writeSqlite(const QList<Event>& events);
    Workspace& m_workspace;
    /// Positions in the chunk being written, in the order of their ids (SQLite only).
    std::vector<qsizetype> m_insertOrder;
};

} // namespace Kairos
