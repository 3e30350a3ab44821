// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"
#include "core/vocabulary.h"

#include <QList>
#include <QString>

#include <limits>

namespace Kairos {

/// What the event table and the chart show of an event: no evidence texts, no attributes.
struct EventRow
{
    qint64 id = 0;
    int version = 0;
    QString title;
    std::optional<TimePoint> start;
    std::optional<TimePoint> end;
    std::optional<TimePoint> notBefore;
    std::optional<TimePoint> notAfter;
    DatePrecision precision = DatePrecision::Unknown;
    QString type;
    Modality modality = Modality::Occurred;
    ReviewStatus status = ReviewStatus::Proposed;
    double confidence = 1.0;
    QString outlet;
    QString entityNames;
    QList<qint64> entityIds;
    int evidenceCount = 0;
    /// Undated events sort last.
    qint64 sortKey = std::numeric_limits<qint64>::max();
};

/// Position for keyset paging through events ordered by (sortKey, id).
struct EventRowCursor
{
    qint64 sortKey = std::numeric_limits<qint64>::min();
    qint64 id = 0;
};

} // namespace Kairos
