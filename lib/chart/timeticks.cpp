// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeticks.h"

#include "core/timepoint.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <vector>

namespace Kairos {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

/// Finest first, so that the first step wide enough is the one chosen.
const std::vector<TickStep>& allSteps()
{
    static const std::vector<TickStep> steps = [] {
        std::vector<TickStep> s = {{TickUnit::Minute, 1}, {TickUnit::Minute, 5}, {TickUnit::Minute, 15},
            {TickUnit::Minute, 30}, {TickUnit::Hour, 1}, {TickUnit::Hour, 3}, {TickUnit::Hour, 6}, {TickUnit::Hour, 12},
            {TickUnit::Day, 1}, {TickUnit::Week, 1}, {TickUnit::Month, 1}, {TickUnit::Month, 3}, {TickUnit::Month, 6}};
        for (qint64 decade = 1; decade <= 1000000000LL; decade *= 10) {
            for (qint64 factor : {1, 2, 5})
                s.push_back({TickUnit::Year, decade * factor});
        }
        return s;
    }();
    return steps;
}

QString shortMonth(int month)
{
    return QLocale().monthName(month, QLocale::ShortFormat);
}

QString monthYear(const TimePoint::Civil& c)
{
    return shortMonth(c.month) + QLatin1Char(' ') + TimeTicks::yearText(c.year);
}

QString dayMonthYear(const TimePoint::Civil& c)
{
    return QString::number(c.day) + QLatin1Char(' ') + monthYear(c);
}

} // namespace

double TickStep::approxSeconds() const
{
    switch (unit) {
    case TickUnit::Year:
        return double(count) * 365.2425 * 86400;
    case TickUnit::Month:
        return double(count) * 30.436875 * 86400;
    case TickUnit::Week:
        return double(count) * 7 * 86400;
    case TickUnit::Day:
        return double(count) * 86400;
    case TickUnit::Hour:
        return double(count) * 3600;
    case TickUnit::Minute:
        return double(count) * 60;
    }
    return 86400;
}

qint64 TickStep::alignUp(qint64 t) const
{
    const TimePoint point = TimePoint::fromSeconds(t);
    qint64 aligned = t;
    switch (unit) {
    case TickUnit::Year: {
        const qint64 year = floorDiv(point.civil().year, count) * count;
        aligned = TimePoint::fromDate(year, 1, 1).seconds();
        break;
    }
    case TickUnit::Month: {
        const TimePoint::Civil c = point.civil();
        const qint64 months = floorDiv(c.year * 12 + c.month - 1, count) * count;
        aligned = TimePoint::fromDate(floorDiv(months, 12), int(months - floorDiv(months, 12) * 12) + 1, 1).seconds();
        break;
    }
    case TickUnit::Week:
        aligned = point.floor(DatePrecision::Week).seconds();
        break;
    case TickUnit::Day:
        aligned = floorDiv(t, 86400 * count) * 86400 * count;
        break;
    case TickUnit::Hour:
        aligned = floorDiv(t, 3600 * count) * 3600 * count;
        break;
    case TickUnit::Minute:
        aligned = floorDiv(t, 60 * count) * 60 * count;
        break;
    }
    while (aligned < t)
        aligned = next(aligned);
    return aligned;
}

qint64 TickStep::next(qint64 t) const
{
    switch (unit) {
    case TickUnit::Year: {
        const TimePoint::Civil c = TimePoint::fromSeconds(t).civil();
        return TimePoint::fromDate(c.year + count, c.month, c.day).seconds();
    }
    case TickUnit::Month: {
        const TimePoint::Civil c = TimePoint::fromSeconds(t).civil();
        const qint64 months = c.year * 12 + c.month - 1 + count;
        return TimePoint::fromDate(floorDiv(months, 12), int(months - floorDiv(months, 12) * 12) + 1, c.day).seconds();
    }
    case TickUnit::Week:
        return t + count * 7 * 86400;
    case TickUnit::Day:
        return t + count * 86400;
    case TickUnit::Hour:
        return t + count * 3600;
    case TickUnit::Minute:
        return t + count * 60;
    }
    return t + 86400;
}

QString TimeTicks::yearText(qint64 year)
{
    if (year <= 0) {
        const qint64 bce = 1 - year;
        return QCoreApplication::translate("Kairos::TimeTicks", "%1 BCE")
            .arg(bce >= 10000 ? QLocale().toString(bce) : QString::number(bce));
    }
    return year >= 10000 ? QLocale().toString(year) : QString::number(year);
}

