// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/timelineindex.h"

#include <random>
#include <vector>

namespace Kairos::Test {

/// Synthetic events spread over lanes (by type) and a time span, reproducible from a seed.
inline std::vector<ChartEvent> syntheticEvents(int count, int lanes, qint64 from, qint64 to, unsigned seed = 7)
{
    static const char* types[] = {"approval", "export_control", "meeting", "statement", "report", "investment", "deal",
        "legal", "decision", "rejection"};
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<qint64> when(from, to);
    std::vector<ChartEvent> events;
    events.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        ChartEvent e;
        e.id = i + 1;
        e.row = i;
        e.anchor = e.end = e.spanStart = e.spanEnd = when(random);
        e.type = QString::fromLatin1(types[i % std::min(lanes, 10)]);
        e.title = QStringLiteral("Event %1 about export permits").arg(i + 1);
        e.status = ReviewStatus(i % 3);
        e.modality = Modality(i % 9);
        events.push_back(e);
    }
    return events;
}

inline ChartEvent pointEvent(qint64 id, qint64 at, const QString& type, const QString& title)
{
    ChartEvent e;
    e.id = id;
    e.row = int(id - 1);
    e.anchor = e.end = e.spanStart = e.spanEnd = at;
    e.type = type;
    e.title = title;
    return e;
}

} // namespace Kairos::Test
