// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalwriter.h"

#include "kairos-config.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kairos {

namespace {

bool inCalendarRange(const TimePoint& point)
{
    const qint64 year = point.civil().year;
    return year >= 1 && year <= 9999;
}

QString dateValue(const TimePoint& point)
{
    const TimePoint::Civil c = point.civil();
    return QStringLiteral("%1%2%3")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(c.month, 2, 10, QLatin1Char('0'))
        .arg(c.day, 2, 10, QLatin1Char('0'));
}

QString dateTimeValue(const TimePoint& point)
{
    const TimePoint::Civil c = point.civil();
    return dateValue(point)
        + QStringLiteral("T%1%2%3Z")
              .arg(c.hour, 2, 10, QLatin1Char('0'))
              .arg(c.minute, 2, 10, QLatin1Char('0'))
              .arg(c.second, 2, 10, QLatin1Char('0'));
}

bool isPlainWebAddress(const QString& url)
{
    if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        return false;
    return std::none_of(url.cbegin(), url.cend(), [](QChar c) { return c.isSpace() || c.unicode() < 0x20; });
}

QString precisionPhrase(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Week:
        return QCoreApplication::translate("Kairos::ICalWriter", "Date known to the week: %1");
    case DatePrecision::Month:
        return QCoreApplication::translate("Kairos::ICalWriter", "Date known to the month: %1");
    case DatePrecision::Quarter:
        return QCoreApplication::translate("Kairos::ICalWriter", "Date known to the quarter: %1");
    case DatePrecision::Year:
        return QCoreApplication::translate("Kairos::ICalWriter", "Date known to the year: %1");
    case DatePrecision::Approximate:
        return QCoreApplication::translate("Kairos::ICalWriter", "Approximate date: %1");
    case DatePrecision::Minute:
    case DatePrecision::Day:
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

QString statusValue(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Confirmed:
        return QStringLiteral("CONFIRMED");
    case ReviewStatus::Rejected:
        return QStringLiteral("CANCELLED");
    case ReviewStatus::Proposed:
        break;
    }
    return QStringLiteral("TENTATIVE");
}

} // namespace

QString ICalWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue; // RFC 5545 forbids control characters in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalWriter::foldLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype lineStart = 0;
    qsizetype limit = 75;
    qsizetype i = 0;
    while (bytes.size() - lineStart > limit) {
        i = lineStart + limit;
        // Back up to the first byte of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (i > lineStart && (uchar(bytes.at(i)) & 0xC0) == 0x80)
            --i;
        out += bytes.mid(lineStart, i - lineStart);
        out += "\r\n ";
        lineStart = i;
        limit = 74; // the leading space of a continuation line counts
    }
    out += bytes.mid(lineStart);
    out += "\r\n";
    return out;
}

void ICalWriter::begin(QIODevice& out)
{
    FormatWriter::begin(out);
    putLine(QStringLiteral("BEGIN:VCALENDAR"));
    putLine(QStringLiteral("VERSION:2.0"));
    putLine(QStringLiteral("PRODID:-//Kairos//Kairos " KAIROS_VERSION_STRING "//EN"));
    putLine(QStringLiteral("CALSCALE:GREGORIAN"));
    putLine(QStringLiteral("METHOD:PUBLISH"));
    if (!m_context.title().isEmpty())
        putLine(QStringLiteral("X-WR-CALNAME:") + escapeText(m_context.title()));
}

QString ICalWriter::description(const Event& event)
{
    QStringList lines;
    const QString dateNote = precisionPhrase(event.precision);
    if (!dateNote.isEmpty())
        lines << dateNote.arg(event.start->toIsoString(event.precision));
    if (!event.summary.trimmed().isEmpty())
        lines << event.summary.trimmed();
    QStringList facts {EventTypes::label(event.type), modalityLabel(event.modality)};
    if (!event.attribution.isEmpty())
        facts << QCoreApplication::translate("Kairos::ICalWriter", "according to %1").arg(event.attribution);
    const QStringList entities = m_context.entityNames(event);
    if (!entities.isEmpty())
        facts << entities.join(QStringLiteral(", "));
    lines << facts.join(QStringLiteral(" · "));
    for (const Evidence& evidence : event.evidence) {
        QString line = QStringLiteral("“%1”").arg(evidence.sentence.trimmed());
        const QString source = m_context.sourceText(evidence);
        if (!source.isEmpty())
            line += QStringLiteral(" — ") + source;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

FormatWriter::Outcome ICalWriter::write(const Event& event)
{
    if (!event.start)
        return Outcome::Undated;
    QString start;
    QString end;
    if (event.precision == DatePrecision::Minute) {
        if (!inCalendarRange(*event.start) || (event.end && !inCalendarRange(*event.end)))
            return Outcome::OutOfRange;
        start = QStringLiteral("DTSTART:") + dateTimeValue(*event.start);
        if (event.end && *event.end > *event.start)
            end = QStringLiteral("DTEND:") + dateTimeValue(*event.end);
    } else {
        // An all-day event spans the whole period the date names; DTEND is exclusive.
        const DatePrecision period = event.precision == DatePrecision::Unknown ? DatePrecision::Day
            : event.precision == DatePrecision::Approximate                    ? DatePrecision::Year
                                                                               : event.precision;
        const TimePoint first = event.start->floor(period);
        const TimePoint last = (event.end && *event.end > *event.start ? *event.end : *event.start).periodEnd(period);
        if (!inCalendarRange(first) || !inCalendarRange(last))
            return Outcome::OutOfRange;
        start = QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(first);
        end = QStringLiteral("DTEND;VALUE=DATE:") + dateValue(last);
    }
    putLine(QStringLiteral("BEGIN:VEVENT"));
    putLine(QStringLiteral("UID:kairos-%1-event-%2").arg(m_context.workspaceKey()).arg(event.id));
    putLine(QStringLiteral("DTSTAMP:") + dateTimeValue(TimePoint::fromDateTime(m_context.generated())));
    putLine(start);
    if (!end.isEmpty())
        putLine(end);
    putLine(QStringLiteral("SUMMARY:") + escapeText(event.title));
    putLine(QStringLiteral("DESCRIPTION:") + escapeText(description(event)));
    putLine(QStringLiteral("CATEGORIES:") + escapeText(EventTypes::label(event.type)));
    putLine(QStringLiteral("STATUS:") + statusValue(event.status));
    for (const Evidence& evidence : event.evidence) {
        const QString url = m_context.sourceUrl(evidence);
        if (isPlainWebAddress(url)) {
            putLine(QStringLiteral("URL:") + url);
            break;
        }
    }
    putLine(QStringLiteral("END:VEVENT"));
    return Outcome::Written;
}

void ICalWriter::finish()
{
    putLine(QStringLiteral("END:VCALENDAR"));
}

} // namespace Kairos
