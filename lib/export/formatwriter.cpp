// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatwriter.h"

#include <QCoreApplication>

namespace Kairos {

DatePrecision interchangePrecision(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Minute:
    case DatePrecision::Month:
    case DatePrecision::Year:
        return precision;
    case DatePrecision::Quarter:
        return DatePrecision::Month;
    case DatePrecision::Approximate:
        return DatePrecision::Year;
    case DatePrecision::Day:
    case DatePrecision::Week:
    case DatePrecision::Unknown:
        break;
    }
    return DatePrecision::Day;
}

std::optional<TimePoint> boundAnchor(const Event& event)
{
    return event.start ? std::nullopt : event.anchor();
}

QString boundsText(const Event& event)
{
    const auto day = [](const std::optional<TimePoint>& point) { return point->toIsoString(DatePrecision::Day); };
    if (event.notBefore && event.notAfter)
        return QCoreApplication::translate("Kairos::FormatWriter", "between %1 and %2")
            .arg(day(event.notBefore), day(event.notAfter));
    if (event.notAfter)
        return QCoreApplication::translate("Kairos::FormatWriter", "no later than %1").arg(day(event.notAfter));
    if (event.notBefore)
        return QCoreApplication::translate("Kairos::FormatWriter", "no earlier than %1").arg(day(event.notBefore));
    return {};
}

QString escapeHtml(const QString& text)
{
    QString out = text.toHtmlEscaped();
    // toHtmlEscaped leaves the apostrophe, which still ends a single-quoted attribute.
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

} // namespace Kairos