QString TimeTicks::label(const TickStep& step, qint64 t)
{
    const TimePoint::Civil c = TimePoint::fromSeconds(t).civil();
    switch (step.unit) {
    case TickUnit::Year:
        return yearText(c.year);
    case TickUnit::Month:
        if (step.count == 3)
            return QStringLiteral("Q%1").arg((c.month - 1) / 3 + 1);
        return shortMonth(c.month);
    case TickUnit::Week:
        return QString::number(c.day) + QLatin1Char(' ') + shortMonth(c.month);
    case TickUnit::Day:
        return QString::number(c.day);
    case TickUnit::Hour:
    case TickUnit::Minute:
        return QStringLiteral("%1:%2").arg(c.hour, 2, 10, QLatin1Char('0')).arg(c.minute, 2, 10, QLatin1Char('0'));
    }
    return {};
}

TickStep TimeTicks::contextStep(const TickStep& step)
{
    switch (step.unit) {
    case TickUnit::Year:
        return step;
    case TickUnit::Month:
        return {TickUnit::Year, 1};
    case TickUnit::Week:
    case TickUnit::Day:
        return {TickUnit::Month, 1};
    case TickUnit::Hour:
    case TickUnit::Minute:
        return {TickUnit::Day, 1};
    }
    return step;
}

QString TimeTicks::contextLabel(const TickStep& step, qint64 t)
{
    const TimePoint::Civil c = TimePoint::fromSeconds(t).civil();
    switch (contextStep(step).unit) {
    case TickUnit::Year:
        return yearText(c.year);
    case TickUnit::Month:
        return monthYear(c);
    default:
        return QLocale().dayName(int((floorDiv(t, 86400) + 3) % 7 + 7) % 7 + 1, QLocale::ShortFormat) + QLatin1Char(' ')
            + dayMonthYear(c);
    }
}

TickStep TimeTicks::chooseStep(qint64 from, qint64 to, double width, double minSpacing)
{
    const double pxPerSecond = width / double(std::max<qint64>(1, to - from));
    for (const TickStep& step : allSteps()) {
        if (step.approxSeconds() * pxPerSecond >= minSpacing)
            return step;
    }
    return allSteps().back();
}

QList<qint64> TimeTicks::boundaries(const TickStep& step, qint64 from, qint64 to, int maxCount)
{
    QList<qint64> result;
    for (qint64 t = step.alignUp(from); t <= to && result.size() < maxCount; t = step.next(t))
        result << t;
    return result;
}

TickSet TimeTicks::compute(qint64 from, qint64 to, double width, const QFontMetricsF& metrics)
{
    TickSet set;
    const double pxPerSecond = width / double(std::max<qint64>(1, to - from));
    set.step = allSteps().back();
    for (const TickStep& step : allSteps()) {
        // The widest label this step could print, plus breathing room.
        const double needed = metrics.horizontalAdvance(label(step, to)) * 1.3 + 16;
        if (step.approxSeconds() * pxPerSecond >= needed) {
            set.step = step;
            break;
        }
    }
    for (qint64 t : boundaries(set.step, from, to))
        set.ticks << Tick {t, label(set.step, t)};
    const TickStep context = contextStep(set.step);
    if (context.unit != set.step.unit || context.count != set.step.count) {
        // The period the window starts in gets a label too, pinned to the left edge.
        set.context << Tick {from, contextLabel(set.step, from)};
        for (qint64 t : boundaries(context, from + 1, to))
            set.context << Tick {t, contextLabel(set.step, t)};
    }
    set.rangeText = formatRange(from, to);
    return set;
}

QString TimeTicks::formatRange(qint64 from, qint64 to)
{
    const TimePoint::Civil a = TimePoint::fromSeconds(from).civil();
    const TimePoint::Civil b = TimePoint::fromSeconds(std::max(from, to - 1)).civil();
    const qint64 span = to - from;
    const QString dash = QStringLiteral(" – ");
    if (span >= 2LL * 365 * 86400)
        return a.year == b.year ? yearText(a.year) : yearText(a.year) + dash + yearText(b.year);
    if (span >= 60LL * 86400)
        return monthYear(a) + dash + monthYear(b);
    return dayMonthYear(a) + dash + dayMonthYear(b);
}

} // namespace Kairos
