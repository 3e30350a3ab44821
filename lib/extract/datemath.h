// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"

#include <optional>

namespace Kairos::Extract::DateMath {

inline bool leapYear(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline int daysInMonth(qint64 y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leapYear(y) ? 29 : days[m - 1];
}

/// A valid calendar day or nothing ("February 30").
inline std::optional<TimePoint> day(qint64 y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return std::nullopt;
    return TimePoint::fromDate(y, m, d);
}

/// ISO weekday, Monday = 1.
inline int weekday(TimePoint t)
{
    const qint64 days = t.seconds() >= 0 ? t.seconds() / 86400 : (t.seconds() - 86399) / 86400;
    return int(((days + 3) % 7 + 7) % 7) + 1;
}

inline TimePoint addMonths(TimePoint t, int months)
{
    const TimePoint::Civil c = t.civil();
    qint64 index = c.year * 12 + (c.month - 1) + months;
    const qint64 y = index >= 0 ? index / 12 : (index - 11) / 12;
    const int m = int(index - y * 12) + 1;
    return TimePoint::fromDate(y, m, std::min(c.day, daysInMonth(y, m)));
}

inline TimePoint startOfDay(TimePoint t)
{
    return t.floor(DatePrecision::Day);
}

} // namespace Kairos::Extract::DateMath
