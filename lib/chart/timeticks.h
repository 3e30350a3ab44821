// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QFontMetricsF;

namespace Kairos {

/// Calendar units that ticks step by; a step is a count of one unit (5 years, 3 months, 6 hours).
enum class TickUnit { Year, Month, Week, Day, Hour, Minute };

struct TickStep
{
    TickUnit unit = TickUnit::Year;
    qint64 count = 1;
    /// Rough length in seconds, to choose a step for a pixel density.
    double approxSeconds() const;
    /// The next tick at or after t, aligned to the calendar (Jan 1, first of the month, Monday, midnight).
    qint64 alignUp(qint64 t) const;
    qint64 next(qint64 t) const;
};

struct Tick
{
    qint64 time = 0;
    QString label;
};

/// Ticks for a time window at a given width: the labelled fine ticks (months, say) and the coarse
/// context ticks above them (years), each labelled in the user's locale.
struct TickSet
{
    TickStep step;
    QList<Tick> ticks;
    QList<Tick> context;
    /// Text for the whole window, e.g. "Mar 2024 – Jun 2025", at the coarsest useful precision.
    QString rangeText;
};

class TimeTicks
{
public:
    /// The finest calendar step whose ticks are at least minSpacing pixels apart.
    static TickStep chooseStep(qint64 from, qint64 to, double width, double minSpacing);
    /// Labelled ticks whose labels do not collide at this width.
    static TickSet compute(qint64 from, qint64 to, double width, const QFontMetricsF& metrics);
    /// Tick times of a step within [from, to] (no labels), for histogram bins that follow the axis.
    static QList<qint64> boundaries(const TickStep& step, qint64 from, qint64 to, int maxCount = 4096);
    static QString label(const TickStep& step, qint64 t);
    static QString contextLabel(const TickStep& step, qint64 t);
    static TickStep contextStep(const TickStep& step);
    /// "8 Dec 2025", "Dec 2025", "2025" depending on how much the window spans.
    static QString formatRange(qint64 from, qint64 to);
    static QString yearText(qint64 year);
};

} // namespace Kairos
