// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"

#include <QVariant>

#include <optional>

namespace Kairos::Sql {

/// Optional times travel as NULL, so that "undated" never turns into 1970.
inline QVariant time(const std::optional<TimePoint>& t)
{
    return t ? QVariant(t->seconds()) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "none".
inline QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

inline std::optional<TimePoint> toTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return TimePoint::fromSeconds(value.toLongLong());
}

} // namespace Kairos::Sql
