// SPDX-License-Identifier: GPL-3.0-or-later
#include "timepoint.h"

#include <QRegularExpression>

namespace Kairos {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Howard Hinnant's civil-from-days algorithm, valid for the whole 64-bit range we use.
void civilFromDays(qint64 z, qint64& y, int& m, int& d)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    if (m <= 2)
        ++y;
}

QString yearText(qint64 year)
{
    return year < 0 ? QStringLiteral("-%1").arg(-year, 4, 10, QLatin1Char('0'))
                    : QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

const char* const precisionNames[] = {"minute", "day", "week", "month", "quarter", "year", "approximate", "unknown"};

} // namespace

QString precisionToString(DatePrecision precision)
{
    return QString::fromLatin1(precisionNames[int(precision)]);
}

std::optional<DatePrecision> precisionFromString(const QString& text)
{
    const QString key = text.trimmed().toLower();
    for (int i = 0; i <= int(DatePrecision::Unknown); ++i) {
        if (key == QLatin1String(precisionNames[i]))
            return DatePrecision(i);
    }
    if (key == QLatin1String("time") || key == QLatin1String("second") || key == QLatin1String("hour"))
        return DatePrecision::Minute;
    return std::nullopt;
}

DatePrecision coarser(DatePrecision a, DatePrecision b)
{
    return int(a) > int(b) ? a : b;
}

qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = floorDiv(year, 400);
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

TimePoint TimePoint::fromDate(qint64 year, int month, int day, int hour, int minute, int second)
{
    return TimePoint(daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second);
}

TimePoint TimePoint::fromDate(const QDate& date)
{
    return fromDate(date.year() < 0 ? date.year() + 1 : date.year(), date.month(), date.day());
}

TimePoint TimePoint::fromDateTime(const QDateTime& dateTime)
{
    return TimePoint(floorDiv(dateTime.toMSecsSinceEpoch(), 1000));
}

qint64 TimePoint::msecs() const
{
    return m_seconds * 1000;
}

TimePoint::Civil TimePoint::civil() const
{
    Civil c {};
    const qint64 days = floorDiv(m_seconds, 86400);
    const qint64 rest = m_seconds - days * 86400;
    civilFromDays(days, c.year, c.month, c.day);
    c.hour = int(rest / 3600);
    c.minute = int(rest % 3600 / 60);
    c.second = int(rest % 60);
    return c;
}

QDate TimePoint::date() const
{
    const Civil c = civil();
    if (c.year < -2000000000LL || c.year > 2000000000LL)
        return {};
    // QDate has no year 0: astronomical year 0 is QDate year -1.
    return QDate(int(c.year <= 0 ? c.year - 1 : c.year), c.month, c.day);
}

QDateTime TimePoint::dateTime() const
{
    return QDateTime::fromSecsSinceEpoch(m_seconds, Qt::UTC);
}

TimePoint TimePoint::floor(DatePrecision precision) const
{
    const Civil c = civil();
    switch (precision) {
    case DatePrecision::Minute:
        return TimePoint(floorDiv(m_seconds, 60) * 60);
    case DatePrecision::Day:
        return fromDate(c.year, c.month, c.day);
    case DatePrecision::Week: {
        const qint64 days = floorDiv(m_seconds, 86400);
        // 1970-01-01 was a Thursday; weeks start on Monday (ISO 8601).
        const qint64 weekday = ((days + 3) % 7 + 7) % 7;
        return TimePoint((days - weekday) * 86400);
    }
    case DatePrecision::Month:
        return fromDate(c.year, c.month, 1);
    case DatePrecision::Quarter:
        return fromDate(c.year, (c.month - 1) / 3 * 3 + 1, 1);
    case DatePrecision::Year:
    case DatePrecision::Approximate:
        return fromDate(c.year, 1, 1);
    case DatePrecision::Unknown:
        break;
    }
    return *this;
}

TimePoint TimePoint::periodEnd(DatePrecision precision) const
{
    const TimePoint start = floor(precision);
    const Civil c = start.civil();
    switch (precision) {
    case DatePrecision::Minute:
        return TimePoint(start.m_seconds + 60);
    case DatePrecision::Day:
        return start.addDays(1);
    case DatePrecision::Week:
        return start.addDays(7);
    case DatePrecision::Month:
        return c.month == 12 ? fromDate(c.year + 1, 1, 1) : fromDate(c.year, c.month + 1, 1);
    case DatePrecision::Quarter:
        return c.month >= 10 ? fromDate(c.year + 1, 1, 1) : fromDate(c.year, c.month + 3, 1);
    case DatePrecision::Year:
    case DatePrecision::Approximate:
        return fromDate(c.year + 1, 1, 1);
    case DatePrecision::Unknown:
        break;
    }
    return TimePoint(m_seconds + 1);
}

