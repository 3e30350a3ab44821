// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "jsonsupport.h"
#include "parsers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kairos::Import {

namespace {

/// Year, month, day, hour, minute, second as text (TimelineJS keeps them as strings); empty parts
/// end the precision. Returns false for non-numbers and impossible dates.
bool dateFromParts(const QStringList& parts, TimePoint* point, DatePrecision* precision)
{
    qint64 values[6] = {0, 1, 1, 0, 0, 0};
    int given = 0;
    for (int i = 0; i < 6 && i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            break;
        bool ok = false;
        values[i] = part.toLongLong(&ok);
        if (!ok)
            return false;
        given = i + 1;
    }
    if (given == 0 || values[0] < -TimePoint::maxYear || values[0] > 1000000)
        return false;
    const int month = int(values[1]), day = int(values[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || values[3] > 23 || values[3] < 0 || values[4] > 59
        || values[4] < 0 || values[5] > 60 || values[5] < 0)
        return false;
    const qint64 monthDays = daysFromCivil(month == 12 ? values[0] + 1 : values[0], month == 12 ? 1 : month + 1, 1)
        - daysFromCivil(values[0], month, 1);
    if (day > monthDays)
        return false;
    *point
        = TimePoint::fromDate(values[0], month, day, int(values[3]), int(values[4]), int(qMin<qint64>(values[5], 59)));
    *precision = given == 1 ? DatePrecision::Year
        : given == 2        ? DatePrecision::Month
        : given == 3        ? DatePrecision::Day
                            : DatePrecision::Minute;
    return true;
}

bool slideDate(const QJsonValue& value, TimePoint* point, DatePrecision* precision)
{
    const QJsonObject o = value.toObject();
    QStringList parts;
    for (const char* key : {"year", "month", "day", "hour", "minute", "second"})
        parts << jsonText(o.value(QLatin1String(key)));
    return dateFromParts(parts, point, precision);
}

QString label(const QString& timelineTitle, const QString& path)
{
    return timelineTitle.isEmpty() ? path : QStringLiteral("%1 (%2)").arg(timelineTitle, path);
}

QString linkOf(const QString& url)
{
    if (url.startsWith(QLatin1String("//")))
        return QLatin1String("https:") + url;
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")) ? url : QString();
}

/// One TimelineJS 3 slide as an event; `kind` is "event" or "era".
std::optional<ParsedEvent> slideEvent(
    const QJsonObject& slide, const QString& kind, const QString& sourceLabel, int index, QStringList* warnings)
{
    TimePoint start;
    DatePrecision precision = DatePrecision::Unknown;
    if (!slideDate(slide.value(QLatin1String("start_date")), &start, &precision)) {
        *warnings << QStringLiteral("%1 %2: no valid start_date, skipped").arg(kind).arg(index);
        return std::nullopt;
    }
    const QJsonObject text = slide.value(QLatin1String("text")).toObject();
    const QString body = htmlFragmentToText(text.value(QLatin1String("text")).toString());
    QString headline = htmlFragmentToText(text.value(QLatin1String("headline")).toString()).simplified();
    if (headline.isEmpty())
        headline = leftWhole(body.section(QLatin1Char('\n'), 0, 0), 200);
    if (headline.isEmpty())
        headline = slide.value(QLatin1String("display_date")).toString(start.toIsoString(precision));
    const QJsonObject media = slide.value(QLatin1String("media")).toObject();
    ParsedEvent parsed = makeSourcedEvent(
        headline, body.isEmpty() ? headline : body, linkOf(media.value(QLatin1String("url")).toString()), sourceLabel);
    Event& e = parsed.event;
    e.start = start;
    e.precision = precision;
    TimePoint end;
    DatePrecision endPrecision = DatePrecision::Unknown;
    if (slideDate(slide.value(QLatin1String("end_date")), &end, &endPrecision))
        e.end = end;
    e.summary = body;
    e.attributes.insert(QStringLiteral("source_format"), QStringLiteral("timelinejs3"));
    e.attributes.insert(QStringLiteral("kind"), kind);
    for (const char* key : {"group", "display_date", "unique_id"}) {
        if (slide.contains(QLatin1String(key)))
            e.attributes.insert(QLatin1String(key), slide.value(QLatin1String(key)));
    }
    if (const auto type = EventTypes::fromKeyOrLabel(slide.value(QLatin1String("group")).toString()))
        e.type = *type;
    if (!media.isEmpty())
        e.attributes.insert(QStringLiteral("media"), media);
    return parsed;
}

} // namespace

void parseTimelineJs3(const ParseContext& context, const QJsonObject& root, ParsedFile& out)
{
    out.format = QStringLiteral("timelinejs3");
    const QJsonObject title = root.value(QLatin1String("title")).toObject().value(QLatin1String("text")).toObject();
    out.bundleTitle = htmlFragmentToText(title.value(QLatin1String("headline")).toString()).simplified();
    out.bundleDescription = htmlFragmentToText(title.value(QLatin1String("text")).toString());
    const QString source = label(out.bundleTitle, context.file.path);
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    for (int i = 0; i < events.size(); ++i) {
        if (auto event = slideEvent(events.at(i).toObject(), QStringLiteral("event"), source, i, &out.warnings))
            out.events.append(*event);
    }
    const QJsonArray eras = root.value(QLatin1String("eras")).toArray();
    for (int i = 0; i < eras.size(); ++i) {
        if (auto era = slideEvent(eras.at(i).toObject(), QStringLiteral("era"), source, i, &out.warnings)) {
            era->event.type = QStringLiteral("era");
            out.events.append(*era);
        }
    }
    if (out.events.isEmpty())
        out.error = QStringLiteral("TimelineJS file holds no dated events");
}

void parseTimelineJs2(const ParseContext& context, const QJsonObject& root, ParsedFile& out)
{
    out.format = QStringLiteral("timelinejs2");
    const QJsonObject timeline = root.value(QLatin1String("timeline")).toObject();
    out.bundleTitle = htmlFragmentToText(timeline.value(QLatin1String("headline")).toString()).simplified();
    out.bundleDescription = htmlFragmentToText(timeline.value(QLatin1String("text")).toString());
    const QString source = label(out.bundleTitle, context.file.path);
    const QJsonArray dates = timeline.value(QLatin1String("date")).toArray();
    for (int i = 0; i < dates.size(); ++i) {
        const QJsonObject item = dates.at(i).toObject();
        TimePoint start;
        DatePrecision precision = DatePrecision::Unknown;
        if (!dateFromParts(
                jsonText(item.value(QLatin1String("startDate"))).split(QLatin1Char(',')), &start, &precision)) {
            out.warnings << QStringLiteral("date %1: unreadable startDate \"%2\", skipped")
                                .arg(i)
                                .arg(jsonText(item.value(QLatin1String("startDate"))).left(40));
            continue;
        }
        const QString body = htmlFragmentToText(item.value(QLatin1String("text")).toString());
        QString headline = htmlFragmentToText(item.value(QLatin1String("headline")).toString()).simplified();
        if (headline.isEmpty())
            headline = leftWhole(body.section(QLatin1Char('\n'), 0, 0), 200);
        const QJsonObject asset = item.value(QLatin1String("asset")).toObject();
        ParsedEvent parsed = makeSourcedEvent(
            headline, body.isEmpty() ? headline : body, linkOf(asset.value(QLatin1String("media")).toString()), source);
        parsed.event.start = start;
        parsed.event.precision = precision;
        TimePoint end;
        DatePrecision endPrecision = DatePrecision::Unknown;
        if (dateFromParts(jsonText(item.value(QLatin1String("endDate"))).split(QLatin1Char(',')), &end, &endPrecision))
            parsed.event.end = end;
        parsed.event.summary = body;
        parsed.event.attributes.insert(QStringLiteral("source_format"), QStringLiteral("timelinejs2"));
        if (!asset.isEmpty())
            parsed.event.attributes.insert(QStringLiteral("media"), asset);
        if (item.contains(QLatin1String("tag")))
            parsed.event.attributes.insert(QStringLiteral("group"), item.value(QLatin1String("tag")));
        out.events.append(parsed);
    }
    if (out.events.isEmpty())
        out.error = QStringLiteral("TimelineJS file holds no dated events");
}

/// TimelineJS's Google Sheets template exported as CSV; exposed for the sheet parser.
bool timelineDateFromParts(const QStringList& parts, TimePoint* point, DatePrecision* precision)
{
    return dateFromParts(parts, point, precision);
}

} // namespace Kairos::Import
