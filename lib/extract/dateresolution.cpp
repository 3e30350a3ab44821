// SPDX-License-Identifier: GPL-3.0-or-later
// How each kind of date expression becomes a calendar period; the matching is in dateresolver.cpp.
#include "dateresolver.h"

#include "datemath.h"

namespace Kairos::Extract {

using namespace DateMath;

namespace {

qint64 twoDigitYear(qint64 y)
{
    return y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

void setPeriod(DateExpression& e, TimePoint start, DatePrecision precision)
{
    e.start = start.floor(precision == DatePrecision::Approximate ? DatePrecision::Day : precision);
    e.precision = precision;
    e.periodEnd = precision == DatePrecision::Approximate ? addMonths(*e.start, 3) : e.start->periodEnd(precision);
}

// Of the same month-day (or month) in the years around the anchor, the one the text most likely means.
TimePoint pickYear(int month, int dayOfMonth, TimePoint anchor, int direction)
{
    const qint64 y = anchor.civil().year;
    std::optional<TimePoint> best;
    for (qint64 year = y - 1; year <= y + 1; ++year) {
        const auto candidate = day(year, month, std::min(dayOfMonth, daysInMonth(year, month)));
        if (!candidate)
            continue;
        if (direction < 0 && *candidate > anchor)
            continue;
        if (direction > 0 && *candidate < anchor.floor(DatePrecision::Day))
            continue;
        if (!best || qAbs(candidate->seconds() - anchor.seconds()) < qAbs(best->seconds() - anchor.seconds()))
            best = candidate;
    }
    return best ? *best : *day(y, month, 1);
}

} // namespace

DateExpression DateResolver::resolveCandidate(const Candidate& c, const Context& ctx) const
{
    DateExpression e;
    e.begin = c.begin;
    e.end = c.end;
    const QRegularExpressionMatch& m = c.match;
    const QString& text = *ctx.text;
    const auto lower = [&](int group) { return m.captured(group).toLower(); };
    // Most expressions name their year; the look at the words around is only for those that do not.
    std::optional<bool> futureKnown;
    bool seenFromThePast = false;
    const auto future = [&]() {
        if (!futureKnown)
            futureKnown = futureContext(text, c.begin, &seenFromThePast);
        return *futureKnown;
    };
    const auto relativeTo = [&](std::optional<TimePoint> anchor) -> std::optional<TimePoint> {
        e.relative = true;
        return anchor;
    };
    // A month name must be capitalised: "may" and "march" are also verbs.
    const auto monthOf = [&](int group) {
        const QString word = m.captured(group);
        return word.isEmpty() || !word.front().isUpper() ? 0 : m_months.value(word.toLower());
    };

    switch (c.kind) {
    case Iso:
    case Numeric: {
        int y = m.captured(c.kind == Iso ? 1 : 3).toInt();
        int mo = m.captured(c.kind == Iso ? 2 : (m_dayFirst ? 2 : 1)).toInt();
        int d = m.captured(c.kind == Iso ? 3 : (m_dayFirst ? 1 : 2)).toInt();
        if (const auto t = day(twoDigitYear(y), mo, d))
            setPeriod(e, *t, DatePrecision::Day);
        break;
    }
    case MonthDay:
    case DayMonth: {
        const int mo = monthOf(c.kind == MonthDay ? 1 : 2);
        const int d = m.captured(c.kind == MonthDay ? 2 : 1).toInt();
        if (!mo)
            break;
        if (m.capturedLength(3)) {
            if (const auto t = day(m.captured(3).toInt(), mo, d))
                setPeriod(e, *t, DatePrecision::Day);
        } else if (const auto anchor = relativeTo(ctx.published ? ctx.published : ctx.reference)) {
            // "were due to take effect on Dec. 1": a future seen from the past may lie on either side.
            const bool ahead = future() && !seenFromThePast;
            if (d >= 1 && d <= 31)
                setPeriod(e, pickYear(mo, d, *anchor, ahead ? 1 : 0), DatePrecision::Day);
            e.yearGuessed = !ahead;
            e.seenFromThePast = seenFromThePast;
        }
        break;
    }
    case MonthYear:
        if (const int mo = monthOf(1))
            setPeriod(e, *day(m.captured(2).toInt(), mo, 1), DatePrecision::Month);
        break;
    case MonthAlone: {
        const int mo = monthOf(3);
        const QString cue = lower(1).simplified();
        if (!mo)
            break;
        // Without a cue the month names a deal after it, and an owner or article comes first.
        if (cue.isEmpty() && m.capturedLength(2) == 0) {
            QStringView before = QStringView(text).left(m.capturedStart(3)).trimmed();
            QStringView word = before.mid(before.lastIndexOf(u' ') + 1);
            if (word.compare(QLatin1String("own"), Qt::CaseInsensitive) == 0) {
                before = before.chopped(word.size()).trimmed();
                word = before.mid(before.lastIndexOf(u' ') + 1);
            }
            const bool possessive = word.endsWith(QLatin1String("'s")) || word.endsWith(QStringView(u"\u2019s"));
            if (!possessive && !m_namingDeterminers.contains(word.toString().toLower()))
                break;
        }
        // "as early as March": the cue itself looks ahead.
        const bool ahead = m_futureCues.contains(cue) || future();
        if (const auto anchor = relativeTo(ctx.published)) {
            const int direction = m_past.contains(cue) ? -1 : (m_next.contains(cue) || ahead ? 1 : -1);
            TimePoint month = anchor->floor(DatePrecision::Month);
            TimePoint t
                = pickYear(mo, 1, direction < 0 ? addMonths(month, m_past.contains(cue) ? -1 : 0) : month, direction);
            setPeriod(e, t, DatePrecision::Month);
            e.yearGuessed = !ahead && !m_past.contains(cue) && !m_next.contains(cue) && !m_current.contains(cue);
            startInThird(e, lower(2));
        }
        break;
    }
    case Quarter: {
        const int q = m.capturedLength(1) ? m.captured(1).toInt() : m_ordinals.value(lower(2));
        if (q < 1 || q > 4)
            break;
        if (m.capturedLength(3)) {
            setPeriod(e, *day(m.captured(3).toInt(), (q - 1) * 3 + 1, 1), DatePrecision::Quarter);
        } else if (const auto anchor = relativeTo(ctx.published)) {
            setPeriod(e, pickYear((q - 1) * 3 + 1, 1, *anchor, future() ? 1 : -1), DatePrecision::Quarter);
        }
        break;
    }
    case Year:
        setPeriod(e, *day(m.captured(1).toInt(), 1, 1), DatePrecision::Year);
        break;
    case NthDay: {
        const int d = m.captured(1).toInt();
        if (d < 1 || d > 31)
            break;
        const auto anchor = relativeTo(ctx.published);
        if (!anchor)
            break;
        // The most recent such day at or before publication (or the next one for future statements).
        TimePoint month = anchor->floor(DatePrecision::Month);
        for (int step = 0; step < 3; ++step) {
            const TimePoint probe = addMonths(month, future() ? step : -step);
            const auto t = day(probe.civil().year, probe.civil().month, d);
            if (t && (future() ? *t >= anchor->floor(DatePrecision::Day) : *t <= *anchor)) {
                setPeriod(e, *t, DatePrecision::Day);
                break;
            }
        }
        break;
    }
    case Weekday: {
        const int wd = m_weekdays.value(lower(2));
        const QString cue = lower(1);
        const auto anchor = relativeTo(ctx.published);
        if (!anchor || !wd)
            break;
        const TimePoint today = anchor->floor(DatePrecision::Day);
        const int delta = wd - weekday(today);
        // "Baldrige leaves on Saturday on a trip": a timetable in the present tense is to come.
        int w = c.begin;
        while (w > 0 && text[w - 1].isSpace())
            --w;
        int ws = w;
        while (ws > 0 && text[ws - 1].isLetter())
            --ws;
        const bool scheduled = ws < w && m_scheduledPresent.contains(text.mid(ws, w - ws).toLower());
        const bool ahead = scheduled || future();
        qint64 offset;
        if (m_current.contains(cue))
            offset = delta;
        else if (m_next.contains(cue) || (ahead && !m_past.contains(cue)))
            offset = delta > 0 || (delta == 0 && !m_next.contains(cue)) ? delta : delta + 7;
        else if (ctx.comingWeek && !m_past.contains(cue) && !m_early.contains(cue) && !m_late.contains(cue)
            && futureAfter(text, c.end))
            offset = (ctx.comingWeek->seconds() - today.seconds()) / 86400 + wd - 1;
        else if (m_past.contains(cue))
            offset = delta < 0 ? delta : delta - 7;
        else {
            offset = delta <= 0 ? delta : delta - 7;
            e.weekGuessed = offset < 0;
        }
        setPeriod(e, today.addDays(offset), DatePrecision::Day);
        break;
    }
    case RelativeDay:
        if (const auto anchor = relativeTo(ctx.published))
            setPeriod(e, anchor->addDays(m_relativeDays.value(lower(1).simplified())), DatePrecision::Day);
        break;
    case RelativePeriod: {
        const QString edgeCue = lower(1);
        const QString shift = lower(2);
        const QString unit = lower(3);
        const auto anchor = relativeTo(ctx.published);
        if (!anchor)
            break;
        const int dir = m_past.contains(shift) ? -1 : (m_next.contains(shift) ? 1 : 0);
        if (unit == QLatin1String("week") || unit == QLatin1String("weekend")) {
            setPeriod(e, anchor->addDays(7 * dir), DatePrecision::Week);
        } else if (unit == QLatin1String("month")) {
            setPeriod(e, addMonths(anchor->floor(DatePrecision::Month), dir), DatePrecision::Month);
        } else if (unit == QLatin1String("quarter")) {
            setPeriod(e, addMonths(anchor->floor(DatePrecision::Quarter), 3 * dir), DatePrecision::Quarter);
        } else if (unit == QLatin1String("year")) {
            setPeriod(e, *day(anchor->civil().year + dir, 1, 1), DatePrecision::Year);
        } else if (const int season = m_seasons.value(unit)) {
            const TimePoint::Civil a = anchor->civil();
            qint64 year = a.year + dir;
            if (dir < 0 && a.month > season + 2)
                year = a.year; // "last summer" in November is this year's summer
            else if (dir > 0 && a.month < season)
                year = a.year;
            setPeriod(e, *day(year, season, 1), DatePrecision::Approximate);
        }
        if (dir == 0 && e.start) {
            if (m_early.contains(edgeCue))
                e.notAfter = anchor;
            else if (m_late.contains(edgeCue)) {
                // "later this month": what is left of the month, not all of it.
                e.notBefore = anchor;
                e.start = std::max(*e.start, anchor->floor(DatePrecision::Day));
            }
        }
        if (unit == QLatin1String("month"))
            startInThird(e, edgeCue);
        break;
    }
    case Offset: {
        const int n = number(m.captured(1));
        const QString unit = m_units.value(lower(2));
        const QString direction = lower(3);
        if (n < 0)
            break;
        std::optional<TimePoint> base;
        int sign = 0;
        if (direction == QLatin1String("ago")) {
            base = relativeTo(ctx.published);
            sign = -1;
        } else if (direction == QLatin1String("from now")) {
            base = relativeTo(ctx.published);
            sign = 1;
        } else if (direction == QLatin1String("later")) {
            base = relativeTo(ctx.reference);
            sign = 1;
        } else if (direction == QLatin1String("earlier") || direction == QLatin1String("prior")) {
            base = relativeTo(ctx.reference);
            sign = -1;
        } else if (m_offsetAfter.contains(direction) || m_offsetBefore.contains(direction)) {
            // "This comes four days after X": X lies four days before the time just talked about.
            // Without such an anaphoric subject the anchor is unknown and the date is not guessed.
            e.relative = true;
            const int anaphor = anaphoricSubject(text, c.begin);
            if (anaphor > 0 && direction != QLatin1String("since") && !boundedOffset(text, c.begin)) {
                base = anaphor == 2 && ctx.firstDay ? ctx.firstDay : ctx.reference;
                sign = m_offsetAfter.contains(direction) ? -1 : 1;
            } else if (direction == QLatin1String("after") && openerBeforeNow(text, c.begin, c.end)) {
                base = relativeTo(ctx.published);
                sign = -1;
            }
        }
        if (!base || !sign)
            break;
        if (unit == QLatin1String("day"))
            setPeriod(e, base->addDays(sign * n), DatePrecision::Day);
        else if (unit == QLatin1String("week"))
            setPeriod(e, base->addDays(sign * 7 * n), DatePrecision::Day);
        else if (unit == QLatin1String("month"))
            setPeriod(e, addMonths(*base, sign * n), DatePrecision::Month);
        else if (unit == QLatin1String("quarter"))
            setPeriod(e, addMonths(*base, sign * 3 * n), DatePrecision::Quarter);
        else if (unit == QLatin1String("year"))
            setPeriod(e, *day(base->civil().year + sign * n, 1, 1), DatePrecision::Year);
        break;
    }
    case ClockTime:
        if (const auto anchor = relativeTo(ctx.published))
            setPeriod(e, *anchor, DatePrecision::Day);
        break;
    case SameDay: {
        const auto base = relativeTo(ctx.reference);
        if (!base)
            break;
        const QString which = lower(1);
        const int sign = which == QLatin1String("previous") ? -1 : (which == QLatin1String("same") ? 0 : 1);
        const QString unit = lower(2);
        if (unit == QLatin1String("day"))
            setPeriod(e, base->addDays(sign), DatePrecision::Day);
        else if (unit == QLatin1String("week"))
            setPeriod(e, base->addDays(7 * sign), DatePrecision::Week);
        else if (unit == QLatin1String("month"))
            setPeriod(e, addMonths(*base, sign), DatePrecision::Month);
        else
            setPeriod(e, *day(base->civil().year + sign, 1, 1), DatePrecision::Year);
        break;
    }
    case MonthRange: {
        const int first = monthOf(m.capturedLength(1) ? 1 : 3);
        const int last = monthOf(m.capturedLength(2) ? 2 : 4);
        const auto anchor = m.capturedLength(5) ? ctx.published : relativeTo(ctx.published);
        if (first && last && anchor)
            setMonthSpan(&e, first, last,
                m.capturedLength(5) ? std::optional<qint64>(m.captured(5).toLongLong()) : std::nullopt, *anchor,
                future());
        break;
    }
    case MonthCount: {
        // "the first four months of the year": from January; "the nine months to September": to September.
        const bool leading = m.capturedLength(1) > 0;
        const int n = number(m.captured(leading ? 1 : 3));
        const int last = leading ? n : monthOf(4);
        const QString stated = m.captured(leading ? 2 : 5);
        const auto anchor = stated.isEmpty() ? relativeTo(ctx.published) : ctx.published;
        if (n < 1 || n > 12 || !last || !anchor)
            break;
        // "the first eleven months of the year" told in January are last year's.
        const TimePoint::Civil a = anchor->civil();
        const std::optional<qint64> year = stated.isEmpty()
            ? (leading ? std::optional<qint64>(a.year - (last > a.month && !future() ? 1 : 0)) : std::nullopt)
            : std::optional<qint64>(stated.toLongLong());
        setMonthSpan(&e, leading ? 1 : (last - n + 12) % 12 + 1, last, year, *anchor, !leading && future());
        break;
    }
    case KindCount:
        break;
    }
    return e;
}

void DateResolver::setMonthSpan(
    DateExpression* e, int first, int last, std::optional<qint64> year, TimePoint anchor, bool ahead) const
{
    // A span past the turn of a year ("November-January") ends in the year after it begins.
    const int wrap = last < first ? 1 : 0;
    const auto spanFrom = [&](qint64 y) { return *day(y, first, 1); };
    const auto spanEnd = [&](qint64 y) { return addMonths(*day(y + wrap, last, 1), 1); };
    qint64 y = year ? *year - wrap : anchor.civil().year;
    if (!year) {
        // The latest span begun by the anchor, or the first one not yet over when looking ahead.
        y = ahead ? anchor.civil().year - 1 : anchor.civil().year + 1;
        while (ahead ? spanEnd(y) <= anchor : spanFrom(y) > anchor)
            y += ahead ? 1 : -1;
    }
    const TimePoint start = spanFrom(y);
    const int months = last - first + 1 + 12 * wrap;
    const bool quarter = months == 3 && first % 3 == 1;
    const bool wholeYear = months == 12 && first == 1;
    e->start = start;
    e->precision = quarter ? DatePrecision::Quarter : (wholeYear ? DatePrecision::Year : DatePrecision::Month);
    e->periodEnd = spanEnd(y);
}

void DateResolver::startInThird(DateExpression& e, const QString& edgeCue) const
{
    // "late this month", "in mid-October": the month still names the period, but its start is
    // where the part of the month begins, so that the chart and any later bound see it.
    const int first = m_monthThirds.value(edgeCue.simplified());
    if (!first || !e.start || e.precision != DatePrecision::Month)
        return;
    const TimePoint::Civil c = e.start->civil();
    if (const auto t = day(c.year, c.month, first); t && *t > *e.start)
        e.start = *t;
}

} // namespace Kairos::Extract
