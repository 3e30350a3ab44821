// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Kairos {

/// How precisely a date is known, from finest to coarsest; Unknown means "not dated by the source".
enum class DatePrecision {
    Minute,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Approximate,
    Unknown,
};

QString precisionToString(DatePrecision precision);
std::optional<DatePrecision> precisionFromString(const QString& text);
/// The coarser of two precisions; used when matching dates of differing precision.
DatePrecision coarser(DatePrecision a, DatePrecision b);

/// A point in time as seconds since 1970-01-01T00:00Z on the proleptic Gregorian calendar with
/// astronomical years (year 0 is 1 BCE). A plain 64-bit count rather than QDateTime because
/// imported timelines reach billions of years BCE, beyond what QDate can represent.
class TimePoint
{
public:
    /// The furthest year any reader accepts, either side of year 0: seconds overflow 64 bits
    /// beyond about 292 billion years, and no timeline needs more than the age of the universe.
    static constexpr qint64 maxYear = 100'000'000'000LL;

    constexpr TimePoint() = default;
    static constexpr TimePoint fromSeconds(qint64 seconds) { return TimePoint(seconds); }
    static TimePoint fromDate(qint64 year, int month, int day, int hour = 0, int minute = 0, int second = 0);
    static TimePoint fromDate(const QDate& date);
    static TimePoint fromDateTime(const QDateTime& dateTime);
    static TimePoint fromMSecs(qint64 msecs) { return TimePoint(msecs / 1000); }

    constexpr qint64 seconds() const { return m_seconds; }
    qint64 msecs() const;

    struct Civil
    {
        qint64 year;
        int month;
        int day;
        int hour;
        int minute;
        int second;
    };
    Civil civil() const;
    /// Invalid when the year is outside QDate's range.
    QDate date() const;
    QDateTime dateTime() const;

    /// The start of the period of the given precision containing this point (e.g. first of the month).
    TimePoint floor(DatePrecision precision) const;
    /// The first point after the period of the given precision containing this point.
    TimePoint periodEnd(DatePrecision precision) const;
    TimePoint addDays(qint64 days) const { return TimePoint(m_seconds + days * 86400); }

    /// ISO 8601 text truncated to the precision ("2025-12", "2025-Q4", "2025-W50", "2025-12-08").
    QString toIsoString(DatePrecision precision = DatePrecision::Day) const;
    /// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Www", "YYYY-Qn" and full ISO date-times,
    /// with an optional leading minus sign for years before year 0.
    static std::optional<TimePoint> parseIso(const QString& text, DatePrecision* precision = nullptr);

    friend constexpr bool operator==(TimePoint a, TimePoint b) { return a.m_seconds == b.m_seconds; }
    friend constexpr bool operator!=(TimePoint a, TimePoint b) { return a.m_seconds != b.m_seconds; }
    friend constexpr bool operator<(TimePoint a, TimePoint b) { return a.m_seconds < b.m_seconds; }
    friend constexpr bool operator<=(TimePoint a, TimePoint b) { return a.m_seconds <= b.m_seconds; }
    friend constexpr bool operator>(TimePoint a, TimePoint b) { return a.m_seconds > b.m_seconds; }
    friend constexpr bool operator>=(TimePoint a, TimePoint b) { return a.m_seconds >= b.m_seconds; }

private:
    constexpr explicit TimePoint(qint64 seconds)
        : m_seconds(seconds)
    { }
    qint64 m_seconds = 0;
};

qint64 daysFromCivil(qint64 year, int month, int day);

} // namespace Kairos