QString TimePoint::toIsoString(DatePrecision precision) const
{
    const Civil c = civil();
    const QString year = yearText(c.year);
    switch (precision) {
    case DatePrecision::Minute:
        return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
            .arg(year)
            .arg(c.month, 2, 10, QLatin1Char('0'))
            .arg(c.day, 2, 10, QLatin1Char('0'))
            .arg(c.hour, 2, 10, QLatin1Char('0'))
            .arg(c.minute, 2, 10, QLatin1Char('0'))
            .arg(c.second, 2, 10, QLatin1Char('0'));
    case DatePrecision::Week: {
        // Worked out here rather than by QDate::weekNumber, which counts years without a year 0 and
        // ends two billion years out: an ISO week belongs to the year of its Thursday.
        const qint64 thursday = floorDiv(floor(DatePrecision::Week).m_seconds, 86400) + 3;
        qint64 weekYear = 0;
        int month = 0;
        int day = 0;
        civilFromDays(thursday, weekYear, month, day);
        const qint64 week = (thursday - daysFromCivil(weekYear, 1, 1)) / 7 + 1;
        return QStringLiteral("%1-W%2").arg(yearText(weekYear)).arg(week, 2, 10, QLatin1Char('0'));
    }
    case DatePrecision::Month:
        return QStringLiteral("%1-%2").arg(year).arg(c.month, 2, 10, QLatin1Char('0'));
    case DatePrecision::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg((c.month - 1) / 3 + 1);
    case DatePrecision::Year:
    case DatePrecision::Approximate:
        return year;
    case DatePrecision::Day:
    case DatePrecision::Unknown:
        break;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(year)
        .arg(c.month, 2, 10, QLatin1Char('0'))
        .arg(c.day, 2, 10, QLatin1Char('0'));
}

std::optional<TimePoint> TimePoint::parseIso(const QString& input, DatePrecision* precision)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?\\d{1,12})(?:-(?:(Q[1-4])|W(\\d{2})|(\\d{1,2})(?:-(\\d{"
                                                           "1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                                                           "(Z|[+-]\\d{2}:?\\d{2})?)?)?))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(input.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 year = m.captured(1).toLongLong(&ok);
    if (!ok || year > maxYear || year < -maxYear)
        return std::nullopt;
    auto setPrecision = [precision](DatePrecision p) {
        if (precision)
            *precision = p;
    };
    if (!m.captured(2).isEmpty()) {
        setPrecision(DatePrecision::Quarter);
        return fromDate(year, (m.captured(2).mid(1).toInt() - 1) * 3 + 1, 1);
    }
    if (!m.captured(3).isEmpty()) {
        const int week = m.captured(3).toInt();
        if (week < 1 || week > 53)
            return std::nullopt;
        // ISO week 1 contains January 4th.
        const TimePoint jan4 = fromDate(year, 1, 4);
        setPrecision(DatePrecision::Week);
        return TimePoint(jan4.floor(DatePrecision::Week).m_seconds + qint64(week - 1) * 7 * 86400);
    }
    if (m.captured(4).isEmpty()) {
        setPrecision(DatePrecision::Year);
        return fromDate(year, 1, 1);
    }
    const int month = m.captured(4).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (m.captured(5).isEmpty()) {
        setPrecision(DatePrecision::Month);
        return fromDate(year, month, 1);
    }
    const int day = m.captured(5).toInt();
    const int daysInMonth = int(
        daysFromCivil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1));
    if (day < 1 || day > daysInMonth)
        return std::nullopt;
    if (m.captured(6).isEmpty()) {
        setPrecision(DatePrecision::Day);
        return fromDate(year, month, day);
    }
    const int hour = m.captured(6).toInt();
    const int minute = m.captured(7).toInt();
    const int second = m.captured(8).toInt();
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    TimePoint result = fromDate(year, month, day, hour, minute, std::min(second, 59));
    const QString zone = m.captured(9);
    if (!zone.isEmpty() && zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offset = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        result.m_seconds -= zone.startsWith(QLatin1Char('-')) ? -offset : offset;
    }
    setPrecision(DatePrecision::Minute);
    return result;
}

} // namespace Kairos
