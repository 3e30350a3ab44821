// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "jsonsupport.h"
#include "loosedate.h"
#include "parsers.h"
#include "textdecoding.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Kairos::Import {

namespace {

/// A vis-timeline or Timesketch time: ISO text, or a number of milliseconds (vis) since the epoch.
bool setTime(Event& event, const QJsonValue& value, qint64 numberDivisor)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble() / double(numberDivisor);
        // A hostile 1e300 does not fit 64-bit seconds, and converting it would be undefined behaviour (found by
        // fuzzing). Accept what the TimelineJS reader accepts: a hundred billion years either way.
        constexpr double maxSeconds = 1e11 * 365.2425 * 86400;
        if (!(std::fabs(seconds) <= maxSeconds))
            return false;
        event.start = TimePoint::fromSeconds(qint64(seconds));
        event.precision = DatePrecision::Minute;
        return true;
    }
    return setStartFromText(event, value.toString());
}

} // namespace

void parseVisItems(const ParseContext& context, const QJsonArray& items, ParsedFile& out)
{
    out.format = QStringLiteral("vis-timeline");
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString content = htmlFragmentToText(jsonText(item.value(QLatin1String("content"))));
        const QString tooltip = htmlFragmentToText(jsonText(item.value(QLatin1String("title"))));
        ParsedEvent parsed
            = makeSourcedEvent(content.isEmpty() ? tooltip : content, tooltip.isEmpty() ? content : tooltip, QString(),
                QStringLiteral("vis-timeline (%1)").arg(context.file.path));
        Event& e = parsed.event;
        if (!setTime(e, item.value(QLatin1String("start")), 1000)) {
            out.warnings << QStringLiteral("item %1: no readable start, skipped").arg(i);
            continue;
        }
        Event endHolder;
        if (setTime(endHolder, item.value(QLatin1String("end")), 1000))
            e.end = endHolder.start;
        e.attributes.insert(QStringLiteral("source_format"), QStringLiteral("vis-timeline"));
        for (const char* key : {"id", "group", "type", "className"}) {
            if (item.contains(QLatin1String(key)))
                e.attributes.insert(QLatin1String(key), item.value(QLatin1String(key)));
        }
        // A group named after one of our event types (as Kairos writes them) is that type.
        if (const auto type = EventTypes::fromKeyOrLabel(jsonText(item.value(QLatin1String("group")))))
            e.type = *type;
        out.events.append(parsed);
    }
    if (out.events.isEmpty())
        out.error = QStringLiteral("vis-timeline items hold no dated item");
}

namespace {

void timesketchEvent(const ParseContext& context, const QHash<QString, QString>& fields, const QJsonValue& timestamp,
    int row, ParsedFile& out)
{
    const QString message = fields.value(QStringLiteral("message")).simplified();
    ParsedEvent parsed = makeSourcedEvent(
        leftWhole(message, 200), message, QString(), QStringLiteral("Timesketch (%1)").arg(context.file.path));
    Event& e = parsed.event;
    // Timesketch's "timestamp" counts microseconds.
    if (!setStartFromText(e, fields.value(QStringLiteral("datetime"))) && !setTime(e, timestamp, 1000000)) {
        out.warnings << QStringLiteral("row %1: no readable datetime, skipped").arg(row);
        return;
    }
    if (e.precision == DatePrecision::Day && fields.value(QStringLiteral("datetime")).contains(QLatin1Char('T')))
        e.precision = DatePrecision::Minute;
    e.attributes.insert(QStringLiteral("source_format"), QStringLiteral("timesketch"));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() != QLatin1String("message") && !it.value().isEmpty())
            e.attributes.insert(it.key(), it.value());
    }
    out.events.append(parsed);
}

} // namespace

void parseTimesketchCsv(const ParseContext& context, const QList<QStringList>& rows, ParsedFile& out)
{
    out.format = QStringLiteral("timesketch");
    const QStringList& header = rows.first();
    for (int r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> fields;
        for (int c = 0; c < header.size() && c < rows.at(r).size(); ++c)
            fields.insert(header.at(c).trimmed(), rows.at(r).at(c));
        const QString stamp = fields.value(QStringLiteral("timestamp"));
        timesketchEvent(context, fields, stamp.isEmpty() ? QJsonValue() : QJsonValue(stamp.toDouble()), r + 1, out);
    }
    if (out.events.isEmpty())
        out.error = QStringLiteral("Timesketch CSV holds no dated rows");
}

void parseTimesketchJsonl(const ParseContext& context, ParsedFile& out)
{
    out.format = QStringLiteral("timesketch");
    const QList<QByteArray> lines = toUtf8(context.file.bytes).split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        if (lines.at(n).trimmed().isEmpty())
            continue;
        QString error;
        const QJsonDocument doc = parseJson(lines.at(n), context.limits.maxJsonNesting, &error);
        if (!doc.isObject()) {
            out.warnings << QStringLiteral("line %1: %2")
                                .arg(n + 1)
                                .arg(error.isEmpty() ? QStringLiteral("not an object") : error);
            continue;
        }
        const QJsonObject o = doc.object();
        QHash<QString, QString> fields;
        for (auto it = o.begin(); it != o.end(); ++it)
            fields.insert(it.key(), jsonText(it.value()));
        timesketchEvent(context, fields, o.value(QLatin1String("timestamp")), n + 1, out);
    }
    if (out.events.isEmpty())
        out.error = QStringLiteral("Timesketch JSONL holds no dated lines");
}

} // namespace Kairos::Import
