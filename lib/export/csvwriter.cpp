// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Kairos {

namespace {

bool startsRisky(const QString& text)
{
    if (text.isEmpty())
        return false;
    static const QString risky = QStringLiteral("=+-@\t\r'");
    return risky.contains(text.front());
}

} // namespace

QStringList CsvWriter::columns()
{
    return {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end"),
        QStringLiteral("precision"), QStringLiteral("type"), QStringLiteral("modality"), QStringLiteral("status"),
        QStringLiteral("confidence"), QStringLiteral("entities"), QStringLiteral("attribution"),
        QStringLiteral("reported"), QStringLiteral("sources"), QStringLiteral("evidence")};
}

QString CsvWriter::defuseCell(const QString& text)
{
    return startsRisky(text) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::restoreCell(const QString& text)
{
    return text.startsWith(QLatin1Char('\'')) && startsRisky(text.mid(1)) ? text.mid(1) : text;
}

QString CsvWriter::quoteCell(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::putRow(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& cell : cells)
        out << quoteCell(defuseCell(cell));
    put(out.join(QLatin1Char(',')) + QLatin1String("\r\n"));
}

void CsvWriter::begin(QIODevice& out)
{
    FormatWriter::begin(out);
    // The byte order mark is how Excel tells UTF-8 from the local code page.
    put(QByteArray("\xEF\xBB\xBF"));
    putRow(columns());
}

FormatWriter::Outcome CsvWriter::write(const Event& event)
{
    QStringList evidence;
    for (const Evidence& item : event.evidence) {
        const QString source = m_context.sourceText(item);
        evidence << (source.isEmpty() ? item.sentence : QStringLiteral("%1 (%2)").arg(item.sentence, source));
    }
    const auto date = [&](const std::optional<TimePoint>& point) {
        return point ? point->toIsoString(event.precision) : QString();
    };
    putRow({QString::number(event.id), event.title, date(event.start), date(event.end),
        precisionToString(event.precision), event.type, modalityToString(event.modality), statusToString(event.status),
        QString::number(event.confidence), m_context.entityNames(event).join(QStringLiteral("; ")), event.attribution,
        event.reported ? event.reported->toIsoString(DatePrecision::Day) : QString(),
        QString::number(m_context.sourceCount(event)), evidence.join(QLatin1Char('\n'))});
    return Outcome::Written;
}

} // namespace Kairos
