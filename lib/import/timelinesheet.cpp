// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "parsers.h"

#include <QRegularExpression>

namespace Kairos::Import {

bool timelineDateFromParts(const QStringList& parts, TimePoint* point, DatePrecision* precision);

namespace {

/// Year, Month, Day and Time cells ("13:45", "1:45 PM", "13:45:10") as TimelineJS date parts.
QStringList sheetParts(const QString& year, const QString& month, const QString& day, const QString& time)
{
    QStringList parts {year, month, day};
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?$"));
    const QRegularExpressionMatch m = clock.match(time.trimmed());
    if (m.hasMatch() && !day.trimmed().isEmpty()) {
        int hour = m.captured(1).toInt();
        const QString half = m.captured(4).toLower();
        if (half == QLatin1String("pm") && hour < 12)
            hour += 12;
        else if (half == QLatin1String("am") && hour == 12)
            hour = 0;
        parts << QString::number(hour) << m.captured(2) << m.captured(3);
    }
    return parts;
}

} // namespace

void parseTimelineSheet(const ParseContext& context, const QList<QStringList>& rows, ParsedFile& out)
{
    out.format = QStringLiteral("timelinejs-sheet");
    QHash<QString, int> column;
    const QStringList& header = rows.first();
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    const auto cell = [&column](const QStringList& row, const char* name) {
        const int i = column.value(QLatin1String(name), -1);
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        const QString kind = cell(row, "type").toLower();
        const QString headline = htmlFragmentToText(cell(row, "headline")).simplified();
        const QString text = htmlFragmentToText(cell(row, "text"));
        if (kind == QLatin1String("title")) {
            out.bundleTitle = headline;
            out.bundleDescription = text;
            continue;
        }
        TimePoint start;
        DatePrecision precision = DatePrecision::Unknown;
        if (!timelineDateFromParts(
                sheetParts(cell(row, "year"), cell(row, "month"), cell(row, "day"), cell(row, "time")), &start,
                &precision)) {
            out.warnings << QStringLiteral("row %1: no valid Year/Month/Day, skipped").arg(r + 1);
            continue;
        }
        const QString title = headline.isEmpty() ? leftWhole(text.section(QLatin1Char('\n'), 0, 0), 200) : headline;
        const QString media = cell(row, "media");
        ParsedEvent parsed = makeSourcedEvent(title, text.isEmpty() ? title : text,
            media.startsWith(QLatin1String("http")) ? media : QString(),
            out.bundleTitle.isEmpty() ? context.file.path
                                      : QStringLiteral("%1 (%2)").arg(out.bundleTitle, context.file.path));
        Event& e = parsed.event;
        e.start = start;
        e.precision = precision;
        TimePoint end;
        DatePrecision endPrecision = DatePrecision::Unknown;
        if (timelineDateFromParts(
                sheetParts(cell(row, "end year"), cell(row, "end month"), cell(row, "end day"), cell(row, "end time")),
                &end, &endPrecision))
            e.end = end;
        e.summary = text;
        if (kind == QLatin1String("era"))
            e.type = QStringLiteral("era");
        e.attributes.insert(QStringLiteral("source_format"), QStringLiteral("timelinejs-sheet"));
        e.attributes.insert(
            QStringLiteral("kind"), kind == QLatin1String("era") ? QStringLiteral("era") : QStringLiteral("event"));
        for (const char* key :
            {"display date", "group", "media", "media credit", "media caption", "media thumbnail", "background"}) {
            const QString value = cell(row, key);
            if (!value.isEmpty())
                e.attributes.insert(QString::fromLatin1(key).replace(QLatin1Char(' '), QLatin1Char('_')), value);
        }
        out.events.append(parsed);
    }
    if (out.events.isEmpty())
        out.error = QStringLiteral("TimelineJS sheet holds no dated rows");
}

} // namespace Kairos::Import
