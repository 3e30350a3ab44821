// SPDX-License-Identifier: GPL-3.0-or-later
#include "loosedate.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Kairos::Import {

namespace {

int monthFromName(const QString& name)
{
    static const char* const months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

bool validDay(qint64 year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    const qint64 next = month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
    return day <= next - daysFromCivil(year, month, 1);
}

std::optional<LooseDate> civil(
    qint64 year, int month, int day, const QString& hh, const QString& mm, const QString& ss, int offsetSeconds = 0)
{
    if (!validDay(year, month, day))
        return std::nullopt;
    if (hh.isEmpty())
        return LooseDate {TimePoint::fromDate(year, month, day), DatePrecision::Day};
    const int h = hh.toInt(), m = mm.toInt(), s = ss.toInt();
    if (h > 23 || m > 59 || s > 60)
        return std::nullopt;
    const TimePoint local = TimePoint::fromDate(year, month, day, h, m, qMin(s, 59));
    return LooseDate {TimePoint::fromSeconds(local.seconds() - offsetSeconds), DatePrecision::Minute};
}

int zoneOffset(const QString& zone)
{
    if (zone.isEmpty() || zone.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0
        || zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 || zone == QLatin1String("Z")
        || zone == QLatin1String("UT"))
        return 0;
    static const QRegularExpression numeric(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    const QRegularExpressionMatch m = numeric.match(zone);
    if (m.hasMatch()) {
        const int value = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
        return m.captured(1) == QLatin1String("-") ? -value : value;
    }
    // RFC 822 US zones, still seen in old feeds.
    static const QHash<QString, int> named = {{QStringLiteral("EST"), -5}, {QStringLiteral("EDT"), -4},
        {QStringLiteral("CST"), -6}, {QStringLiteral("CDT"), -5}, {QStringLiteral("MST"), -7},
        {QStringLiteral("MDT"), -6}, {QStringLiteral("PST"), -8}, {QStringLiteral("PDT"), -7}};
    return named.value(zone.toUpper(), 0) * 3600;
}

} // namespace

std::optional<LooseDate> parseLooseDate(const QString& input)
{
    const QString text = input.trimmed().left(200);
    if (text.isEmpty())
        return std::nullopt;
    // Before ISO, which would read "20150218" as a year: GDELT's YYYYMMDD and YYYYMMDDHHMMSS.
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2}))?$"));
    QRegularExpressionMatch m = compact.match(text);
    if (m.hasMatch())
        return civil(m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4),
            m.captured(5), m.captured(6));
    DatePrecision precision = DatePrecision::Unknown;
    // parseIso reports the precision it read: "2025-W50" is a week and "2025-Q4" a quarter, not a minute.
    if (const auto iso = TimePoint::parseIso(text, &precision))
        return LooseDate {*iso, precision};
    // RFC 2822: "Tue, 10 Jun 2003 04:00:00 GMT"; also "12 December 2025".
    static const QRegularExpression dmy(
        QStringLiteral("^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+"
                       "(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                       "\\s*([A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2})?)?"));
    m = dmy.match(text);
    if (m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (month > 0)
            return civil(m.captured(3).toLongLong(), month, m.captured(1).toInt(), m.captured(4), m.captured(5),
                m.captured(6), zoneOffset(m.captured(7)));
    }
    // "December 12, 2025", "Dec. 12, 2025 10:30".
    static const QRegularExpression mdy(
        QStringLiteral("^(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?"
                       "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"));
    m = mdy.match(text);
    if (m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month > 0)
            return civil(
                m.captured(3).toLongLong(), month, m.captured(2).toInt(), m.captured(4), m.captured(5), m.captured(6));
    }
    return std::nullopt;
}

std::optional<LooseDate> dateFromFileName(const QString& fileName)
{
    static const QRegularExpression prefix(QStringLiteral("^(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)"));
    const QRegularExpressionMatch m = prefix.match(QFileInfo(fileName).fileName());
    if (!m.hasMatch())
        return std::nullopt;
    return civil(m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toInt(), {}, {}, {});
}

std::optional<LooseDate> dateFromText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\b(\\d{4}-\\d{2}-\\d{2})\\b|\\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+"
        "\\d{1,2},\\s+\\d{4})\\b|\\b(\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
        "\\s+\\d{4})\\b"));
    const QRegularExpressionMatch m = pattern.match(text.left(2000));
    if (!m.hasMatch())
        return std::nullopt;
    return parseLooseDate(m.captured(0));
}

} // namespace Kairos::Import
