// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejswriter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Kairos {

namespace {

bool isWebAddress(const QString& url)
{
    return url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"));
}

} // namespace

QJsonObject TimelineJsWriter::dateObject(const TimePoint& point, DatePrecision precision)
{
    const DatePrecision shown = interchangePrecision(precision);
    const bool widened = precision == DatePrecision::Week || precision == DatePrecision::Quarter;
    const TimePoint::Civil c = (widened ? point.floor(precision) : point).civil();
    QJsonObject date {{QStringLiteral("year"), QString::number(c.year)}};
    if (shown <= DatePrecision::Month)
        date.insert(QStringLiteral("month"), QString::number(c.month));
    if (shown <= DatePrecision::Day)
        date.insert(QStringLiteral("day"), QString::number(c.day));
    if (shown == DatePrecision::Minute) {
        date.insert(QStringLiteral("hour"), QString::number(c.hour));
        date.insert(QStringLiteral("minute"), QString::number(c.minute));
        date.insert(QStringLiteral("second"), QString::number(c.second));
    }
    // TimelineJS would show a week as its Monday and a quarter as its first month; say what is known.
    if (widened)
        date.insert(QStringLiteral("display_date"), point.toIsoString(precision));
    else if (precision == DatePrecision::Approximate)
        date.insert(QStringLiteral("display_date"),
            QCoreApplication::translate("Kairos::TimelineJsWriter", "about %1").arg(point.toIsoString(precision)));
    return date;
}

void TimelineJsWriter::begin(QIODevice& out)
{
    FormatWriter::begin(out);
    put(QByteArray("{\"events\": [\n"));
}

QString TimelineJsWriter::slideText(const Event& event)
{
    QString html;
    if (!event.summary.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escapeHtml(event.summary.trimmed()));
    QStringList facts;
    if (event.modality != Modality::Occurred)
        facts << modalityLabel(event.modality);
    if (!event.attribution.isEmpty())
        facts << QCoreApplication::translate("Kairos::TimelineJsWriter", "according to %1").arg(event.attribution);
    const QStringList entities = m_context.entityNames(event);
    if (!entities.isEmpty())
        facts << entities.join(QStringLiteral(", "));
    if (!facts.isEmpty())
        html += QStringLiteral("<p><em>%1</em></p>").arg(escapeHtml(facts.join(QStringLiteral(" · "))));
    for (const Evidence& evidence : event.evidence) {
        if (!evidence.sentence.trimmed().isEmpty())
            html += QStringLiteral("<blockquote>%1</blockquote>").arg(escapeHtml(evidence.sentence.trimmed()));
        const QString source = m_context.sourceText(evidence);
        const QString url = m_context.sourceUrl(evidence);
        if (isWebAddress(url))
            html += QStringLiteral("<p>— <a href=\"%1\">%2</a></p>")
                        .arg(escapeHtml(url), escapeHtml(source.isEmpty() ? url : source));
        else if (!source.isEmpty())
            html += QStringLiteral("<p>— %1</p>").arg(escapeHtml(source));
    }
    return html;
}

FormatWriter::Outcome TimelineJsWriter::write(const Event& event)
{
    const std::optional<TimePoint> bound = boundAnchor(event);
    if (!event.start && !bound)
        return Outcome::Undated;
    const TimePoint start = event.start ? *event.start : *bound;
    QJsonObject startDate = dateObject(start, event.start ? event.precision : DatePrecision::Day);
    if (bound)
        startDate.insert(QStringLiteral("display_date"), boundsText(event));
    QJsonObject slide {{QStringLiteral("start_date"), startDate},
        {QStringLiteral("text"),
            QJsonObject {
                {QStringLiteral("headline"), escapeHtml(event.title)}, {QStringLiteral("text"), slideText(event)}}},
        {QStringLiteral("group"), EventTypes::label(event.type)},
        {QStringLiteral("unique_id"), QStringLiteral("kairos-event-%1").arg(event.id)}};
    if (event.start && event.end && *event.end != *event.start)
        slide.insert(QStringLiteral("end_date"), dateObject(*event.end, event.precision));
    // A slide imported from TimelineJS keeps its picture.
    const QJsonObject media = event.attributes.value(QLatin1String("media")).toObject();
    if (isWebAddress(media.value(QLatin1String("url")).toString()))
        slide.insert(QStringLiteral("media"), media);
    put(QByteArray(m_count == 0 ? "" : ",\n") + QJsonDocument(slide).toJson(QJsonDocument::Compact));
    ++m_count;
    const TimePoint last = event.start && event.end ? std::max(*event.end, start) : start;
    m_first = m_first ? std::min(*m_first, start) : start;
    m_last = m_last ? std::max(*m_last, last) : last;
    return bound ? Outcome::WrittenAtBound : Outcome::Written;
}

void TimelineJsWriter::finish()
{
    QString text = m_first
        ? QCoreApplication::translate("Kairos::TimelineJsWriter", "%n event(s) from %1 to %2.", nullptr, m_count)
              .arg(m_first->toIsoString(DatePrecision::Day), m_last->toIsoString(DatePrecision::Day))
        : QCoreApplication::translate("Kairos::TimelineJsWriter", "No dated events.");
    text += QLatin1Char(' ')
        + QCoreApplication::translate("Kairos::TimelineJsWriter", "Exported from Kairos on %1.")
              .arg(m_context.generated().date().toString(Qt::ISODate));
    const QJsonObject title {{QStringLiteral("text"),
        QJsonObject {{QStringLiteral("headline"), escapeHtml(m_context.title())},
            {QStringLiteral("text"), QStringLiteral("<p>%1</p>").arg(escapeHtml(text))}}}};
    put(QByteArray("\n],\n\"title\": ") + QJsonDocument(title).toJson(QJsonDocument::Compact) + "}\n");
}

} // namespace Kairos
