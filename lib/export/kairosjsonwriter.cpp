// SPDX-License-Identifier: GPL-3.0-or-later
#include "kairosjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kairos {

namespace {

QJsonValue dateValue(const std::optional<TimePoint>& point, DatePrecision precision = DatePrecision::Day)
{
    return point ? QJsonValue(isoDayOrMinute(point, precision)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject KairosJsonWriter::eventObject(const Event& event, ExportContext& context)
{
    QJsonArray evidence;
    for (const Evidence& item : event.evidence) {
        QJsonObject entry {{QStringLiteral("sentence"), item.sentence}};
        if (item.hasArticle()) {
            if (const ArticleSummary* article = context.article(item)) {
                entry.insert(QStringLiteral("article_title"), article->title);
                entry.insert(QStringLiteral("outlet"), article->outlet);
                entry.insert(QStringLiteral("published"), dateValue(article->published));
            }
        } else {
            entry.insert(QStringLiteral("article_title"), item.sourceLabel);
            entry.insert(QStringLiteral("outlet"), QJsonValue::Null);
            entry.insert(QStringLiteral("published"), QJsonValue::Null);
            entry.insert(QStringLiteral("url"), item.sourceUrl);
        }
        evidence.append(entry);
    }
    QJsonObject object {{QStringLiteral("id"), event.id}, {QStringLiteral("title"), event.title},
        {QStringLiteral("start"), dateValue(event.start, event.precision)},
        {QStringLiteral("end"), dateValue(event.end, event.precision)},
        {QStringLiteral("not_before"), dateValue(event.notBefore)},
        {QStringLiteral("not_after"), dateValue(event.notAfter)},
        {QStringLiteral("precision"), precisionToString(event.precision)}, {QStringLiteral("type"), event.type},
        {QStringLiteral("modality"), modalityToString(event.modality)},
        {QStringLiteral("attribution"),
            event.attribution.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.attribution)},
        {QStringLiteral("entities"), QJsonArray::fromStringList(context.entityNames(event))},
        {QStringLiteral("confidence"), event.confidence}, {QStringLiteral("status"), statusToString(event.status)},
        {QStringLiteral("reported"), dateValue(event.reported)},
        {QStringLiteral("sources"), context.sourceCount(event)}, {QStringLiteral("evidence"), evidence}};
    if (!event.attributes.isEmpty())
        object.insert(QStringLiteral("attributes"), event.attributes);
    return object;
}

void KairosJsonWriter::begin(QIODevice& out)
{
    FormatWriter::begin(out);
    put(QByteArray("["));
}

FormatWriter::Outcome KairosJsonWriter::write(const Event& event)
{
    put(QByteArray(m_count == 0 ? "\n" : ",\n")
        + QJsonDocument(eventObject(event, m_context)).toJson(QJsonDocument::Compact));
    ++m_count;
    return Outcome::Written;
}

void KairosJsonWriter::finish()
{
    put(QByteArray("\n]\n"));
}

} // namespace Kairos
