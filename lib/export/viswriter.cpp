// SPDX-License-Identifier: GPL-3.0-or-later
#include "viswriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Kairos {

QString VisWriter::dateText(const TimePoint& point, DatePrecision precision)
{
    const bool widened = precision == DatePrecision::Week || precision == DatePrecision::Quarter;
    return (widened ? point.floor(precision) : point).toIsoString(interchangePrecision(precision));
}

void VisWriter::begin(QIODevice& out)
{
    FormatWriter::begin(out);
    put(QByteArray("{\"items\": [\n"));
}

QString VisWriter::tooltip(const Event& event)
{
    QStringList lines;
    QString head = event.start ? event.start->toIsoString(event.precision) : boundsText(event);
    if (event.start && event.end && *event.end != *event.start)
        head += QStringLiteral(" – ") + event.end->toIsoString(event.precision);
    lines << QStringLiteral("<b>%1</b> · %2").arg(escapeHtml(head), escapeHtml(EventTypes::label(event.type)));
    for (const Evidence& evidence : event.evidence) {
        QString line = QStringLiteral("“%1”").arg(escapeHtml(evidence.sentence.trimmed()));
        const QString source = m_context.sourceText(evidence);
        if (!source.isEmpty())
            line += QStringLiteral(" — ") + escapeHtml(source);
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

FormatWriter::Outcome VisWriter::write(const Event& event)
{
    const std::optional<TimePoint> bound = boundAnchor(event);
    if (!event.start && !bound)
        return Outcome::Undated;
    const bool range = event.start && event.end && *event.end > *event.start;
    const QString start = event.start ? dateText(*event.start, event.precision) : dateText(*bound, DatePrecision::Day);
    QJsonObject item {{QStringLiteral("id"), event.id}, {QStringLiteral("content"), escapeHtml(event.title)},
        {QStringLiteral("start"), start}, {QStringLiteral("group"), event.type},
        {QStringLiteral("type"), range ? QStringLiteral("range") : QStringLiteral("point")},
        {QStringLiteral("title"), tooltip(event)}};
    if (range)
        item.insert(QStringLiteral("end"), dateText(*event.end, event.precision));
    put(QByteArray(m_count == 0 ? "" : ",\n") + QJsonDocument(item).toJson(QJsonDocument::Compact));
    ++m_count;
    m_types.insert(event.type);
    return bound ? Outcome::WrittenAtBound : Outcome::Written;
}

void VisWriter::finish()
{
    QList<QString> types(m_types.cbegin(), m_types.cend());
    std::sort(types.begin(), types.end(), [](const QString& a, const QString& b) {
        return EventTypes::label(a).localeAwareCompare(EventTypes::label(b)) < 0;
    });
    QJsonArray groups;
    for (const QString& type : std::as_const(types))
        groups.append(QJsonObject {
            {QStringLiteral("id"), type}, {QStringLiteral("content"), escapeHtml(EventTypes::label(type))}});
    put(QByteArray("\n],\n\"groups\": ") + QJsonDocument(groups).toJson(QJsonDocument::Compact) + "}\n");
}

} // namespace Kairos
