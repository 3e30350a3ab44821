// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace Kairos {

/// A parsed query-bar query, e.g. `type:approval entity:Nvidia after:2025-12-01 status:confirmed "emergency meeting"`.
/// Fields: type:, entity:, status:, after: (inclusive), before: (exclusive), on:; the rest is full-text.
/// Quoted values may contain spaces (entity:"Xi Jinping"); a field repeated means any of the values.
struct EventQuery
{
    std::optional<TimePoint> from;
    std::optional<TimePoint> to;
    QSet<QString> types;
    QSet<int> statuses;
    QStringList entities;
    QString text;
    /// Problems an analyst should see ("unknown field “dat:”"); the rest of the query still applies.
    QStringList errors;

    static EventQuery parse(const QString& query);
    static QStringList fieldNames();
};

} // namespace Kairos
